#pragma once

#include "core/model/textanchor.h"

#include <QString>

#include <array>

/// A user's correction of the alignment: two passages of two documents that correspond
/// (`linked`), or that must never be linked. The engine links the units the two anchors overlap
/// as one link (flagged Link::manual), with nothing else linked to them in that pair of documents,
/// or keeps every unit of one anchor from being linked to any unit of the other; it aligns the
/// rest around that. The ends may come in either document order.
struct LinkConstraint
{
    std::array<TextAnchor, 2> ends;
    /// true: "these passages correspond"; false: "never link these two".
    bool linked = true;

    friend bool operator==(const LinkConstraint &, const LinkConstraint &) = default;
};

/// A constraint the engine could not honour and left out.
struct RejectedConstraint
{
    int index = -1; ///< into AlignOptions::manualLinks
    QString reason; ///< a phrase for a message ("the anchor in article 2 ends past its text")

    friend bool operator==(const RejectedConstraint &, const RejectedConstraint &) = default;
};
