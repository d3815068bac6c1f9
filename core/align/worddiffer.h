#pragma once

#include "core/model/comparison.h"
#include "core/align/unittable.h"

#include <vector>

/// The word-level diff inside a link, on word boundaries, with a semantic clean-up so that
/// highlights do not fragment: short runs of equal words between changes (one shared "the"
/// between two rewritten clauses) are folded into one change, while one changed word inside a
/// long shared phrase stays one changed word.
class WordDiffer
{
public:
    explicit WordDiffer(const UnitTable &table) : m_table(table) { }

    /// Diffs the words of units `a` (of docA) against `b` (of docB).
    std::vector<WordEdit> diff(const std::vector<Document> &docs, int docA, const UnitRange &a, int docB,
                               const UnitRange &b) const;

private:
    const UnitTable &m_table;
};
