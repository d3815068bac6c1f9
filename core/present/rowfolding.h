#pragma once

#include "core/present/highlightplan.h"

#include <QString>

#include <vector>

/// Consecutive synoptic rows shown the same way: as rows, or folded into one line.
struct RowRun
{
    int first = 0; ///< index into HighlightPlan::rows
    int count = 0;
    bool folded = false; ///< identical rows shown as one line, "12 identical passages"
};

/// Differences-only folding, once for the window (RowLayout) and the exports: every run of
/// identical rows (word for word, or page furniture only) folds into one line, keeping one row
/// of context on each side of a difference.
class RowFolding
{
public:
    /// Rows in order, split where folding starts or stops. Without `differencesOnly`, one run.
    static std::vector<RowRun> runs(const HighlightPlan &plan, bool differencesOnly);
    /// What a folded run stands for, counted by kind: "9 identical passages",
    /// "1 passage of page furniture", "8 identical passages and 1 passage of page furniture".
    /// Translated (context "RowFolding").
    static QString label(const HighlightPlan &plan, const RowRun &run);
};
