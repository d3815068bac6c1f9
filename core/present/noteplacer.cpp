#include "core/present/noteplacer.h"

#include <algorithm>

namespace {

bool overlaps(const UnitRange &x, const UnitRange &y)
{
    return x.first < y.end() && y.first < x.end();
}

} // namespace

bool NotePlacement::touches(int doc, const UnitRange &units) const
{
    return endIn(doc, units) != nullptr;
}

const NotePassage *NotePlacement::endIn(int doc, const UnitRange &units) const
{
    for (const std::optional<NotePassage> *end : {&at, &linkedAt}) {
        if (*end && (*end)->doc == doc && overlaps((*end)->units, units))
            return &**end;
    }
    return nullptr;
}

NotePlacer::NotePlacer(const Comparison &comparison) : m_c(comparison)
{
    m_index.reserve(comparison.documents.size());
    for (const Document &d : comparison.documents)
        m_index.emplace_back(d.text);
}

std::vector<NotePlacement> NotePlacer::place(const std::vector<ComparisonNote> &notes) const
{
    std::vector<NotePlacement> out;
    out.reserve(notes.size());
    for (const ComparisonNote &n : notes)
        out.push_back(place(n));
    return out;
}

NotePlacement NotePlacer::place(const ComparisonNote &note) const
{
    NotePlacement p;
    if (!note.anchor) {
        if (note.linkedTo)
            p.problem = tr("it is on a link but names only one of its passages");
        return p;
    }
    std::optional<NotePassage> at = passageOf(*note.anchor, &p.problem);
    if (!at)
        return p;
    if (note.linkedTo) {
        std::optional<NotePassage> other = passageOf(*note.linkedTo, &p.problem);
        if (!other)
            return p;
        if (other->doc == at->doc) {
            p.problem = tr("it is on a link, but both of its passages are in article %1").arg(at->doc + 1);
            return p;
        }
        p.linkedAt = other;
    }
    p.at = at;
    return p;
}

std::optional<NotePassage> NotePlacer::passageOf(const TextAnchor &anchor, QString *why) const
{
    const int n = int(m_c.documents.size());
    if (anchor.doc < 0 || anchor.doc >= n || size_t(anchor.doc) >= m_c.units.size()) {
        *why = anchor.doc < 0 ? tr("its article is not one of those compared")
                              : tr("it names article %1, but %2 are compared").arg(anchor.doc + 1).arg(n);
        return std::nullopt;
    }
    const Document &d = m_c.documents[size_t(anchor.doc)];
    const CodePointIndex &index = m_index[size_t(anchor.doc)];
    const qint64 length = index.toCodePoints(d.text.size());
    if (anchor.start < 0 || anchor.end < anchor.start || anchor.end > length) {
        *why = tr("its passage in article %1 (code points %2 to %3) is outside the text, which has %4")
                   .arg(anchor.doc + 1)
                   .arg(anchor.start)
                   .arg(anchor.end)
                   .arg(length);
        return std::nullopt;
    }
    const TextSpan span{index.toUtf16(anchor.start), index.toUtf16(anchor.end)};
    // A caret (an empty range) stands for the unit it is in.
    const qsizetype end = std::max(span.end, span.start + 1);
    const std::vector<UnitInfo> &units = m_c.units[size_t(anchor.doc)];
    // Units are in text order: the first one ending after the start, then while they overlap.
    const auto first = std::partition_point(units.begin(), units.end(),
                                            [&](const UnitInfo &u) { return u.span.end <= span.start; });
    auto last = first;
    while (last != units.end() && last->span.start < end)
        ++last;
    if (first == last) {
        *why = tr("its passage in article %1 (code points %2 to %3) is on no sentence")
                   .arg(anchor.doc + 1)
                   .arg(anchor.start)
                   .arg(anchor.end);
        return std::nullopt;
    }
    return NotePassage{anchor.doc, UnitRange{int(first - units.begin()), int(last - first)}, span};
}
