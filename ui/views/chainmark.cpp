#include "ui/views/chainmark.h"

#include <QPainter>
#include <QPen>

namespace ChainMark {

void paint(QPainter &p, const QPointF &topLeft, const QColor &colour)
{
    // Two interlocking links on the diagonal, drawn rather than taken from a font: not every
    // system font has U+1F517, and an emoji would not follow the palette.
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 1.6));
    p.setBrush(Qt::NoBrush);
    p.translate(topLeft + QPointF(Size / 2.0, Size / 2.0));
    p.rotate(-45);
    const qreal length = Size * 0.55, thickness = Size * 0.32;
    p.drawRoundedRect(QRectF(-length + 1, -thickness / 2, length, thickness), thickness / 2, thickness / 2);
    p.drawRoundedRect(QRectF(-1, -thickness / 2, length, thickness), thickness / 2, thickness / 2);
    p.restore();
}

} // namespace ChainMark
