#include "ui/views/synopticgeometry.h"

#include <algorithm>

int SynopticGeometry::fit(int columns, int vw, const std::vector<bool> &hidden)
{
    m_hidden = hidden;
    int n = columns;
    for (int d = 0; d < columns; ++d)
        n -= isHidden(d) ? 1 : 0;
    m_contentWidth = n > 0 ? std::max(vw, 2 * Margin + n * MinColumn + (n - 1) * Gutter) : vw;
    m_columnWidth = n > 0 ? (m_contentWidth - 2 * Margin - (n - 1) * Gutter) / n : 0;
    return std::max(20, m_columnWidth - Bar - PadX - PadRight);
}

QRect SynopticGeometry::lineRect(int line) const
{
    const RowLayout::Line &l = m_layout.line(line);
    const int gap = l.fold ? 0 : m_cells.paragraphGap(l.firstRow);
    return QRect(Margin, m_layout.lineTop(line) + gap, m_contentWidth - 2 * Margin,
                 m_layout.lineHeight(line) - RowGap - gap);
}

int SynopticGeometry::slot(int doc) const
{
    int shown = 0;
    for (int d = 0; d < doc; ++d)
        shown += isHidden(d) ? 0 : 1;
    return shown;
}

QRect SynopticGeometry::cellRect(int line, int doc) const
{
    QRect r = lineRect(line);
    r.setLeft(columnX(doc));
    r.setWidth(isHidden(doc) ? 0 : m_columnWidth);
    return r;
}

QRectF SynopticGeometry::factBadge(const QRect &cell) const
{
    const qreal size = std::min<qreal>(PadRight - 4, std::max(12.0, m_cells.lineSpacing() * 0.8));
    return {cell.right() - size - 2, qreal(cell.top() + PadY), size, size};
}

bool SynopticGeometry::overflows(int row, int doc, const QRect &cell) const
{
    const CellText *text = m_cells.cell(row, doc);
    return text && text->height() > cell.height() - 2 * PadY + 0.5;
}

QRect SynopticGeometry::moreRect(const QRect &cell) const
{
    const int height = m_cells.lineSpacing();
    return QRect(cell.left() + Bar, cell.bottom() - PadY - height + 1, cell.width() - Bar, height + PadY);
}

QRect SynopticGeometry::textClip(int row, int doc, const QRect &cell) const
{
    const qreal top = textOrigin(cell).y();
    const qreal room = moreRect(cell).top() - top;
    const CellText *text = m_cells.cell(row, doc);
    const int bottom = int(top + (text ? text->lineBottomAbove(room) : room));
    return QRect(cell.topLeft(), QPoint(cell.right(), bottom));
}
