#include "core/present/exportoutline.h"

#include "core/present/wording.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isMark(HighlightRole role)
{
    return role == HighlightRole::Changed || role == HighlightRole::Inserted || role == HighlightRole::Fact;
}

// Where the counterpart of a highlight lives, for "... in article 3" (only said for N >= 3:
// with two articles there is one other).
QString inOther(const Comparison &c, int other)
{
    return c.documents.size() > 2 ? QCoreApplication::translate("ExportOutline", " in article %1").arg(other + 1)
                                  : QString();
}

QString quoted(const Comparison &c, int doc, const TextSpan &span)
{
    return u"'"_s + Wording::quote(c.documents[size_t(doc)].slice(span)) + u"'"_s;
}

} // namespace

std::vector<FactEntry> ExportOutline::facts(const Comparison &c)
{
    std::vector<FactEntry> out;
    for (size_t r = 0; r < c.rows.size(); ++r) {
        for (int k : c.rows[r].links) {
            const Link &l = c.links[size_t(k)];
            for (size_t f = 0; f < l.facts.size(); ++f)
                out.push_back({int(r), k, int(f)});
        }
    }
    return out;
}

std::vector<TextPiece> ExportOutline::pieces(
    const Comparison &c, const HighlightPlan &plan, int doc, const UnitRange &units)
{
    std::vector<TextPiece> out;
    if (units.isEmpty())
        return out;
    const std::vector<Highlight> &all = plan.highlights[size_t(doc)];
    qsizetype pos = c.unitSpan(doc, units.first).start;
    for (int u = units.first; u < units.end(); ++u) {
        const TextSpan us = c.unitSpan(doc, u);
        if (pos < us.start)
            out.push_back({{pos, us.start}, -1, {}});
        // Marks lie inside their unit (the planner clips them), so they start at or after it.
        auto it = std::lower_bound(
            all.begin(), all.end(), us.start, [](const Highlight &h, qsizetype start) { return h.span.start < start; });
        std::vector<Highlight> marks;
        std::vector<qsizetype> cuts{us.start, us.end};
        for (; it != all.end() && it->span.start < us.end; ++it) {
            if (!isMark(it->role) || !it->span.overlaps(us))
                continue;
            marks.push_back(*it);
            cuts.push_back(std::max(it->span.start, us.start));
            cuts.push_back(std::min(it->span.end, us.end));
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        for (size_t i = 0; i + 1 < cuts.size(); ++i) {
            TextPiece piece{{cuts[i], cuts[i + 1]}, u, {}};
            for (const Highlight &h : marks) {
                if (h.span.start <= piece.span.start && h.span.end >= piece.span.end)
                    piece.marks.push_back(h);
            }
            out.push_back(std::move(piece));
        }
        pos = us.end;
    }
    return out;
}

std::vector<RowSign> ExportOutline::allSigns()
{
    using K = RowSign::Kind;
    return {
        {K::Identical, u"="_s, QCoreApplication::translate("ExportOutline", "identical row"),
            QCoreApplication::translate("ExportOutline", "Identical in every article")},
        {K::Furniture, u"·"_s, QCoreApplication::translate("ExportOutline", "furniture"),
            QCoreApplication::translate("ExportOutline", "Page furniture, not compared")},
        {K::Divergent, u"≈"_s, QCoreApplication::translate("ExportOutline", "edited"),
            QCoreApplication::translate("ExportOutline", "Edited or paraphrased")},
        {K::Unique, u"+"_s, QCoreApplication::translate("ExportOutline", "unique"),
            QCoreApplication::translate("ExportOutline", "Has a passage no other article has")},
        {K::Missing, u"−"_s, QCoreApplication::translate("ExportOutline", "missing somewhere"),
            QCoreApplication::translate("ExportOutline", "Missing from some articles")},
        {K::Moved, u"↕"_s, QCoreApplication::translate("ExportOutline", "moved"),
            QCoreApplication::translate("ExportOutline", "Moved: in another place in another article")},
        {K::Fact, u"!"_s, QCoreApplication::translate("ExportOutline", "changed fact"),
            QCoreApplication::translate("ExportOutline", "Changed fact")},
    };
}

bool ExportOutline::isMoved(const Comparison &c, int doc, const UnitRange &units)
{
    for (int u = units.first; u < units.end(); ++u) {
        if (c.units[size_t(doc)][size_t(u)].moved)
            return true;
    }
    return false;
}

bool ExportOutline::isManual(const Comparison &c, int doc, const UnitRange &units)
{
    for (int u = units.first; u < units.end(); ++u) {
        for (int k : c.units[size_t(doc)][size_t(u)].links) {
            if (c.links[size_t(k)].manual)
                return true;
        }
    }
    return false;
}

std::vector<RowSign> ExportOutline::rowSigns(const Comparison &c, const HighlightPlan &plan, int row)
{
    const RowPlan &rp = plan.rows[size_t(row)];
    bool moved = false, divergent = false, furniture = true;
    size_t present = 0;
    for (size_t d = 0; d < rp.cells.size(); ++d) {
        const CellPlan &cell = rp.cells[d];
        if (cell.units.isEmpty())
            continue;
        ++present;
        moved = moved || isMoved(c, int(d), cell.units);
        divergent = divergent || cell.status == UnitStatus::Divergent;
        furniture = furniture && cell.status == UnitStatus::Furniture;
    }
    using K = RowSign::Kind;
    const bool has[] = {
        rp.identical && !furniture,
        furniture,
        divergent,
        rp.hasUnique,
        !rp.identical && !rp.hasUnique && present < rp.cells.size(),
        moved,
        rp.hasFact,
    };
    std::vector<RowSign> out;
    for (const RowSign &sign : allSigns()) {
        if (has[int(sign.kind) - int(K::Identical)])
            out.push_back(sign);
    }
    return out;
}

QString ExportOutline::title(const Comparison &c, const QString &asked)
{
    if (!asked.trimmed().isEmpty())
        return asked.trimmed();
    QStringList titles;
    for (const Document &d : c.documents)
        titles << Wording::quote(d.title.isEmpty() ? Wording::sourceName(d) : d.title, 60);
    return titles.join(u" vs "_s);
}

QString ExportOutline::percent(double share) { return QString::number(qRound(share * 100)) + u"%"_s; }

QString ExportOutline::contextRows(int context)
{
    return context == 1 ? u"1 row of context"_s : u"%1 rows of context"_s.arg(context);
}

QString ExportOutline::describe(const Comparison &c, int doc, const Highlight &h)
{
    if (h.link < 0 || size_t(h.link) >= c.links.size())
        return {};
    const Link &l = c.links[size_t(h.link)];
    const int side = l.side(doc);
    if (side < 0)
        return {};
    const size_t own = size_t(side), theirs = size_t(1 - side);
    const int other = l.ends[theirs].doc;
    const QString where = inOther(c, other);
    switch (h.role) {
    case HighlightRole::Fact:
        for (const FactChange &f : l.facts) {
            if (f.kind == h.factKind && f.spans[own].overlaps(h.span))
                return Wording::factChange(c, l, f, doc);
        }
        return QCoreApplication::translate("ExportOutline", "Changed %1").arg(Wording::factKindInSentence(h.factKind));
    case HighlightRole::Changed:
        for (const WordEdit &e : l.edits) {
            if (e.op == WordEdit::Op::Replace && e.spans[own].overlaps(h.span))
                return QCoreApplication::translate("ExportOutline", "Changed words: %1 vs %2")
                           .arg(quoted(c, doc, e.spans[own]), quoted(c, other, e.spans[theirs]))
                    + where;
        }
        return QCoreApplication::translate("ExportOutline", "Changed words") + where;
    case HighlightRole::Inserted:
        return where.isEmpty() ? QCoreApplication::translate("ExportOutline", "Not in the other article")
                               : QCoreApplication::translate("ExportOutline", "Not") + where;
    default:
        return {};
    }
}
