#include "ui/views/passage.h"

#include "core/present/highlightplan.h"
#include "core/present/wording.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Passage {

int unitAt(const Comparison &c, int doc, qsizetype pos)
{
    if (doc < 0 || doc >= int(c.units.size()))
        return -1;
    const std::vector<UnitInfo> &units = c.units[size_t(doc)];
    const auto it = std::upper_bound(units.begin(), units.end(), pos,
                                     [](qsizetype p, const UnitInfo &u) { return p < u.span.start; });
    if (it == units.begin())
        return units.empty() ? -1 : 0;
    return int(it - units.begin()) - 1;
}

std::vector<UnitRef> counterparts(const Comparison &c, UnitRef ref)
{
    std::vector<UnitRef> out;
    if (!ref.isValid() || ref.doc >= int(c.units.size()) || ref.unit >= int(c.units[size_t(ref.doc)].size()))
        return out;
    for (int k : c.units[size_t(ref.doc)][size_t(ref.unit)].links) {
        const Link &l = c.links[size_t(k)];
        const int other = l.other(ref.doc);
        const UnitRange &range = l.end(other).units;
        for (int u = range.first; u < range.end(); ++u)
            out.push_back({other, u});
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::pair<const Highlight *, const Highlight *> highlightsFrom(const HighlightPlan &plan, int doc, const TextSpan &span)
{
    if (doc < 0 || doc >= int(plan.highlights.size()))
        return {nullptr, nullptr};
    const std::vector<Highlight> &all = plan.highlights[size_t(doc)];
    const auto byStart = [](const Highlight &h, qsizetype pos) { return h.span.start < pos; };
    const auto first = std::lower_bound(all.begin(), all.end(), span.start, byStart);
    const auto last = std::lower_bound(first, all.end(), span.end, byStart);
    return {all.data() + (first - all.begin()), all.data() + (last - all.begin())};
}

QList<QTextLayout::FormatRange> formats(const HighlightPlan &plan, const ViewPalette &palette, int doc,
                                        const TextSpan &span)
{
    QList<QTextLayout::FormatRange> out;
    const auto [first, last] = highlightsFrom(plan, doc, span);
    for (const Highlight *h = first; h != last; ++h) {
        const qsizetype end = std::min(h->span.end, span.end);
        if (end > h->span.start)
            out.append({int(h->span.start - span.start), int(end - h->span.start), palette.textFormat(*h)});
    }
    return out;
}

std::vector<TextSpan> factSpans(const HighlightPlan &plan, int doc, const TextSpan &span)
{
    std::vector<TextSpan> out;
    const auto [first, last] = highlightsFrom(plan, doc, span);
    for (const Highlight *h = first; h != last; ++h) {
        if (h->role == HighlightRole::Fact && !h->span.isEmpty())
            out.push_back({h->span.start - span.start, std::min(h->span.end, span.end) - span.start});
    }
    return out;
}

namespace {

// A class, not QCoreApplication::translate at each text, so that lupdate finds the context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Passage)
};

QString statusLine(const UnitInfo &info)
{
    switch (info.status) {
    case UnitStatus::Match: return Tr::tr("Matching passage: identical in another article");
    case UnitStatus::Divergent: return Tr::tr("Divergent passage: edited or paraphrased in the other articles");
    case UnitStatus::Unique: return Tr::tr("Unique passage: no counterpart in the other articles");
    case UnitStatus::Furniture: return Tr::tr("Page furniture, left out of the comparison");
    case UnitStatus::Related:
        return Tr::tr("Related passage: no counterpart, but another article tells of the same thing with different claims");
    }
    return {};
}

} // namespace

QString toolTip(const Comparison &c, UnitRef ref, qsizetype pos)
{
    if (!ref.isValid() || ref.doc >= int(c.units.size()) || ref.unit >= int(c.units[size_t(ref.doc)].size()))
        return {};
    const UnitInfo &info = c.units[size_t(ref.doc)][size_t(ref.unit)];
    QStringList lines{statusLine(info)};
    const QString agreement = Wording::referenceAgreement(c, ref.doc, ref.unit);
    if (!agreement.isEmpty())
        lines << agreement;
    if (info.moved)
        lines << Tr::tr("Moved: in a different place in the other article");
    QStringList facts, factsHere;
    for (int k : info.links) {
        const Link &l = c.links[size_t(k)];
        const int other = l.other(ref.doc);
        const size_t side = size_t(l.side(ref.doc));
        const QString title = c.documents[size_t(other)].title;
        const QString folded = Wording::foldedAway(c.options);
        const bool asWritten = l.kind == LinkKind::Match
                               && (folded.isEmpty() || HighlightPlanner::asWritten(c, l.ends[0].doc, l.ends[0].span)
                                      == HighlightPlanner::asWritten(c, l.ends[1].doc, l.ends[1].span));
        if (asWritten)
            lines << (l.moved ? Tr::tr("• %1: identical (moved)") : Tr::tr("• %1: identical")).arg(title);
        else if (l.kind == LinkKind::Related)
            lines << Tr::tr("• %1: related, %2% similar (not an edit)").arg(title).arg(qRound(l.similarity * 100));
        else if (l.kind == LinkKind::Match)
            lines << (l.moved ? Tr::tr("• %1: same wording, ignoring %2 (moved)") : Tr::tr("• %1: same wording, ignoring %2"))
                         .arg(title, folded);
        else
            lines << (l.moved ? Tr::tr("• %1: %2% similar (moved)") : Tr::tr("• %1: %2% similar")).arg(title).arg(qRound(l.similarity * 100));
        if (l.manual)
            lines << Tr::tr("  Linked by you");
        for (const FactChange &f : l.facts) {
            const TextSpan mine = f.spans[side];
            if (!mine.isEmpty() && !mine.overlaps(info.span))
                continue;
            const QString text = Wording::factChange(c, l, f, ref.doc);
            QStringList &list = mine.contains(pos) ? factsHere : facts;
            if (!list.contains(text))
                list << text;
        }
    }
    facts = factsHere + facts;
    if (!facts.isEmpty()) {
        lines << QString();
        const qsizetype shown = std::min<qsizetype>(facts.size(), 6);
        lines << facts.mid(0, shown);
        if (facts.size() > shown)
            lines << Tr::tr("… and %n more changed facts", nullptr, int(facts.size() - shown));
    }
    return lines.join(u'\n');
}

QString withSource(const Comparison &c, int doc, const TextSpan &span)
{
    const Document &d = c.documents[size_t(doc)];
    const QString name = Wording::sourceName(d);
    const QString source = d.title.isEmpty() || d.title == name ? name : u"%1 (%2)"_s.arg(d.title, name);
    return d.slice(span).toString() + u"\n— "_s + source;
}

} // namespace Passage
