#pragma once

#include "core/present/highlightplan.h"

#include <functional>
#include <set>
#include <vector>

/// The synoptic view's vertical geometry: which rows show (differences-only folding, by
/// RowFolding like the exports; a fold is keyed by its first row) and where
/// each display line sits, in pixels from the top of the content.
///
/// Row heights start as estimates and become exact as rows are laid out, so a book-length
/// comparison shows at once and the scroll range settles while the user reads. Lines are either
/// one synoptic row or a fold standing for a run of identical rows.
class RowLayout
{
public:
    struct Line
    {
        int firstRow = 0;
        int rowCount = 1; ///< rows this line stands for: 1, or the folded run's length
        bool fold = false;
    };

    /// Rebuilds the lines; keeps known heights when the plan's row count is unchanged.
    void reset(const HighlightPlan *plan, bool differencesOnly, const std::set<int> &expandedFolds);
    void clear();

    int lineCount() const { return int(m_lines.size()); }
    const Line &line(int index) const { return m_lines[size_t(index)]; }
    /// The line showing `row` (a fold line when the row is folded away), -1 when out of range.
    int lineOfRow(int row) const;
    /// Rows shown as rows (not folded away).
    int visibleRowCount() const;

    int lineTop(int index) const { return m_tops[size_t(index)]; }
    int lineHeight(int index) const { return m_tops[size_t(index) + 1] - m_tops[size_t(index)]; }
    int totalHeight() const { return m_tops.empty() ? 0 : m_tops.back(); }
    /// The line at content y (clamped to the first and last line), -1 when there are none.
    int lineAt(int y) const;

    /// Forget every exact height (the column width changed); `estimate(row)` gives new guesses.
    void setEstimates(const std::function<int(int row)> &estimate);
    void setFoldHeight(int height);
    /// Space above the first line.
    void setTopMargin(int margin);
    bool isExact(int row) const { return m_exact[size_t(row)]; }
    /// Records a row's measured height. Call updateTops() after a batch.
    void setExactHeight(int row, int height);
    void updateTops();
    /// The first row without an exact height at or after `from`, wrapping; -1 when all are exact.
    int nextInexactRow(int from) const;

private:
    std::vector<Line> m_lines;
    std::vector<int> m_rowLine;   ///< row -> index into m_lines
    std::vector<int> m_rowHeight; ///< per row, exact or estimated
    std::vector<bool> m_exact;
    std::vector<int> m_tops;      ///< m_lines.size() + 1 prefix sums
    int m_inexact = 0;
    int m_foldHeight = 24;
    int m_topMargin = 0;
};
