#pragma once

#include "core/model/comparison.h"

#include <QString>

#include <vector>

/// One entry of the legend: a sample painted like the passages it explains, then what it means.
struct LegendEntry
{
    /// What the sample is painted like: a passage kind, a mark inside passages, or a moved passage.
    enum class Swatch { Match, Divergent, Unique, Related, Furniture, Changed, Inserted, Fact, Moved };
    Swatch swatch = Swatch::Match;
    QString label;       ///< the text painted in the swatch's style: "Edited passage"
    QString description; ///< what it means: "edited or paraphrased in another article"
};

/// The legend's vocabulary, once for the window's legend panel, the HTML and the PDF export, so
/// they cannot call the same colour by two names. Texts are translated (context "Legend").
class Legend
{
public:
    /// In reading order: the passage kinds, the marks inside passages, then moved passages.
    /// Related passages are explained only where they are shown (`related`: the comparison's
    /// AlignOptions::relatedLinks).
    static std::vector<LegendEntry> entries(bool related = false);
    /// The line that names the reference article, under the entries: "Reference: 2 (Title),
    /// the others' changes are marked against it". Empty with fewer than three articles, where
    /// the marks are symmetric and no article is the reference.
    static QString reference(const Comparison &comparison);
};
