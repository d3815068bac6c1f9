#include "ui/paint/textdecoration.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace TextDecoration {

std::vector<QRectF> rangeRects(const QTextLayout &layout, int start, int end, const QPointF &origin)
{
    std::vector<QRectF> out;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const int ls = line.textStart();
        const int le = ls + line.textLength();
        if (le <= start || ls >= end)
            continue;
        const qreal x0 = line.cursorToX(std::max(ls, start));
        const qreal x1 = line.cursorToX(std::min(le, end));
        out.emplace_back(QPointF(std::min(x0, x1), line.y()) + origin, QSizeF(std::abs(x1 - x0), line.height()));
    }
    return out;
}

void paintWave(QPainter &painter, const QRectF &rect, const QColor &colour, qreal unit)
{
    if (rect.width() < unit)
        return;
    const qreal amplitude = 1.5 * unit;
    const qreal period = 6 * unit;
    const qreal y = rect.bottom() - amplitude;
    QPainterPath path(QPointF(rect.left(), y));
    for (qreal x = rect.left(); x < rect.right(); x += period / 2) {
        const qreal next = std::min(x + period / 2, rect.right());
        const bool up = int(std::lround((x - rect.left()) / (period / 2))) % 2 == 0;
        path.quadTo(QPointF((x + next) / 2, y + (up ? -amplitude : amplitude) * 2), QPointF(next, y));
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1.6 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.restore();
}

} // namespace TextDecoration
