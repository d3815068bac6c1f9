#pragma once

#include "core/model/comparison.h"
#include "core/present/highlightplan.h"

#include <memory>
#include <mutex>

/// A finished comparison and its highlight plan as one immutable value, shared by the session,
/// the views and every exporter. Keeping the two together means no reader can pair a plan with
/// a comparison it was not built from.
///
/// The plan is built on first use, once, from whichever thread asks first: the JSON report never
/// needs it, the window builds it on the thread pool before the value reaches the UI thread.
class PresentedComparison
{
public:
    explicit PresentedComparison(Comparison comparison);
    PresentedComparison(const PresentedComparison &) = delete;
    PresentedComparison &operator=(const PresentedComparison &) = delete;

    static std::shared_ptr<const PresentedComparison> make(Comparison comparison);

    const Comparison &comparison() const { return m_comparison; }
    const HighlightPlan &plan() const;

private:
    const Comparison m_comparison;
    mutable std::once_flag m_planBuilt;
    mutable HighlightPlan m_plan;
};

using PresentedComparisonPtr = std::shared_ptr<const PresentedComparison>;
