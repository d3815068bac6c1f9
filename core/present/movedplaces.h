#pragma once

#include "core/model/comparison.h"
#include "core/model/unitref.h"

#include <vector>

/// Where moved passages are. In synoptic rows a moved link pulls nothing level (see
/// RowBuilder), so each end stands in its own article's order; the window, the HTML and the
/// statistics use these to mark both places, jump between them and count them.
class MovedPlaces
{
public:
    /// The other ends (their first units) of the moved links of `doc`'s units in `units`, in
    /// link order, without repeats.
    static std::vector<UnitRef> otherEnds(const Comparison &comparison, int doc, const UnitRange &units);
    /// Moved links in the whole comparison.
    static int count(const Comparison &comparison);
    /// Moved links with an end in `doc`.
    static int countIn(const Comparison &comparison, int doc);
};
