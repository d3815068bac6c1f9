#pragma once

#include "core/model/comparison.h"

#include <vector>

/// Lays the links of N documents out as synoptic rows. Rows follow the base document's order;
/// each base passage takes its counterparts from the other documents into its row. Passages the
/// base document lacks get rows of their own, right after the row of the passage that precedes
/// them in their own document, together with their counterparts in other documents.
class RowBuilder
{
public:
    /// `unitCounts[d]`: number of units of document d; `links` as in Comparison. Returns the rows
    /// and fills `rowOfUnit[d][u]`.
    static std::vector<SynopticRow> build(const std::vector<int> &unitCounts, const std::vector<Link> &links, int base,
                                          std::vector<std::vector<int>> *rowOfUnit);
};
