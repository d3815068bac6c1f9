#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

/// One step of a diff between two sequences: `count` elements at a[aPos] / b[bPos].
struct DiffStep
{
    enum class Op { Equal, Delete, Insert };
    Op op = Op::Equal;
    int aPos = 0;
    int bPos = 0;
    int count = 0;

    friend bool operator==(const DiffStep &, const DiffStep &) = default;
};

/// A longest-common-subsequence diff, generic over the element type (characters, words,
/// sentence ids: anything hashable with ==), so every level of Synoptic diffs with one piece of
/// code. Small regions get an exact LCS by dynamic programming; large ones are first cut at
/// elements unique to both sides (patience anchors, chained by a longest increasing
/// subsequence), so cost stays near-linear on long, similar inputs. A large region with no
/// anchor at all is reported as replaced rather than searched quadratically.
template<typename T, typename Hash = std::hash<T>, typename Eq = std::equal_to<T>>
class SequenceDiff
{
public:
    /// Regions whose n*m is at most this are diffed exactly.
    static constexpr int64_t exactCellLimit = 4'000'000;

    static std::vector<DiffStep> diff(const std::vector<T> &a, const std::vector<T> &b)
    {
        SequenceDiff d(a, b);
        d.run(0, int(a.size()), 0, int(b.size()));
        return d.m_steps;
    }

private:
    SequenceDiff(const std::vector<T> &a, const std::vector<T> &b) : m_a(a), m_b(b) { }

    // Positions are ints throughout (DiffStep's fields); always within [0, size).
    const T &a(int i) const { return m_a[size_t(i)]; }
    const T &b(int j) const { return m_b[size_t(j)]; }

    void push(DiffStep::Op op, int aPos, int bPos, int count)
    {
        if (count <= 0)
            return;
        if (!m_steps.empty()) {
            DiffStep &last = m_steps.back();
            if (last.op == op && last.aPos + (op == DiffStep::Op::Insert ? 0 : last.count) == aPos
                && last.bPos + (op == DiffStep::Op::Delete ? 0 : last.count) == bPos) {
                last.count += count;
                return;
            }
        }
        m_steps.push_back({op, aPos, bPos, count});
    }

    void run(int a0, int a1, int b0, int b1)
    {
        Eq eq;
        int prefix = 0;
        while (a0 + prefix < a1 && b0 + prefix < b1 && eq(a(a0 + prefix), b(b0 + prefix)))
            ++prefix;
        push(DiffStep::Op::Equal, a0, b0, prefix);
        a0 += prefix;
        b0 += prefix;
        int suffix = 0;
        while (a1 - suffix > a0 && b1 - suffix > b0 && eq(a(a1 - suffix - 1), b(b1 - suffix - 1)))
            ++suffix;
        a1 -= suffix;
        b1 -= suffix;

        if (a0 == a1 || b0 == b1) {
            push(DiffStep::Op::Delete, a0, b0, a1 - a0);
            push(DiffStep::Op::Insert, a1, b0, b1 - b0);
        } else if (int64_t(a1 - a0) * (b1 - b0) <= exactCellLimit) {
            exact(a0, a1, b0, b1);
        } else {
            anchored(a0, a1, b0, b1);
        }
        push(DiffStep::Op::Equal, a1, b1, suffix);
    }

    // Classic LCS table, one byte of direction per cell and two rows of lengths.
    void exact(int a0, int a1, int b0, int b1)
    {
        Eq eq;
        const int n = a1 - a0, m = b1 - b0;
        // len[i][j] = LCS of a[i..n) and b[j..m), filled backwards so the walk runs forwards.
        std::vector<uint8_t> dir(size_t(n) * size_t(m));
        std::vector<int> next(size_t(m) + 1, 0), cur(size_t(m) + 1, 0);
        for (int i = n - 1; i >= 0; --i) {
            cur[size_t(m)] = 0;
            for (int j = m - 1; j >= 0; --j) {
                uint8_t d;
                int v;
                if (eq(a(a0 + i), b(b0 + j))) {
                    v = next[size_t(j) + 1] + 1;
                    d = 0;
                } else if (next[size_t(j)] >= cur[size_t(j) + 1]) {
                    v = next[size_t(j)];
                    d = 1; // skip a[i]: delete
                } else {
                    v = cur[size_t(j) + 1];
                    d = 2; // skip b[j]: insert
                }
                cur[size_t(j)] = v;
                dir[size_t(i) * size_t(m) + size_t(j)] = d;
            }
            std::swap(cur, next);
        }
        int i = 0, j = 0;
        while (i < n && j < m) {
            switch (dir[size_t(i) * size_t(m) + size_t(j)]) {
            case 0:
                push(DiffStep::Op::Equal, a0 + i, b0 + j, 1);
                ++i;
                ++j;
                break;
            case 1:
                push(DiffStep::Op::Delete, a0 + i, b0 + j, 1);
                ++i;
                break;
            default:
                push(DiffStep::Op::Insert, a0 + i, b0 + j, 1);
                ++j;
                break;
            }
        }
        push(DiffStep::Op::Delete, a0 + i, b0 + j, n - i);
        push(DiffStep::Op::Insert, a0 + n, b0 + j, m - j);
    }

    void anchored(int a0, int a1, int b0, int b1)
    {
        // Count occurrences on each side; anchors are elements occurring once in both.
        struct Seen
        {
            int aCount = 0, bCount = 0, aPos = -1, bPos = -1;
        };
        std::unordered_map<T, Seen, Hash, Eq> seen;
        seen.reserve(size_t(a1 - a0));
        for (int i = a0; i < a1; ++i) {
            Seen &s = seen[a(i)];
            ++s.aCount;
            s.aPos = i;
        }
        for (int j = b0; j < b1; ++j) {
            auto it = seen.find(b(j));
            if (it != seen.end()) {
                ++it->second.bCount;
                it->second.bPos = j;
            }
        }
        std::vector<std::pair<int, int>> pairs; // (aPos, bPos), by aPos
        for (int i = a0; i < a1; ++i) {
            const Seen &s = seen[a(i)];
            if (s.aCount == 1 && s.bCount == 1)
                pairs.emplace_back(i, s.bPos);
        }
        const std::vector<std::pair<int, int>> chain = increasingChain(pairs);
        if (chain.empty()) {
            push(DiffStep::Op::Delete, a0, b0, a1 - a0);
            push(DiffStep::Op::Insert, a1, b0, b1 - b0);
            return;
        }
        int pa = a0, pb = b0;
        for (const auto &[ai, bj] : chain) {
            run(pa, ai, pb, bj);
            push(DiffStep::Op::Equal, ai, bj, 1);
            pa = ai + 1;
            pb = bj + 1;
        }
        run(pa, a1, pb, b1);
    }

    // Longest subsequence of pairs increasing in the second coordinate (patience sorting).
    static std::vector<std::pair<int, int>> increasingChain(const std::vector<std::pair<int, int>> &pairs)
    {
        std::vector<int> tails;        // index into pairs of the smallest tail per length
        std::vector<int> prev(pairs.size(), -1);
        for (size_t k = 0; k < pairs.size(); ++k) {
            const int key = pairs[k].second;
            auto it = std::lower_bound(tails.begin(), tails.end(), key,
                                       [&](int idx, int v) { return pairs[size_t(idx)].second < v; });
            if (it != tails.begin())
                prev[k] = *(it - 1);
            if (it == tails.end())
                tails.push_back(int(k));
            else
                *it = int(k);
        }
        std::vector<std::pair<int, int>> chain;
        for (int k = tails.empty() ? -1 : tails.back(); k >= 0; k = prev[size_t(k)])
            chain.push_back(pairs[size_t(k)]);
        std::reverse(chain.begin(), chain.end());
        return chain;
    }

    const std::vector<T> &m_a;
    const std::vector<T> &m_b;
    std::vector<DiffStep> m_steps;
};
