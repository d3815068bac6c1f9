#include "core/align/aligner.h"

#include "core/align/constraintresolver.h"
#include "core/align/factdetector.h"
#include "core/align/pairmatcher.h"
#include "core/align/relatedlinker.h"
#include "core/align/rowbuilder.h"
#include "core/align/unittable.h"
#include "core/align/worddiffer.h"
#include "core/facts/factlexicon.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

UnitStatus statusOf(const Comparison &c, const UnitInfo &info)
{
    UnitStatus s = UnitStatus::Unique;
    for (int k : info.links) {
        if (c.links[size_t(k)].kind == LinkKind::Match)
            return UnitStatus::Match;
        s = UnitStatus::Divergent;
    }
    return s;
}

int chooseBase(const std::vector<Document> &docs, const std::vector<std::vector<double>> &sim)
{
    const int n = int(docs.size());
    std::vector<QByteArray> digests(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        digests[size_t(i)] = QCryptographicHash::hash(docs[size_t(i)].text.toUtf8(), QCryptographicHash::Sha1);
    int best = 0;
    auto key = [&](int i) {
        double total = 0;
        for (int j = 0; j < n; ++j)
            total += j == i ? 0 : sim[size_t(i)][size_t(j)];
        return total;
    };
    for (int i = 1; i < n; ++i) {
        const double ki = key(i), kb = key(best);
        if (ki > kb + 1e-9)
            best = i;
        else if (std::abs(ki - kb) <= 1e-9) {
            const int wi = docs[size_t(i)].wordCount(), wb = docs[size_t(best)].wordCount();
            if (wi > wb || (wi == wb && digests[size_t(i)] < digests[size_t(best)]))
                best = i;
        }
    }
    return best;
}

// Sentence alignment is quadratic in the worst case: past the limit, paragraphs stand in.
void chooseGranularity(Comparison &c, const AlignOptions &options)
{
    if (c.granularity != Granularity::Sentence)
        return;
    for (const Document &d : c.documents) {
        if (int(d.sentences.size()) > options.maxUnitsPerDocument) {
            c.granularity = Granularity::Paragraph;
            c.notice = QCoreApplication::translate("Aligner", "%1 has %2 sentences, more than the %3 the viewer aligns one by one: aligned by paragraph instead.")
                           .arg(d.title)
                           .arg(d.sentences.size())
                           .arg(options.maxUnitsPerDocument);
            break;
        }
    }
}

Link makeLink(const Comparison &c, const UnitTable &table, const WordDiffer &differ, int a, int b,
              const PairMatcher::Result &r)
{
    Link l;
    const std::array<int, 2> docs{a, b};
    const std::array<UnitRange, 2> ranges{r.a, r.b};
    for (size_t s = 0; s < 2; ++s) {
        const std::vector<AlignUnit> &units = table.units(docs[s]);
        l.ends[s] = {docs[s], ranges[s],
                     {units[size_t(ranges[s].first)].span.start, units[size_t(ranges[s].end() - 1)].span.end}};
    }
    l.kind = r.exact ? LinkKind::Match : LinkKind::Divergent;
    l.moved = r.moved;
    l.manual = r.manual;
    l.similarity = r.similarity;
    if (l.kind == LinkKind::Divergent)
        l.edits = differ.diff(c.documents, a, r.a, b, r.b);
    return l;
}

bool overlaps(const UnitRange &x, const UnitRange &y) { return x.first < y.end() && y.first < x.end(); }

// The changed facts of every divergent link of one pair, each read beside the pair's other links
// that share one of its passages: one outlet's sentence split in two is linked to both halves,
// and a fact in the half a link does not cover is said, not added.
void detectFacts(std::vector<Link> &links, const FactDetector &facts, const UnitTable &table)
{
    // By side and unit, the links that cover the unit.
    std::array<std::vector<std::vector<size_t>>, 2> byUnit;
    for (size_t i = 0; i < links.size(); ++i) {
        for (size_t s = 0; s < 2; ++s) {
            const UnitRange &u = links[i].ends[s].units;
            if (byUnit[s].size() < size_t(u.end()))
                byUnit[s].resize(size_t(u.end()));
            for (int k = u.first; k < u.end(); ++k)
                byUnit[s][size_t(k)].push_back(i);
        }
    }
    for (Link &l : links) {
        if (l.kind != LinkKind::Divergent)
            continue;
        std::array<std::vector<TextSpan>, 2> alsoLinked, neighbours;
        for (size_t s = 0; s < 2; ++s) {
            std::vector<size_t> seen;
            const UnitRange &other = l.ends[1 - s].units;
            for (int k = other.first; k < other.end(); ++k) {
                for (const size_t i : byUnit[1 - s][size_t(k)]) {
                    const Link &o = links[i];
                    if (&o == &l || overlaps(o.ends[s].units, l.ends[s].units)
                        || std::find(seen.begin(), seen.end(), i) != seen.end())
                        continue;
                    seen.push_back(i);
                    alsoLinked[s].push_back(o.ends[s].span);
                }
            }
            // The sentences on either side of the passage: where one text splits a sentence
            // the other keeps whole, the half the link left out is next to it ("thou Jesus of
            // Nazareth?" / "Ha! … Jesus, you Nazarene?"); a fact stated there is not dropped.
            const std::vector<AlignUnit> &units = table.units(l.ends[s].doc);
            for (const int k : {l.ends[s].units.first - 1, l.ends[s].units.end()}) {
                if (k >= 0 && size_t(k) < units.size() && !units[size_t(k)].furniture)
                    neighbours[s].push_back(units[size_t(k)].span);
            }
        }
        l.facts = facts.detect(l.ends[0].doc, l.ends[1].doc, l, alsoLinked, neighbours);
    }
    // A fact of one passage that none of its linked halves states is reported once, by the
    // closest of those links, not once per half.
    std::vector<size_t> order(links.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&links](size_t x, size_t y) { return links[x].similarity > links[y].similarity; });
    std::set<std::tuple<FactChange::Kind, qsizetype, qsizetype, qsizetype, qsizetype>> reported;
    for (const size_t i : order) {
        std::erase_if(links[i].facts, [&reported](const FactChange &f) {
            if (!f.spans[0].isEmpty() && !f.spans[1].isEmpty())
                return false;
            return !reported.emplace(f.kind, f.spans[0].start, f.spans[0].end, f.spans[1].start, f.spans[1].end).second;
        });
    }
    // One name one version writes another way throughout ("Elias" / "Elijah", "Al-Qaida" /
    // "Al-Qaeda") is one subject: reported at its first passage, not at every mention.
    std::set<std::tuple<int, int, QString, QString>> renamed;
    for (Link &l : links) {
        std::erase_if(l.facts, [&](const FactChange &f) {
            if (f.kind != FactChange::Kind::Name || f.values[0].isEmpty() || f.values[1].isEmpty())
                return false;
            return !renamed.emplace(l.ends[0].doc, l.ends[1].doc, f.values[0], f.values[1]).second;
        });
    }
}

// The link seen from the other document: sides swapped, insertions become deletions.
Link swapped(Link l)
{
    std::swap(l.ends[0], l.ends[1]);
    for (WordEdit &e : l.edits) {
        std::swap(e.spans[0], e.spans[1]);
        if (e.op == WordEdit::Op::Insert)
            e.op = WordEdit::Op::Delete;
        else if (e.op == WordEdit::Op::Delete)
            e.op = WordEdit::Op::Insert;
    }
    for (FactChange &f : l.facts) {
        std::swap(f.spans[0], f.spans[1]);
        std::swap(f.values[0], f.values[1]);
        std::swap(f.approximate[0], f.approximate[1]);
    }
    return l;
}

// The links of documents a < b. Each pair is matched, diffed and checked for facts in the
// documents' canonical order, then turned to (a, b): the same two articles get the same links,
// word highlights and facts whatever places they were given in.
std::vector<Link> pairLinks(const Comparison &c, const UnitTable &table, const PairMatcher &matcher,
                            const WordDiffer &differ, const FactDetector &facts, const ConstraintResolver &constraints,
                            int a, int b)
{
    const bool turned = table.rank(b) < table.rank(a);
    const int first = turned ? b : a, second = turned ? a : b;
    std::vector<Link> links;
    for (const PairMatcher::Result &r : matcher.match(first, second, constraints.forPair(first, second)))
        links.push_back(makeLink(c, table, differ, first, second, r));
    detectFacts(links, facts, table);
    if (turned) {
        for (Link &l : links)
            l = swapped(std::move(l));
    }
    std::sort(links.begin(), links.end(), [](const Link &x, const Link &y) {
        return x.ends[0].units.first != y.ends[0].units.first ? x.ends[0].units.first < y.ends[0].units.first
                                                              : x.ends[1].units.first < y.ends[1].units.first;
    });
    return links;
}

// Every pair of documents, two progress steps each. False when cancelled.
bool linkAllPairs(Comparison &c, const UnitTable &table, const AlignOptions &options, const FactDetector &facts,
                  const ConstraintResolver &constraints, const std::function<bool()> &step)
{
    const int n = int(c.documents.size());
    const PairMatcher matcher(table, options);
    const WordDiffer differ(table);
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            std::vector<Link> found = pairLinks(c, table, matcher, differ, facts, constraints, a, b);
            if (!step())
                return false;
            c.links.insert(c.links.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
            if (!step())
                return false;
        }
    }
    return true;
}

void indexUnits(Comparison &c, const UnitTable &table)
{
    const int n = int(c.documents.size());
    c.units.resize(size_t(n));
    for (int d = 0; d < n; ++d) {
        const std::vector<AlignUnit> &units = table.units(d);
        c.units[size_t(d)].resize(units.size());
        for (size_t u = 0; u < units.size(); ++u)
            c.units[size_t(d)][u].span = units[u].span;
    }
    for (size_t k = 0; k < c.links.size(); ++k) {
        const Link &l = c.links[k];
        for (const LinkEnd &e : l.ends)
            for (int u = e.units.first; u < e.units.end(); ++u)
                c.units[size_t(e.doc)][size_t(u)].links.push_back(int(k));
    }
}

// Status of every unit of d, d's word counts, and d's half of the similarity with each other
// document: its words weighted by their best link similarity there. Returns d's word count.
int scoreDocument(Comparison &c, const UnitTable &table, const AlignOptions &options, int d)
{
    const int n = int(c.documents.size());
    const std::vector<AlignUnit> &units = table.units(d);
    DocumentStats &st = c.stats[size_t(d)];
    // covered[j]: words of d weighted by their best link similarity to document j.
    std::vector<double> covered(size_t(n), 0.0);
    for (size_t u = 0; u < units.size(); ++u) {
        UnitInfo &info = c.units[size_t(d)][u];
        if (units[u].furniture && options.ignoreFurniture) {
            info.status = UnitStatus::Furniture;
            continue;
        }
        info.status = statusOf(c, info);
        std::vector<double> best(size_t(n), 0.0);
        // By link, not by similarity: a manual link may join passages with no word in common.
        std::vector<bool> shared(size_t(n), false);
        for (int k : info.links) {
            const Link &l = c.links[size_t(k)];
            const int other = l.other(d);
            best[size_t(other)] = std::max(best[size_t(other)], l.similarity);
            shared[size_t(other)] = true;
            info.moved = info.moved || l.moved;
        }
        for (int j = 0; j < n; ++j) {
            info.sharedWith += shared[size_t(j)];
            covered[size_t(j)] += best[size_t(j)] * units[u].wordCount;
        }
        st.words += units[u].wordCount;
        switch (info.status) {
        case UnitStatus::Match: st.matchingWords += units[u].wordCount; break;
        case UnitStatus::Divergent: st.divergentWords += units[u].wordCount; break;
        case UnitStatus::Unique: st.uniqueWords += units[u].wordCount; break;
        case UnitStatus::Related: st.relatedWords += units[u].wordCount; break;
        case UnitStatus::Furniture: break;
        }
    }
    for (int j = 0; j < n; ++j)
        c.similarity[size_t(d)][size_t(j)] = covered[size_t(j)]; // halves, summed by scoreUnits
    return st.words;
}

void scoreUnits(Comparison &c, const UnitTable &table, const AlignOptions &options)
{
    const int n = int(c.documents.size());
    c.stats.resize(size_t(n));
    c.similarity.assign(size_t(n), std::vector<double>(size_t(n), 0.0));
    std::vector<int> wordsOf(size_t(n), 0);
    for (int d = 0; d < n; ++d)
        wordsOf[size_t(d)] = scoreDocument(c, table, options, d);
    for (int i = 0; i < n; ++i) {
        c.similarity[size_t(i)][size_t(i)] = 1.0;
        for (int j = i + 1; j < n; ++j) {
            const int words = wordsOf[size_t(i)] + wordsOf[size_t(j)];
            const double s = words > 0 ? (c.similarity[size_t(i)][size_t(j)] + c.similarity[size_t(j)][size_t(i)]) / words : 0.0;
            c.similarity[size_t(i)][size_t(j)] = c.similarity[size_t(j)][size_t(i)] = std::min(1.0, s);
        }
    }
}

// Related links come last, after the statistics and the similarity matrix were computed from the
// others: they change neither, nor the reference article chosen from them. A unit they join
// turns from Unique to Related and its words count as related, not unique.
void addRelatedLinks(Comparison &c, const UnitTable &table, const AlignOptions &options)
{
    for (Link &l : RelatedLinker(table, options).links(c)) {
        const int k = int(c.links.size());
        for (const LinkEnd &e : l.ends) {
            for (int u = e.units.first; u < e.units.end(); ++u) {
                UnitInfo &info = c.units[size_t(e.doc)][size_t(u)];
                info.links.push_back(k);
                if (info.status != UnitStatus::Unique)
                    continue;
                info.status = UnitStatus::Related;
                const int words = table.units(e.doc)[size_t(u)].wordCount;
                c.stats[size_t(e.doc)].uniqueWords -= words;
                c.stats[size_t(e.doc)].relatedWords += words;
            }
        }
        c.links.push_back(std::move(l));
    }
}

// Unique passages: runs of unique units inside one paragraph.
void collectUniquePassages(Comparison &c, const UnitTable &table)
{
    for (int d = 0; d < int(c.documents.size()); ++d) {
        const std::vector<AlignUnit> &units = table.units(d);
        for (size_t u = 0; u < units.size();) {
            if (c.units[size_t(d)][u].status != UnitStatus::Unique) {
                ++u;
                continue;
            }
            size_t v = u + 1;
            while (v < units.size() && c.units[size_t(d)][v].status == UnitStatus::Unique && units[v].paragraph == units[u].paragraph)
                ++v;
            c.unique.push_back({d, {int(u), int(v - u)}, {units[u].span.start, units[v - 1].span.end}});
            u = v;
        }
    }
}

// The paragraph of every unit, which is all the rows need of the unit table.
std::vector<std::vector<int>> unitParagraphs(const Comparison &c, const UnitTable &table)
{
    std::vector<std::vector<int>> paragraphOfUnit(c.documents.size());
    for (size_t d = 0; d < c.documents.size(); ++d) {
        const std::vector<AlignUnit> &units = table.units(int(d));
        // A related unit is a passage of its own, never part of its paragraph's unique run: the
        // rows cut unlinked runs where the paragraph changes, so it reads as one of its own.
        paragraphOfUnit[d].reserve(units.size());
        for (size_t u = 0; u < units.size(); ++u) {
            const bool related = c.units[d][u].status == UnitStatus::Related;
            paragraphOfUnit[d].push_back(c.options.relatedLinks ? units[u].paragraph * 2 + (related ? 1 : 0)
                                                                : units[u].paragraph);
        }
    }
    return paragraphOfUnit;
}

void buildRows(Comparison &c, const std::vector<std::vector<int>> &paragraphOfUnit)
{
    const int n = int(c.documents.size());
    const int asked = c.options.reference;
    c.baseDocument = asked >= 0 && asked < n ? asked : n > 0 ? chooseBase(c.documents, c.similarity) : 0;
    std::vector<std::vector<int>> kindOfUnit(static_cast<size_t>(n));
    for (int d = 0; d < n; ++d) {
        // Page furniture is dimmed and a cell takes one direction, so neither joins other text; a
        // related passage keeps a cell of its own so that its card is not a unique one's.
        for (const UnitInfo &info : c.units[size_t(d)]) {
            const bool rightToLeft = c.documents[size_t(d)].slice(info.span).isRightToLeft();
            kindOfUnit[size_t(d)].push_back((info.status == UnitStatus::Furniture ? 1 : 0) | (rightToLeft ? 2 : 0)
                                            | (info.status == UnitStatus::Related ? 4 : 0));
        }
    }
    std::vector<std::vector<int>> rowOfUnit;
    // Related passages keep the places they have without their related links: laid out as links,
    // they would pull one another's rows level and reorder the unique rows around them, so the
    // option would move passages it says nothing about. The link's two ends cross-refer instead
    // (the views' hover and tooltip, the export's hover outline).
    const auto related = std::find_if(c.links.begin(), c.links.end(),
                                      [](const Link &l) { return l.kind == LinkKind::Related; });
    std::vector<Link> laidOut;
    if (related != c.links.end())
        laidOut.assign(c.links.begin(), related);
    c.rows = RowBuilder::build(paragraphOfUnit, kindOfUnit, related == c.links.end() ? c.links : laidOut,
                               c.baseDocument, &rowOfUnit);
    for (int d = 0; d < n; ++d) {
        for (size_t u = 0; u < rowOfUnit[size_t(d)].size(); ++u)
            c.units[size_t(d)][u].row = rowOfUnit[size_t(d)][u];
    }
}

// Everything the unit table is needed for: the links, the units' states and the unique
// passages. Returns the paragraph of every unit (nullopt when cancelled), so that the table,
// the largest structure after the documents, is freed before the rows are built.
std::optional<std::vector<std::vector<int>>> linkUnits(Comparison &c, const AlignOptions &options,
                                                       const FactDetector &facts, const std::function<bool()> &step)
{
    const UnitTable table(c.documents, options, c.granularity);
    const ConstraintResolver constraints(c.documents, table, options);
    c.rejectedLinks = constraints.rejected();
    if (!c.rejectedLinks.empty()) {
        const QString left = QCoreApplication::translate("Aligner", "%n manual link(s) could not be honoured and were left out.",
                                                         nullptr, int(c.rejectedLinks.size()));
        c.notice = c.notice.isEmpty() ? left : c.notice + u' ' + left;
    }
    if (!linkAllPairs(c, table, options, facts, constraints, step))
        return std::nullopt;
    indexUnits(c, table);
    scoreUnits(c, table, options);
    if (options.relatedLinks)
        addRelatedLinks(c, table, options);
    collectUniquePassages(c, table);
    return unitParagraphs(c, table);
}

} // namespace

std::optional<Comparison> Aligner::align(std::vector<Document> documents, const AlignOptions &options,
                                         const Progress &progress)
{
    Comparison c;
    c.documents = std::move(documents);
    c.options = options;
    c.granularity = options.granularity;
    chooseGranularity(c, options);

    const int n = int(c.documents.size());
    const int pairCount = n * (n - 1) / 2;
    const int total = pairCount * 2 + 1;
    int done = 0;
    const std::function<bool()> step = [&]() { return !progress || progress(++done, total); };

    // The fact stage's first name question needs the languages' Hunspell dictionaries: read
    // while the units are built and the pairs aligned rather than after.
    for (int d = 0; d < n; ++d) {
        c.languages.push_back(UnitTable::readingLanguage(c.documents, d, options));
        FactLexicon::preloadDictionary(c.languages.back());
    }
    const FactDetector facts(c.documents, c.languages);
    const std::optional<std::vector<std::vector<int>>> paragraphOfUnit = linkUnits(c, options, facts, step);
    if (!paragraphOfUnit)
        return std::nullopt;
    buildRows(c, *paragraphOfUnit);
    c.factTable = facts.table(c);
    if (!step())
        return std::nullopt;
    return c;
}
