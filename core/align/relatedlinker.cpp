#include "core/align/relatedlinker.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

// A word used by both passages of a pair and at most one other passage is specific to what
// they tell; with more it is the story's vocabulary, shared by most of its sentences.
constexpr int rarePassages = 3;

struct Candidate
{
    int a = 0;
    int b = 0;
    double similarity = 0;
};

} // namespace

RelatedLinker::RelatedLinker(const UnitTable &table, const AlignOptions &options)
    : m_table(table)
    , m_options(options)
{
    std::vector<int> passagesWith(size_t(table.stemCount()), 0);
    int passages = 0;
    for (int d = 0; d < table.documentCount(); ++d) {
        for (const AlignUnit &u : table.units(d)) {
            if (u.furniture && options.ignoreFurniture)
                continue;
            ++passages;
            for (const int s : u.stems)
                ++passagesWith[size_t(s)];
        }
    }
    m_rare.assign(passagesWith.size(), false);
    for (size_t s = 0; s < passagesWith.size(); ++s) {
        const int df = passagesWith[s];
        // UnitTable scales a function word's weight down from its inverse document frequency.
        const bool functionWord = df > 0 && table.weight(int(s)) < 0.5 * std::log(1.0 + double(passages) / df);
        m_rare[s] = df > 0 && df <= rarePassages && !functionWord;
    }
}

std::vector<Link> RelatedLinker::links(const Comparison &comparison) const
{
    std::vector<Link> out;
    const int n = m_table.documentCount();
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            std::vector<Link> found = pairLinks(comparison, a, b);
            out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
        }
    }
    return out;
}

// Whether each unit of `doc` is in a link to `other`: a unit linked only to a third article is
// still unrelated to this one.
std::vector<bool> RelatedLinker::linkedTo(const Comparison &comparison, int doc, int other) const
{
    const std::vector<UnitInfo> &units = comparison.units[size_t(doc)];
    std::vector<bool> linked(units.size(), false);
    for (size_t u = 0; u < units.size(); ++u) {
        linked[u] = std::any_of(units[u].links.begin(), units[u].links.end(), [&](int k) {
            const Link &l = comparison.links[size_t(k)];
            return l.ends[0].doc == other || l.ends[1].doc == other;
        });
    }
    return linked;
}

bool RelatedLinker::candidate(const Comparison &comparison, int doc, int unit) const
{
    return comparison.units[size_t(doc)][size_t(unit)].status != UnitStatus::Furniture
        && !m_table.units(doc)[size_t(unit)].stems.empty();
}

bool RelatedLinker::sharesEvidence(const AlignUnit &a, const AlignUnit &b) const
{
    return std::any_of(a.stems.begin(), a.stems.end(), [&](int s) {
        return m_rare[size_t(s)] && std::binary_search(b.stems.begin(), b.stems.end(), s);
    });
}

// The pair is read in the documents' canonical order, like the aligner's, so that ties fall the
// same way whatever order the articles were given in.
std::vector<Link> RelatedLinker::pairLinks(const Comparison &comparison, int docA, int docB) const
{
    const bool turned = m_table.rank(docB) < m_table.rank(docA);
    const int first = turned ? docB : docA, second = turned ? docA : docB;
    const std::vector<AlignUnit> &ua = m_table.units(first), &ub = m_table.units(second);
    // One end may be linked already: independent reports overlap many to many ("the Pentagon
    // said North Korea has sent thousands" is linked to one sentence of the other report, and
    // tells of the visit another sentence of it announces), but a pair linked both ways is told.
    const std::vector<bool> linkedA = linkedTo(comparison, first, second), linkedB = linkedTo(comparison, second, first);
    std::vector<Candidate> candidates;
    for (int i = 0; i < int(ua.size()); ++i) {
        if (!candidate(comparison, first, i))
            continue;
        const double wa = m_table.weight(ua[size_t(i)].stems);
        for (int j = 0; j < int(ub.size()); ++j) {
            if ((linkedA[size_t(i)] && linkedB[size_t(j)]) || !candidate(comparison, second, j))
                continue;
            const double wb = m_table.weight(ub[size_t(j)].stems);
            const double shared = m_table.sharedWeight(ua[size_t(i)].stems, ub[size_t(j)].stems);
            const double dice = wa + wb > 0 ? 2 * shared / (wa + wb) : 0.0;
            if (dice >= m_options.relatedThreshold && dice < m_options.divergentThreshold
                && sharesEvidence(ua[size_t(i)], ub[size_t(j)]))
                candidates.push_back({i, j, dice});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &x, const Candidate &y) { return x.similarity > y.similarity; });
    std::vector<bool> takenA(ua.size(), false), takenB(ub.size(), false);
    std::vector<Link> links;
    for (const Candidate &c : candidates) {
        if (takenA[size_t(c.a)] || takenB[size_t(c.b)])
            continue;
        takenA[size_t(c.a)] = takenB[size_t(c.b)] = true;
        Link l;
        l.kind = LinkKind::Related;
        l.similarity = c.similarity;
        l.ends[0] = {first, {c.a, 1}, ua[size_t(c.a)].span};
        l.ends[1] = {second, {c.b, 1}, ub[size_t(c.b)].span};
        if (turned)
            std::swap(l.ends[0], l.ends[1]);
        links.push_back(l);
    }
    std::sort(links.begin(), links.end(), [](const Link &x, const Link &y) {
        return x.ends[0].units.first != y.ends[0].units.first ? x.ends[0].units.first < y.ends[0].units.first
                                                              : x.ends[1].units.first < y.ends[1].units.first;
    });
    return links;
}
