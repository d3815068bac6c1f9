#include "ui/session/linkedits.h"

#include "core/text/codepointindex.h"

#include <algorithm>

namespace {

bool overlaps(const TextAnchor &x, const TextAnchor &y)
{
    return x.doc == y.doc && x.start < y.end && y.start < x.end;
}

/// Whether `c` joins a passage overlapping `a` with one overlapping `b`, in either order.
bool joins(const LinkConstraint &c, const TextAnchor &a, const TextAnchor &b)
{
    return (overlaps(c.ends[0], a) && overlaps(c.ends[1], b)) || (overlaps(c.ends[0], b) && overlaps(c.ends[1], a));
}

} // namespace

namespace LinkEdits {

TextAnchor anchor(const Comparison &c, int doc, const TextSpan &span)
{
    const CodePointIndex index(c.documents[size_t(doc)].text);
    return {doc, index.toCodePoints(span.start), index.toCodePoints(span.end)};
}

std::vector<LinkConstraint> withLink(std::vector<LinkConstraint> links, const TextAnchor &a, const TextAnchor &b)
{
    std::erase_if(links, [&](const LinkConstraint &c) { return joins(c, a, b); });
    links.push_back({{a, b}, true});
    return links;
}

std::vector<LinkConstraint> withoutLink(std::vector<LinkConstraint> links, const Comparison &c, int link)
{
    const Link &l = c.links[size_t(link)];
    const TextAnchor a = anchor(c, l.ends[0].doc, l.ends[0].span);
    const TextAnchor b = anchor(c, l.ends[1].doc, l.ends[1].span);
    const auto before = links.size();
    std::erase_if(links, [&](const LinkConstraint &k) { return k.linked && joins(k, a, b); });
    // A manual link none of whose constraints is found here (they were edited since) is kept
    // apart like any other: the user asked for the two passages to be separate.
    if (!l.manual || links.size() == before)
        links.push_back({{a, b}, false});
    return links;
}

} // namespace LinkEdits
