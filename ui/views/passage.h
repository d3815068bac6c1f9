#pragma once

#include "core/model/comparison.h"
#include "core/present/highlightplan.h"
#include "core/model/unitref.h"
#include "ui/paint/viewpalette.h"

#include <QList>
#include <QString>
#include <QTextLayout>

#include <vector>

/// What both view modes say about a passage: where it is, what it is linked to, how it reads in
/// a tooltip or on the clipboard, and how it is formatted. Free of widgets so both panes agree.
namespace Passage {

/// The unit of `doc` whose span holds `pos` (or the nearest before it), -1 for none.
int unitAt(const Comparison &c, int doc, qsizetype pos);
/// The units linked to `ref` in the other documents, in document then unit order.
std::vector<UnitRef> counterparts(const Comparison &c, UnitRef ref);
/// The highlights of `doc` that start inside `span`, which must begin at a unit's start (every
/// highlight lies within a unit). Binary search: HighlightPlan::highlightsIn scans from the top.
std::pair<const Highlight *, const Highlight *> highlightsFrom(const HighlightPlan &plan, int doc, const TextSpan &span);
/// Highlight formats of `doc` inside `span` (from a unit's start), offsets relative to
/// span.start, as the views draw them (ViewPalette::textFormat).
QList<QTextLayout::FormatRange> formats(const HighlightPlan &plan, const ViewPalette &palette, int doc,
                                        const TextSpan &span);
/// The changed facts of `doc` inside `span` (from a unit's start), relative to span.start.
std::vector<TextSpan> factSpans(const HighlightPlan &plan, int doc, const TextSpan &span);
/// "Divergent passage, 64% similar, shared with: B" plus any changed fact at `pos`.
QString toolTip(const Comparison &c, UnitRef ref, qsizetype pos);
/// The text of `span` then a line "— Title (file name)".
QString withSource(const Comparison &c, int doc, const TextSpan &span);

} // namespace Passage
