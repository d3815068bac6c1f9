#pragma once

#include "core/model/comparison.h"

#include <vector>

/// What a stretch of text is, for whoever paints it. Roles, not colours: the views and the
/// exporters map roles to their own palette.
enum class HighlightRole {
    Match,       ///< a unit with an identical counterpart
    Divergent,   ///< a unit whose counterparts are edited or paraphrased
    Unique,      ///< a unit with no counterpart
    Related,     ///< a unit with no counterpart but a related passage (LinkKind::Related)
    Furniture,   ///< page furniture, to be dimmed
    Inserted,    ///< words of a divergent unit that its counterpart lacks
    Changed,     ///< words of a divergent unit replaced in its counterpart
    Fact,        ///< a changed fact (see factKind)
};

struct Highlight
{
    TextSpan span; ///< UTF-16 offsets into the document's text
    HighlightRole role = HighlightRole::Match;
    FactChange::Kind factKind = FactChange::Kind::Number; ///< meaningful for Fact only
    int link = -1;  ///< index into Comparison::links the highlight comes from, -1 for none
    bool moved = false; ///< the unit's link is out of order (Match/Divergent roles)

    friend bool operator==(const Highlight &, const Highlight &) = default;
};

/// One document's passage in one synoptic row.
struct CellPlan
{
    UnitRange units;        ///< empty when the document has nothing in this row
    TextSpan span;          ///< the passage in the document's text
    UnitStatus status = UnitStatus::Unique; ///< the weakest status of its units, `lone` left out
    int sharedWith = 0;     ///< most other documents sharing a unit of the passage
    /// The cell's last units when no other article has them and they follow a linked passage in
    /// the same cell (RowBuilder tucks them there instead of opening a row): the views show them
    /// as a card of their own, unique, below the linked one. Empty normally; inside `units`.
    UnitRange lone;
    TextSpan loneSpan; ///< the text of `lone`, empty with it
    /// How `lone` is shown: Related when every unit of it has a related passage elsewhere
    /// (AlignOptions::relatedLinks), else Unique.
    UnitStatus loneStatus = UnitStatus::Unique;
};

struct RowPlan
{
    std::vector<CellPlan> cells; ///< indexed by document
    /// Every present cell matches the others word for word (a row "differences only" folds).
    bool identical = false;
    /// Identical only under the comparison's folding options (case, punctuation, digits,
    /// diacritics): the cells' texts differ as written ("To Mrs. SAVILLE" / "To Mrs. Saville"),
    /// whitespace and quote or dash variants aside. Never set when `identical` is not, nor for
    /// furniture. The views give such rows a quieter cue than word-for-word agreement.
    bool folded = false;
    /// The row holds a changed fact.
    bool hasFact = false;
    /// The row holds a unique passage (or a related one: it has no counterpart either).
    bool hasUnique = false;
};

/// Everything the views and exporters need to paint a comparison, computed once, off the UI
/// thread: per-row cells, and per-document highlight ranges sorted by start, base roles first.
struct HighlightPlan
{
    std::vector<RowPlan> rows;
    /// highlights[doc]: every highlight of that document, sorted by span start. The unit roles
    /// (Match/Divergent/Unique/Furniture) tile the units; word and fact roles lie on top.
    std::vector<std::vector<Highlight>> highlights;

    /// Highlights of `doc` that overlap `span`, in order.
    std::vector<Highlight> highlightsIn(int doc, const TextSpan &span) const;
};

/// Builds the highlight plan of a comparison. Inside a divergent unit the changed words and
/// facts come from its link to the row's other documents. From three documents on, the
/// reference article (Comparison::baseDocument) is the base text: the others' units show their
/// changes against it (a unit worded as the reference's is plain), and the reference's own units
/// mark only the words some other article in the row omits. Two documents keep the symmetric
/// diff. The rule is spelled out at shownStatus in the source.
class HighlightPlanner
{
public:
    static HighlightPlan build(const Comparison &comparison);
    /// The documents whose passage in synoptic row `row` is the reference's word for word, in
    /// document order, the reference itself left out. Empty when the reference has nothing in
    /// the row (or the row does not exist).
    static std::vector<int> agreeWithReference(const Comparison &comparison, int row);
    /// `span` of `doc` as written, for telling word-for-word agreement from agreement under the
    /// folding options (RowPlan::folded): whitespace collapsed (re-wrapped text is the same
    /// text) and the folds the engine makes whatever the options (quote and dash variants).
    static QString asWritten(const Comparison &comparison, int doc, const TextSpan &span);
};
