#pragma once

#include <QColor>
#include <QRectF>
#include <QTextLayout>

#include <vector>

class QPainter;

/// Marks painted over laid-out text, shared by both view modes: the boxes a range of a layout
/// covers line by line, and a wavy underline bolder than QTextCharFormat's one-pixel wave, so a
/// changed fact stands out on top of a changed-word background.
namespace TextDecoration {

/// One rectangle per line of `layout` that the range [start, end) (layout offsets) touches,
/// moved by `origin`.
std::vector<QRectF> rangeRects(const QTextLayout &layout, int start, int end, const QPointF &origin);
/// A wave under `rect` (a line's box of text).
void paintWave(QPainter &painter, const QRectF &rect, const QColor &colour);

} // namespace TextDecoration
