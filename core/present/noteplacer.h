#pragma once

#include "core/model/comparison.h"
#include "core/model/comparisonnote.h"
#include "core/text/codepointindex.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

/// One end of a placed note: the units (sentences or paragraphs, as aligned) its anchor overlaps.
struct NotePassage
{
    int doc = -1;      ///< a column, as TextAnchor::doc
    UnitRange units;   ///< never empty
    TextSpan span;     ///< the anchor's own range, in UTF-16 units of documents[doc].text

    friend bool operator==(const NotePassage &, const NotePassage &) = default;
};

/// Where a note sits in a comparison.
struct NotePlacement
{
    /// The passage of ComparisonNote::anchor, and of linkedTo for a note on a link. Both absent
    /// for a note on the whole comparison, and for one that could not be placed (`problem`).
    std::optional<NotePassage> at;
    std::optional<NotePassage> linkedAt;
    /// Why a note with an anchor could not be placed (an article that is not compared, a range
    /// outside the text or between passages); empty otherwise. Such a note is still shown, in
    /// lists, with this reason: it was written about text that is not there.
    QString problem;

    bool onComparison() const { return !at && problem.isEmpty(); }
    /// Whether either end lies in `units` of `doc`.
    bool touches(int doc, const UnitRange &units) const;
    /// The end in `doc` that overlaps `units`, if any.
    const NotePassage *endIn(int doc, const UnitRange &units) const;

    friend bool operator==(const NotePlacement &, const NotePlacement &) = default;
};

/// Maps notes (code-point ranges in columns) onto the units of a Comparison they overlap: the
/// one place the exporters and the window learn which passages a note is on. Furniture is not
/// trimmed off (unlike a manual link's ends): a note on "READ MORE:" is on that text.
class NotePlacer
{
    Q_DECLARE_TR_FUNCTIONS(NotePlacer)

public:
    explicit NotePlacer(const Comparison &comparison);

    NotePlacement place(const ComparisonNote &note) const;
    std::vector<NotePlacement> place(const std::vector<ComparisonNote> &notes) const;
    /// The units `anchor` overlaps, or nothing with why. An empty range [p, p) means the unit at p.
    std::optional<NotePassage> passageOf(const TextAnchor &anchor, QString *why) const;

private:
    const Comparison &m_c;
    std::vector<CodePointIndex> m_index; ///< by document
};
