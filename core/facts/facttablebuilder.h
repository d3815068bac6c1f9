#pragma once

#include "core/facts/factlexicon.h"
#include "core/facts/factpassage.h"
#include "core/model/comparison.h"

#include <QSet>
#include <QString>
#include <QtGlobal>

#include <vector>

/// Builds the article set's fact table (FactTable): every fact of every unit of every article,
/// grouped by kind and subject, with agreements and conflicts.
///
/// Subjects: a number is about the word it counts ("12,000 troops", "about 10,000 North Korean
/// troops", "thousands of troops": all "troops", stemmed), a name about itself, an attribution
/// about its speaker, a quotation about its words, a date about its value. Numbers of one
/// subject conflict across articles when two articles give different figures, neither states
/// the other's, and the two sentences are about the same thing: they share a content word
/// besides the subject, no two different periods ("over 9,000 entries in the first eight
/// months", "over 20,000 in the first year") and no two different dates (Wikipedia's "20,000 articles in 2002" and
/// "100,000 articles by 2003" are no conflict). Vague quantities ("thousands") are listed but
/// never conflict. Dates that differ inside a linked passage (the link's own fact changes) are
/// one conflict entry per passage. The sentences need not be linked: facts are paired by what
/// they are about, not by where the aligner put them.
class FactTableBuilder
{
public:
    /// `lexicons` and `wordClasses` by document, as FactDetector keeps them (its extraction
    /// tables are reused, not rebuilt); `wordClasses` is a cache filled as words are asked about.
    FactTableBuilder(const std::vector<FactLexicon> &lexicons, std::vector<std::vector<quint16>> &wordClasses);

    FactTable build(const Comparison &c) const;

private:
    /// One fact found, with what its subject and context are (for conflicts).
    struct Found
    {
        FactChange::Kind kind;
        QString key; ///< the subject's matching form: kind and key make the entry
        QString subject;
        FactMention mention;
        int context = -1; ///< index into the unit contexts
    };
    /// What a unit is about: its content words' stems and its dates.
    struct Context
    {
        QSet<QString> words;
        QSet<QString> dates;
        /// Periods a figure may be stated for: "eight month" ("in the first eight months"),
        /// "first year"; lead word and stemmed period word.
        QSet<QString> periods;
    };

    void collect(const Comparison &c, int doc, std::vector<Found> &out, std::vector<Context> &contexts) const;
    static bool sameMatter(const Context &x, const Context &y, const QString &subject);
    static void markConflicts(FactTableEntry &e, const std::vector<const Found *> &found,
                              const std::vector<Context> &contexts);
    static void addLinkedDateConflicts(const Comparison &c, FactTable &table);

    const std::vector<FactLexicon> &m_lexicons;
    std::vector<std::vector<quint16>> &m_wordClasses;
};
