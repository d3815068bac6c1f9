#pragma once

#include "core/model/comparison.h"
#include "core/model/unitref.h"
#include "core/present/highlightplan.h"
#include "ui/paint/viewpalette.h"
#include "ui/views/synopticgeometry.h"

#include <QFont>
#include <QList>
#include <QTextLayout>

#include <vector>

class CellPainter;
class FindMatches;
class QPainter;

/// Paints the synoptic rows in view: each cell's card, text and marks (CellPainter), hover
/// outlines, the find hits, the selection, the current row's frame, and fold lines. SynopticPane owns the state
/// and hands it over per paint; this only reads it.
class SynopticPainter
{
public:
    /// What the user has pointed at, found or chosen.
    struct Marks
    {
        int currentRow = -1;
        int hoverFold = -1; ///< line index of the hovered fold, -1 for none
        int hoverMoreRow = -1; ///< row and document of the hovered "more" line, -1 for none
        int hoverMoreDoc = -1;
        const std::vector<UnitRef> *highlighted = nullptr; ///< hovered unit and its counterparts
        const FindMatches *find = nullptr; ///< every find hit and the current one; null for none
        int pendingDoc = -1; ///< document of the passage waiting to be linked, -1 for none
        TextSpan pendingSpan; ///< UTF-16 offsets into that document's text
        int selectionDoc = -1; ///< document of the text the user selected, -1 for none
        TextSpan selection;    ///< UTF-16 offsets into that document's text
        QColor selectionBackground; ///< the system's selection colours
        QColor selectionText;
    };

    SynopticPainter(const Comparison &comparison, const HighlightPlan &plan, const RowLayout &layout,
                    const CellTextCache &cells, const SynopticGeometry &geometry, const ViewPalette &palette,
                    const QFont &font);

    /// Paints the lines between content y `scroll.y()` and `scroll.y() + height` in viewport
    /// coordinates (content moved by -scroll); `clip` is in viewport coordinates.
    void paint(QPainter &p, const QPoint &scroll, int height, const QRect &clip, const Marks &marks) const;

private:
    void paintRow(QPainter &p, int line, const QPoint &shift, const QRect &clip, const Marks &marks) const;
    void paintCell(QPainter &p, int row, int doc, const QRect &cell, const QRect &clip, const Marks &marks) const;
    /// The top of the card of a cell's lone tail (CellPlan::lone), in the coordinates of `origin`.
    static int loneCardTop(const CellPlan &cell, const CellText &text, const QPointF &origin);
    /// Pixels between a linked card and the lone card below it.
    static constexpr int LoneGap = 3;
    void paintHover(const CellPainter &painter, int doc, const CellPlan &cell, const CellText &text,
                    const QRect &box, const Marks &marks) const;
    /// The passage waiting for its counterpart (Link Passages): a dashed frame.
    void paintPending(QPainter &p, int doc, const CellPlan &cell, const CellText &text, const QRect &box, const Marks &marks) const;
    /// Whether a unit of `cell` in `doc` has a link the user made.
    bool hasManualLink(int doc, const CellPlan &cell) const;
    /// Find hits (every one, the current one stronger) and the selection, over the cell's text.
    QList<QTextLayout::FormatRange> textMarks(int doc, const CellPlan &cell, const Marks &marks) const;

    const Comparison &m_comparison;
    const HighlightPlan &m_plan;
    const RowLayout &m_layout;
    const CellTextCache &m_cells;
    const SynopticGeometry &m_geometry;
    const ViewPalette &m_palette;
    const QFont &m_font;
};
