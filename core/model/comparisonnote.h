#pragma once

#include "core/model/textanchor.h"

#include <QDateTime>
#include <QString>

#include <optional>

/// What a fact-checker concluded about the passage or link a note is on.
enum class NoteVerdict {
    None, ///< a remark, no verdict
    Confirmed,
    Disputed,
    Unclear,
};

/// A fact-checker's note as the exporters and views read it: a session's note (SessionNote) with
/// its article turned into the column it is shown in, so it is counted like every other document
/// of a Comparison. Session::comparisonNotes() makes them; NotePlacer finds the passages they land on.
struct ComparisonNote
{
    /// The passage the note is on (TextAnchor::doc a column, the range in code points); absent for
    /// a note on the comparison as a whole.
    std::optional<TextAnchor> anchor;
    /// With `anchor`, the passage in another column that `anchor` is linked to: the note is on the
    /// link between the two rather than on one of them. Absent for a note on a passage.
    std::optional<TextAnchor> linkedTo;
    NoteVerdict verdict = NoteVerdict::None;
    /// Verbatim plain text, markup and control characters included: never to be read as markup.
    QString text;
    /// When it was written (UTC); invalid when unknown.
    QDateTime created;

    friend bool operator==(const ComparisonNote &, const ComparisonNote &) = default;
};

/// "none", "confirmed", "disputed", "unclear": the JSON report's words.
QString nameOf(NoteVerdict verdict);
