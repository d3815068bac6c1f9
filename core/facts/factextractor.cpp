#include "core/facts/factextractor.h"

#include "core/facts/factwords.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

std::optional<double> digitsValue(const QString &norm, const QString &language)
{
    // "12,000" and "12.000" (Portuguese, German) are twelve thousand; "3.5" and "3,5" decimals.
    QString s = norm;
    const bool commaDecimal = language == u"pt"_s || language == u"de"_s;
    const QChar thousands = commaDecimal ? u'.' : u',', decimal = commaDecimal ? u',' : u'.';
    static const QRegularExpression grouped(u"^\\d{1,3}([.,]\\d{3})+$"_s);
    if (grouped.match(s).hasMatch() && s.contains(thousands))
        s.remove(thousands);
    s.replace(decimal, u'.');
    bool ok = false;
    const double v = s.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString valueText(double v) { return QString::number(v, 'g', 12); }

bool byStart(const Fact &x, const Fact &y) { return x.span.start < y.span.start; }

} // namespace

FactExtractor::FactExtractor(const std::vector<FactToken> &tokens, const FactLexicon &lex)
    : m_t(tokens)
    , m_lex(lex)
    , m_used(tokens.size(), false)
{ }

std::vector<Fact> FactExtractor::run(std::vector<Fact> found)
{
    std::vector<Fact> out;
    claim(found, out);
    dates(out);
    numbers(out);
    attributions(out);
    names(out);
    std::sort(out.begin(), out.end(), byStart);
    return out;
}

const FactToken *FactExtractor::at(long i) const
{
    return i >= 0 && size_t(i) < m_t.size() ? &m_t[size_t(i)] : nullptr;
}

// Next word that is not a symbol, from i on (direction +1 or -1), at most `reach` tokens away.
long FactExtractor::word(long i, int direction, int reach) const
{
    for (int k = 0; k < reach && at(i); ++k, i += direction) {
        if (m_t[size_t(i)].kind != WordKind::Symbol)
            return i;
    }
    return -1;
}

bool FactExtractor::isYear(const FactToken &t)
{
    return t.kind == WordKind::Number && t.norm.size() == 4
        && (t.norm.startsWith(u"1"_s) || t.norm.startsWith(u"20"_s));
}

bool FactExtractor::isDay(const FactToken &t)
{
    const QString digits
        = t.norm.endsWith(u"th"_s) || t.norm.endsWith(u"st"_s) || t.norm.endsWith(u"nd"_s) || t.norm.endsWith(u"rd"_s)
        ? t.norm.chopped(2)
        : t.norm;
    bool ok = false;
    const int d = digits.toInt(&ok);
    return ok && d >= 1 && d <= 31 && digits.size() <= 2;
}

int FactExtractor::dayOf(const FactToken &t)
{
    QString digits = t.norm;
    while (!digits.isEmpty() && !digits.back().isDigit())
        digits.chop(1);
    return digits.toInt();
}

// One or two digits: a side's goals or points.
bool FactExtractor::isScorePart(const FactToken &t)
{
    return t.kind == WordKind::Number && !t.norm.isEmpty() && t.norm.size() <= 2
        && std::all_of(t.norm.begin(), t.norm.end(), [](QChar c) { return c.isDigit(); });
}

void FactExtractor::mark(Fact &f, size_t i)
{
    m_used[i] = true;
    f.span = Fact::unite(f.span, m_t[i].span);
    f.first = std::min(f.first, i);
    f.last = std::max(f.last, i);
}

// Facts found in the text take the tokens they overlap: a fact belongs to an edit through its
// tokens (FactComparer), and "3" of "3月8日" is no number of its own.
void FactExtractor::claim(std::vector<Fact> &found, std::vector<Fact> &out)
{
    for (Fact &f : found) {
        bool any = false;
        for (size_t i = 0; i < m_t.size(); ++i) {
            if (m_t[i].span.end <= f.span.start || m_t[i].span.start >= f.span.end)
                continue;
            m_used[i] = true;
            f.first = any ? f.first : i;
            f.last = i;
            any = true;
        }
        if (any)
            out.push_back(f);
    }
}

void FactExtractor::dates(std::vector<Fact> &out)
{
    for (size_t i = 0; i < m_t.size(); ++i) {
        if (!m_used[i] && m_t[i].kind == WordKind::Letter)
            dateAt(i, out);
    }
    years(out);
}

// The date the letter word at i names or leads, if any.
void FactExtractor::dateAt(size_t i, std::vector<Fact> &out)
{
    const QString &w = m_t[i].norm;
    Fact f{FactChange::Kind::Date, m_t[i].span, {}, false, i, i};
    // A weekday written with a hyphen ("terça-feira", "quarta-feira") is three tokens, and its
    // first word alone is an ordinal ("terça", third): only the whole is a weekday.
    const int hyphenated = FactToken::joinsWords(m_t, i + 1) && m_t[i + 2].kind == WordKind::Letter
        ? m_lex.weekday(w + u'-' + m_t[i + 2].norm)
        : 0;
    if (hyphenated) {
        mark(f, i);
        mark(f, i + 1);
        mark(f, i + 2);
        f.value = u"weekday %1"_s.arg(hyphenated);
        out.push_back(f);
    } else if (const int month = m_lex.monthWord(m_t[i].word)) {
        monthDate(i, month, out);
    } else if (const int weekday = m_lex.weekdayWord(m_t[i].word); weekday && w.size() >= 3) {
        if (FactWords::inSet(w, {u"sat", u"sun", u"wed", u"mon"}))
            return;
        // An abbreviation ("Fri", "Qua") is a weekday where dates abbreviate it, before a stop,
        // a comma or a day ("Fri, Oct. 28", "qua. 12"), not as a word of a sentence ("Elano - Qua
        // havia acabado de entrar", a typo of "que").
        const FactToken *next = at(long(i) + 1);
        if (w.size() <= 4 && !(next && (next->kind == WordKind::Number || FactWords::inSet(next->norm, {u".", u","}))))
            return;
        mark(f, i);
        f.value = u"weekday %1"_s.arg(weekday);
        out.push_back(f);
    } else if (const std::optional<int> rel
        = (m_t[i].classes & FactWords::RelativeDayWord) ? FactWords::relativeDay(w) : std::nullopt) {
        mark(f, i);
        f.value = u"relative %1"_s.arg(*rel);
        out.push_back(f);
    } else if (w == u"morrow"_s && i >= 1 && (m_t[i - 1].norm == u"to"_s || (i >= 2 && m_t[i - 2].norm == u"to"_s && FactToken::joinsWords(m_t, i - 1)))) {
        // "to-morrow", "to morrow", as older English writes it.
        for (size_t k = m_t[i - 1].norm == u"to"_s ? i - 1 : i - 2; k <= i; ++k)
            mark(f, k);
        f.value = u"relative 1"_s;
        out.push_back(f);
    } else if (w == u"following"_s && i >= 1 && m_t[i - 1].norm == u"day"_s && !m_used[i - 1]) {
        // "the day following", as "the following day".
        mark(f, i - 1);
        mark(f, i);
        f.value = u"relative 1"_s;
        out.push_back(f);
    } else if (w == u"morrow"_s && i >= 1 && m_t[i - 1].norm == u"the"_s && !m_used[i - 1]) {
        // "on the morrow": the day after the one told of, as "the next day".
        mark(f, i - 1);
        mark(f, i);
        f.value = u"relative 1"_s;
        out.push_back(f);
    } else if (w == u"tonight"_s) {
        mark(f, i);
        f.value = u"this night"_s;
        out.push_back(f);
    } else if (w == u"night"_s && i >= 1 && !m_used[i - 1]
        && (m_t[i - 1].norm == u"to"_s || (i >= 2 && FactToken::joinsWords(m_t, i - 1) && m_t[i - 2].norm == u"to"_s))) {
        // "to night", "to-night": "tonight" as older English writes it.
        for (size_t k = m_t[i - 1].norm == u"to"_s ? i - 1 : i - 2; k <= i; ++k)
            mark(f, k);
        f.value = u"this night"_s;
        out.push_back(f);
    } else if (w == u"day"_s && i >= 1 && FactWords::inSet(m_t[i - 1].norm, {u"this"})) {
        mark(f, i);
        mark(f, i - 1);
        f.value = u"relative 0"_s;
        out.push_back(f);
    } else if (i > 0 && !m_used[i - 1]
        && ((FactWords::inSet(w, {u"day", u"morning"}) && FactWords::inSet(m_t[i - 1].norm, {u"next", u"following"}))
            || (w == u"seguinte"_s && FactWords::inSet(m_t[i - 1].norm, {u"dia", u"manhã"})))) {
        // The day after the one told of, however it is put: "the next morning", "the following
        // day", "no dia seguinte" are one date.
        mark(f, i - 1);
        mark(f, i);
        f.value = u"relative 1"_s;
        out.push_back(f);
    } else if ((m_t[i].classes & FactWords::PeriodWord) && i > 0 && FactWords::isPeriodLead(m_t[i - 1].norm)
        && !m_used[i - 1]) {
        mark(f, i - 1);
        mark(f, i);
        f.value = m_t[i - 1].norm + u' ' + w;
        out.push_back(f);
    } else if ((m_t[i].classes & FactWords::PeriodWord) && i > 0 && !m_used[i - 1]
        && (m_t[i - 1].norm == u"within"_s
            || (i > 1 && m_t[i - 1].norm == u"de"_s && m_t[i - 2].norm == u"dentro"_s))) {
        // "within days", "dentro de semanas": a span of time without a count is a fact too, and
        // "within days" / "within the next several weeks" a changed one.
        mark(f, i - 1);
        mark(f, i);
        f.value = u"within "_s + w;
        out.push_back(f);
    }
}

// "Oct. 28", "28 October", "October 28, 2024", "8 de março". A month name that is also a word
// ("May", "march") is a month only next to a day or a year, or capitalised mid-sentence ("in
// March").
void FactExtractor::monthDate(size_t i, int month, std::vector<Fact> &out)
{
    const QString &w = m_t[i].norm;
    std::vector<size_t> parts;
    const int day = dayAround(i, parts);
    const int year = yearAfter(i, parts);
    // Abbreviations ("dez", "mar") likewise: "dez" is also Portuguese for ten.
    const bool plainWord = FactWords::inSet(w, {u"may", u"march"}) || w.size() <= 4;
    if (day == 0 && year == 0 && plainWord && !(m_t[i].capitalised && !m_t[i].sentenceStart && w != u"may"_s))
        return;
    Fact f{FactChange::Kind::Date, m_t[i].span, {}, false, i, i};
    mark(f, i);
    for (size_t p : parts)
        mark(f, p);
    f.value = (year ? QString::number(year) : u"-"_s)
        + u"-%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(day ? QString::number(day).rightJustified(2, u'0') : u"--"_s);
    out.push_back(f);
}

// The day of the month next to the month name at i ("28 October", "October 28", "8 de
// março"), 0 for none; its tokens added to `parts`.
int FactExtractor::dayAround(size_t i, std::vector<size_t> &parts) const
{
    const long next = word(long(i) + 1, 1, 3), prev = word(long(i) - 1, -1, 3);
    const long prevPrev = prev >= 0 ? word(prev - 1, -1, 2) : -1;
    if (next >= 0 && isDay(m_t[size_t(next)])) {
        parts.push_back(size_t(next));
        return dayOf(m_t[size_t(next)]);
    }
    if (prev >= 0 && isDay(m_t[size_t(prev)])) {
        parts.push_back(size_t(prev));
        return dayOf(m_t[size_t(prev)]);
    }
    if (prev >= 0 && m_t[size_t(prev)].norm == u"de"_s && prevPrev >= 0 && isDay(m_t[size_t(prevPrev)])) {
        parts.push_back(size_t(prev));
        parts.push_back(size_t(prevPrev));
        return dayOf(m_t[size_t(prevPrev)]);
    }
    return 0;
}

// The year within five tokens after the month name at i, no other word but "de" between
// ("October 28, 2024", "março de 2024"), 0 for none; its token added to `parts`.
int FactExtractor::yearAfter(size_t i, std::vector<size_t> &parts) const
{
    for (long y = long(i) + 1; y < long(i) + 6 && at(y); ++y) {
        if (isYear(m_t[size_t(y)])) {
            parts.push_back(size_t(y));
            return m_t[size_t(y)].norm.toInt();
        }
        if (m_t[size_t(y)].kind == WordKind::Letter && m_t[size_t(y)].norm != u"de"_s)
            break;
    }
    return 0;
}

// Years that are no part of a date already found.
void FactExtractor::years(std::vector<Fact> &out)
{
    for (size_t i = 0; i < m_t.size(); ++i) {
        if (!m_used[i] && isYear(m_t[i])) {
            Fact f{FactChange::Kind::Date, m_t[i].span, m_t[i].norm, false, i, i};
            mark(f, i);
            out.push_back(f);
        }
    }
}

void FactExtractor::numbers(std::vector<Fact> &out)
{
    for (size_t i = 0; i < m_t.size(); ++i) {
        if (!m_used[i])
            i = numberAt(i, out);
    }
}

// Digits of a character reference written out in the text ("&#8216;", as articles about
// Unicode or HTML quote them): markup, not a quantity.
bool FactExtractor::isCharacterReference(size_t i) const
{
    const FactToken *hash = at(long(i) - 1), *amp = at(long(i) - 2);
    return hash && amp && hash->norm == u"#"_s && amp->norm == u"&"_s && hash->span.end == m_t[i].span.start
        && amp->span.end == hash->span.start;
}

// Digits that number the text rather than count anything: a section's own number opening it
// ("§ 597. Every action…", "¶ 4") and a numbered clause ("1. When the infant…", "2) the
// court"). Codes renumber their sections and lists their clauses, and a reader compares the
// sections, not their labels; a section cited inside a sentence ("provided in § 599") is still a
// fact.
bool FactExtractor::isLabel(size_t i) const
{
    // First of its sentence, symbols aside ("§", "(").
    const FactToken &t = m_t[i];
    if (t.kind != WordKind::Number || !t.sentenceStart)
        return false;
    const FactToken *before = at(long(i) - 1), *after = at(long(i) + 1);
    if (before && FactWords::inSet(before->norm, {u"§", u"¶"}))
        return true;
    const bool integer = t.norm.size() <= 3 && std::all_of(t.norm.begin(), t.norm.end(), [](QChar c) { return c.isDigit(); });
    return integer && after && after->span.start == t.span.end && FactWords::inSet(after->norm, {u".", u")"})
        && at(long(i) + 2);
}

// The number at token i, if any, added to `out`; returns the last token it took (i when none).
size_t FactExtractor::numberAt(size_t i, std::vector<Fact> &out)
{
    const FactToken &t = m_t[i];
    size_t end = i;
    std::optional<double> value;
    bool vague = false;
    // "&#8216;" is markup quoted in the text; "EC0", "A320", "G20" are codes, read as names.
    if (t.kind == WordKind::Number
        && (isCharacterReference(i) || isLabel(i) || (!t.norm.isEmpty() && t.norm.front().isLetter())))
        return i;
    if (t.kind == WordKind::Number) {
        value = digitsValue(t.norm, m_lex.language());
        if (const std::optional<size_t> last = numberAsWritten(i, value.has_value(), out))
            return *last;
    } else if (const double v = (t.classes & FactWords::VagueQuantityWord) ? FactWords::vagueQuantity(t.norm) : 0.0;
               v != 0.0) {
        value = v;
        vague = true;
    } else if ((t.classes & FactWords::OrdinalWord)
        || (m_lex.language() == u"en"_s && (t.norm.endsWith(u"th"_s) || t.norm.endsWith(u"st"_s)))) {
        return i; // ordinals and "according to" that the spell-out rules read as 2
    } else if (!(value = countingSpelled(i, &end))) {
        return i;
    }
    Fact f{FactChange::Kind::Number, t.span, {}, vague, i, i};
    quantify(f, i, end, *value);
    out.push_back(f);
    return f.last;
}

// Digits compared as written: a score ("venceu por 1 a 0", "2 x 1"), a time ("3:35"), or digits
// that are no number ("10h40"). Adds the fact and returns its last token; nullopt for a number.
std::optional<size_t> FactExtractor::numberAsWritten(size_t i, bool hasValue, std::vector<Fact> &out)
{
    const FactToken &t = m_t[i];
    Fact f{FactChange::Kind::Number, t.span, {}, false, i, i};
    if (const FactToken *sep = at(long(i) + 1), *other = at(long(i) + 2);
        sep && other && isScorePart(t) && isScorePart(*other) && FactWords::inSet(sep->norm, {u"a", u"x", u"\u00D7"})) {
        mark(f, i);
        mark(f, i + 1);
        mark(f, i + 2);
        f.value = t.norm + u'-' + other->norm;
        out.push_back(f);
        return i + 2;
    }
    const FactToken *colon = at(long(i) + 1), *minutes = at(long(i) + 2);
    if (colon && minutes && colon->norm == u":"_s && minutes->kind == WordKind::Number) {
        mark(f, i);
        mark(f, i + 1);
        mark(f, i + 2);
        f.value = t.norm + u':' + minutes->norm;
        out.push_back(f);
        return i + 2;
    }
    if (!hasValue) {
        mark(f, i);
        f.value = t.norm;
        out.push_back(f);
        return i;
    }
    return std::nullopt;
}

// The spelled-out number at i, with the tokens of a hyphenated group ("twenty-five").
std::optional<double> FactExtractor::spelled(size_t i, size_t *end) const
{
    if (m_t[i].kind != WordKind::Letter)
        return std::nullopt;
    std::optional<double> v = m_lex.spelledNumberWord(m_t[i].word);
    if (!v) {
        // "hundred twenty and seven", "threescore and ten": older English, added up.
        const FactToken *next = at(long(i) + 1);
        const bool article = (m_t[i].norm == u"a"_s || m_t[i].norm == u"an"_s) && next
            && (FactWords::scaleOf(next->norm) == 100 || next->norm.endsWith(u"score"_s));
        if (article || FactWords::scaleOf(m_t[i].norm) == 100 || m_t[i].norm.endsWith(u"score"_s))
            return additiveNumber(m_t, i, m_lex, end);
        return std::nullopt;
    }
    *end = i;
    if (FactToken::joinsWords(m_t, i + 1)) {
        if (const std::optional<double> w = m_lex.spelledNumber(m_t[i].norm + u'-' + m_t[i + 2].norm)) {
            v = w;
            *end = i + 2;
        }
    }
    // "one hundred twenty thousand" is one number, not "twenty thousand" after two others.
    size_t e = i;
    if (const std::optional<double> w = spelledRun(m_t, i, m_lex, &e); w && e >= *end) {
        v = w;
        *end = e;
    }
    e = i;
    if (const std::optional<double> a = additiveNumber(m_t, i, m_lex, &e); a && e > *end) {
        v = a;
        *end = e;
    }
    return v;
}

std::optional<double> FactExtractor::spelledRun(const std::vector<FactToken> &t, size_t i, const FactLexicon &lex,
                                                size_t *end)
{
    std::optional<double> v;
    QString run = t[i].norm;
    for (size_t k = i + 1; k < t.size() && k <= i + 12; ++k) {
        if (FactToken::joinsWords(t, k)) {
            run += u'-';
            continue;
        }
        if (t[k].kind != WordKind::Letter || (!lex.spelledNumberWord(t[k].word) && FactWords::scaleOf(t[k].norm) <= 0))
            break;
        if (!run.endsWith(u'-'))
            run += u' ';
        run += t[k].norm;
        if (const std::optional<double> w = lex.spelledNumber(run)) {
            v = w;
            *end = k;
        }
    }
    return v;
}

std::optional<double> FactExtractor::additiveNumber(
    const std::vector<FactToken> &t, size_t k, const FactLexicon &lex, size_t *end)
{
    double total = 0, current = 0;
    double last = 0; // the previous number word, 0 after a hundred, thousand or score
    bool afterScale = false;
    int words = 0;
    for (size_t j = k; j < t.size() && j <= k + 12; ++j) {
        const QString &w = t[j].norm;
        if (w == u"and"_s || w == u"-"_s) {
            if (words == 0)
                return std::nullopt;
            continue;
        }
        if (t[j].kind != WordKind::Letter)
            break;
        if ((w == u"a"_s || w == u"an"_s) && j == k) {
            current = 1;
            continue;
        }
        const double scale = FactWords::scaleOf(w);
        if (scale == 100) {
            if (words > 0 && !(last >= 1 && last < 100))
                break;
            current = std::max(current, 1.0) * 100;
            last = 0;
            afterScale = true;
        } else if (scale >= 1000) {
            total += std::max(current, 1.0) * scale;
            current = last = 0;
            afterScale = true;
        } else if (w.endsWith(u"score"_s)) {
            const std::optional<double> times = w == u"score"_s ? std::optional<double>(1) : lex.spelledNumber(w.chopped(5));
            if (!times || (words > 0 && !afterScale))
                break;
            current += *times * 20;
            last = 0;
            afterScale = true;
        } else if (const std::optional<double> v = lex.spelledNumberWord(t[j].word)) {
            // "seven and twenty", "twenty and seven", "hundred and fifty"; never "one and two".
            const bool joins = words == 0 || afterScale || (last >= 1 && last <= 9 && isTens(*v))
                || (isTens(last) && *v >= 1 && *v <= 9);
            if (!joins)
                break;
            current += *v;
            last = *v;
            afterScale = false;
        } else {
            break;
        }
        ++words;
        *end = j;
    }
    // "a hundred" is a number; "hundred" or "twenty" alone is read elsewhere or not at all.
    const bool article = t[k].norm == u"a"_s || t[k].norm == u"an"_s;
    if (words < (article ? 1 : 2))
        return std::nullopt;
    return total + current;
}

// A spelled-out number at i that is a quantity: one that quantifies, followed by the word it
// counts (not a function word, not a symbol: "ten-fold" is no count), never "one" (article,
// pronoun), never after "or" ("a day or two").
std::optional<double> FactExtractor::countingSpelled(size_t i, size_t *end) const
{
    const std::optional<double> value = spelled(i, end);
    if (!value)
        return std::nullopt;
    const FactToken *next = at(long(*end) + 1);
    const FactToken *prev = at(long(i) - 1);
    const bool counts = next && next->kind == WordKind::Letter
        && (!FactWords::isFunctionWord(next->norm) || next->norm == u"or"_s || FactWords::scaleOf(next->norm) > 0);
    if (!counts || (FactWords::isOneWord(m_t[i].norm) && *end == i) || (prev && prev->norm == u"or"_s))
        return std::nullopt;
    return value;
}

// The number of tokens i..end with `value`, widened by what scales or qualifies it; sets the
// fact's tokens, approximate flag and value.
void FactExtractor::quantify(Fact &f, size_t i, size_t end, double value)
{
    for (size_t k = i; k <= end; ++k)
        mark(f, k);
    // "1.0 bn", "12 million", "five hundred"
    if (const FactToken *next = at(long(end) + 1); next && FactWords::scaleOf(next->norm) > 0
        && (m_t[i].kind == WordKind::Number || FactWords::scaleOf(next->norm) >= 1e2)) {
        value *= FactWords::scaleOf(next->norm);
        mark(f, end + 1);
        end += 1;
    }
    // "two or more", "three or four"
    if (const FactToken *next = at(long(end) + 1); next && next->norm == u"or"_s) {
        const FactToken *after = at(long(end) + 2);
        if (after
            && (after->norm == u"more"_s || m_lex.spelledNumberWord(after->word) || after->kind == WordKind::Number)) {
            mark(f, end + 1);
            mark(f, end + 2);
            f.approximate = true;
        }
    }
    // "about", "more than", "at least", "up to", "cerca de"
    for (long j = long(i) - 1;
         j >= 0 && long(i) - j <= 3 && FactWords::isApproximator(m_t[size_t(j)].norm) && !m_used[size_t(j)]; --j) {
        if (j == long(i) - 1 && !FactWords::isLeadingApproximator(m_t[size_t(j)].norm))
            break;
        mark(f, size_t(j));
        f.approximate = true;
    }
    f.value = (f.approximate ? u"~"_s : QString()) + valueText(value);
}

// Lower-case particles inside a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva",
// "Luís Eduardo Maron de Magalhães". Portuguese "de", "da", "do" join only after two names or
// more: after one they are as often "of" ("mercado Cherkizov de Moscou" is a market and a
// city, and Moscou stated on the other side is no reason to drop the market).
FactExtractor::Particle FactExtractor::particle(const FactToken &t)
{
    if (t.capitalised || t.kind != WordKind::Letter)
        return Particle::None;
    if (FactWords::inSet(t.norm, {u"von", u"van", u"der", u"den", u"del", u"di", u"du"}))
        return Particle::Any;
    if (FactWords::inSet(t.norm, {u"de", u"da", u"das", u"do", u"dos"}))
        return Particle::AfterFullName;
    return Particle::None;
}

// A run of names starting at i, particles included when a name follows them. A capitalised
// dictionary word between two names is part of the name too: "Choe Son Hui" is one person
// ("Son" is a word in lower case, so the lexicon alone does not call it a name). One such word
// only: title-case headlines ("Kim Meets With Putin") are no name.
size_t FactExtractor::nameRun(size_t i) const
{
    size_t j = i;
    size_t names = 1;
    for (;;) {
        size_t k = j + 1;
        while (k < m_t.size() && k - j <= 2 && !m_used[k]) {
            const Particle p = particle(m_t[k]);
            // A title is no part of the name: "Ukrainian President Volodymyr Zelenskyy".
            const bool inner = k == j + 1 && !m_t[k].name && m_t[k].capitalised && m_t[k].kind == WordKind::Letter
                && !m_t[k].sentenceStart && !FactWords::isTitle(m_t[k].norm);
            if (!inner && (p == Particle::None || (p == Particle::AfterFullName && names < 2)))
                break;
            ++k;
        }
        if (k >= m_t.size() || m_used[k] || !m_t[k].name)
            return j;
        j = k;
        ++names;
    }
}

// Attribution: a reporting verb with its speaker, a name or a speaker noun ("Lee said",
// "according to Lee Seong-kweun", "state media reports"). Without a speaker ("I need not
// say", "all that he said") there is no attribution to compare.
void FactExtractor::attributions(std::vector<Fact> &out)
{
    for (size_t i = 0; i < m_t.size(); ++i) {
        if (m_used[i] || m_t[i].kind != WordKind::Letter || !(m_t[i].classes & FactWords::AttributionVerb))
            continue;
        Fact f{FactChange::Kind::Attribution, m_t[i].span, {}, false, i, i};
        QStringList speaker;
        long j = long(i) - 1;
        if (at(j) && (m_t[size_t(j)].name || FactWords::isSpeakerNoun(m_t[size_t(j)].norm))) {
            while (
                at(j) && (m_t[size_t(j)].name || FactWords::isSpeakerNoun(m_t[size_t(j)].norm)) && long(i) - j <= 4) {
                speaker.prepend(m_t[size_t(j)].skeleton);
                mark(f, size_t(j));
                --j;
            }
        } else {
            long k = long(i) + 1;
            if (at(k) && FactWords::inSet(m_t[size_t(k)].norm, {u"to", u"a", u"o", u"the"}))
                ++k;
            while (
                at(k) && (m_t[size_t(k)].name || FactWords::isSpeakerNoun(m_t[size_t(k)].norm)) && k - long(i) <= 5) {
                speaker.append(m_t[size_t(k)].skeleton);
                mark(f, size_t(k));
                ++k;
            }
        }
        if (speaker.isEmpty())
            continue;
        mark(f, i);
        f.value = speaker.join(u' ');
        out.push_back(f);
    }
}

void FactExtractor::names(std::vector<Fact> &out)
{
    for (size_t i = 0; i < m_t.size(); ++i) {
        if (m_used[i] || !m_t[i].name)
            continue;
        size_t j = nameRun(i);
        Fact f{FactChange::Kind::Name, m_t[i].span, {}, false, i, i};
        QStringList words;
        for (size_t k = i; k <= j; ++k) {
            mark(f, k);
            words << m_t[k].skeleton;
        }
        // "Beth-lehem-judah": the lower-case parts after a hyphen belong to the name; the other
        // side may write them as one word or two ("Bethlehem Judah"). A capitalised part is a
        // name of its own ("InCor-SP").
        while (FactToken::joinsWords(m_t, j + 1) && !m_used[j + 2] && m_t[j + 2].kind == WordKind::Letter
               && !m_t[j + 2].capitalised) {
            mark(f, j + 1);
            mark(f, j + 2);
            words << m_t[j + 2].skeleton;
            j += 2;
        }
        f.value = words.join(u' ');
        out.push_back(f);
        i = j;
    }
}
