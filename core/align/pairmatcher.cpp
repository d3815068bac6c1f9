#include "core/align/pairmatcher.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace {

struct Candidate
{
    int a = 0;
    int b = 0;
    double dice = 0;
    double containA = 0; ///< share of a's weight found in b
    double containB = 0;
    bool exact = false;
    double score = 0;
};

std::vector<int> mergedStems(const std::vector<AlignUnit> &units, const UnitRange &r)
{
    std::vector<int> out;
    for (int u = r.first; u < r.end(); ++u)
        out.insert(out.end(), units[size_t(u)].stems.begin(), units[size_t(u)].stems.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool sameKeys(const std::vector<AlignUnit> &ua, const UnitRange &a, const std::vector<AlignUnit> &ub, const UnitRange &b)
{
    std::vector<int> ka, kb;
    for (int u = a.first; u < a.end(); ++u)
        ka.insert(ka.end(), ua[size_t(u)].keys.begin(), ua[size_t(u)].keys.end());
    for (int u = b.first; u < b.end(); ++u)
        kb.insert(kb.end(), ub[size_t(u)].keys.begin(), ub[size_t(u)].keys.end());
    return !ka.empty() && ka == kb;
}

// The heaviest chain of links increasing in both documents (weighted LIS); the rest moved.
void markMoved(std::vector<PairMatcher::Result> &links)
{
    std::vector<size_t> order(links.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        return links[x].a.first != links[y].a.first ? links[x].a.first < links[y].a.first : links[x].b.first < links[y].b.first;
    });
    // O(n^2) over links is fine for articles; long documents use a Fenwick tree.
    const size_t n = order.size();
    std::vector<double> best(n, 0);
    std::vector<int> prev(n, -1);
    auto weightOf = [&](size_t k) {
        const auto &l = links[order[k]];
        return l.similarity * (l.a.count + l.b.count);
    };
    if (n <= 2000) {
        for (size_t k = 0; k < n; ++k) {
            best[k] = weightOf(k);
            const auto &lk = links[order[k]];
            for (size_t j = 0; j < k; ++j) {
                const auto &lj = links[order[j]];
                if (lj.a.end() <= lk.a.first && lj.b.end() <= lk.b.first && best[j] + weightOf(k) > best[k]) {
                    best[k] = best[j] + weightOf(k);
                    prev[k] = int(j);
                }
            }
        }
    } else {
        // Fenwick tree of (best, index) by b position: prefix maximum over b ends before b.first.
        int maxB = 0;
        for (const auto &l : links)
            maxB = std::max(maxB, l.b.end());
        std::vector<std::pair<double, int>> tree(size_t(maxB) + 2, {0.0, -1});
        auto query = [&](int pos) { // max over b-end positions <= pos
            std::pair<double, int> r{0.0, -1};
            for (int i = pos + 1; i > 0; i -= i & -i)
                r = std::max(r, tree[size_t(i)]);
            return r;
        };
        auto update = [&](int pos, std::pair<double, int> v) {
            for (int i = pos + 1; i < int(tree.size()); i += i & -i)
                tree[size_t(i)] = std::max(tree[size_t(i)], v);
        };
        // Process in a order; a link may only follow links whose a range ended before it
        // starts, so insert lazily once their a range has ended.
        size_t pending = 0;
        std::vector<size_t> byEnd(order.begin(), order.end());
        std::sort(byEnd.begin(), byEnd.end(), [&](size_t x, size_t y) { return links[x].a.end() < links[y].a.end(); });
        std::vector<size_t> rank(links.size());
        for (size_t k = 0; k < n; ++k)
            rank[order[k]] = k;
        for (size_t k = 0; k < n; ++k) {
            const auto &lk = links[order[k]];
            while (pending < n && links[byEnd[pending]].a.end() <= lk.a.first) {
                const size_t r = rank[byEnd[pending]];
                update(links[byEnd[pending]].b.end() - 1, {best[r], int(r)});
                ++pending;
            }
            const auto q = query(lk.b.first - 1);
            best[k] = q.first + weightOf(k);
            prev[k] = q.second;
        }
    }
    int k = -1;
    double top = -1;
    for (size_t i = 0; i < n; ++i) {
        if (best[i] > top) {
            top = best[i];
            k = int(i);
        }
    }
    for (auto &l : links)
        l.moved = true;
    for (; k >= 0; k = prev[size_t(k)])
        links[order[size_t(k)]].moved = false;
}

// Between two consecutive links in common order, a free unit of a and a free unit of b that
// share a fair part of their words are most likely the same passage paraphrased: an in-order
// position is evidence a global threshold cannot use. Pairs are taken best first, kept in order.
void fillGapPairs(std::vector<PairMatcher::Result> &links, const std::vector<Candidate> &candidates, double threshold,
                  const std::vector<AlignUnit> &ua, const std::vector<AlignUnit> &ub, int na, int nb)
{
    // Which units are linked now (the links may have lost some weak moves since matching).
    std::vector<int> linkOfA(size_t(na), -1), linkOfB(size_t(nb), -1);
    for (size_t k = 0; k < links.size(); ++k) {
        for (int u = links[k].a.first; u < links[k].a.end(); ++u)
            linkOfA[size_t(u)] = int(k);
        for (int u = links[k].b.first; u < links[k].b.end(); ++u)
            linkOfB[size_t(u)] = int(k);
    }
    std::vector<const PairMatcher::Result *> chain;
    for (const auto &l : links) {
        if (!l.moved)
            chain.push_back(&l);
    }
    std::sort(chain.begin(), chain.end(), [](auto *x, auto *y) { return x->a.first < y->a.first; });
    // gapOfA[u] / gapOfB[u]: index of the gap between chain links a unit lies in.
    std::vector<int> gapOfA(size_t(na), -1), gapOfB(size_t(nb), -1);
    for (size_t g = 0; g <= chain.size(); ++g) {
        const int a0 = g == 0 ? 0 : chain[g - 1]->a.end(), a1 = g == chain.size() ? na : chain[g]->a.first;
        const int b0 = g == 0 ? 0 : chain[g - 1]->b.end(), b1 = g == chain.size() ? nb : chain[g]->b.first;
        for (int u = a0; u < a1; ++u)
            gapOfA[size_t(u)] = int(g);
        for (int u = b0; u < b1; ++u)
            gapOfB[size_t(u)] = int(g);
    }
    std::vector<const Candidate *> picks;
    for (const Candidate &c : candidates) {
        if (c.dice >= threshold && linkOfA[size_t(c.a)] < 0 && linkOfB[size_t(c.b)] < 0 && gapOfA[size_t(c.a)] >= 0
            && gapOfA[size_t(c.a)] == gapOfB[size_t(c.b)] && !ua[size_t(c.a)].heading && !ub[size_t(c.b)].heading)
            picks.push_back(&c);
    }
    std::sort(picks.begin(), picks.end(), [](auto *x, auto *y) { return x->dice > y->dice; });
    std::vector<std::pair<int, int>> taken; // (a, b) added, to keep each gap in order
    for (const Candidate *c : picks) {
        if (linkOfA[size_t(c->a)] >= 0 || linkOfB[size_t(c->b)] >= 0)
            continue;
        const bool crosses = std::any_of(taken.begin(), taken.end(), [&](const std::pair<int, int> &t) {
            return (t.first < c->a) != (t.second < c->b);
        });
        if (crosses)
            continue;
        taken.emplace_back(c->a, c->b);
        links.push_back({{c->a, 1}, {c->b, 1}, c->dice, false, false});
        linkOfA[size_t(c->a)] = linkOfB[size_t(c->b)] = int(links.size()) - 1;
    }
}

} // namespace

double PairMatcher::similarity(int docA, const UnitRange &a, int docB, const UnitRange &b) const
{
    const std::vector<int> sa = mergedStems(m_table.units(docA), a);
    const std::vector<int> sb = mergedStems(m_table.units(docB), b);
    const double wa = m_table.weight(sa), wb = m_table.weight(sb);
    return wa + wb > 0 ? 2 * m_table.sharedWeight(sa, sb) / (wa + wb) : 0.0;
}

std::vector<PairMatcher::Result> PairMatcher::match(int docA, int docB) const
{
    const std::vector<AlignUnit> &ua = m_table.units(docA);
    const std::vector<AlignUnit> &ub = m_table.units(docB);
    const int na = int(ua.size()), nb = int(ub.size());
    const double threshold = m_options.divergentThreshold;
    auto usable = [&](const AlignUnit &u) { return !u.stems.empty() && !(u.furniture && m_options.ignoreFurniture); };

    std::vector<double> weightA(static_cast<size_t>(na)), weightB(static_cast<size_t>(nb));
    for (int i = 0; i < na; ++i)
        weightA[size_t(i)] = m_table.weight(ua[size_t(i)].stems);
    for (int j = 0; j < nb; ++j)
        weightB[size_t(j)] = m_table.weight(ub[size_t(j)].stems);

    std::vector<Candidate> candidates;
    auto addCandidate = [&](int i, int j, bool exact) {
        Candidate c;
        c.a = i;
        c.b = j;
        const double shared = m_table.sharedWeight(ua[size_t(i)].stems, ub[size_t(j)].stems);
        const double wa = weightA[size_t(i)], wb = weightB[size_t(j)];
        c.dice = wa + wb > 0 ? 2 * shared / (wa + wb) : 0;
        c.containA = wa > 0 ? shared / wa : 0;
        c.containB = wb > 0 ? shared / wb : 0;
        c.exact = exact;
        candidates.push_back(c);
    };

    // Units of a with an identical counterpart need no other candidates: the identical pair
    // always wins, and a link at similarity 1 cannot grow by a merge.
    std::vector<bool> hasExact(size_t(na), false);

    // Identical units, found by hash. Heavily repeated ones are paired in order so that 1,000
    // copies of one sentence make 1,000 candidates, not a million.
    {
        std::unordered_map<size_t, std::pair<std::vector<int>, std::vector<int>>> groups;
        for (int i = 0; i < na; ++i) {
            if (usable(ua[size_t(i)]))
                groups[ua[size_t(i)].exactHash].first.push_back(i);
        }
        for (int j = 0; j < nb; ++j) {
            if (!usable(ub[size_t(j)]))
                continue;
            auto it = groups.find(ub[size_t(j)].exactHash);
            if (it != groups.end())
                it->second.second.push_back(j);
        }
        for (auto &[hash, g] : groups) {
            // A few repeats ("Yes.", a refrain): offer every pairing and let position and
            // context choose. Many repeats: pair them in order.
            auto pair = [&](int i, int j) {
                if (ua[size_t(i)].keys == ub[size_t(j)].keys) {
                    addCandidate(i, j, true);
                    hasExact[size_t(i)] = true;
                }
            };
            if (g.first.size() * g.second.size() <= 64) {
                for (int i : g.first) {
                    for (int j : g.second)
                        pair(i, j);
                }
            } else {
                for (size_t x = 0; x < std::min(g.first.size(), g.second.size()); ++x)
                    pair(g.first[x], g.second[x]);
            }
        }
    }

    // Shared rare stems. A stem in more than `cap` units of b says little about which one is
    // meant and would make the search quadratic.
    {
        // Postings by stem id (dense: stem ids are small integers).
        std::vector<std::vector<int>> postings(size_t(m_table.stemCount()));
        for (int j = 0; j < nb; ++j) {
            if (!usable(ub[size_t(j)]))
                continue;
            for (int s : ub[size_t(j)].stems)
                postings[size_t(s)].push_back(j);
        }
        const size_t cap = std::max<size_t>(24, size_t(4 * std::sqrt(double(nb))));
        std::vector<double> acc(size_t(nb), 0.0);
        std::vector<int> touched;
        constexpr int perUnit = 12; // best candidates kept per unit of a
        for (int i = 0; i < na; ++i) {
            const AlignUnit &u = ua[size_t(i)];
            if (!usable(u) || hasExact[size_t(i)])
                continue;
            for (int s : u.stems) {
                const std::vector<int> &list = postings[size_t(s)];
                if (list.empty() || list.size() > cap)
                    continue;
                const double w = m_table.weight(s);
                for (int j : list) {
                    if (acc[size_t(j)] == 0.0)
                        touched.push_back(j);
                    acc[size_t(j)] += w;
                }
            }
            // Cheap upper bound first: the shared weight of the rare stems only.
            std::vector<std::pair<double, int>> ranked;
            for (int j : touched) {
                const double bound = acc[size_t(j)];
                acc[size_t(j)] = 0.0;
                const double wa = weightA[size_t(i)], wb = weightB[size_t(j)];
                const double containSmall = bound / std::max(1e-9, std::min(wa, wb));
                if (2 * bound / (wa + wb) >= threshold * 0.5 || containSmall >= 0.4)
                    ranked.emplace_back(bound / std::sqrt(wa * wb + 1e-9), j);
            }
            touched.clear();
            if (int(ranked.size()) > perUnit) {
                std::partial_sort(ranked.begin(), ranked.begin() + perUnit, ranked.end(), std::greater<>());
                ranked.resize(perUnit);
            }
            for (const auto &[score, j] : ranked)
                addCandidate(i, j, false);
        }
    }

    // Remove duplicates (exact pairs were also found through stems).
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        return x.a != y.a ? x.a < y.a : (x.b != y.b ? x.b < y.b : x.exact > y.exact);
    });
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                 [](const Candidate &x, const Candidate &y) { return x.a == y.a && x.b == y.b; }),
                     candidates.end());

    // Context: a pair whose neighbours also correspond is more likely right. Candidates are
    // sorted by (a, b) here, so a neighbour is found by binary search.
    {
        auto neighbour = [&](int i, int j) {
            if (i < 0 || j < 0 || i >= na || j >= nb)
                return 0.0;
            auto it = std::lower_bound(candidates.begin(), candidates.end(), std::pair{i, j},
                                       [](const Candidate &c, const std::pair<int, int> &key) {
                                           return c.a != key.first ? c.a < key.first : c.b < key.second;
                                       });
            if (it == candidates.end() || it->a != i || it->b != j)
                return 0.0;
            return it->exact ? 1.0 : it->dice;
        };
        std::vector<double> context(candidates.size());
        for (size_t k = 0; k < candidates.size(); ++k) {
            const Candidate &c = candidates[k];
            context[k] = std::max(neighbour(c.a - 1, c.b - 1), neighbour(c.a + 1, c.b + 1));
        }
        for (size_t k = 0; k < candidates.size(); ++k) {
            Candidate &c = candidates[k];
            const double relA = na > 1 ? double(c.a) / (na - 1) : 0.0, relB = nb > 1 ? double(c.b) / (nb - 1) : 0.0;
            c.score = (c.exact ? 1.0 : c.dice) + 0.1 * context[k] - 0.02 * std::abs(relA - relB);
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) { return x.score > y.score; });

    // Best first, one to one, with splits and merges into neighbours.
    std::vector<int> linkOfA(size_t(na), -1), linkOfB(size_t(nb), -1);
    std::vector<Result> links;
    auto minWords = [&](const Candidate &c) { return std::min(ua[size_t(c.a)].wordCount, ub[size_t(c.b)].wordCount); };
    auto accept = [&](const Candidate &c) {
        if (c.exact || c.dice >= threshold)
            return true;
        // One side quotes most of the other: a shortened or expanded copy of the passage.
        return std::min(c.containA, c.containB) >= 0.25 && std::max(c.containA, c.containB) >= 0.7 && minWords(c) >= 4;
    };
    auto tryExtend = [&](Result &link, bool sideA, int unit) {
        // `unit` (free, next to the link on that side) joins the link when most of it is found
        // in the other side and the joined passage is more similar than before.
        const UnitRange grown = sideA ? UnitRange{std::min(link.a.first, unit), link.a.count + 1}
                                      : UnitRange{std::min(link.b.first, unit), link.b.count + 1};
        if (grown.count > 4)
            return false;
        const double before = link.similarity;
        const double after = sideA ? similarity(docA, grown, docB, link.b) : similarity(docA, link.a, docB, grown);
        if (after <= before)
            return false;
        if (sideA)
            link.a = grown;
        else
            link.b = grown;
        link.similarity = after;
        link.exact = false;
        return true;
    };

    for (const Candidate &c : candidates) {
        const int la = linkOfA[size_t(c.a)], lb = linkOfB[size_t(c.b)];
        // A new pair must be similar enough on its own; a unit joining an existing link is judged
        // by how much of it the link's other side contains (below).
        if (la < 0 && lb < 0) {
            if (!accept(c))
                continue;
            links.push_back({{c.a, 1}, {c.b, 1}, c.exact ? 1.0 : c.dice, c.exact, false});
            linkOfA[size_t(c.a)] = linkOfB[size_t(c.b)] = int(links.size()) - 1;
            continue;
        }
        if (c.exact)
            continue;
        if (la < 0 && lb >= 0) {
            // b is taken. Merge when a is next to b's partner and mostly found in b.
            Result &link = links[size_t(lb)];
            const bool adjacent = c.a == link.a.first - 1 || c.a == link.a.end();
            if (adjacent && link.b.count == 1 && c.containA >= 0.45 && tryExtend(link, true, c.a)) {
                linkOfA[size_t(c.a)] = lb;
            } else if (!adjacent && accept(c) && c.containA >= 0.7 && ua[size_t(c.a)].wordCount >= 5) {
                links.push_back({{c.a, 1}, {c.b, 1}, c.dice, false, false});
                linkOfA[size_t(c.a)] = int(links.size()) - 1;
            }
        } else if (lb < 0 && la >= 0) {
            Result &link = links[size_t(la)];
            const bool adjacent = c.b == link.b.first - 1 || c.b == link.b.end();
            if (adjacent && link.a.count == 1 && c.containB >= 0.45 && tryExtend(link, false, c.b)) {
                linkOfB[size_t(c.b)] = la;
            } else if (!adjacent && accept(c) && c.containB >= 0.7 && ub[size_t(c.b)].wordCount >= 5) {
                links.push_back({{c.a, 1}, {c.b, 1}, c.dice, false, false});
                linkOfB[size_t(c.b)] = int(links.size()) - 1;
            }
        }
    }

    for (Result &l : links) {
        if (l.a.count > 1 || l.b.count > 1)
            l.exact = sameKeys(ua, l.a, ub, l.b);
        if (l.exact)
            l.similarity = 1.0;
    }
    markMoved(links);

    // When the two documents mostly keep one order, a move needs strong evidence: a weak
    // paraphrase far from its place, or a two-word exclamation ("Alas!", "CHAPTER II.") that
    // recurs everywhere, is a coincidence, not a moved passage. Texts shuffled as a whole (lists
    // of headlines) keep their out-of-order links.
    const auto movedCount = std::count_if(links.begin(), links.end(), [](const Result &l) { return l.moved; });
    if (movedCount * 5 < qsizetype(links.size())) {
        auto words = [&](const std::vector<AlignUnit> &units, const UnitRange &r) {
            int n = 0;
            for (int u = r.first; u < r.end(); ++u)
                n += units[size_t(u)].wordCount;
            return n;
        };
        links.erase(std::remove_if(links.begin(), links.end(),
                                   [&](const Result &l) {
                                       if (!l.moved)
                                           return false;
                                       const bool tiny = std::min(words(ua, l.a), words(ub, l.b)) <= 2;
                                       const bool weak = !l.exact && l.similarity < threshold + 0.15;
                                       return tiny || weak;
                                   }),
                    links.end());
    }
    // Gap filling needs the common order, so it comes after the moves are known.
    fillGapPairs(links, candidates, std::max(0.18, threshold * 0.6), ua, ub, na, nb);
    std::sort(links.begin(), links.end(), [](const Result &x, const Result &y) {
        return x.a.first != y.a.first ? x.a.first < y.a.first : x.b.first < y.b.first;
    });
    return links;
}
