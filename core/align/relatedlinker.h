#pragma once

#include "core/align/unittable.h"
#include "core/model/comparison.h"

#include <vector>

/// Finds related links (AlignOptions::relatedLinks): two passages of two articles that the
/// alignment left unlinked to each other (one of them may be linked to another passage), yet
/// tell of the same thing (same topic, different claims). A pair must
/// be similar enough (AlignOptions::relatedThreshold up to, not including, the divergent
/// threshold) and share specific evidence: a content word, name or number that at most one other
/// passage of the compared set uses. Shared common words alone ("the government said") relate
/// everything in one story to everything else, and so do its common names ("Wall Street"). Each passage gets at most one related
/// link per other article, best first; the links already found are only read, never changed.
class RelatedLinker
{
public:
    RelatedLinker(const UnitTable &table, const AlignOptions &options);

    /// The related links between units not linked to each other in `comparison` (at most one of
    /// the two linked to anything of the other article; furniture left out), every pair of
    /// articles in turn. Ends are ordered as in any link (ends[0].doc < ends[1].doc); no word
    /// diff and no facts: a related link is not an edit, and values two different claims hold
    /// are no changed fact.
    std::vector<Link> links(const Comparison &comparison) const;

private:
    std::vector<Link> pairLinks(const Comparison &comparison, int docA, int docB) const;
    bool sharesEvidence(const AlignUnit &a, const AlignUnit &b) const;
    std::vector<bool> linkedTo(const Comparison &comparison, int doc, int other) const;
    bool candidate(const Comparison &comparison, int doc, int unit) const;

    const UnitTable &m_table;
    AlignOptions m_options;
    /// By stem: whether it is a specific content word (few passages use it, not a function word).
    std::vector<bool> m_rare;
};
