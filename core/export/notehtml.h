#pragma once

#include "core/model/comparison.h"
#include "core/model/comparisonnote.h"
#include "core/present/noteplacer.h"

#include <QString>

#include <vector>

/// The fact-checker's notes in an HTML export, shared by the side-by-side and redline exports:
/// a marker beside each passage a note is on (its verdict as a word, a sign and a colour; its
/// text shown on hover and focus, and printed) and the list of all notes, each linking to its
/// markers. Note text is plain text: escaped, bidi controls shown as badges, never markup.
class NoteHtml
{
public:
    NoteHtml(const Comparison &comparison, const std::vector<ComparisonNote> &notes);

    bool isEmpty() const { return m_notes.empty(); }
    /// The rules for the markers and the list, appended to the export's style block (which the
    /// Content-Security-Policy hashes).
    static QString style();
    /// The markers of the notes on unit `unit` of `doc`, in note order; `firstShown` is the
    /// first unit of `doc` the cell (or paragraph) shows, so a note that starts above it is
    /// marked at its top. Each note end gets one marker id, at the first unit that asks for it.
    QString markersAt(int doc, int unit, const UnitRange &shown);
    /// Whether a note's passage (either end) overlaps units `units` of `doc`.
    bool touches(int doc, const UnitRange &units) const;
    /// The "Notes" section: a collapsible list with each note's verdict, articles, quoted
    /// passages and text. `linked`: each passage links to its marker (the redline, which has no
    /// markers, lists the notes only). Empty without notes.
    QString list(bool linked = true) const;

private:
    QString marker(int note, int end) const;
    QString verdictBadge(NoteVerdict verdict) const;
    QString passageLink(int note, int end, const NotePassage &passage, bool linked) const;
    static QString markerId(int note, int end) { return QStringLiteral("nm%1-%2").arg(note + 1).arg(end); }

    const Comparison &m_c;
    const std::vector<ComparisonNote> &m_notes;
    std::vector<NotePlacement> m_placed; ///< by note
    /// By note, by end (anchor, linkedTo): whether its marker (and id) is written yet.
    std::vector<std::array<bool, 2>> m_marked;
};
