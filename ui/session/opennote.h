#pragma once

#include "core/model/comparisonnote.h"

#include <QString>

/// A note of the comparison open in the window: the note itself, counted by column like every
/// other place in the open comparison, and whether it still stands on the text it was written on.
struct OpenNote
{
    ComparisonNote note;
    /// Why the note is not placed any more: its article was reloaded and the text under its anchor
    /// changed. Such a note is kept (it is the user's) and listed with this reason, but never
    /// moved to whatever text now stands at its code points. Empty while it is placed as written.
    QString unplaced;

    friend bool operator==(const OpenNote &, const OpenNote &) = default;
};
