#pragma once

#include "core/model/alignoptions.h"
#include "core/model/comparison.h"

#include <functional>
#include <optional>
#include <vector>

/// The alignment engine: a function of (documents, options) to a Comparison.
///
/// For N documents every pair is matched (PairMatcher), divergent links get word diffs and
/// changed facts, and the synoptic rows follow a base document: the one with the highest total
/// similarity to all others (ties: more words, then content), so the rows do not depend on the
/// order the files were opened in.
class Aligner
{
public:
    /// Called as work proceeds with (done, total) steps; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    /// Returns nothing when cancelled. Thread-safe: shares no state between calls.
    static std::optional<Comparison> align(std::vector<Document> documents, const AlignOptions &options,
                                           const Progress &progress = {});
};
