#pragma once

#include "core/model/document.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

/// What the fact stage knows about the words of one document: its language, which of its
/// capitalised words are names, the spelled-out numbers and the month and weekday names of that
/// language. Built once per document; lookups are cached, so one lexicon is used from one thread.
class FactLexicon
{
public:
    explicit FactLexicon(const Document &doc);

    /// ISO 639-1 code guessed from function words and script: "en", "pt", "de", "ja", "zh", or
    /// "en" when nothing else fits (the detectors' word lists are English).
    const QString &language() const { return m_language; }

    /// Whether the word `text` (as written; `norm` its matching form) is a name. A capitalised
    /// word is a name only with evidence: absent from the language's Hunspell dictionary in
    /// lower case ("Zelenskyy", "Seoul": the dictionary has no "seoul"), or, for a dictionary
    /// word, capitalised in the middle of at least two sentences of the document that are not
    /// in title case and never written in lower case there ("Goring" yes; "Surely", "Listen",
    /// the headline's "Allowed" no). Without a dictionary for the language only the second test
    /// applies.
    bool isName(QStringView text, const QString &norm) const;

    /// Value of a spelled-out number word or hyphenated group in the document's language
    /// ("twelve", "twenty-five", "dez", "zwölf"), parsed with ICU's spell-out rules; nullopt for
    /// anything else. Ordinals are not numbers here.
    std::optional<double> spelledNumber(const QString &norm) const;

    /// Month number 1..12 for a month name or abbreviation of the document's language (and
    /// English), 0 otherwise.
    int month(const QString &norm) const;
    /// Weekday 1..7 (ICU: Sunday = 1) for a weekday name, 0 otherwise.
    int weekday(const QString &norm) const;
    /// Weekday names of the language written without spaces (Japanese, Chinese): searched as
    /// substrings of ideographic text, since the word breaker may split them. Wide form first.
    const QList<std::pair<QString, int>> &ideographicWeekdays() const { return m_ideographicWeekdays; }

private:
    QString m_language;
    QSet<QString> m_lowercase;             ///< matching forms seen written in lower case
    QHash<QString, int> m_capitalisedMid;  ///< matching form -> sentences where capitalised mid-sentence
    QHash<QString, int> m_months, m_weekdays;
    QList<std::pair<QString, int>> m_ideographicWeekdays;
    mutable QHash<QString, bool> m_nameCache;
    mutable QHash<QString, std::optional<double>> m_numberCache;
};
