#pragma once

#include "core/model/comparison.h"

#include <vector>

/// One stretch of a redline: the reference article's running text with another article's
/// changes marked in it. Spans are UTF-16 offsets into the two articles' texts.
struct RedlineRun
{
    enum class Kind {
        Equal,     ///< in both articles; `reference` is what is shown, `other` its counterpart
        Deleted,   ///< only in the reference (`other` is empty)
        Inserted,  ///< only in the other article (`reference` is empty), where it stands there
        MovedAway, ///< in the reference here, in the other article elsewhere (`other` is empty)
        MovedHere, ///< the other article's text of a moved passage, where it stands there
    };
    Kind kind = Kind::Equal;
    TextSpan reference; ///< in the reference's text; empty for Inserted and MovedHere
    TextSpan other;     ///< in the other article's text; empty for Deleted and MovedAway
    /// Index into Comparison::links the run comes from, -1 for none (deleted or inserted
    /// passages). A MovedAway and a MovedHere run with the same link are the two places of
    /// one moved passage.
    int link = -1;
    /// Begins a paragraph (of the article whose text it shows).
    bool paragraphStart = false;
    /// Begins a passage inside a paragraph: renderers put a space before it. Runs inside one
    /// passage's word diff carry the text between words themselves and set neither flag.
    bool spaceBefore = false;
    /// Page furniture ("Top News"), which the engine leaves unaligned: renderers dim it.
    bool furniture = false;

    friend bool operator==(const RedlineRun &, const RedlineRun &) = default;
};

/// The redline of `other` against `reference`, in the reference's reading order, the other
/// article's passages inserted between the reference's neighbours where they stand in its order.
/// Concatenating Equal (reference side), Deleted and MovedAway runs gives the reference's text;
/// Equal (other side), Inserted and MovedHere runs give the other's (whitespace aside).
struct RedlinePlan
{
    int reference = -1; ///< index into Comparison::documents
    int other = -1;     ///< index into Comparison::documents
    std::vector<RedlineRun> runs;
};

/// Builds redline plans for the redline export and the window's redline mode, so both show
/// the same runs.
class RedlinePlanner
{
public:
    /// `reference` and `other` must be two different documents of `comparison`. Word-level
    /// changes come from the links' word diffs; a moved passage is shown at both places, without
    /// its word diff.
    static RedlinePlan build(const Comparison &comparison, int reference, int other);
    /// The articles a redline compares against the reference (Comparison::baseDocument): every
    /// other one, in document order.
    static std::vector<int> othersOf(const Comparison &comparison);
};
