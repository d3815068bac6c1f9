#include "core/facts/factlexicon.h"

#include "core/facts/factwords.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <hunspell/hunspell.hxx>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/parsepos.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <future>
#include <map>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {

icu::UnicodeString toIcu(QStringView s)
{
    return icu::UnicodeString(reinterpret_cast<const char16_t *>(s.utf16()), int32_t(s.size()));
}

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

// Hunspell dictionaries, loaded once per process and shared: Hunspell::spell is not const, so
// calls go through the mutex. SYNOPTIC_HUNSPELL_DIR overrides the Debian location.
struct Dictionaries
{
    /// One language's dictionary (null when none is installed) and its answers so far: the
    /// articles of one comparison share most of their words, and every lexicon asks about its
    /// own forms, so without the answers each article paid Hunspell again for the same words.
    /// Bounded by the vocabulary read in the process.
    struct Language
    {
        /// Valid from preload() until the first question takes its dictionary.
        std::future<std::unique_ptr<Hunspell>> loading;
        std::unique_ptr<Hunspell> hunspell;
        bool loaded = false;
        QHash<QString, bool> answers;
    };
    std::mutex mutex;
    std::map<QString, Language> byLanguage;

    // Never freed: tearing down a dictionary's hundred thousand entries at exit cost a fifth of
    // a short comparison's time, and the process is ending anyway. A dictionary still being read
    // then is waited for, so that no thread is left inside Hunspell while the process ends.
    static Dictionaries &instance()
    {
        static Dictionaries *const d = new Dictionaries;
        static const struct Finish {
            ~Finish() { d->finishLoading(); }
        } finish;
        return *d;
    }

    void finishLoading()
    {
        const std::lock_guard lock(mutex);
        for (auto &[language, l] : byLanguage) {
            if (l.loading.valid())
                l.loading.wait();
        }
    }

    // Reading a dictionary costs as much as aligning a short pair: begun on a worker thread
    // while the comparison is prepared, and waited for by the first question only.
    void preload(const QString &language)
    {
        const std::lock_guard lock(mutex);
        const auto [it, added] = byLanguage.try_emplace(language);
        if (added)
            it->second.loading = std::async(std::launch::async, [language] { return open(language); });
    }

    // nullopt when the language has no dictionary installed.
    std::optional<bool> spell(const QString &language, const QString &word)
    {
        const std::lock_guard lock(mutex);
        Language &l = byLanguage[language];
        if (!l.loaded) {
            l.hunspell = l.loading.valid() ? l.loading.get() : open(language);
            l.loaded = true;
        }
        if (!l.hunspell)
            return std::nullopt;
        if (const auto known = l.answers.constFind(word); known != l.answers.cend())
            return *known;
        const bool utf8 = l.hunspell->get_dict_encoding() == "UTF-8";
        const QByteArray bytes = utf8 ? word.toUtf8() : word.toLatin1();
        const bool correct = l.hunspell->spell(bytes.toStdString());
        l.answers.insert(word, correct);
        return correct;
    }

private:
    // Null when the language has no dictionary installed. Hunspell's constructor sets up a
    // process-wide table without a lock (initialize_utf_tbl in csutil), so two dictionaries are
    // never built at once; spell() only reads that table once it is built.
    static std::unique_ptr<Hunspell> open(const QString &language)
    {
        static std::mutex building;
        static const std::map<QString, QString> files{{u"en"_s, u"en_US"_s}, {u"pt"_s, u"pt_BR"_s},
                                                      {u"de"_s, u"de_DE"_s}};
        const auto f = files.find(language);
        if (f == files.end())
            return nullptr;
        const QDir dir(qEnvironmentVariable("SYNOPTIC_HUNSPELL_DIR", u"/usr/share/hunspell"_s));
        const QString aff = dir.filePath(f->second + u".aff"_s), dic = dir.filePath(f->second + u".dic"_s);
        if (!QFile::exists(aff) || !QFile::exists(dic))
            return nullptr;
        const std::lock_guard lock(building);
        return std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
    }
};

QString guessLanguage(const Document &d)
{
    int kana = 0, han = 0;
    for (const Word &w : d.words) {
        if (w.kind != WordKind::Ideographic)
            continue;
        for (QChar c : d.slice(w.span)) {
            const ushort u = c.unicode();
            if ((u >= 0x3040 && u <= 0x30FF))
                ++kana;
            else if (u >= 0x4E00 && u <= 0x9FFF)
                ++han;
        }
    }
    if (kana > 0)
        return u"ja"_s;
    if (han > 0)
        return u"zh"_s;
    // Function words counted in the first 5,000 letter words, by form: each form is looked up
    // in the lists once.
    std::vector<int> occurrences(d.norms.size(), 0);
    int seen = 0;
    for (size_t i = 0; i < d.words.size(); ++i) {
        if (d.words[i].kind != WordKind::Letter)
            continue;
        ++occurrences[size_t(d.words[i].norm)];
        if (++seen > 5000)
            break;
    }
    // Bit 0: English, 1: Portuguese, 2: German.
    static const QHash<QString, int> functionWords = [] {
        QHash<QString, int> h;
        for (const char16_t *w : {u"the", u"and", u"of", u"to", u"is", u"was", u"that", u"with"})
            h[QString::fromUtf16(w)] |= 1;
        for (const char16_t *w : {u"de", u"que", u"os", u"da", u"do", u"em", u"um", u"uma", u"não", u"com", u"para"})
            h[QString::fromUtf16(w)] |= 2;
        for (const char16_t *w : {u"der", u"die", u"das", u"und", u"ist", u"nicht", u"mit", u"den", u"ein", u"eine", u"zu"})
            h[QString::fromUtf16(w)] |= 4;
        return h;
    }();
    int counts[3] = {0, 0, 0};
    const std::vector<QString> &forms = d.norms.forms();
    for (size_t f = 0; f < forms.size(); ++f) {
        // The lists' words have five letters at most.
        if (occurrences[f] == 0 || forms[f].size() > 5)
            continue;
        const int languages = functionWords.value(forms[f], 0);
        for (int l = 0; l < 3; ++l)
            counts[l] += (languages >> l) & 1 ? occurrences[f] : 0;
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2])
        return u"pt"_s;
    if (counts[2] > counts[0] && counts[2] > counts[1])
        return u"de"_s;
    // No function word of the lists ("A busca durou quase três dias na serra."): the language
    // identified on import, where the fact stage knows it, rather than English by default.
    if (counts[0] == 0 && FactWords::inSet(d.language, {u"pt", u"de"}))
        return d.language;
    return u"en"_s;
}

// A sentence in title case ("Saudi Women Allowed To Compete At Olympics") says nothing about
// which of its words are names.
bool titleCase(const Document &d, const Sentence &s)
{
    int letters = 0, capitals = 0;
    for (int i = s.firstWord; i < s.firstWord + s.wordCount; ++i) {
        const Word &w = d.words[size_t(i)];
        if (w.kind != WordKind::Letter)
            continue;
        ++letters;
        capitals += d.slice(w.span).front().isUpper();
    }
    return letters >= 3 && capitals * 2 > letters;
}

void addNames(QHash<QString, int> &out, const icu::UnicodeString *names, int32_t count, bool abbreviated)
{
    for (int32_t i = 0; i < count; ++i) {
        QString n = fromIcu(names[i]).toCaseFolded();
        if (abbreviated && n.endsWith(u'.'))
            n.chop(1);
        // Abbreviations of one letter ("M" for Monday in some locales) would catch anything.
        if (n.size() >= 3 && !out.contains(n))
            out.insert(n, int(i));
    }
}

void addCalendarNames(QHash<QString, int> &months, QHash<QString, int> &weekdays,
                      QList<std::pair<QString, int>> &ideographic, const char *locale, bool ideographicScript)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale(locale), status);
    if (U_FAILURE(status))
        return;
    for (const auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
        int32_t count = 0;
        const bool abbreviated = width == icu::DateFormatSymbols::ABBREVIATED;
        const icu::UnicodeString *m = symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, width);
        QHash<QString, int> monthIndex;
        addNames(monthIndex, m, count, abbreviated);
        for (auto it = monthIndex.cbegin(); it != monthIndex.cend(); ++it)
            months.insert(it.key(), it.value() + 1);
        const icu::UnicodeString *w = symbols.getWeekdays(count, icu::DateFormatSymbols::FORMAT, width);
        // getWeekdays is indexed from 1 (UCAL_SUNDAY); entry 0 is empty.
        QHash<QString, int> dayIndex;
        addNames(dayIndex, w, count, abbreviated);
        for (auto it = dayIndex.cbegin(); it != dayIndex.cend(); ++it) {
            weekdays.insert(it.key(), it.value());
            if (ideographicScript && it.key().size() >= 2)
                ideographic.append({it.key(), it.value()});
        }
    }
}

// Month and weekday names of a language (and English), read from ICU once per language: the
// lexicon of every document of that language shares them (QHash copies are shared).
struct CalendarNames
{
    QHash<QString, int> months, weekdays;
    QList<std::pair<QString, int>> ideographicWeekdays;
    std::unordered_map<QString, std::pair<qint8, qint8>, FormHash> byName; ///< (month, weekday)

    static const CalendarNames &of(const QString &language)
    {
        static std::mutex mutex;
        static std::map<QString, std::unique_ptr<CalendarNames>> byLanguage;
        const std::lock_guard lock(mutex);
        auto it = byLanguage.find(language);
        if (it == byLanguage.end()) {
            auto names = std::make_unique<CalendarNames>();
            const bool ideographicScript = language == u"ja"_s || language == u"zh"_s;
            addCalendarNames(names->months, names->weekdays, names->ideographicWeekdays,
                             language.toLatin1().constData(), ideographicScript);
            if (language != u"en"_s)
                addCalendarNames(names->months, names->weekdays, names->ideographicWeekdays, "en", false);
            // Wide forms first, so that 星期二 is found before a shorter form inside it.
            std::stable_sort(names->ideographicWeekdays.begin(), names->ideographicWeekdays.end(),
                             [](const auto &x, const auto &y) { return x.first.size() > y.first.size(); });
            for (auto m = names->months.cbegin(); m != names->months.cend(); ++m)
                names->byName[m.key()].first = qint8(m.value());
            for (auto w = names->weekdays.cbegin(); w != names->weekdays.cend(); ++w)
                names->byName[w.key()].second = qint8(w.value());
            it = byLanguage.emplace(language, std::move(names)).first;
        }
        return *it->second;
    }
};

// The first three UTF-16 units of a word as one number (shorter words padded with zero), so
// that the prefix test is a binary search and no string is made.
quint64 prefixKey(QStringView word)
{
    quint64 key = 0;
    for (qsizetype i = 0; i < 3; ++i)
        key = (key << 16) | (i < word.size() ? word[i].unicode() : 0u);
    return key;
}

// A language's spell-out rules, and which words are worth parsing with them: parsing is slow (it
// tries every rule of every rule set), and most words the fact stage asks about are no numbers.
struct SpellOut
{
    std::unique_ptr<icu::RuleBasedNumberFormat> format;
    std::vector<quint64> prefixes; ///< first three letters of every piece (prefixKey), sorted
    std::vector<QString> pieces; ///< the words of the spell-outs, longest first
    /// Japanese and Chinese write numbers without spaces ("一万二千"): every character of their
    /// spell-outs is a piece, and a word is a candidate when it has no other character.
    bool unspaced = false;
    QSet<QChar> characters;

    explicit SpellOut(const QString &language)
    {
        unspaced = language == u"ja"_s || language == u"zh"_s;
        UErrorCode status = U_ZERO_ERROR;
        format = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                              icu::Locale(language.toLatin1().constData()), status);
        if (U_FAILURE(status)) {
            format.reset();
            return;
        }
        // The pieces: the spell-outs of 0..100, the hundreds and the powers of a thousand under
        // every public rule set (cardinal, ordinal, feminine, year, verbose with "and"...), cut
        // at spaces and hyphens. A word that is no sequence of pieces cannot parse whole.
        std::vector<double> samples;
        for (int n = 0; n <= 100; ++n)
            samples.push_back(n);
        for (double n : {200.0, 300.0, 400.0, 500.0, 600.0, 700.0, 800.0, 900.0, 1e3, 1e6, 1e9})
            samples.push_back(n);
        // Ten thousand and a hundred million have words of their own there (万, 億).
        if (unspaced) {
            samples.push_back(1e4);
            samples.push_back(1e8);
        }
        static const QRegularExpression separators(u"[\\s\\-\\x{00AD}]+"_s);
        QSet<QString> pieceSet;
        for (int32_t r = 0; r < format->getNumberOfRuleSetNames(); ++r) {
            const icu::UnicodeString ruleSet = format->getRuleSetName(r);
            for (double n : samples) {
                icu::UnicodeString text;
                UErrorCode s = U_ZERO_ERROR;
                icu::FieldPosition position;
                format->format(n, ruleSet, text, position, s);
                if (U_FAILURE(s))
                    continue;
                for (const QString &part : fromIcu(text).toCaseFolded().split(separators, Qt::SkipEmptyParts)) {
                    pieceSet.insert(part);
                    if (unspaced) {
                        for (QChar c : part)
                            characters.insert(c);
                    }
                }
            }
        }
        // The prefixes as before (default rule set only), so that no word is tried that was not.
        for (double n : samples) {
            icu::UnicodeString text;
            format->format(n, text);
            for (const QString &part : fromIcu(text).toCaseFolded().split(separators, Qt::SkipEmptyParts))
                prefixes.push_back(prefixKey(part));
        }
        std::sort(prefixes.begin(), prefixes.end());
        prefixes.erase(std::unique(prefixes.begin(), prefixes.end()), prefixes.end());
        pieces.assign(pieceSet.begin(), pieceSet.end());
        std::sort(pieces.begin(), pieces.end(), [](const QString &x, const QString &y) { return x.size() > y.size(); });
    }

    bool segments(QStringView part) const
    {
        // reachable[k]: part.left(k) is a sequence of pieces.
        std::vector<bool> reachable(size_t(part.size()) + 1, false);
        reachable[0] = true;
        for (qsizetype at = 0; at < part.size(); ++at) {
            if (!reachable[size_t(at)])
                continue;
            const QStringView rest = part.mid(at);
            for (const QString &piece : pieces) {
                if (rest.startsWith(piece))
                    reachable[size_t(at + piece.size())] = true;
            }
        }
        return reachable.back();
    }

    bool candidate(const QString &norm) const
    {
        if (unspaced)
            return std::all_of(norm.begin(), norm.end(), [this](QChar c) { return characters.contains(c); });
        if (!std::binary_search(prefixes.begin(), prefixes.end(), prefixKey(norm)))
            return false;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= norm.size(); ++i) {
            if (i < norm.size() && norm[i] != u'-' && norm[i] != u'\u00AD' && !norm[i].isSpace())
                continue;
            if (i > start && !segments(QStringView(norm).mid(start, i - start)))
                return false;
            start = i + 1;
        }
        return true;
    }
};

} // namespace

void FactLexicon::preloadDictionary(const QString &language)
{
    Dictionaries::instance().preload(primaryLanguage(language));
}

QString FactLexicon::primaryLanguage(const QString &language)
{
    return language.section(u'-', 0, 0).toLower();
}

FactLexicon::FactLexicon(const Document &doc, const QString &language) : m_doc(doc)
{
    // "pt-BR" and "pt" share their number words, calendar and dictionary.
    m_language = language.isEmpty() ? guessLanguage(doc) : primaryLanguage(language);
    const CalendarNames &calendar = CalendarNames::of(m_language);
    m_months = calendar.months;
    m_weekdays = calendar.weekdays;
    m_ideographicWeekdays = calendar.ideographicWeekdays;
    m_calendar = &calendar.byName;
    m_marksQuotations = marksQuotations(doc);

    const size_t forms = m_doc.norms.size();
    m_formLowercase.assign(forms, false);
    m_formCapitalisedMid.assign(forms, 0);
    m_formMonth.assign(forms, -1);
    m_formWeekday.assign(forms, -1);
    m_formName.assign(forms, -1);
    m_formNumber.assign(forms, std::nullopt);
    m_formNumberKnown.assign(forms, false);

    // The sentence a form was last counted in, so that a form counts once per sentence.
    std::vector<int> countedIn(forms, -1);
    for (int si = 0; si < int(doc.sentences.size()); ++si) {
        const Sentence &s = doc.sentences[size_t(si)];
        const bool title = titleCase(doc, s);
        bool first = true;
        for (int i = s.firstWord; i < s.firstWord + s.wordCount; ++i) {
            const Word &w = doc.words[size_t(i)];
            if (w.kind != WordKind::Letter)
                continue;
            const size_t f = formOf(i);
            const QStringView text = doc.slice(w.span);
            if (!text.isEmpty() && text.front().isLower()) {
                m_formLowercase[f] = true;
            } else if (!first && !title && countedIn[f] != si && !emphasised(text)
                       && !(!m_marksQuotations && opensUnmarkedSpeech(doc, i)) && !opensQuotation(doc, i)) {
                countedIn[f] = si;
                ++m_formCapitalisedMid[f];
            }
            first = false;
        }
    }
}

// Whether the document marks speech: with quotation marks, with the dialogue dash that opens a
// quoted paragraph ("- Estamos mostrando que ...", the travessão of Portuguese and Spanish
// reports), or at least not with a convention of its own. Only a text that tells speech unmarked
// twice or more ("said unto the reapers, The LORD be with you") and never marks any does not: a
// short report without quotation marks has merely quoted no one.
bool FactLexicon::marksQuotations(const Document &doc)
{
    if (std::any_of(doc.text.begin(), doc.text.end(), [](QChar c) { return FactWords::isQuoteChar(c); }))
        return true;
    const bool dialogueDash = std::any_of(doc.paragraphs.begin(), doc.paragraphs.end(), [&doc](const Paragraph &p) {
        const QStringView t = doc.slice(p.span);
        return t.size() > 2 && (t[0] == u'-' || t[0] == u'\u2013' || t[0] == u'\u2014') && t[1].isSpace();
    });
    if (dialogueDash)
        return true;
    return unmarkedSpeech(doc, 0, int(doc.words.size()), 2) < 2;
}

// A reporting verb, a few words, a comma, a capital: speech opening unmarked.
int FactLexicon::unmarkedSpeech(const Document &doc, int first, int end, int enough)
{
    int unmarked = 0;
    const std::vector<Word> &w = doc.words;
    const size_t stop = std::min(size_t(end), w.size());
    // Over a whole document (a book has 50 times more words than forms) each form is looked up
    // once rather than each word.
    std::vector<bool> verbForm;
    if (stop > size_t(first) + doc.norms.size()) {
        verbForm.resize(doc.norms.size());
        for (size_t f = 0; f < verbForm.size(); ++f)
            verbForm[f] = FactWords::isAttributionVerb(doc.norms.form(int(f)));
    }
    const auto isVerb = [&](const Word &word) {
        return verbForm.empty() ? FactWords::isAttributionVerb(doc.norm(word)) : bool(verbForm[size_t(word.norm)]);
    };
    for (size_t i = size_t(first); i < stop && unmarked < enough; ++i) {
        if (w[i].kind != WordKind::Letter || !isVerb(w[i]))
            continue;
        const int sentence = doc.sentenceOf(int(i));
        const Sentence &s = doc.sentences[size_t(sentence)];
        const size_t sentenceEnd = std::min(stop, size_t(s.firstWord + s.wordCount));
        for (size_t j = i + 1; j + 1 < sentenceEnd && j <= i + 5; ++j) {
            if (w[j].kind == WordKind::Letter)
                continue;
            const QStringView next = doc.slice(w[j + 1].span);
            unmarked += doc.slice(w[j].span) == u"," && w[j + 1].kind == WordKind::Letter && !next.isEmpty()
                && next.front().isUpper();
            break;
        }
    }
    return unmarked;
}

// After a comma or colon, in a text that tells speech unmarked, a capital opens the speech
// ("and said, Behold, I have given"): no evidence of a name.
bool FactLexicon::opensUnmarkedSpeech(const Document &doc, int word)
{
    if (word == 0)
        return false;
    const QStringView before = doc.slice(doc.words[size_t(word - 1)].span);
    return before == u"," || before == u":" || before == u";";
}

// The first word inside an opening quotation mark: speech opens with a capital whatever the word
// ("he cried out, saying, “Ha!", "“Rabbi, it is good for us to be here"), so it is no evidence
// of a name. A straight quote opens when nothing is written right before it.
bool FactLexicon::opensQuotation(const Document &doc, int word)
{
    if (word == 0)
        return false;
    const Word &mark = doc.words[size_t(word - 1)];
    const QStringView text = doc.slice(mark.span);
    if (text.size() != 1 || !FactWords::isQuoteChar(text.front()) || mark.span.end != doc.words[size_t(word)].span.start)
        return false;
    static constexpr QStringView openers = u"\u201C\u201E\u00AB";
    if (openers.contains(text.front()))
        return true;
    return mark.span.start == 0 || !doc.text.at(mark.span.start - 1).isLetterOrNumber();
}

// A word of four letters or more set in capitals: emphasis or a typographic convention ("the
// LORD", "YOU will rejoice"), no evidence of a name. Shorter ones are acronyms ("US", "WHO").
bool FactLexicon::emphasised(QStringView text)
{
    return text.size() >= 4 && std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLower(); });
}

void FactLexicon::lookUpCalendar(size_t form) const
{
    m_formMonth[form] = m_formWeekday[form] = 0;
    // Month and weekday names and abbreviations are three letters or more (addNames).
    if (m_doc.norms.form(int(form)).size() < 3)
        return;
    if (const auto it = m_calendar->find(m_doc.norms.form(int(form))); it != m_calendar->end()) {
        m_formMonth[form] = it->second.first;
        m_formWeekday[form] = it->second.second;
    }
}

int FactLexicon::monthWord(int word) const
{
    const size_t f = formOf(word);
    if (m_formMonth[f] < 0)
        lookUpCalendar(f);
    return m_formMonth[f];
}

int FactLexicon::weekdayWord(int word) const
{
    const size_t f = formOf(word);
    if (m_formWeekday[f] < 0)
        lookUpCalendar(f);
    return m_formWeekday[f];
}

bool FactLexicon::isNameWord(int word) const
{
    const QStringView text = m_doc.slice(m_doc.words[size_t(word)].span);
    const size_t f = formOf(word);
    if (text.isEmpty() || !text.front().isUpper() || m_doc.norms.form(int(f)).size() < 2)
        return false;
    for (QChar c : text) {
        if (c.isDigit())
            return false;
    }
    if (m_formName[f] < 0)
        m_formName[f] = nameByEvidence(m_doc.norms.form(int(f)), m_formCapitalisedMid[f] >= 2 && !m_formLowercase[f], m_formLowercase[f]);
    return m_formName[f] > 0;
}

bool FactLexicon::isName(QStringView text, const QString &norm) const
{
    if (text.isEmpty() || !text.front().isUpper() || norm.size() < 2)
        return false;
    for (QChar c : text) {
        if (c.isDigit())
            return false;
    }
    if (const int form = m_doc.norms.find(norm); form >= 0) {
        const size_t f = size_t(form);
        if (m_formName[f] < 0)
            m_formName[f] = nameByEvidence(norm, m_formCapitalisedMid[f] >= 2 && !m_formLowercase[f], m_formLowercase[f]);
        return m_formName[f] > 0;
    }
    const auto cached = m_nameCache.constFind(norm);
    if (cached != m_nameCache.cend())
        return *cached;
    const bool name = nameByEvidence(norm, false, false);
    m_nameCache.insert(norm, name);
    return name;
}

// `evidence`: capitalised mid-sentence in two sentences or more and never in lower case.
// `writtenLower`: the document writes the word in lower case somewhere.
bool FactLexicon::nameByEvidence(const QString &norm, bool evidence, bool writtenLower) const
{
    if (evidence)
        return true; // whatever the dictionary says
    const std::optional<bool> inDictionary = Dictionaries::instance().spell(m_language, norm);
    // "nato", "seoul", "zelenskyy" are not words in lower case; all capitals ("USGS") checked
    // the same way. A word the dictionary lacks but the document itself writes in lower case is
    // a word of its own (an old spelling, an interjection: "Ay, ay"), not a name.
    if (inDictionary.has_value())
        return !*inDictionary && !writtenLower;
    return false;
}

std::optional<double> FactLexicon::spelledNumberWord(int word) const
{
    return spelledNumberOfForm(formOf(word));
}

std::optional<double> FactLexicon::spelledNumberOfForm(size_t f) const
{
    if (!m_formNumberKnown[f]) {
        m_formNumber[f] = parseSpelledNumber(m_doc.norms.form(int(f)));
        m_formNumberKnown[f] = true;
    }
    return m_formNumber[f];
}

std::optional<double> FactLexicon::spelledNumber(const QString &norm) const
{
    if (const int form = m_doc.norms.find(norm); form >= 0)
        return spelledNumberOfForm(size_t(form));
    const auto cached = m_numberCache.constFind(norm);
    if (cached != m_numberCache.cend())
        return *cached;
    const std::optional<double> value = parseSpelledNumber(norm);
    m_numberCache.insert(norm, value);
    return value;
}

std::optional<double> FactLexicon::parseSpelledNumber(const QString &norm) const
{
    if (norm.isEmpty() || !norm.front().isLetter())
        return std::nullopt;
    // One spell-out per language, made once: building the rule set is the costly part.
    static std::mutex mutex;
    static std::map<QString, std::unique_ptr<SpellOut>> spellOuts;
    const std::lock_guard lock(mutex);
    auto it = spellOuts.find(m_language);
    if (it == spellOuts.end())
        it = spellOuts.emplace(m_language, std::make_unique<SpellOut>(m_language)).first;
    const SpellOut &spellOut = *it->second;
    if (!spellOut.format || !spellOut.candidate(norm))
        return std::nullopt;
    icu::Formattable result;
    icu::ParsePosition pos(0);
    const icu::UnicodeString u = toIcu(norm);
    spellOut.format->parse(u, result, pos);
    UErrorCode status = U_ZERO_ERROR;
    const double v = result.getDouble(status);
    // The whole word must be the number: RBNF parses a prefix ("tenfold" -> 10).
    if (pos.getIndex() == u.length() && pos.getErrorIndex() < 0 && U_SUCCESS(status) && v > 0)
        return v;
    return std::nullopt;
}

int FactLexicon::month(const QString &norm) const
{
    return m_months.value(norm, 0);
}

int FactLexicon::weekday(const QString &norm) const
{
    return m_weekdays.value(norm, 0);
}
