#include "core/align/constraintresolver.h"

#include "core/text/codepointindex.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConstraintResolver", text);
}

bool overlaps(const UnitRange &x, const UnitRange &y)
{
    return x.first < y.end() && y.first < x.end();
}

} // namespace

ConstraintResolver::ConstraintResolver(const std::vector<Document> &documents, const UnitTable &table,
                                       const AlignOptions &options)
    : m_documents(documents), m_table(table), m_ignoreFurniture(options.ignoreFurniture)
{
    // In list order, so a contradiction leaves out the later constraint: the earlier one was
    // there first and the rest of the list may build on it.
    for (size_t k = 0; k < options.manualLinks.size(); ++k) {
        QString why;
        std::optional<Resolved> r = resolve(options.manualLinks[k], int(k), &why);
        if (r && !contradicted(*r, &why))
            m_kept.push_back(*r);
        else
            m_rejected.push_back({int(k), why});
    }
}

std::vector<PairMatcher::Constraint> ConstraintResolver::forPair(int docA, int docB) const
{
    std::vector<PairMatcher::Constraint> out;
    for (const Resolved &r : m_kept) {
        if (r.docs[0] == docA && r.docs[1] == docB)
            out.push_back({r.units[0], r.units[1], r.linked});
        else if (r.docs[0] == docB && r.docs[1] == docA)
            out.push_back({r.units[1], r.units[0], r.linked});
    }
    return out;
}

std::optional<ConstraintResolver::Resolved> ConstraintResolver::resolve(const LinkConstraint &constraint, int index,
                                                                        QString *why) const
{
    Resolved r;
    r.index = index;
    r.linked = constraint.linked;
    const int n = int(m_documents.size());
    for (size_t side = 0; side < 2; ++side) {
        const int doc = constraint.ends[side].doc;
        if (doc < 0) {
            *why = tr("one of its passages is in no article compared");
            return std::nullopt;
        }
        if (doc >= n) {
            *why = tr("it names article %1, but %2 are compared").arg(doc + 1).arg(n);
            return std::nullopt;
        }
        r.docs[side] = doc;
    }
    if (r.docs[0] == r.docs[1]) {
        *why = tr("both of its passages are in “%1”").arg(m_documents[size_t(r.docs[0])].title);
        return std::nullopt;
    }
    for (size_t side = 0; side < 2; ++side) {
        const std::optional<UnitRange> units = unitsOf(constraint.ends[side], why);
        if (!units)
            return std::nullopt;
        r.units[side] = *units;
    }
    if (r.docs[1] < r.docs[0]) { // one order for every pair, so contradictions are found
        std::swap(r.docs[0], r.docs[1]);
        std::swap(r.units[0], r.units[1]);
    }
    return r;
}

std::optional<UnitRange> ConstraintResolver::unitsOf(const TextAnchor &anchor, QString *why) const
{
    const Document &d = m_documents[size_t(anchor.doc)];
    const CodePointIndex index(d.text);
    const qint64 length = index.toCodePoints(d.text.size());
    if (anchor.start < 0 || anchor.end <= anchor.start || anchor.end > length) {
        *why = tr("its passage in “%1” (code points %2 to %3) is empty or outside the text, which has %4")
                   .arg(d.title)
                   .arg(anchor.start)
                   .arg(anchor.end)
                   .arg(length);
        return std::nullopt;
    }
    const TextSpan span{index.toUtf16(anchor.start), index.toUtf16(anchor.end)};
    const std::vector<AlignUnit> &units = m_table.units(anchor.doc);
    // Units are in text order: the first one ending after the start, then while they overlap.
    auto first = std::partition_point(units.begin(), units.end(), [&](const AlignUnit &u) { return u.span.end <= span.start; });
    auto last = first;
    while (last != units.end() && last->span.start < span.end)
        ++last;
    // Page furniture left out of the alignment is trimmed off the edges: a selection that
    // strays into "READ MORE:" still means the sentence next to it.
    const auto leftOut = [this](const AlignUnit &u) { return u.furniture && m_ignoreFurniture; };
    while (first != last && leftOut(*first))
        ++first;
    while (last != first && leftOut(*(last - 1)))
        --last;
    if (first == last) {
        *why = tr("its passage in “%1” (code points %2 to %3) covers no sentence the alignment compares")
                   .arg(d.title)
                   .arg(anchor.start)
                   .arg(anchor.end);
        return std::nullopt;
    }
    return UnitRange{int(first - units.begin()), int(last - first)};
}

const ConstraintResolver::Resolved *ConstraintResolver::contradicted(const Resolved &r, QString *why) const
{
    for (const Resolved &k : m_kept) {
        if (k.docs != r.docs)
            continue;
        const bool bothSides = overlaps(k.units[0], r.units[0]) && overlaps(k.units[1], r.units[1]);
        const bool eitherSide = overlaps(k.units[0], r.units[0]) || overlaps(k.units[1], r.units[1]);
        if (k.linked && r.linked && eitherSide) {
            *why = tr("it shares a passage with manual link %1, and a passage has one manual link per article")
                       .arg(k.index + 1);
            return &k;
        }
        if (k.linked != r.linked && bothSides) {
            *why = tr("it links and keeps apart the same passages as manual link %1").arg(k.index + 1);
            return &k;
        }
    }
    return nullptr;
}
