#pragma once

#include "ui/views/celltextcache.h"
#include "ui/views/rowlayout.h"

#include <functional>

/// Turns RowLayout's estimated row heights into exact ones from the laid-out cell texts: the
/// rows on screen at once, the rows near a scroll target, and the rest a slice at a time in
/// idle time. Heights are pixels: the text's, plus what `padding(row)` adds (the pane's
/// paddings and gaps).
class RowMeasurer
{
public:
    RowMeasurer(RowLayout &layout, const CellTextCache &cells) : m_layout(layout), m_cells(cells) {}

    void setPadding(std::function<int(int row)> padding) { m_padding = std::move(padding); }
    /// The most text height `limit(row)` a capped row shows (0: not capped, see RowClamp). A
    /// cap that would hide less than two lines is not applied: the "more" line would cost as much.
    void setTextLimit(std::function<qreal(int row)> limit) { m_limit = std::move(limit); }
    int estimate(int row) const;
    /// `keep` puts the layouts in the cache (rows on screen).
    int measure(int row, bool keep) const;

    /// Exact heights for the lines between content y `top` and `bottom`, tops updated as it
    /// goes. Whether any height changed.
    bool measureRange(int top, int bottom);
    /// Exact heights for the lines within `reach` pixels of `line` either way (a fold counting
    /// as `foldReach`), so scrolling there lands exactly. Whether any changed; tops updated.
    bool measureAround(int line, int reach, int foldReach);
    /// Measures rows not yet exact, from where the last call stopped, for about `budgetMs`.
    /// Returns how many; tops updated.
    int refine(int budgetMs);
    /// Whether rows remain for refine().
    bool hasInexactRows() const { return m_layout.nextInexactRow(m_cursor) >= 0; }
    /// Start refining from the top again.
    void restart() { m_cursor = 0; }

private:
    qreal capped(int row, qreal textHeight) const;

    RowLayout &m_layout;
    const CellTextCache &m_cells;
    std::function<int(int)> m_padding = [](int) { return 0; };
    std::function<qreal(int)> m_limit = [](int) { return 0.0; };
    int m_cursor = 0;
};
