#pragma once

#include "core/model/alignoptions.h"
#include "core/model/document.h"
#include "core/model/factchange.h"
#include "core/model/facttable.h"

#include <QString>

#include <array>
#include <vector>

/// A run of consecutive units (sentences, or paragraphs at paragraph granularity) in one
/// document. `count == 0` means absent.
struct UnitRange
{
    int first = 0;
    int count = 0;

    bool isEmpty() const { return count <= 0; }
    int end() const { return first + count; }
    bool contains(int unit) const { return unit >= first && unit < first + count; }

    friend bool operator==(const UnitRange &, const UnitRange &) = default;
};

enum class LinkKind {
    Match,     ///< the same wording once normalised under the options
    Divergent, ///< the same passage, edited or paraphrased
    /// Not the same passage: two passages each unique otherwise, about the same thing with
    /// different claims. Only with AlignOptions::relatedLinks; no word diff, no facts.
    Related,
};

/// One step of a word-level diff inside a link. `spans` is indexed by side like Link::ends, so
/// code for either document reads `spans[side]` without a branch. Spans are UTF-16 offsets into
/// the linked documents' texts; an Insert has an empty `spans[0]` positioned where the text
/// would go on side 0, a Delete an empty `spans[1]`.
struct WordEdit
{
    enum class Op {
        Equal,
        Replace,
        Delete, ///< on side 0, not on side 1
        Insert, ///< on side 1, not on side 0
    };
    Op op = Op::Equal;
    std::array<TextSpan, 2> spans;

    friend bool operator==(const WordEdit &, const WordEdit &) = default;
};

/// One side of a link: the passage of one document.
struct LinkEnd
{
    int doc = -1;
    UnitRange units; ///< more than one unit when the other side merged what this one had split
    TextSpan span;   ///< the text of `units` in documents[doc].text

    friend bool operator==(const LinkEnd &, const LinkEnd &) = default;
};

/// Two passages of two documents that correspond. Indexed by side so that code working for
/// one document writes `ends[side]` instead of branching on which document it is; side 0 is
/// always the lower document index (ends[0].doc < ends[1].doc), which keeps the JSON report's
/// "a"/"b" order and the direction of WordEdit::Op stable.
struct Link
{
    std::array<LinkEnd, 2> ends;
    LinkKind kind = LinkKind::Divergent;
    /// Out of the two documents' common order: one of them moved this passage.
    bool moved = false;
    /// Asserted by the user (an AlignOptions::manualLinks entry), not found by the engine.
    bool manual = false;
    /// Weighted word overlap in [0,1]; 1 for a match.
    double similarity = 0;
    /// The word-level diff of ends[0].span against ends[1].span, Equal steps included, in
    /// text order. Empty for matches.
    std::vector<WordEdit> edits;
    std::vector<FactChange> facts;

    /// 0 or 1 when the link joins `doc`, -1 when it does not touch it.
    int side(int doc) const { return ends[0].doc == doc ? 0 : ends[1].doc == doc ? 1 : -1; }
    /// The end in `doc`; the link must touch doc.
    const LinkEnd &end(int doc) const { return ends[size_t(side(doc))]; }
    /// The document at the other end from `doc`; the link must touch doc.
    int other(int doc) const { return ends[size_t(1 - side(doc))].doc; }

    friend bool operator==(const Link &, const Link &) = default;
};

/// A passage of one document with no counterpart in any other.
struct UniquePassage
{
    int doc = -1;
    UnitRange units;
    TextSpan span;

    friend bool operator==(const UniquePassage &, const UniquePassage &) = default;
};

/// One row of the synoptic view: for every document the passage that corresponds, or nothing.
struct SynopticRow
{
    /// Indexed by document; an empty range means the document has nothing in this row.
    std::vector<UnitRange> cells;
    /// Indices into Comparison::links that join cells of this row.
    std::vector<int> links;

    friend bool operator==(const SynopticRow &, const SynopticRow &) = default;
};

/// How one unit of one document fared.
enum class UnitStatus {
    Furniture, ///< page furniture, left out of the alignment
    Unique,    ///< no counterpart in any other document
    Divergent, ///< linked, but edited or paraphrased in every counterpart
    Match,     ///< identical (once normalised) in at least one other document
    Related,   ///< no counterpart, but a related passage elsewhere (AlignOptions::relatedLinks)
};

struct UnitInfo
{
    TextSpan span;
    UnitStatus status = UnitStatus::Unique;
    bool moved = false;     ///< linked by at least one moved link
    int row = -1;           ///< index into Comparison::rows
    int sharedWith = 0;     ///< how many other documents have a counterpart (related links aside)
    /// Indices into Comparison::links; related links come after all the others.
    std::vector<int> links;
};

struct DocumentStats
{
    int words = 0;          ///< words outside furniture
    int matchingWords = 0;  ///< in units with status Match
    int divergentWords = 0; ///< in units with status Divergent
    int uniqueWords = 0;    ///< in units with status Unique
    int relatedWords = 0;   ///< in units with status Related (0 unless AlignOptions::relatedLinks)

    double share(int part) const { return words > 0 ? double(part) / words : 0.0; }
};

/// The engine's result: a plain value the views and exporters only read.
struct Comparison
{
    std::vector<Document> documents;
    AlignOptions options;
    /// The granularity actually used (coarser than options.granularity when degraded).
    Granularity granularity = Granularity::Sentence;
    /// Why the engine did less than asked (e.g. degraded to paragraphs); empty normally.
    QString notice;
    /// The entries of options.manualLinks left out, each with why, in list order; empty normally.
    std::vector<RejectedConstraint> rejectedLinks;
    /// The reference article: the synoptic rows follow it and the highlight plan marks the
    /// others' changes against it. options.reference when valid, else the one most similar to
    /// all others.
    int baseDocument = 0;
    /// By document: the language (BCP-47) its words were read in, which chose its stemmer and
    /// function words (see UnitTable::language): options.language, else the document's entry in
    /// options.languages, else Document::language, else the others' most common, else "en".
    /// What reports state, where Document::language keeps what was identified on import.
    std::vector<QString> languages;

    std::vector<Link> links;
    std::vector<UniquePassage> unique;
    std::vector<SynopticRow> rows;
    /// units[doc][unit]: per-unit status, in document order.
    std::vector<std::vector<UnitInfo>> units;
    std::vector<DocumentStats> stats;
    /// similarity[i][j]: share of the two documents' words in linked passages, weighted by
    /// link similarity; 1 on the diagonal. Symmetric.
    std::vector<std::vector<double>> similarity;
    /// The facts of the whole article set by subject (FactTableBuilder, at the end of the
    /// alignment): which articles state what, agreements and conflicts.
    FactTable factTable;

    /// Unit `unit` of document `doc`: its span, status and links.
    const UnitInfo &unit(int doc, int index) const { return units[size_t(doc)][size_t(index)]; }
    /// The unit's text span in its document.
    TextSpan unitSpan(int doc, int index) const { return unit(doc, index).span; }
    TextSpan rangeSpan(int doc, const UnitRange &range) const;
};

QString nameOf(LinkKind kind);
QString nameOf(WordEdit::Op op);
QString nameOf(UnitStatus status);
