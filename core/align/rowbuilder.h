#pragma once

#include "core/model/comparison.h"

#include <functional>
#include <vector>

/// Lays the links of N documents out as synoptic rows. Rows follow the base document's order;
/// each base passage takes its counterparts from the other documents into its row. Passages the
/// base document lacks get rows of their own, right after the row of the passage that precedes
/// them in their own document, together with their counterparts in other documents. Moved links
/// pull nothing: both ends stay in their own article's order. Consecutive passages only one
/// article has, with nothing of that article between them, join one cell when of one kind. Finally pack() lets passages of different articles share rows, so N
/// articles do not spend a row per headline.
class RowBuilder
{
public:
    /// `paragraphOfUnit[d][u]`: the paragraph of unit u of document d (its size is the unit
    /// count; a run of unlinked units in one paragraph is one passage); `links` as in
    /// Comparison; `kindOfUnit[d][u]`: units of different kinds never join one cell (the aligner
    /// keeps page furniture and right-to-left text apart). Returns the rows and fills
    /// `rowOfUnit[d][u]`.
    static std::vector<SynopticRow> build(const std::vector<std::vector<int>> &paragraphOfUnit,
                                          const std::vector<std::vector<int>> &kindOfUnit,
                                          const std::vector<Link> &links, int base,
                                          std::vector<std::vector<int>> *rowOfUnit);

    /// The one packing rule the window and both exports show. Each row is a block of passages
    /// kept level (linked, or one document's lone passage: unique, furniture, one end of a moved
    /// link). Taken in order, every block rises to the first row below the last one holding an
    /// earlier passage of any of its documents, beside blocks of other documents. So the unique
    /// passages of several articles between two anchors share rows, top-aligned; every column
    /// keeps its order; what was level stays level. `links` are carried along with their cells.
    /// A block of one document's cell and no links that would open a new row joins that
    /// document's cell in the row above instead when `tuck(doc, above, lone)` says so.
    using Tuck = std::function<bool(size_t doc, const UnitRange &above, const UnitRange &lone)>;
    static std::vector<SynopticRow> pack(const std::vector<SynopticRow> &rows, const Tuck &tuck = {});
    /// Refills every row's `links`: the links whose two ends start in that row.
    static void collectRowLinks(std::vector<SynopticRow> &rows, const std::vector<Link> &links);
};
