#include "core/present/movedplaces.h"

#include <algorithm>

std::vector<UnitRef> MovedPlaces::otherEnds(const Comparison &c, int doc, const UnitRange &units)
{
    std::vector<UnitRef> out;
    for (int u = units.first; u < units.end(); ++u) {
        for (int k : c.units[size_t(doc)][size_t(u)].links) {
            const Link &l = c.links[size_t(k)];
            if (!l.moved)
                continue;
            const UnitRef other{l.other(doc), l.end(l.other(doc)).units.first};
            if (std::find(out.begin(), out.end(), other) == out.end())
                out.push_back(other);
        }
    }
    return out;
}

int MovedPlaces::count(const Comparison &c)
{
    return int(std::count_if(c.links.begin(), c.links.end(), [](const Link &l) { return l.moved; }));
}

int MovedPlaces::countIn(const Comparison &c, int doc)
{
    return int(std::count_if(c.links.begin(), c.links.end(), [doc](const Link &l) { return l.moved && l.side(doc) >= 0; }));
}
