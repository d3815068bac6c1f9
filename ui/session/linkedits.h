#pragma once

#include "core/model/comparison.h"
#include "core/model/linkconstraint.h"
#include "core/model/textspan.h"

#include <vector>

/// The manual link list after one of the user's edits, worked out from the list before and the
/// comparison on screen. Free of widgets and of the session, so an undo command only has to
/// hold the two lists.
namespace LinkEdits {

/// Where the UTF-16 `span` of document `doc` of `c` is, as an anchor in code points.
TextAnchor anchor(const Comparison &c, int doc, const TextSpan &span);
/// `links` with the passages `a` and `b` linked. A constraint already joining passages that
/// overlap both (an earlier link or unlink of the same two) gives way to the new one, which the
/// engine would otherwise report as contradicting it.
std::vector<LinkConstraint> withLink(std::vector<LinkConstraint> links, const TextAnchor &a, const TextAnchor &b);
/// `links` without link `link` of `c` between its two passages: a manual link loses the
/// constraints that made it; a link the engine found becomes an unlink, so it stays apart
/// through later re-alignments.
std::vector<LinkConstraint> withoutLink(std::vector<LinkConstraint> links, const Comparison &c, int link);

} // namespace LinkEdits
