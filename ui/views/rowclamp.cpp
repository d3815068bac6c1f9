#include "ui/views/rowclamp.h"

qreal RowClamp::limit(const RowPlan &row, int index, const std::vector<bool> &hidden, qreal lineStep) const
{
    if (isExpanded(index))
        return 0;
    int shown = 0, empty = 0;
    for (size_t d = 0; d < row.cells.size(); ++d) {
        if (d < hidden.size() && hidden[d])
            continue;
        ++shown;
        empty += row.cells[d].units.isEmpty() ? 1 : 0;
    }
    // With two articles a tall passage has one neighbour, and it says something: that the other
    // article lacks it. From three on, half the columns empty beside it is the wasted screen.
    if (shown < 3 || 2 * empty < shown)
        return 0;
    return (VisibleLines + 1) * lineStep;
}
