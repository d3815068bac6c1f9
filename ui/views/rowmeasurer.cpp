#include "ui/views/rowmeasurer.h"

#include <QElapsedTimer>

qreal RowMeasurer::capped(int row, qreal textHeight) const
{
    const qreal limit = m_limit(row);
    return limit > 0 && textHeight > limit + 2 * m_cells.lineStep() ? limit : textHeight;
}

int RowMeasurer::estimate(int row) const
{
    return qCeil(capped(row, m_cells.estimatedHeight(row))) + m_padding(row);
}

int RowMeasurer::measure(int row, bool keep) const
{
    return qCeil(capped(row, m_cells.measuredHeight(row, keep))) + m_padding(row);
}

bool RowMeasurer::measureRange(int top, int bottom)
{
    bool changed = false;
    for (int line = m_layout.lineAt(top); line < m_layout.lineCount() && m_layout.lineTop(line) < bottom; ++line) {
        const RowLayout::Line &l = m_layout.line(line);
        if (l.fold || m_layout.isExact(l.firstRow))
            continue;
        m_layout.setExactHeight(l.firstRow, measure(l.firstRow, true));
        m_layout.updateTops();
        changed = true;
    }
    return changed;
}

bool RowMeasurer::measureAround(int line, int reach, int foldReach)
{
    bool changed = false;
    for (int dir : {-1, 1}) {
        int covered = 0;
        for (int i = dir < 0 ? line - 1 : line; i >= 0 && i < m_layout.lineCount() && covered < reach; i += dir) {
            const RowLayout::Line &l = m_layout.line(i);
            if (!l.fold && !m_layout.isExact(l.firstRow)) {
                m_layout.setExactHeight(l.firstRow, measure(l.firstRow, true));
                changed = true;
            }
            covered += l.fold ? foldReach : m_layout.lineHeight(i);
        }
    }
    if (changed)
        m_layout.updateTops();
    return changed;
}

int RowMeasurer::refine(int budgetMs)
{
    QElapsedTimer timer;
    timer.start();
    int measured = 0;
    while (timer.elapsed() < budgetMs) {
        const int row = m_layout.nextInexactRow(m_cursor);
        if (row < 0)
            break;
        m_cursor = row;
        // Not kept: idle-time layouts would push what is on screen out of the cache.
        m_layout.setExactHeight(row, measure(row, false));
        ++measured;
    }
    if (measured > 0)
        m_layout.updateTops();
    return measured;
}
