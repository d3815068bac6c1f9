#pragma once

#include "core/model/comparison.h"
#include "core/present/noteplacer.h"
#include "ui/session/opennote.h"

#include <QString>

#include <functional>
#include <vector>

/// What happens to the open comparison's notes when its articles close, move or change, and where
/// they land. Free of widgets and of the session, like LinkEdits.
namespace NoteEdits {

/// Each note's columns after a close or a move: `newColumn` maps an old column to its new one, or
/// to -1 for a closed article. A note with an end in a closed article goes with it (a note on a
/// link to it as well: the link is gone). Returns how many went.
int remap(std::vector<OpenNote> &notes, const std::function<int(int)> &newColumn);
/// After the article in `column` was reloaded from `oldText` to `newText`: a note whose anchor no
/// longer covers the very same text is marked unplaced, not moved. Returns how many were marked.
int markChanged(std::vector<OpenNote> &notes, int column, const QString &oldText, const QString &newText);
/// Where each note lands in `c`, in list order; an unplaced note has its reason as `problem`.
std::vector<NotePlacement> place(const Comparison &c, const std::vector<OpenNote> &notes);
/// The notes the exports show: the placed ones (an unplaced note would be drawn on other text).
std::vector<ComparisonNote> exported(const std::vector<OpenNote> &notes);
/// The verdict in the window's words ("Disputed"), or "Note" for none.
QString verdictName(NoteVerdict verdict);

} // namespace NoteEdits
