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
    /// Context rows kept next to a difference unless the caller chooses: one, as in the window.
    static constexpr int kDefaultContext = 1;
    /// The most context rows a caller may ask for (`synoptic-cli --context`).
    static constexpr int kMaxContext = 3;

    /// Rows in order, split where folding starts or stops. Without `differencesOnly`, one run.
    /// `context` (clamped to 0..kMaxContext) is how many identical rows stay unfolded on each
    /// side of a difference.
    static std::vector<RowRun> runs(const HighlightPlan &plan, bool differencesOnly, int context = kDefaultContext);
    /// What a folded run stands for, counted by kind: "9 identical passages",
    /// "1 passage of page furniture", "8 identical passages and 1 passage of page furniture".
    /// Translated (context "RowFolding").
    static QString label(const HighlightPlan &plan, const RowRun &run);
};
