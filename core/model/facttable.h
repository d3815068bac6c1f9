#pragma once

#include "core/model/factchange.h"
#include "core/model/textspan.h"

#include <QString>

#include <vector>

/// One place an article states a fact.
struct FactMention
{
    int doc = -1;  ///< index into Comparison::documents
    int unit = -1; ///< index into Comparison::units[doc]: a sentence, or a paragraph when degraded
    TextSpan span; ///< the fact as written, UTF-16 offsets into documents[doc].text
    QString text;  ///< documents[doc].slice(span), kept so readers need not slice
    /// The normal form, as FactChange::values: "12000", "~10000" (approximate), "2024-10-28",
    /// the folded words of a name or speaker.
    QString value;
    bool approximate = false; ///< "about 10,000", "thousands"; numbers only
    /// A vague quantity word ("thousands", "dozens"): listed, but it neither agrees with nor
    /// contradicts a figure.
    bool vague = false;
    /// Part of a conflict: another article states another value where this one is stated.
    bool conflicting = false;

    friend bool operator==(const FactMention &, const FactMention &) = default;
};

/// Every mention of one subject across the article set: one entry per subject, never one per
/// pair of articles.
struct FactTableEntry
{
    enum class Status {
        Agree,    ///< no two articles state incompatible values
        Conflict, ///< at least two articles state different values of the subject
    };
    FactChange::Kind kind = FactChange::Kind::Number;
    /// What the fact is about, as first written: the word a number counts ("troops"), the
    /// name, the speaker; for a date, the date; for dates that differ inside linked passages,
    /// the opening words of the passage.
    QString subject;
    Status status = Status::Agree;
    /// By document, then text order.
    std::vector<FactMention> mentions;

    /// The documents with a mention, ascending, each once.
    std::vector<int> articles() const;
    /// The distinct values stated, in the order first mentioned.
    std::vector<QString> values() const;
    /// No conflict, yet several values (a vague "thousands" beside "12,000", ages of different
    /// people in different sentences): no agreement either.
    bool severalValuesNoConflict() const { return status == Status::Agree && values().size() > 1; }

    friend bool operator==(const FactTableEntry &, const FactTableEntry &) = default;
};

/// The fact table of a comparison: what each fact-stating subject is given as, article by
/// article. Lists the subjects that at least two articles state, and every conflict; subjects
/// only one article states are counted, not listed, so that the table is no index of the text.
struct FactTable
{
    /// Conflicts first, then by how many articles state the subject (most first), then in the
    /// order of the first mention.
    std::vector<FactTableEntry> entries;
    /// Subjects stated by one article only (no conflict possible), not in `entries`.
    int singleArticleSubjects = 0;

    int conflictCount() const;

    friend bool operator==(const FactTable &, const FactTable &) = default;
};

QString nameOf(FactTableEntry::Status status);
