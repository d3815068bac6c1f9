#pragma once

#include "ui/views/celltextcache.h"
#include "ui/views/rowlayout.h"

#include <QPointF>
#include <QRect>

#include <vector>

/// Where things sit in the synoptic view, in content pixels (before scrolling): the columns
/// across, and within a line of RowLayout the cell boxes, the text origin, the fact badge, the
/// current row's frame and a fold. Shared by SynopticPane (layout, hit testing) and
/// SynopticPainter so the two cannot disagree.
class SynopticGeometry
{
public:
    static constexpr int Margin = 8;     ///< content edge to the first and last column
    static constexpr int Gutter = 12;    ///< between columns; holds the moved-passage marker
    static constexpr int Bar = 4;        ///< status marker at a cell's leading edge
    static constexpr int PadX = 8;
    static constexpr int PadRight = 18;  ///< room for the changed-fact badge
    static constexpr int PadY = 6;
    static constexpr int RowGap = 6;     ///< below every row
    /// Narrowest column before the view scrolls sideways: eight of them fit the 1,400 px window
    /// beside its side panel (issue #13), about a dozen characters of text a line.
    static constexpr int MinColumn = 104;

    SynopticGeometry(const RowLayout &layout, const CellTextCache &cells) : m_layout(layout), m_cells(cells) {}

    /// Fits `columns` columns into a viewport `viewportWidth` wide (wider content scrolls);
    /// returns the width left for a column's text.
    /// Hidden columns (`hidden[doc]`, shorter means shown) take no room and their cells are empty.
    int fit(int columns, int viewportWidth, const std::vector<bool> &hidden = {});
    int contentWidth() const { return m_contentWidth; }
    int columnWidth() const { return m_columnWidth; }
    bool isHidden(int doc) const { return doc >= 0 && doc < int(m_hidden.size()) && m_hidden[size_t(doc)]; }
    /// Left edge of document `doc`'s column; a hidden column sits, empty, where the next would.
    int columnX(int doc) const { return Margin + slot(doc) * (m_columnWidth + Gutter); }

    /// What a row takes beyond its text: paddings, the gap below, a paragraph's gap above.
    int rowPadding(int row) const { return 2 * PadY + RowGap + m_cells.paragraphGap(row); }
    /// Height of a fold line.
    int foldHeight() const { return m_cells.lineSpacing() + 2 * PadY + RowGap; }
    /// The box of document `doc`'s cell on line `line`.
    QRect cellRect(int line, int doc) const;
    /// The box of the whole line across the columns (a row's cells, or a fold).
    QRect lineRect(int line) const;
    /// The current row's frame around lineRect().
    QRect frameRect(int line) const { return lineRect(line).adjusted(-4, -3, 4, 3); }
    static QPointF textOrigin(const QRect &cell) { return {qreal(cell.left() + Bar + PadX), qreal(cell.top() + PadY)}; }
    /// Whether the text of `doc` on `row` is taller than `cell` shows: a capped row (RowClamp).
    bool overflows(int row, int doc, const QRect &cell) const;
    /// The "more" line at the foot of an overflowing cell: it takes the text's last line.
    QRect moreRect(const QRect &cell) const;
    /// Where the text of an overflowing cell (`doc` on `row`) shows: its whole lines above its
    /// "more" line.
    QRect textClip(int row, int doc, const QRect &cell) const;
    /// The changed-fact badge in a cell's top corner.
    QRectF factBadge(const QRect &cell) const;

private:
    /// Shown columns left of `doc`.
    int slot(int doc) const;

    const RowLayout &m_layout;
    const CellTextCache &m_cells;
    int m_contentWidth = 0;
    int m_columnWidth = 0;
    std::vector<bool> m_hidden;
};
