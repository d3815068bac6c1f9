#pragma once

#include "core/model/linkconstraint.h"

#include <QString>

#include <vector>

/// What the engine aligns: sentences (default) or whole paragraphs.
enum class Granularity {
    Sentence,
    Paragraph,
};

/// Every setting of one comparison. A plain value; each field documents its default.
struct AlignOptions
{
    /// Unit of alignment. Default: Sentence.
    Granularity granularity = Granularity::Sentence;
    /// Least similarity in [0,1] for two passages to be linked as the same passage edited or
    /// paraphrased (`divergent`). Lower finds looser paraphrases and more false links.
    /// Default 0.38, calibrated on the development sets together (README, Evaluation): the seed
    /// pair scores F1 1.00 from 0.30 to 0.45, the CSTNews clusters best around 0.38, the
    /// headlines' F1 is flat from 0.35 to 0.41.
    double divergentThreshold = 0.38;
    /// Also link passages left unique that tell of the same thing as a unique passage of another
    /// article without telling the same (same topic, different claims): `LinkKind::Related`
    /// links, which never change the other links, the rows or the statistics of the others.
    /// Default off: a related link is no edit, and scorers that know only edits count it as one.
    bool relatedLinks = false;
    /// Least similarity in [0,1] for a related link; below `divergentThreshold` by design (at or
    /// above it two unique passages would have been linked unless their facts conflict). A pair
    /// must also share specific evidence: a name, a number or a content word no more than one
    /// other passage of the compared set has. Only read when `relatedLinks` is on. Default
    /// 0.25, chosen on the CSTNews development clusters (README, Evaluation): 0.9 related links a
    /// cluster, 22% of them between sentences the gold relates (0.20: 2.9, 17%; 0.30: none).
    double relatedThreshold = 0.25;
    /// Fold case when comparing words. Default on.
    bool ignoreCase = true;
    /// Ignore punctuation and symbols (commas, quotes, dashes) when comparing. Default off:
    /// a changed quotation mark or dropped comma keeps a passage from being a `match`.
    bool ignorePunctuation = false;
    /// Treat every digit as the same digit ("12,000" = "10,000"). Default off.
    bool ignoreDigits = false;
    /// Fold diacritics ("café" = "cafe"). Default off.
    bool ignoreDiacritics = false;
    /// Language of every document as a BCP-47 code ("pt"), overriding each
    /// Document::language: it chooses the stemmer and the function words. Default empty: each
    /// document's own (a document without one takes the language most of the others have,
    /// else English).
    QString language;
    /// Language of one document (BCP-47), by document index, overriding that document's
    /// Document::language (the window's "Language" menu, a session's per-article choice). An
    /// empty entry, or a document past the end, keeps its own; `language`, when set, overrides
    /// these too. Default empty.
    std::vector<QString> languages;
    /// Leave page furniture ("Top News", "READ MORE:") out of the alignment. Default on.
    bool ignoreFurniture = true;
    /// Above this many units (sentences or paragraphs) in one document, sentence granularity
    /// degrades to paragraphs so no input can stall the viewer; the Comparison says so.
    /// Default 200,000.
    int maxUnitsPerDocument = 200000;
    /// The reference article (textual scholars' base text), an index into the documents: the
    /// synoptic rows follow it and the others' changes are marked against it. Default -1: the
    /// engine chooses the article most similar to all the others (the medoid). An index out of
    /// range also means "choose", so a stale value can never address a missing document.
    int reference = -1;
    /// The user's corrections: passages linked or kept apart whatever the similarity says, the
    /// rest aligned around them. Anchors count documents like `reference` (the order they are
    /// given to the engine). One the engine cannot honour (an anchor out of range or between
    /// units, a contradiction of an earlier one at this granularity) is left out and named in
    /// Comparison::rejectedLinks. Default empty.
    std::vector<LinkConstraint> manualLinks;

    friend bool operator==(const AlignOptions &, const AlignOptions &) = default;
};
