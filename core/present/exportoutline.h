#pragma once

#include "core/model/comparison.h"
#include "core/present/highlightplan.h"

#include <QString>

#include <vector>

/// One changed fact, placed in the synoptic rows.
struct FactEntry
{
    int row = -1;  ///< index into Comparison::rows
    int link = -1; ///< index into Comparison::links
    int fact = -1; ///< index into Link::facts
};

/// A stretch of a passage under one set of word highlights.
struct TextPiece
{
    TextSpan span;  ///< UTF-16 offsets into the document's text
    int unit = -1;  ///< the unit it belongs to; -1 for the white space between two units
    /// The Changed, Inserted and Fact highlights covering the whole piece, in plan order.
    std::vector<Highlight> marks;
};

/// A sign in the margin of a synoptic row, saying what the row holds without colour.
struct RowSign
{
    enum class Kind {
        Identical, ///< every article has the passage, word for word
        Furniture, ///< page furniture only
        Divergent, ///< edited or paraphrased somewhere
        Unique,    ///< a passage no other article has
        Missing,   ///< matching where present, but some article lacks it
        Moved,     ///< a passage out of the other article's order
        Fact,      ///< a changed fact
    };
    Kind kind = Kind::Identical;
    QString symbol;  ///< one character: "=", "≈", ...
    QString label;   ///< for the legend: "edited"
    QString meaning; ///< for a tooltip: "Edited or paraphrased"
};

/// What the HTML and PDF exports share apart from markup (folding is RowFolding's): the changed facts,
/// the pieces a passage is painted in, and the words of labels and tooltips (from Wording, which
/// the window uses too). Everything here returns plain, unescaped text.
class ExportOutline
{
public:
    /// Every changed fact, in row order.
    static std::vector<FactEntry> facts(const Comparison &comparison);
    /// The pieces of a passage of `doc` (its units in `units`), tiling its span.
    static std::vector<TextPiece> pieces(const Comparison &comparison, const HighlightPlan &plan, int doc,
                                         const UnitRange &units);

    /// The signs of row `row`, in the order of RowSign::Kind.
    static std::vector<RowSign> rowSigns(const Comparison &comparison, const HighlightPlan &plan, int row);
    /// Every sign, once, for the legend.
    static std::vector<RowSign> allSigns();
    /// Whether a unit of the passage is out of its counterpart's order.
    static bool isMoved(const Comparison &comparison, int doc, const UnitRange &units);
    /// Whether one of the units is in a manual link (one the user asserted).
    static bool isManual(const Comparison &comparison, int doc, const UnitRange &units);

    /// The heading: `asked` when given, else the article titles, "A vs B".
    static QString title(const Comparison &comparison, const QString &asked);
    /// "47%"
    static QString percent(double share);
    /// "1 row of context", "0 rows of context": a differences-only export's header says how
    /// many identical rows it keeps beside each difference (ExportOptions::context).
    static QString contextRows(int context);
    /// The tooltip of a Changed, Inserted or Fact highlight of `doc`, e.g.
    /// "Changed number: 'thousands' vs 'about 10,000'".
    static QString describe(const Comparison &comparison, int doc, const Highlight &mark);
};
