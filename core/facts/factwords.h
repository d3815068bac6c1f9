#pragma once

#include <QChar>
#include <QString>
#include <QtGlobal>

#include <initializer_list>
#include <optional>

/// The fact stage's word lists (English, Portuguese, German), asked by matching form
/// (Word::norm): which words lead or make a date, qualify or scale a number, report speech or
/// name a speaker. Lists the lexicon cannot answer, since they are the detectors' own.
class FactWords
{
public:
    /// Which of the lists a matching form is in (classify()): the tokenizer caches these bits
    /// per form, since the lists are checked for every word of every divergent link.
    enum Class : quint16 {
        Classified = 1 << 0, ///< the other bits are known
        RelativeDayWord = 1 << 1,
        PeriodWord = 1 << 2,
        VagueQuantityWord = 1 << 3,
        OrdinalWord = 1 << 4,
        AttributionVerb = 1 << 5,
    };
    static quint16 classify(const QString &norm);

    /// `w` is one of `words`. Inline and compared by hand: the detectors ask this of every word
    /// of every divergent link, and most words differ from a list entry at their first letter.
    static bool inSet(const QString &w, std::initializer_list<const char16_t *> words)
    {
        for (const char16_t *x : words) {
            if (equalsLiteral(w, x))
                return true;
        }
        return false;
    }

    /// "week", "month", "years": the second word of "this week", "last month".
    static bool isPeriodWord(const QString &w);
    /// "this", "last", "next": the first word of a period.
    static bool isPeriodLead(const QString &w);
    /// Offset in days of a relative date ("tomorrow" 1), nullopt for other words.
    static std::optional<int> relativeDay(const QString &w);
    /// Words that say a number is not exact, before it.
    static bool isApproximator(const QString &w);
    /// Approximators that can stand alone before the number ("about 10,000").
    static bool isLeadingApproximator(const QString &w);
    /// Factor of a scale word ("thousand" 1e3, "bn" 1e9), 0 for other words.
    static double scaleOf(const QString &w);
    /// Value of a plural round number that is a quantity on its own ("thousands" 1000), 0 for
    /// other words.
    static bool isNamingWord(const QString &w);
    static double vagueQuantity(const QString &w);
    /// Words after which a spelled-out number word is not followed by what it counts.
    static bool isFunctionWord(const QString &w);
    /// Spelled-out "one" in each language.
    static bool isOneWord(const QString &w);
    /// "said", "according", "disse".
    static bool isAttributionVerb(const QString &w);
    /// Speakers that are not names but still say who is talking ("police", "officials").
    static bool isSpeakerNoun(const QString &w);
    /// Titles before a name ("Minister", "President").
    static bool isTitle(const QString &w);
    /// Double quotation marks, straight, curly and angled.
    static bool isQuoteChar(QChar c)
    {
        return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E' || c == u'\u00AB' || c == u'\u00BB';
    }

private:
    static bool equalsLiteral(const QString &w, const char16_t *x)
    {
        const QChar *c = w.constData();
        const qsizetype n = w.size();
        qsizetype i = 0;
        for (; x[i]; ++i) {
            if (i >= n || c[i].unicode() != x[i])
                return false;
        }
        return i == n;
    }
};
