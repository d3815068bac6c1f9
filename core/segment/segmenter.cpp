#include "core/segment/segmenter.h"

#include <QStringList>

#include <unicode/brkiter.h>
#include <unicode/dtfmtsym.h>
#include <unicode/filteredbrk.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <mutex>
#include <set>

using namespace Qt::StringLiterals;

namespace {

// Breaks after these are never sentence ends in news copy; ICU's own "en" list already has
// Mr., Mrs., Dr., U.S., etc.
constexpr const char16_t *extraAbbreviations[] = {
    u"Mr.", u"Mrs.", u"Ms.", u"Dr.", u"Jr.", u"Sr.",
    u"Jan.", u"Feb.", u"Mar.", u"Apr.", u"Jun.", u"Jul.", u"Aug.", u"Sep.", u"Sept.", u"Oct.",
    u"Nov.", u"Dec.", u"Mon.", u"Tue.", u"Tues.", u"Wed.", u"Thu.", u"Thur.", u"Thurs.", u"Fri.",
    u"Sat.", u"Sun.", u"Gen.", u"Lt.", u"Col.", u"Sgt.", u"Capt.", u"Cmdr.", u"Adm.", u"Maj.",
    u"Gov.", u"Sen.", u"Rep.", u"Rev.", u"Hon.", u"Pres.", u"Prof.", u"Supt.", u"St.", u"Ste.",
    u"Mt.", u"Ft.", u"Inc.", u"Corp.", u"Ltd.", u"Co.", u"Bros.", u"No.", u"Nos.", u"vs.", u"Ph.D.",
    u"approx.", u"est.", u"a.m.", u"p.m.", u"i.e.", u"e.g.", u"U.K.", u"U.N.", u"E.U.", u"D.C.",
    u"N.Y.", u"L.A.", u"Calif.", u"Fla.", u"Mass.", u"Wash.", u"Ariz.", u"Ill.", u"Pa.", u"Va.",
};

// Built once: ICU iterator construction loads rule data; clones are cheap.
struct Prototypes
{
    std::unique_ptr<icu::BreakIterator> sentence;
    std::unique_ptr<icu::BreakIterator> word;
};

const Prototypes &prototypes()
{
    static Prototypes p;
    static std::once_flag once;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale("en");
        std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
            icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
        if (U_SUCCESS(status)) {
            // Each call gets its own status: adding an entry ICU already has is reported as an
            // error, and a failed status would make every later call a no-op.
            for (const char16_t *abbr : extraAbbreviations) {
                UErrorCode s = U_ZERO_ERROR;
                builder->suppressBreakAfter(icu::UnicodeString(abbr), s);
            }
            status = U_ZERO_ERROR;
            p.sentence.reset(builder->wrapIteratorWithFilter(icu::BreakIterator::createSentenceInstance(locale, status), status));
        }
        if (!p.sentence) {
            status = U_ZERO_ERROR;
            p.sentence.reset(icu::BreakIterator::createSentenceInstance(locale, status));
        }
        status = U_ZERO_ERROR;
        p.word.reset(icu::BreakIterator::createWordInstance(locale, status));
    });
    return p;
}

// Month names, case-folded, of the languages that write a day of the month as an ordinal with a
// full stop before the month ("am 8. März", "8. marts", "8. března"), from ICU's calendar data:
// ICU's sentence rules break after "8." when the month is capitalised, as German nouns are.
const std::set<QString> &ordinalDotMonths()
{
    static const std::set<QString> months = [] {
        std::set<QString> out;
        for (const char *language : {"de", "da", "nb", "nn", "fi", "cs", "sk", "pl", "hr", "sl", "sr_Latn", "bs", "et", "lv", "is", "hu"}) {
            UErrorCode status = U_ZERO_ERROR;
            const icu::DateFormatSymbols symbols{icu::Locale(language), status};
            if (U_FAILURE(status))
                continue;
            for (const auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
                for (const auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
                    int32_t count = 0;
                    const icu::UnicodeString *names = symbols.getMonths(count, context, width);
                    for (int32_t i = 0; i < count; ++i) {
                        QString name = QString(reinterpret_cast<const QChar *>(names[i].getBuffer()), names[i].length()).toCaseFolded();
                        if (name.endsWith(u'.'))
                            name.chop(1);
                        // Short abbreviations ("led", "pro", "lis") are English words too.
                        if (name.size() >= (width == icu::DateFormatSymbols::WIDE ? 3 : 4))
                            out.insert(name);
                    }
                }
            }
        }
        return out;
    }();
    return months;
}

// A break ICU found after `before` (trimmed) that splits a day from its month: "… am 8." + "März …".
bool splitsDayFromMonth(QStringView before, QStringView after)
{
    qsizetype e = before.size();
    if (e < 2 || before.at(e - 1) != u'.')
        return false;
    qsizetype d = e - 1;
    while (d > 0 && before.at(d - 1).isDigit())
        --d;
    const qsizetype digits = e - 1 - d;
    if (digits < 1 || digits > 2 || (d > 0 && !before.at(d - 1).isSpace()))
        return false;
    qsizetype w = 0;
    while (w < after.size() && after.at(w).isSpace())
        ++w;
    qsizetype we = w;
    while (we < after.size() && after.at(we).isLetter())
        ++we;
    return we > w && ordinalDotMonths().contains(after.mid(w, we - w).toString().toCaseFolded());
}

struct UTextCloser
{
    void operator()(UText *t) const { utext_close(t); }
};

bool isSpace(QChar c)
{
    return c.isSpace() || c.unicode() == 0x200B || c.unicode() == 0xFEFF;
}

// A section or list number on its own: no letters except a short roman numeral or one letter.
bool isNumberingOnly(QStringView s)
{
    s = s.trimmed();
    if (s.isEmpty() || s.size() > 12)
        return false;
    int letters = 0;
    for (QChar c : s) {
        if (c.isLetter()) {
            if (!QStringView(u"IVXLCivxlc").contains(c) && ++letters > 1)
                return false;
        } else if (!c.isDigit() && !c.isSpace() && !QStringView(u"§¶.()-–").contains(c)) {
            return false;
        }
    }
    return true;
}

// In text without capitals ICU sees no sentence starts: split after [.!?] + space + a letter,
// except after a one-letter word ("e.g. the", "j. smith") or a known abbreviation.
std::vector<TextSpan> splitCaseless(QStringView text, const std::vector<TextSpan> &spans)
{
    static const QStringList abbreviations{u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s, u"st"_s, u"vs"_s, u"no"_s,
                                           u"jan"_s, u"feb"_s, u"aug"_s, u"sept"_s, u"oct"_s, u"nov"_s, u"dec"_s,
                                           u"gen"_s, u"gov"_s, u"sen"_s, u"rep"_s, u"prof"_s, u"inc"_s, u"co"_s, u"etc"_s};
    std::vector<TextSpan> out;
    for (const TextSpan &span : spans) {
        qsizetype start = span.start;
        for (qsizetype i = span.start; i + 2 < span.end; ++i) {
            const QChar c = text.at(i);
            if ((c != u'.' && c != u'!' && c != u'?') || !text.at(i + 1).isSpace())
                continue;
            qsizetype j = i + 1;
            while (j < span.end && text.at(j).isSpace())
                ++j;
            if (j >= span.end || !text.at(j).isLetter())
                continue;
            qsizetype w = i;
            while (w > start && (text.at(w - 1).isLetter() || text.at(w - 1) == u'\'' || text.at(w - 1) == u'\u2019'))
                --w;
            const QString word = text.mid(w, i - w).toString();
            if (c == u'.' && (word.size() == 1 || abbreviations.contains(word)))
                continue;
            out.push_back({start, i + 1});
            start = j;
        }
        out.push_back({start, span.end});
    }
    return out;
}

} // namespace

struct Segmenter::Iterators
{
    std::unique_ptr<icu::BreakIterator> sentence;
    std::unique_ptr<icu::BreakIterator> word;
};

Segmenter::Segmenter() : m_it(std::make_unique<Iterators>())
{
    const Prototypes &p = prototypes();
    if (p.sentence)
        m_it->sentence.reset(p.sentence->clone());
    if (p.word)
        m_it->word.reset(p.word->clone());
}

Segmenter::~Segmenter() = default;

bool Segmenter::isCaseless(QStringView text)
{
    // Only letters that have case count: CJK, Thai or Arabic text has no capitals to miss.
    qsizetype cased = 0, upper = 0;
    for (QChar c : text) {
        const bool u = c.isUpper();
        upper += u;
        cased += u || c.isLower();
    }
    return cased > 200 && upper * 200 < cased;
}

std::vector<TextSpan> Segmenter::sentences(QStringView text, bool caseless)
{
    std::vector<TextSpan> out;
    auto addTrimmed = [&](qsizetype s, qsizetype e) {
        while (s < e && isSpace(text.at(s)))
            ++s;
        while (e > s && isSpace(text.at(e - 1)))
            --e;
        if (e > s)
            out.push_back({s, e});
    };
    if (!m_it->sentence) {
        addTrimmed(0, text.size());
        return out;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, UTextCloser> ut(
        utext_openUChars(nullptr, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status));
    if (U_FAILURE(status)) {
        addTrimmed(0, text.size());
        return out;
    }
    m_it->sentence->setText(ut.get(), status);
    int32_t start = m_it->sentence->first();
    for (int32_t end = m_it->sentence->next(); end != icu::BreakIterator::DONE; end = m_it->sentence->next()) {
        // ICU's filter does not take single-letter entries, so initials ("John F. Kennedy",
        // "J. R. Tolkien") are rejoined here: a break after a lone capital and a full stop.
        if (end < text.size() && isNumberingOnly(text.mid(start, end - start)))
            continue; // "§ 597.", "2.", "IV." number what follows; they are not sentences
        if (end - start >= 2 && end < text.size()) {
            qsizetype e = end;
            while (e > start && isSpace(text.at(e - 1)))
                --e;
            if (e - start >= 2 && text.at(e - 1) == u'.' && text.at(e - 2).isUpper()
                && (e - 2 == start || isSpace(text.at(e - 3))))
                continue;
            if (splitsDayFromMonth(text.mid(start, e - start), text.mid(end, std::min<qsizetype>(40, text.size() - end))))
                continue;
        }
        addTrimmed(start, end);
        start = end;
    }
    if (start < text.size())
        addTrimmed(start, text.size());
    if (caseless)
        out = splitCaseless(text, out);
    return out;
}

std::vector<Segmenter::WordToken> Segmenter::words(QStringView text)
{
    std::vector<WordToken> out;
    if (!m_it->word)
        return out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, UTextCloser> ut(
        utext_openUChars(nullptr, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status));
    if (U_FAILURE(status))
        return out;
    icu::BreakIterator &it = *m_it->word;
    it.setText(ut.get(), status);
    int32_t start = it.first();
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
        const int32_t ruleStatus = it.getRuleStatus();
        WordKind kind;
        if ((ruleStatus >= UBRK_WORD_IDEO && ruleStatus < UBRK_WORD_IDEO_LIMIT)
            || (ruleStatus >= UBRK_WORD_KANA && ruleStatus < UBRK_WORD_KANA_LIMIT))
            kind = WordKind::Ideographic;
        else if (ruleStatus >= UBRK_WORD_LETTER && ruleStatus < UBRK_WORD_LETTER_LIMIT)
            kind = WordKind::Letter;
        else if (ruleStatus >= UBRK_WORD_NUMBER && ruleStatus < UBRK_WORD_NUMBER_LIMIT)
            kind = WordKind::Number;
        else {
            bool allSpace = true;
            for (int32_t i = start; i < end && allSpace; ++i)
                allSpace = isSpace(text.at(i));
            if (allSpace)
                continue;
            kind = WordKind::Symbol;
        }
        out.push_back({{start, end}, kind});
    }
    return out;
}
