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

/// A fact-checker's note on a passage, on a link between two passages, or on the comparison as a
/// whole. `Anchor` says how a place is counted: SessionNote (core/session/session.h) by article,
/// as a session file keeps it; ComparisonNote by column, as the exporters and views read it.
template<class Anchor>
struct NoteOn
{
    /// The passage the note is on; absent for a note on the comparison as a whole.
    std::optional<Anchor> anchor;
    /// With `anchor`, the passage in another article that `anchor` is linked to: the note is on
    /// the link between the two rather than on one of them. Absent for a note on a passage.
    std::optional<Anchor> linkedTo;
    NoteVerdict verdict = NoteVerdict::None;
    /// Verbatim plain text, markup and control characters included: never to be read as markup.
    QString text;
    /// When it was written (UTC); invalid when unknown.
    QDateTime created;

    /// The same note with each place counted another way (`map` turns one Anchor into an Other).
    template<class Other, class Map>
    NoteOn<Other> withAnchors(Map map) const
    {
        const auto mapped = [&](const std::optional<Anchor> &a) { return a ? std::optional<Other>(map(*a)) : std::nullopt; };
        return {mapped(anchor), mapped(linkedTo), verdict, text, created};
    }

    friend bool operator==(const NoteOn &, const NoteOn &) = default;
};

/// A note with its places in columns (TextAnchor::doc, code points), so it is counted like every
/// other document of a Comparison. Session::comparisonNotes() makes them; NotePlacer finds the
/// passages they land on.
using ComparisonNote = NoteOn<TextAnchor>;

/// "none", "confirmed", "disputed", "unclear": the JSON report's words.
QString nameOf(NoteVerdict verdict);
