#pragma once

#include <QColor>
#include <QRectF>
#include <QTextLayout>

#include <vector>

class QPainter;

/// Marks painted over laid-out text, shared by both view modes and the PDF export: the boxes a
/// range of a layout covers line by line, and a wavy underline bolder than QTextCharFormat's one-pixel wave, so a
/// changed fact stands out on top of a changed-word background.
namespace TextDecoration {

/// One rectangle per line of `layout` that the range [start, end) (layout offsets) touches,
/// moved by `origin`.
std::vector<QRectF> rangeRects(const QTextLayout &layout, int start, int end, const QPointF &origin);
/// A wave under `rect` (a line's box of text): the one wavy underline of Synoptic, on screen
/// and in the PDF. `unit` is the size of a screen pixel in the painter's units (1 on screen;
/// the PDF passes its own, so the wave keeps its proportions at print resolution).
void paintWave(QPainter &painter, const QRectF &rect, const QColor &colour, qreal unit = 1);

} // namespace TextDecoration
