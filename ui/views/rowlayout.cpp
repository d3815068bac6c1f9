#include "ui/views/rowlayout.h"

#include "core/present/rowfolding.h"

#include <algorithm>

void RowLayout::clear()
{
    m_lines.clear();
    m_rowLine.clear();
    m_rowHeight.clear();
    m_exact.clear();
    m_tops.assign(1, 0);
    m_inexact = 0;
}

void RowLayout::reset(const HighlightPlan *plan, bool differencesOnly, const std::set<int> &expandedFolds)
{
    const int n = plan ? int(plan->rows.size()) : 0;
    if (n != int(m_rowHeight.size())) {
        m_rowHeight.assign(size_t(n), m_foldHeight);
        m_exact.assign(size_t(n), false);
        m_inexact = n;
    }
    m_lines.clear();
    m_rowLine.assign(size_t(n), -1);
    auto addRows = [this](int first, int end) {
        for (int r = first; r < end; ++r) {
            m_rowLine[size_t(r)] = int(m_lines.size());
            m_lines.push_back({r, 1, false});
        }
    };
    const std::vector<RowRun> runs = plan ? RowFolding::runs(*plan, differencesOnly) : std::vector<RowRun>{};
    for (const RowRun &run : runs) {
        if (!run.folded || expandedFolds.contains(run.first)) {
            addRows(run.first, run.first + run.count);
            continue;
        }
        for (int r = run.first; r < run.first + run.count; ++r)
            m_rowLine[size_t(r)] = int(m_lines.size());
        m_lines.push_back({run.first, run.count, true});
    }
    updateTops();
}

int RowLayout::lineOfRow(int row) const
{
    return row >= 0 && row < int(m_rowLine.size()) ? m_rowLine[size_t(row)] : -1;
}

int RowLayout::visibleRowCount() const
{
    return int(std::count_if(m_lines.begin(), m_lines.end(), [](const Line &l) { return !l.fold; }));
}

int RowLayout::lineAt(int y) const
{
    if (m_lines.empty())
        return -1;
    const auto it = std::upper_bound(m_tops.begin(), m_tops.end(), y);
    const int index = int(it - m_tops.begin()) - 1;
    return std::clamp(index, 0, lineCount() - 1);
}

void RowLayout::setEstimates(const std::function<int(int)> &estimate)
{
    for (size_t r = 0; r < m_rowHeight.size(); ++r) {
        m_rowHeight[r] = estimate(int(r));
        m_exact[r] = false;
    }
    m_inexact = int(m_rowHeight.size());
    updateTops();
}

void RowLayout::setFoldHeight(int height)
{
    m_foldHeight = height;
}

void RowLayout::setTopMargin(int margin)
{
    m_topMargin = margin;
}

void RowLayout::setExactHeight(int row, int height)
{
    if (!m_exact[size_t(row)]) {
        m_exact[size_t(row)] = true;
        --m_inexact;
    }
    m_rowHeight[size_t(row)] = height;
}

void RowLayout::updateTops()
{
    m_tops.resize(m_lines.size() + 1);
    m_tops[0] = m_lines.empty() ? 0 : m_topMargin;
    for (size_t i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines[i];
        m_tops[i + 1] = m_tops[i] + (l.fold ? m_foldHeight : m_rowHeight[size_t(l.firstRow)]);
    }
}

int RowLayout::nextInexactRow(int from) const
{
    const int n = int(m_exact.size());
    if (m_inexact == 0 || n == 0)
        return -1;
    from = std::clamp(from, 0, n - 1);
    for (int i = 0; i < n; ++i) {
        const int r = (from + i) % n;
        if (!m_exact[size_t(r)])
            return r;
    }
    return -1;
}
