#include "ui/views/synopticpainter.h"

#include "core/present/rowfolding.h"
#include "ui/paint/cellpainter.h"
#include "ui/paint/celltext.h"
#include "ui/views/chainmark.h"
#include "ui/views/findmatches.h"

#include <QCoreApplication>
#include <QPainter>
#include <QtMath>

#include <algorithm>

SynopticPainter::SynopticPainter(const Comparison &comparison, const HighlightPlan &plan, const RowLayout &layout,
                                 const CellTextCache &cells, const SynopticGeometry &geometry,
                                 const ViewPalette &palette, const QFont &font)
    : m_comparison(comparison)
    , m_plan(plan)
    , m_layout(layout)
    , m_cells(cells)
    , m_geometry(geometry)
    , m_palette(palette)
    , m_font(font)
{
}

void SynopticPainter::paint(QPainter &p, const QPoint &scroll, int height, const QRect &clip, const Marks &marks) const
{
    const int bottom = scroll.y() + height;
    for (int line = m_layout.lineAt(scroll.y()); line < m_layout.lineCount() && m_layout.lineTop(line) < bottom; ++line) {
        const RowLayout::Line &l = m_layout.line(line);
        if (!l.fold) {
            paintRow(p, line, -scroll, clip, marks);
            continue;
        }
        const QString text = QCoreApplication::translate("SynopticPane", "⋯ %1 ⋯")
                                 .arg(RowFolding::label(m_plan, {l.firstRow, l.rowCount, true}));
        CellPainter(p, m_palette).fold(m_geometry.lineRect(line).translated(-scroll), text, marks.hoverFold == line, m_font);
    }
}

void SynopticPainter::paintRow(QPainter &p, int line, const QPoint &shift, const QRect &clip, const Marks &marks) const
{
    const int row = m_layout.line(line).firstRow;
    const RowPlan &rp = m_plan.rows[size_t(row)];
    for (int d = 0; d < int(rp.cells.size()); ++d) {
        if (rp.cells[size_t(d)].units.isEmpty() || m_geometry.isHidden(d))
            continue;
        const QRect r = m_geometry.cellRect(line, d).translated(shift);
        if (r.adjusted(-SynopticGeometry::Gutter, 0, SynopticGeometry::Gutter, 0).intersects(clip))
            paintCell(p, row, d, r, clip, marks);
    }
    if (row == marks.currentRow)
        CellPainter(p, m_palette).currentFrame(m_geometry.frameRect(line).translated(shift));
}

void SynopticPainter::paintCell(QPainter &p, int row, int d, const QRect &r, const QRect &clip, const Marks &marks) const
{
    const CellPlan &cell = m_plan.rows[size_t(row)].cells[size_t(d)];
    const CellPainter painter(p, m_palette);
    const CellText *text = m_cells.cell(row, d);
    const QPointF origin = SynopticGeometry::textOrigin(r);
    const bool overflows = m_geometry.overflows(row, d, r);
    const QRect textClip = overflows ? m_geometry.textClip(row, d, r) : r;
    // A passage no other article has, tucked below a linked one, is a card of its own: the
    // linked card ends above it, so its colour never claims the unlinked text. Capped out of
    // sight, its card still holds the "more" line, so the cap does not hide that it is there.
    int loneTop = cell.lone.isEmpty() ? r.bottom() + 1 : loneCardTop(cell, *text, origin);
    if (overflows && loneTop > textClip.bottom() && !cell.lone.isEmpty())
        loneTop = m_geometry.moreRect(r).top();
    loneTop = std::min(loneTop, r.bottom() + 1);
    const QRect own(r.topLeft(), QPoint(r.right(), loneTop - (loneTop <= r.bottom() ? LoneGap : 0) - 1));
    if (m_plan.rows[size_t(row)].folded)
        painter.foldedCard(own, SynopticGeometry::Bar);
    else
        painter.card(own, cell.status, SynopticGeometry::Bar);
    if (loneTop <= r.bottom())
        painter.card(QRect(QPoint(r.left(), loneTop), r.bottomRight()), cell.loneStatus, SynopticGeometry::Bar);
    if (overflows) {
        p.save();
        p.setClipRect(textClip, Qt::IntersectClip);
    }
    p.setPen(m_palette.text());
    text->draw(p, origin, textMarks(d, cell, marks), QRectF(clip.intersected(textClip)));
    painter.factWaves(*text, origin);
    if (overflows) {
        p.restore();
        const QRect more = m_geometry.moreRect(r);
        const int shown = textClip.bottom() - int(origin.y());
        const int hidden = qCeil((text->height() - shown) / std::max(1, m_cells.lineStep()));
        painter.more(more, QCoreApplication::translate("SynopticPane", "▾ %1 more lines").arg(hidden),
                     marks.hoverMoreRow == row && marks.hoverMoreDoc == d, m_font);
    }
    if (!text->facts.empty())
        painter.factBadge(m_geometry.factBadge(r), m_font);
    bool moved = false;
    for (int u = cell.units.first; u < cell.units.end() && !moved; ++u)
        moved = m_comparison.units[size_t(d)][size_t(u)].moved;
    if (moved)
        painter.movedMarker(r);
    if (hasManualLink(d, cell))
        ChainMark::paint(p, QPointF(r.right() - ChainMark::Size - 2, r.bottom() - ChainMark::Size - 2), m_palette.hover());
    paintHover(painter, d, cell, *text, r, marks);
    paintPending(p, d, cell, *text, r, marks);
}

int SynopticPainter::loneCardTop(const CellPlan &cell, const CellText &text, const QPointF &origin)
{
    const int start = int(cell.loneSpan.start - cell.span.start);
    const std::vector<QRectF> first = text.rangeRects(start, start + 1, origin);
    return first.empty() ? int(origin.y()) : int(first.front().top()) - LoneGap;
}

bool SynopticPainter::hasManualLink(int d, const CellPlan &cell) const
{
    for (int u = cell.units.first; u < cell.units.end(); ++u) {
        for (int k : m_comparison.units[size_t(d)][size_t(u)].links) {
            if (m_comparison.links[size_t(k)].manual)
                return true;
        }
    }
    return false;
}

void SynopticPainter::paintPending(QPainter &p, int d, const CellPlan &cell, const CellText &text, const QRect &r,
                                   const Marks &marks) const
{
    if (marks.pendingDoc != d || !marks.pendingSpan.overlaps(cell.span))
        return;
    QRectF box;
    if (marks.pendingSpan.start <= cell.span.start && marks.pendingSpan.end >= cell.span.end) {
        // Inside the hover outline (1 px in, 2 px wide), and clear of the current row's frame
        // around the cards.
        box = QRectF(r).adjusted(4, 4, -4, -4);
    } else {
        const qsizetype start = std::max(marks.pendingSpan.start, cell.span.start) - cell.span.start;
        const qsizetype end = std::min(marks.pendingSpan.end, cell.span.end) - cell.span.start;
        for (const QRectF &line : text.rangeRects(int(start), int(end), SynopticGeometry::textOrigin(r)))
            box = box.united(line);
        box.adjust(-3, -1, 3, 1);
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // A tint too: a dashed line alone is lost among the cards' own dashed bars.
    QColor tint = m_palette.focus();
    tint.setAlpha(36);
    p.setPen(QPen(m_palette.focus(), 2, Qt::DashLine));
    p.setBrush(tint);
    p.drawRoundedRect(box, 4, 4);
    p.restore();
}

// The hovered passage and its counterparts outlined: the whole card when it holds one unit.
void SynopticPainter::paintHover(const CellPainter &painter, int d, const CellPlan &cell, const CellText &text,
                                 const QRect &r, const Marks &marks) const
{
    if (!marks.highlighted)
        return;
    const QPointF origin = SynopticGeometry::textOrigin(r);
    for (const UnitRef &u : *marks.highlighted) {
        if (u.doc != d || !cell.units.contains(u.unit))
            continue;
        QRectF box;
        if (cell.units.count == 1) {
            box = QRectF(r).adjusted(1, 1, -1, -1);
        } else {
            const TextSpan span = m_comparison.unitSpan(d, u.unit);
            for (const QRectF &line : text.rangeRects(int(span.start - cell.span.start), int(span.end - cell.span.start), origin))
                box = box.united(line);
            box.adjust(-3, -1, 3, 1);
        }
        painter.hoverOutline(box);
    }
}

QList<QTextLayout::FormatRange> SynopticPainter::textMarks(int doc, const CellPlan &cell, const Marks &marks) const
{
    QList<QTextLayout::FormatRange> out;
    auto add = [&](const TextSpan &span, const QTextCharFormat &format) {
        const qsizetype start = std::max(span.start, cell.span.start);
        const qsizetype end = std::min(span.end, cell.span.end);
        if (end > start)
            out.append({int(start - cell.span.start), int(end - start), format});
    };
    if (marks.find) {
        for (const TextSpan &hit : marks.find->overlapping(doc, cell.span))
            add(hit, m_palette.findFormat(marks.find->isCurrent(doc, hit)));
    }
    if (marks.selectionDoc == doc && !marks.selection.isEmpty()) {
        QTextCharFormat selected;
        selected.setBackground(marks.selectionBackground);
        selected.setForeground(marks.selectionText);
        add(marks.selection, selected);
    }
    return out;
}
