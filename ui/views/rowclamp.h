#pragma once

#include "core/present/highlightplan.h"

#include <set>
#include <vector>

/// Which synoptic rows are capped in height. With many columns a passage only one or two
/// articles have, in a narrow column, can run a screen tall while most columns beside it stay
/// empty (issue #13): such a row shows its first VisibleLines lines and a "more" line that
/// expands it. A row the user expands, or navigates to, stays expanded until the comparison
/// changes. Rows most columns fill are never capped: they are what the view levels.
class RowClamp
{
public:
    static constexpr int VisibleLines = 6;

    void reset() { m_expanded.clear(); }
    void expand(int row) { m_expanded.insert(row); }
    bool isExpanded(int row) const { return m_expanded.contains(row); }

    /// The most text height, in pixels, that row `index` shows (its "more" line included), for
    /// lines `lineStep` pixels apart; 0 when the row is not capped. `hidden[doc]` marks columns
    /// the user hid (shorter means shown).
    qreal limit(const RowPlan &row, int index, const std::vector<bool> &hidden, qreal lineStep) const;

private:
    std::set<int> m_expanded;
};
