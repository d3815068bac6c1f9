#pragma once

#include "core/model/document.h"
#include "core/text/formhash.h"
#include "core/text/formtable.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <unordered_map>
#include <vector>

/// What the fact stage knows about the words of one document: its language, which of its
/// capitalised words are names, the spelled-out numbers and the month and weekday names of that
/// language. Built once per document; lookups are cached, so one lexicon is used from one thread.
///
/// The per-word questions come in two forms: by index into Document::words, answered from
/// tables kept per distinct matching form of the document (one hash look-up per word at
/// construction, none afterwards: the fact stage asks about every word of every divergent
/// link), and by matching form, for words that are not the document's (hyphenated groups).
class FactLexicon
{
public:
    /// `language`: the BCP-47 code the document is read in (Comparison::languages: the user's
    /// choice, else the identified one); its primary subtag picks the dictionary, the number and
    /// calendar words. Empty: guessed from the document's function words and script.
    explicit FactLexicon(const Document &doc, const QString &language = {});

    /// Begins reading the dictionary of `language` (BCP-47, as given to the constructor) on a
    /// worker thread, so that the first name question of a lexicon of that language waits less
    /// or not at all. Without it the dictionary is read on that first question.
    static void preloadDictionary(const QString &language);

    /// Same as the functions below for word `word` (index into Document::words) of the
    /// document the lexicon was built for.
    bool isNameWord(int word) const;
    /// Distinct matching form of word `word`, 0..formCount()-1: for callers that keep their own
    /// tables by form.
    int form(int word) const { return m_doc.words[size_t(word)].norm; }
    int formCount() const { return int(m_doc.norms.size()); }
    std::optional<double> spelledNumberWord(int word) const;
    int monthWord(int word) const;
    int weekdayWord(int word) const;

    /// ISO 639 code the document's facts are read in: the primary subtag of the language given
    /// on construction, else one guessed from function words and script ("en", "pt", "de", "ja",
    /// "zh", or "en" when nothing else fits: the detectors' word lists are English).
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
    /// Whether the document marks speech with quotation marks at all. Editions and translations
    /// that never do (the King James Bible, many older texts) cannot drop a quotation: their
    /// speech is there unmarked.
    bool marksQuotations() const { return m_marksQuotations; }
    /// How many times, up to `enough`, words [first, end) of `doc` open speech unmarked: a
    /// reporting verb, a few words, a comma, a capital ("said unto the reapers, The LORD be with
    /// you").
    static int unmarkedSpeech(const Document &doc, int first, int end, int enough);

private:
    static QString primaryLanguage(const QString &language);
    size_t formOf(int word) const { return size_t(m_doc.words[size_t(word)].norm); }
    void lookUpCalendar(size_t form) const;
    static bool emphasised(QStringView text);
    static bool marksQuotations(const Document &doc);
    static bool opensUnmarkedSpeech(const Document &doc, int word);
    static bool opensQuotation(const Document &doc, int word);
    bool nameByEvidence(const QString &norm, bool evidence, bool writtenLower) const;
    std::optional<double> spelledNumberOfForm(size_t form) const;
    std::optional<double> parseSpelledNumber(const QString &norm) const;

    const Document &m_doc;
    QString m_language;
    QHash<QString, int> m_months, m_weekdays;
    /// Matching form -> (month, weekday), shared by the lexicons of one language.
    const std::unordered_map<QString, std::pair<qint8, qint8>, FormHash> *m_calendar = nullptr;
    QList<std::pair<QString, int>> m_ideographicWeekdays;
    bool m_marksQuotations = false;

    // Tables by form: a form is a distinct matching form of the document (Document::norms).
    std::vector<bool> m_formLowercase;     ///< seen written in lower case
    std::vector<int> m_formCapitalisedMid; ///< sentences where capitalised mid-sentence (not title case)
    mutable std::vector<qint8> m_formMonth;   ///< 1..12, 0 for none, -1 not yet looked up
    mutable std::vector<qint8> m_formWeekday; ///< 1..7, 0 for none, -1 not yet looked up
    mutable std::vector<qint8> m_formName; ///< -1 not yet known, else 0 or 1
    mutable std::vector<std::optional<double>> m_formNumber;
    mutable std::vector<bool> m_formNumberKnown;

    mutable QHash<QString, bool> m_nameCache;
    mutable QHash<QString, std::optional<double>> m_numberCache;
};
