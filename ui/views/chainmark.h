#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

/// The small chain both view modes draw beside a passage whose link the user made (Link
/// Passages), so a manual link reads as the user's and not the engine's.
namespace ChainMark {

/// Width and height of the mark, in pixels.
constexpr int Size = 12;
/// Paints the mark in the square of side Size at `topLeft`.
void paint(QPainter &p, const QPointF &topLeft, const QColor &colour);

} // namespace ChainMark
