#pragma once

#include "core/model/comparison.h"
#include "ui/paint/viewpalette.h"

#include <QFont>
#include <QRect>

class CellText;
class QPainter;

/// How the synoptic view paints around a passage's text, in the palette's colours: the card and
/// its status marker, the changed-fact waves and badge, the moved-passage arrow, hover outlines,
/// the current row's frame and fold lines. SynopticPane decides where; this decides how.
class CellPainter
{
public:
    CellPainter(QPainter &painter, const ViewPalette &palette) : m_painter(painter), m_palette(palette) {}

    /// The card's background by status, and a marker `bar` pixels wide at its leading edge that
    /// differs in shape as well as colour: solid (match), dashed (divergent), dotted (unique),
    /// none (furniture).
    void card(const QRect &rect, UnitStatus status, int bar) const;
    /// The card of a passage that agrees with its counterparts only under the folding options:
    /// the matching colour faded and the bar hollow, quieter than word-for-word agreement.
    void foldedCard(const QRect &rect, int bar) const;
    /// A wave under every changed fact of `text`, drawn at `origin`.
    void factWaves(const CellText &text, const QPointF &origin) const;
    /// A small "!" in `badge`: the passage holds a changed fact (the tooltip says which),
    /// visible while skimming even where the wave is off screen.
    void factBadge(const QRectF &badge, const QFont &font) const;
    /// A bar with an arrow head in the gutter after the card of a moved passage.
    void movedMarker(const QRect &card) const;
    /// Outline of the hovered passage or one of its counterparts.
    void hoverOutline(const QRectF &box) const;
    /// Frame of the current row.
    void currentFrame(const QRect &frame) const;
    /// The "more" line of a capped cell: `text` in the link colour over a fading edge of the
    /// card, underlined when hovered.
    void more(const QRect &rect, const QString &text, bool hovered, const QFont &font) const;
    /// A fold line: `text` centred between dashed rules, underlined when hovered.
    void fold(const QRect &rect, const QString &text, bool hovered, const QFont &font) const;

private:
    QPainter &m_painter;
    const ViewPalette &m_palette;
};
