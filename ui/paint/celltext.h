#pragma once

#include "core/model/textspan.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;

/// One synoptic cell's passage laid out to a width: a QTextLayout per paragraph, so each
/// paragraph takes its own direction (an Arabic quotation in an English article reads right to
/// left) and paragraph breaks become a little space rather than an empty line. Offsets are
/// UTF-16 positions in the passage text the cell was built from.
class CellText
{
public:
    CellText(const QString &text, const QFont &font, const QList<QTextLayout::FormatRange> &formats, qreal width,
             qreal lineExtra);
    ~CellText();

    qreal height() const { return m_height; }
    void draw(QPainter &painter, const QPointF &origin, const QList<QTextLayout::FormatRange> &selections,
              const QRectF &clip) const;
    /// The offset at `local` (relative to the text origin); `overText` says whether the point
    /// is on a line's glyphs rather than beside them.
    int offsetAt(const QPointF &local, bool *overText) const;
    /// The cursor position (between characters, 0 to the text's length) nearest `local`: where a
    /// selection dragged to `local` ends.
    int cursorAt(const QPointF &local) const;
    /// The bottom of the last line that ends at or above `y` (relative to the text origin), 0 when
    /// none does: where text cut at `y` stops without showing half a line.
    qreal lineBottomAbove(qreal y) const;
    /// One box per line of the range [start, end), moved by `origin`.
    std::vector<QRectF> rangeRects(int start, int end, const QPointF &origin) const;

    /// Changed facts in the passage, for the wave the view paints under them.
    std::vector<TextSpan> facts;

private:
    struct Paragraph
    {
        int start = 0; ///< offset of the paragraph's first character in the passage
        int length = 0;
        qreal y = 0;
        std::unique_ptr<QTextLayout> layout;
    };

    int position(const QPointF &local, bool *overText, bool betweenCharacters) const;
    static QList<QTextLayout::FormatRange> clip(const QList<QTextLayout::FormatRange> &ranges, int start, int length);

    std::vector<Paragraph> m_paragraphs;
    qreal m_height = 0;
};
