#include "core/align/pairmatcher.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <unordered_map>

struct PairMatcher::Candidate
{
    int a = 0;
    int b = 0;
    double dice = 0;
    double containA = 0; ///< share of a's weight found in b
    double containB = 0;
    bool exact = false;
    double score = 0;
};

namespace {

// Above this similarity two passages read as one passage edited, whatever slots they fill
// differently ("thousands" / "about 10,000"): the difference is a changed fact, not another event.
constexpr double nearIdentical = 0.7;
// What a conflict leaves of a candidate's scores: enough to stay linked when the rest is close,
// too little for a template shared by two events ("Death toll rises in plane crash in Russia" /
// "... to 39 in coach crash in Italy").
constexpr double conflictFactor = 0.6;

// Whether `mine` holds a value that `theirs` (sorted) lacks.
bool hasOwn(std::span<const int> mine, std::span<const int> theirs)
{
    return std::any_of(mine.begin(), mine.end(), [&](int v) { return !std::binary_search(theirs.begin(), theirs.end(), v); });
}

// Whether unit `mine` names something `theirs` neither mentions nor spells out as an acronym.
bool hasOwnName(const AlignUnit &mine, const AlignUnit &theirs)
{
    return std::any_of(mine.names.begin(), mine.names.end(), [&](int v) {
        return !std::binary_search(theirs.stems.begin(), theirs.stems.end(), v)
            && !std::binary_search(theirs.acronyms.begin(), theirs.acronyms.end(), v);
    });
}

bool sharesAny(std::span<const int> x, std::span<const int> y)
{
    return std::any_of(x.begin(), x.end(), [&](int v) { return std::binary_search(y.begin(), y.end(), v); });
}

// The same slot filled differently on both sides and not once the same: names (places, people,
// organisations) that each side has and the other lacks with no name in common, or numbers
// likewise. Evidence of two events told in one template.
bool conflicting(const AlignUnit &a, const AlignUnit &b)
{
    const bool names = hasOwnName(a, b) && hasOwnName(b, a) && !sharesAny(a.names, b.names);
    const bool numbers = hasOwn(a.numbers, b.numbers) && hasOwn(b.numbers, a.numbers) && !sharesAny(a.numbers, b.numbers);
    return names || numbers;
}

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
    // A manual link weighs as a perfect one whatever its words: the user says it corresponds, so
    // the common order goes through it rather than around it.
    auto weightOf = [&](size_t k) {
        const auto &l = links[order[k]];
        return (l.manual ? 1.0 : l.similarity) * (l.a.count + l.b.count);
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

} // namespace

double PairMatcher::similarity(int docA, const UnitRange &a, int docB, const UnitRange &b) const
{
    const std::vector<int> sa = mergedStems(m_table.units(docA), a);
    const std::vector<int> sb = mergedStems(m_table.units(docB), b);
    const double wa = m_table.weight(sa), wb = m_table.weight(sb);
    return wa + wb > 0 ? 2 * m_table.sharedWeight(sa, sb) / (wa + wb) : 0.0;
}


std::vector<PairMatcher::Result> PairMatcher::match(int docA, int docB, const std::vector<Constraint> &constraints) const
{
    std::vector<Candidate> candidates = findCandidates(docA, docB);
    dropForbidden(candidates, constraints);
    rankCandidates(candidates, int(m_table.units(docA).size()), int(m_table.units(docB).size()));
    std::vector<Result> links = pairBestFirst(candidates, manualResults(constraints, docA, docB), docA, docB);
    settleMoves(links, docA, docB);
    // Gap filling needs the common order, so it comes after the moves are known.
    fillGapPairs(links, candidates, docA, docB);
    addSecondaryLinks(links, candidates, docA, docB);
    std::sort(links.begin(), links.end(), [](const Result &x, const Result &y) {
        return x.a.first != y.a.first ? x.a.first < y.a.first : x.b.first < y.b.first;
    });
    return links;
}

bool PairMatcher::usable(const AlignUnit &unit) const
{
    return !unit.stems.empty() && !(unit.furniture && m_options.ignoreFurniture);
}

PairMatcher::Candidate PairMatcher::candidate(int docA, int a, int docB, int b, double weightA, double weightB,
                                              bool exact) const
{
    Candidate c;
    c.a = a;
    c.b = b;
    const double shared = m_table.sharedWeight(m_table.units(docA)[size_t(a)].stems, m_table.units(docB)[size_t(b)].stems);
    c.dice = weightA + weightB > 0 ? 2 * shared / (weightA + weightB) : 0;
    c.containA = weightA > 0 ? shared / weightA : 0;
    c.containB = weightB > 0 ? shared / weightB : 0;
    c.exact = exact;
    if (!exact && c.dice < nearIdentical
        && conflicting(m_table.units(docA)[size_t(a)], m_table.units(docB)[size_t(b)])) {
        c.dice *= conflictFactor;
        c.containA *= conflictFactor;
        c.containB *= conflictFactor;
    }
    return c;
}

std::vector<PairMatcher::Candidate> PairMatcher::findCandidates(int docA, int docB) const
{
    const std::vector<AlignUnit> &ua = m_table.units(docA);
    const std::vector<AlignUnit> &ub = m_table.units(docB);
    std::vector<double> weightA(ua.size()), weightB(ub.size());
    for (size_t i = 0; i < ua.size(); ++i)
        weightA[i] = m_table.weight(ua[i].stems);
    for (size_t j = 0; j < ub.size(); ++j)
        weightB[j] = m_table.weight(ub[j].stems);

    std::vector<Candidate> candidates;
    // Units of a with an identical counterpart need no other candidates: the identical pair
    // always wins, and a link at similarity 1 cannot grow by a merge.
    std::vector<bool> hasExact(ua.size(), false);
    addIdenticalCandidates(docA, docB, weightA, weightB, candidates, hasExact);
    addSharedStemCandidates(docA, docB, weightA, weightB, candidates, hasExact);

    // Remove duplicates (exact pairs were also found through stems).
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        return x.a != y.a ? x.a < y.a : (x.b != y.b ? x.b < y.b : x.exact > y.exact);
    });
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                 [](const Candidate &x, const Candidate &y) { return x.a == y.a && x.b == y.b; }),
                     candidates.end());
    return candidates;
}

// Identical units, found by hash. Heavily repeated ones are paired in order so that 1,000
// copies of one sentence make 1,000 candidates, not a million.
void PairMatcher::addIdenticalCandidates(int docA, int docB, const std::vector<double> &weightA,
                                         const std::vector<double> &weightB, std::vector<Candidate> &candidates,
                                         std::vector<bool> &hasExact) const
{
    const std::vector<AlignUnit> &ua = m_table.units(docA);
    const std::vector<AlignUnit> &ub = m_table.units(docB);
    std::unordered_map<size_t, std::pair<std::vector<int>, std::vector<int>>> groups;
    for (int i = 0; i < int(ua.size()); ++i) {
        if (usable(ua[size_t(i)]))
            groups[ua[size_t(i)].exactHash].first.push_back(i);
    }
    for (int j = 0; j < int(ub.size()); ++j) {
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
            if (std::ranges::equal(ua[size_t(i)].keys, ub[size_t(j)].keys)) {
                candidates.push_back(candidate(docA, i, docB, j, weightA[size_t(i)], weightB[size_t(j)], true));
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
// meant and would make the search quadratic. The cap grows as 4√n up to a book's length
// (4,096 units, a cap of 256) and no further: a cap growing with n made the walk O(n√n), 16 %
// of a 1.28M-word run; a fixed one keeps it linear, and leaves every result on texts up to a
// book's length as it was.
void PairMatcher::addSharedStemCandidates(int docA, int docB, const std::vector<double> &weightA,
                                          const std::vector<double> &weightB, std::vector<Candidate> &candidates,
                                          const std::vector<bool> &hasExact) const
{
    const std::vector<AlignUnit> &ua = m_table.units(docA);
    const std::vector<AlignUnit> &ub = m_table.units(docB);
    const int na = int(ua.size()), nb = int(ub.size());
    const double threshold = m_options.divergentThreshold;
    // Postings by stem id (dense: stem ids are small integers).
    std::vector<std::vector<int>> postings(size_t(m_table.stemCount()));
    for (int j = 0; j < nb; ++j) {
        if (!usable(ub[size_t(j)]))
            continue;
        for (int s : ub[size_t(j)].stems)
            postings[size_t(s)].push_back(j);
    }
    constexpr int capGrowthEnd = 4096; // units of b beyond which the cap stays at 4 * 64 = 256
    const size_t cap = std::max<size_t>(24, size_t(4 * std::sqrt(double(std::min(nb, capGrowthEnd)))));
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
            candidates.push_back(candidate(docA, i, docB, j, weightA[size_t(i)], weightB[size_t(j)], false));
    }
}

// Context: a pair whose neighbours also correspond is more likely right. Candidates come
// sorted by (a, b), so a neighbour is found by binary search; they leave sorted by score.
void PairMatcher::rankCandidates(std::vector<Candidate> &candidates, int na, int nb)
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
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) { return x.score > y.score; });
}

std::vector<PairMatcher::Result> PairMatcher::manualResults(const std::vector<Constraint> &constraints, int docA,
                                                            int docB) const
{
    const std::vector<AlignUnit> &ua = m_table.units(docA);
    const std::vector<AlignUnit> &ub = m_table.units(docB);
    std::vector<Result> links;
    for (const Constraint &c : constraints) {
        if (!c.linked)
            continue;
        const bool exact = sameKeys(ua, c.a, ub, c.b);
        links.push_back({c.a, c.b, exact ? 1.0 : similarity(docA, c.a, docB, c.b), exact, false, true});
    }
    return links;
}

// A candidate goes when an unlink forbids it, or when one of its units is in a manual link: that
// unit has its counterpart in the other document already, and no other (not even a quotation).
void PairMatcher::dropForbidden(std::vector<Candidate> &candidates, const std::vector<Constraint> &constraints)
{
    if (constraints.empty())
        return;
    const auto forbidden = [&](const Candidate &c) {
        return std::any_of(constraints.begin(), constraints.end(), [&](const Constraint &k) {
            return k.linked ? k.a.contains(c.a) || k.b.contains(c.b) : k.a.contains(c.a) && k.b.contains(c.b);
        });
    };
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(), forbidden), candidates.end());
}

// Best first, one to one, with splits and merges into neighbours, after the manual `links`.
std::vector<PairMatcher::Result> PairMatcher::pairBestFirst(const std::vector<Candidate> &candidates,
                                                            std::vector<Result> links, int docA, int docB) const
{
    const std::vector<AlignUnit> &ua = m_table.units(docA);
    const std::vector<AlignUnit> &ub = m_table.units(docB);
    std::vector<int> linkOfA(ua.size(), -1), linkOfB(ub.size(), -1);
    for (size_t k = 0; k < links.size(); ++k) {
        for (int u = links[k].a.first; u < links[k].a.end(); ++u)
            linkOfA[size_t(u)] = int(k);
        for (int u = links[k].b.first; u < links[k].b.end(); ++u)
            linkOfB[size_t(u)] = int(k);
    }
    for (const Candidate &c : candidates) {
        const int la = linkOfA[size_t(c.a)], lb = linkOfB[size_t(c.b)];
        // A new pair must be similar enough on its own; a unit joining an existing link is judged
        // by how much of it the link's other side contains (below).
        if (la < 0 && lb < 0) {
            if (!acceptable(c, docA, docB))
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
            if (adjacent && link.b.count == 1 && c.containA >= 0.45 && extendLink(link, true, c.a, docA, docB)) {
                linkOfA[size_t(c.a)] = lb;
            } else if (!adjacent && isQuotation(c, true, docA, docB)) {
                links.push_back({{c.a, 1}, {c.b, 1}, c.dice, false, false});
                linkOfA[size_t(c.a)] = int(links.size()) - 1;
            }
        } else if (lb < 0 && la >= 0) {
            Result &link = links[size_t(la)];
            const bool adjacent = c.b == link.b.first - 1 || c.b == link.b.end();
            if (adjacent && link.a.count == 1 && c.containB >= 0.45 && extendLink(link, false, c.b, docA, docB)) {
                linkOfB[size_t(c.b)] = la;
            } else if (!adjacent && isQuotation(c, false, docA, docB)) {
                links.push_back({{c.a, 1}, {c.b, 1}, c.dice, false, false});
                linkOfB[size_t(c.b)] = int(links.size()) - 1;
            }
        }
    }
    for (Result &l : links) {
        if (!l.manual && (l.a.count > 1 || l.b.count > 1))
            l.exact = sameKeys(ua, l.a, ub, l.b);
        if (l.exact)
            l.similarity = 1.0;
    }
    return links;
}

bool PairMatcher::acceptable(const Candidate &c, int docA, int docB) const
{
    if (c.exact || c.dice >= m_options.divergentThreshold)
        return true;
    // One side quotes most of the other: a shortened or expanded copy of the passage.
    const int minWords = std::min(m_table.units(docA)[size_t(c.a)].wordCount, m_table.units(docB)[size_t(c.b)].wordCount);
    return std::min(c.containA, c.containB) >= 0.25 && std::max(c.containA, c.containB) >= 0.7 && minWords >= 4;
}

bool PairMatcher::extendLink(Result &link, bool sideA, int unit, int docA, int docB) const
{
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
}

// The candidate's free unit (on side a when `sideA`) is mostly found in a unit already linked
// elsewhere: it quotes that passage.
bool PairMatcher::isQuotation(const Candidate &c, bool sideA, int docA, int docB) const
{
    if (!acceptable(c, docA, docB))
        return false;
    return sideA ? c.containA >= 0.7 && m_table.units(docA)[size_t(c.a)].wordCount >= 5
                 : c.containB >= 0.7 && m_table.units(docB)[size_t(c.b)].wordCount >= 5;
}

// When the two documents mostly keep one order, a move needs strong evidence: a weak
// paraphrase far from its place, or a two-word exclamation ("Alas!", "CHAPTER II.") that
// recurs everywhere, is a coincidence, not a moved passage. Texts shuffled as a whole (lists
// of headlines) keep their out-of-order links.
void PairMatcher::settleMoves(std::vector<Result> &links, int docA, int docB) const
{
    markMoved(links);
    const auto movedCount = std::count_if(links.begin(), links.end(), [](const Result &l) { return l.moved; });
    if (movedCount * 5 >= qsizetype(links.size()))
        return;
    const std::vector<AlignUnit> &ua = m_table.units(docA);
    const std::vector<AlignUnit> &ub = m_table.units(docB);
    const double threshold = m_options.divergentThreshold;
    auto words = [&](const std::vector<AlignUnit> &units, const UnitRange &r) {
        int n = 0;
        for (int u = r.first; u < r.end(); ++u)
            n += units[size_t(u)].wordCount;
        return n;
    };
    links.erase(std::remove_if(links.begin(), links.end(),
                               [&](const Result &l) {
                                   if (!l.moved || l.manual)
                                       return false;
                                   const bool tiny = std::min(words(ua, l.a), words(ub, l.b)) <= 2;
                                   const bool weak = !l.exact && l.similarity < threshold + 0.15;
                                   return tiny || weak;
                               }),
                links.end());
}

// Between two consecutive links in common order, a free unit of a and a free unit of b that
// share a fair part of their words are most likely the same passage paraphrased: an in-order
// position is evidence a global threshold cannot use. Pairs are taken best first, kept in order.
void PairMatcher::fillGapPairs(std::vector<Result> &links, const std::vector<Candidate> &candidates, int docA,
                               int docB) const
{
    const std::vector<AlignUnit> &ua = m_table.units(docA);
    const std::vector<AlignUnit> &ub = m_table.units(docB);
    const int na = int(ua.size()), nb = int(ub.size());
    const double threshold = std::max(0.18, m_options.divergentThreshold * 0.6);
    // Which units are linked now (the links may have lost some weak moves since matching).
    std::vector<int> linkOfA(size_t(na), -1), linkOfB(size_t(nb), -1);
    for (size_t k = 0; k < links.size(); ++k) {
        for (int u = links[k].a.first; u < links[k].a.end(); ++u)
            linkOfA[size_t(u)] = int(k);
        for (int u = links[k].b.first; u < links[k].b.end(); ++u)
            linkOfB[size_t(u)] = int(k);
    }
    std::vector<const Result *> chain;
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

// Independent reports split and join their sentences differently: one sentence tells what two of
// the other report tell ("the leak of water and of gases" against one sentence on the water, one
// on the gases), and one-to-one linking finds only one of the two. A candidate whose units are
// linked elsewhere (one or both) becomes a second link when it is similar enough to be a link on
// its own and most of what its units share is not what the unit shares with the partner it has
// already: it is another part of the sentence, not the same part told twice. It must keep the
// common order, so a repeated sentence elsewhere in a long text is no second counterpart.
void PairMatcher::addSecondaryLinks(std::vector<Result> &links, const std::vector<Candidate> &candidates, int docA,
                                    int docB) const
{
    const std::vector<AlignUnit> &ua = m_table.units(docA);
    const std::vector<AlignUnit> &ub = m_table.units(docB);
    std::vector<std::vector<size_t>> linksOfA(ua.size()), linksOfB(ub.size());
    for (size_t k = 0; k < links.size(); ++k) {
        for (int u = links[k].a.first; u < links[k].a.end(); ++u)
            linksOfA[size_t(u)].push_back(k);
        for (int u = links[k].b.first; u < links[k].b.end(); ++u)
            linksOfB[size_t(u)].push_back(k);
    }
    std::vector<const Result *> chain;
    for (const Result &l : links) {
        if (!l.moved)
            chain.push_back(&l);
    }
    // The share of what `mine` and `theirs` share that `mine` does not already share with the
    // other side of its links.
    const auto novelty = [&](const std::vector<int> &shared, const std::vector<size_t> &mineLinks, bool sideA) {
        std::vector<int> known;
        for (size_t k : mineLinks) {
            const std::vector<int> partner = mergedStems(sideA ? ub : ua, sideA ? links[k].b : links[k].a);
            known.insert(known.end(), partner.begin(), partner.end());
        }
        std::sort(known.begin(), known.end());
        std::vector<int> fresh;
        std::set_difference(shared.begin(), shared.end(), known.begin(), known.end(), std::back_inserter(fresh));
        const double all = m_table.weight(shared);
        return all > 0 ? m_table.weight(fresh) / all : 0.0;
    };
    std::vector<Result> added;
    for (const Candidate &c : candidates) {
        const std::vector<size_t> &la = linksOfA[size_t(c.a)], &lb = linksOfB[size_t(c.b)];
        if (c.exact || c.dice < m_options.divergentThreshold || (la.empty() && lb.empty()))
            continue;
        const bool together = std::any_of(la.begin(), la.end(), [&](size_t k) {
            return std::find(lb.begin(), lb.end(), k) != lb.end();
        });
        if (together || ua[size_t(c.a)].heading || ub[size_t(c.b)].heading)
            continue;
        const bool crosses = std::any_of(chain.begin(), chain.end(), [&](const Result *l) {
            return (l->a.end() <= c.a && l->b.first > c.b) || (l->a.first > c.a && l->b.end() <= c.b);
        });
        if (crosses)
            continue;
        std::vector<int> shared;
        const std::span<const int> sa = ua[size_t(c.a)].stems, sb = ub[size_t(c.b)].stems;
        std::set_intersection(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(shared));
        if ((!la.empty() && novelty(shared, la, true) < 0.5) || (!lb.empty() && novelty(shared, lb, false) < 0.5))
            continue;
        added.push_back({{c.a, 1}, {c.b, 1}, c.dice, false, false});
    }
    links.insert(links.end(), added.begin(), added.end());
}
