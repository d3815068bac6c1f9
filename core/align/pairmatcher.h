#pragma once

#include "core/model/comparison.h"
#include "core/align/unittable.h"

#include <vector>

/// Finds the corresponding passages of two documents.
///
/// 1. Candidates come from an inverted index of content stems (stems shared by too many units
///    are skipped), so work grows with the text, not with the square of its sentence count;
///    identical units are found by hash and paired in order.
/// 2. Candidates are taken best first (weighted Dice similarity, with a bonus when their
///    neighbours correspond too), one to one.
/// 3. A unit next to a linked one joins that link when it is mostly contained in the other side
///    and makes the link more similar: that is a split or a merge.
/// 4. A unit mostly quoted inside an already linked unit gets a link of its own.
/// 5. Links outside the heaviest chain in common order are marked moved.
class PairMatcher
{
public:
    struct Result
    {
        UnitRange a;
        UnitRange b;
        double similarity = 0;
        bool exact = false; ///< identical keys once normalised
        bool moved = false;
    };

    PairMatcher(const UnitTable &table, const AlignOptions &options) : m_table(table), m_options(options) { }

    std::vector<Result> match(int docA, int docB) const;

    /// Weighted Dice similarity of two unit ranges of two documents.
    double similarity(int docA, const UnitRange &a, int docB, const UnitRange &b) const;

private:
    const UnitTable &m_table;
    AlignOptions m_options;
};
