#pragma once

#include "core/model/comparison.h"
#include "core/present/redlineplan.h"
#include "ui/paint/viewpalette.h"

class QTextDocument;

/// A redline plan as rich text for the window's redline mode: the same runs the redline export
/// writes (RedlinePlanner), marked with the view's colours. Deleted words are struck on the
/// unique passages' background, inserted ones underlined on the inserted words' background, moved
/// passages carry a tag linking to their other place (anchors "from-K" and "to-K", K the link).
class RedlineText
{
public:
    /// Replaces `document`'s contents.
    static void fill(QTextDocument *document, const Comparison &comparison, const RedlinePlan &plan,
                     const ViewPalette &palette);
};
