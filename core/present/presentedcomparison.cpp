#include "core/present/presentedcomparison.h"

PresentedComparison::PresentedComparison(Comparison comparison) : m_comparison(std::move(comparison)) {}

std::shared_ptr<const PresentedComparison> PresentedComparison::make(Comparison comparison)
{
    return std::make_shared<const PresentedComparison>(std::move(comparison));
}

const HighlightPlan &PresentedComparison::plan() const
{
    std::call_once(m_planBuilt, [this] { m_plan = HighlightPlanner::build(m_comparison); });
    return m_plan;
}
