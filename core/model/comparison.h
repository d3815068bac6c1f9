#pragma once

#include "core/model/alignoptions.h"
#include "core/model/document.h"

#include <QString>

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
};

/// One step of a word-level diff inside a link. Spans are UTF-16 offsets into the linked
/// documents' texts; an Insert has an empty `a` positioned where the text would go in a, a
/// Delete an empty `b`.
struct WordEdit
{
    enum class Op {
        Equal,
        Replace,
        Delete, ///< in a, not in b
        Insert, ///< in b, not in a
    };
    Op op = Op::Equal;
    TextSpan a;
    TextSpan b;

    friend bool operator==(const WordEdit &, const WordEdit &) = default;
};

/// A difference inside a divergent link that matters to a fact-checker.
struct FactChange
{
    enum class Kind {
        Number,      ///< numbers and quantities: "12,000" vs "about 10,000", "thousands"
        Date,        ///< dates and times: "this week" vs "Oct. 28"
        Name,        ///< capitalised names changed, added or dropped
        Quote,       ///< quoted text changed or dropped
        Attribution, ///< "Lee said", "according to ..." dropped or changed
    };
    Kind kind = Kind::Number;
    TextSpan a; ///< empty when the fact is absent from a (added in b)
    TextSpan b; ///< empty when the fact is absent from b (dropped)

    friend bool operator==(const FactChange &, const FactChange &) = default;
};

/// Two passages of two documents that correspond. `a < b` always (document indices).
struct Link
{
    int a = -1;
    int b = -1;
    UnitRange aUnits; ///< more than one unit when b merged what a had split
    UnitRange bUnits;
    TextSpan aSpan;   ///< the text of aUnits in documents[a].text
    TextSpan bSpan;
    LinkKind kind = LinkKind::Divergent;
    /// Out of the two documents' common order: one of them moved this passage.
    bool moved = false;
    /// Weighted word overlap in [0,1]; 1 for a match.
    double similarity = 0;
    /// The word-level diff of aSpan against bSpan, Equal steps included, in text order.
    /// Empty for matches.
    std::vector<WordEdit> edits;
    std::vector<FactChange> facts;

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
};

struct UnitInfo
{
    TextSpan span;
    UnitStatus status = UnitStatus::Unique;
    bool moved = false;     ///< linked by at least one moved link
    int row = -1;           ///< index into Comparison::rows
    int sharedWith = 0;     ///< how many other documents have a counterpart
    std::vector<int> links; ///< indices into Comparison::links
};

struct DocumentStats
{
    int words = 0;          ///< words outside furniture
    int matchingWords = 0;  ///< in units with status Match
    int divergentWords = 0; ///< in units with status Divergent
    int uniqueWords = 0;    ///< in units with status Unique

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
    /// Document the synoptic rows follow (the one most similar to all others).
    int baseDocument = 0;

    std::vector<Link> links;
    std::vector<UniquePassage> unique;
    std::vector<SynopticRow> rows;
    /// units[doc][unit]: per-unit status, in document order.
    std::vector<std::vector<UnitInfo>> units;
    std::vector<DocumentStats> stats;
    /// similarity[i][j]: share of the two documents' words in linked passages, weighted by
    /// link similarity; 1 on the diagonal. Symmetric.
    std::vector<std::vector<double>> similarity;

    /// The unit's text span in its document.
    TextSpan unitSpan(int doc, int unit) const { return units[size_t(doc)][size_t(unit)].span; }
    TextSpan rangeSpan(int doc, const UnitRange &range) const;
};

QString nameOf(LinkKind kind);
QString nameOf(FactChange::Kind kind);
QString nameOf(WordEdit::Op op);
QString nameOf(UnitStatus status);
