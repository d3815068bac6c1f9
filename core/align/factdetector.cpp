#include "core/align/factdetector.h"

#include "core/text/normalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <span>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Compared by hand: the detectors ask this of every word of every divergent link, and most
// words differ from a list entry at their first letter.
bool equalsLiteral(const QString &w, const char16_t *x)
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

bool inSet(const QString &w, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *x : words) {
        if (equalsLiteral(w, x))
            return true;
    }
    return false;
}

bool isPeriodWord(const QString &w)
{
    return inSet(w, {u"week", u"weekend", u"month", u"year", u"night", u"morning", u"afternoon", u"evening",
                     u"decade", u"century", u"weeks", u"months", u"years", u"days", u"hours", u"minutes", u"semana",
                     u"semanas", u"mês", u"meses", u"ano", u"anos", u"dias", u"woche", u"wochen", u"monat", u"jahr"});
}

// "earlier", "later", "recent" are left out: "his earlier years" is no date.
bool isPeriodLead(const QString &w)
{
    return inSet(w, {u"this", u"last", u"next", u"past", u"coming", u"several", u"few", u"nesta", u"neste",
                     u"próxima", u"próximo", u"última", u"último", u"diese", u"letzte", u"nächste"});
}

// Relative dates, kept as such: their offset in days is the value.
std::optional<int> relativeDay(const QString &w)
{
    if (inSet(w, {u"today", u"hoje", u"heute"}))
        return 0;
    if (inSet(w, {u"yesterday", u"ontem", u"gestern"}))
        return -1;
    if (inSet(w, {u"tomorrow", u"amanhã", u"morgen"}))
        return 1;
    return std::nullopt;
}

// Words that say a number is not exact, before it.
bool isApproximator(const QString &w)
{
    return inSet(w, {u"about", u"around", u"nearly", u"almost", u"some", u"over", u"roughly", u"approximately",
                     u"estimated", u"under", u"up", u"least", u"more", u"fewer", u"less", u"than", u"at", u"to",
                     u"cerca", u"quase", u"mais", u"menos", u"pelo", u"aproximadamente", u"de", u"etwa", u"rund",
                     u"fast", u"über", u"mehr", u"als", u"knapp", u"ungefähr"});
}

// Approximators that can stand alone before the number ("about 10,000"); the others only as
// part of "more than", "at least", "up to", "cerca de", "pelo menos", "mehr als".
bool isLeadingApproximator(const QString &w)
{
    return inSet(w, {u"about", u"around", u"nearly", u"almost", u"some", u"over", u"roughly", u"approximately",
                     u"estimated", u"under", u"than", u"least", u"cerca", u"quase", u"menos", u"aproximadamente",
                     u"etwa", u"rund", u"fast", u"über", u"als", u"knapp", u"ungefähr"});
}

double scaleOf(const QString &w)
{
    if (inSet(w, {u"hundred"}))
        return 1e2;
    if (inSet(w, {u"thousand", u"mil"}))
        return 1e3;
    if (inSet(w, {u"million", u"millions", u"mn", u"m", u"milhão", u"milhões", u"mi", u"millionen", u"million"}))
        return 1e6;
    if (inSet(w, {u"billion", u"billions", u"bn", u"bilhão", u"bilhões", u"bi", u"milliarden"}))
        return 1e9;
    return 0;
}

// Plural round numbers that are quantities on their own: "thousands of troops".
double vagueQuantity(const QString &w)
{
    if (inSet(w, {u"dozens", u"dezenas", u"dutzende"}))
        return 10;
    if (inSet(w, {u"hundreds", u"centenas", u"hunderte"}))
        return 100;
    if (inSet(w, {u"thousands", u"milhares", u"tausende"}))
        return 1000;
    if (inSet(w, {u"millions"}))
        return 1e6;
    return 0;
}

// Words after which a spelled-out number word is not followed by what it counts.
bool isFunctionWord(const QString &w)
{
    return inSet(w, {u"of", u"who", u"whom", u"that", u"which", u"and", u"or", u"but", u"nor", u"to", u"in", u"on",
                     u"at", u"by", u"for", u"with", u"from", u"is", u"was", u"are", u"were", u"be", u"had", u"has",
                     u"have", u"would", u"could", u"should", u"will", u"may", u"might", u"must", u"can", u"another",
                     u"other", u"else", u"more", u"than", u"as", u"so", u"if", u"then", u"the", u"a", u"an", u"de",
                     u"que", u"e", u"o", u"a", u"da", u"do", u"der", u"die", u"das", u"und"});
}

// Spelled-out "one" is first an article or a pronoun ("almost any one", "is one shrouded in
// mystery", "one of those"); a quantity "one" is rare and seldom what changed.
bool isOneWord(const QString &w)
{
    return inSet(w, {u"one", u"um", u"uma", u"ein", u"eine", u"einer", u"eins"});
}

bool isAttributionVerb(const QString &w)
{
    return inSet(w, {u"said", u"says", u"say", u"told", u"tells", u"according", u"stated", u"added", u"claimed",
                     u"reported", u"reports", u"announced", u"confirmed", u"noted", u"wrote", u"explained",
                     u"insisted", u"warned", u"asserted", u"disse", u"afirmou", u"informou", u"declarou", u"segundo",
                     u"sagte", u"erklärte", u"laut"});
}

// Speakers that are not names but still say who is talking ("police said", "state media reports").
bool isSpeakerNoun(const QString &w)
{
    return inSet(w, {u"police", u"officials", u"official", u"media", u"ministry", u"spokesman", u"spokeswoman",
                     u"spokesperson", u"government", u"military", u"army", u"authorities", u"witnesses", u"sources",
                     u"analysts", u"experts", u"doctors", u"polícia", u"governo", u"polizei", u"regierung"});
}

bool isQuoteChar(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E' || c == u'\u00AB' || c == u'\u00BB';
}

// Case and diacritics folded, letters and digits only: "Pélissier" and "Pelissier" alike.
QString skeleton(QStringView s)
{
    // ASCII, as most words are: normalisation and case folding are lower-casing there.
    bool ascii = true;
    for (QChar c : s)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QString out;
        out.reserve(s.size());
        for (QChar c : s) {
            const char16_t u = c.unicode();
            if (u >= u'A' && u <= u'Z')
                out.append(QChar(u + (u'a' - u'A')));
            else if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
                out.append(c);
        }
        return out;
    }
    const QString d = s.toString().normalized(QString::NormalizationForm_D).toCaseFolded();
    QString out;
    for (QChar c : d) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

int editDistance(const QString &x, const QString &y)
{
    // One row on the stack for words of ordinary length: this runs for every name against
    // every word of the other passage.
    std::array<int, 48> small;
    std::vector<int> large;
    std::span<int> row;
    if (size_t(y.size()) + 1 <= small.size()) {
        row = std::span<int>(small.data(), size_t(y.size()) + 1);
    } else {
        large.resize(size_t(y.size()) + 1);
        row = large;
    }
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        int diag = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j - 1)] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row.back();
}

// Spelling variants of one word or name: "Westmoreland"/"Westmorland", "Al-Qaida"/"Al-Qaeda",
// "Shakespeare"/"Shakspeare", "Afghanistan"/"Afghan", "Rússia"/"russa". Distance relative to
// length (one edit per five letters), or a shared stem of five letters.
bool sameSpelling(const QString &x, const QString &y)
{
    if (x == y)
        return true;
    const qsizetype shorter = std::min(x.size(), y.size());
    if (shorter < 3)
        return false;
    qsizetype prefix = 0;
    while (prefix < shorter && x[prefix] == y[prefix])
        ++prefix;
    if (prefix >= 5)
        return true;
    if (std::abs(x.size() - y.size()) > 3)
        return false;
    return editDistance(x, y) <= std::max<qsizetype>(1, std::max(x.size(), y.size()) / 5);
}

// Which of the detectors' word lists a matching form is in.
enum WordClass : quint16 {
    Classified = 1 << 0, ///< the other bits are known
    RelativeDayWord = 1 << 1,
    PeriodWord = 1 << 2,
    VagueQuantityWord = 1 << 3,
    OrdinalWord = 1 << 4,
    AttributionVerb = 1 << 5,
};

quint16 classify(const QString &norm)
{
    unsigned c = Classified;
    c |= relativeDay(norm) ? unsigned(RelativeDayWord) : 0u;
    c |= isPeriodWord(norm) ? unsigned(PeriodWord) : 0u;
    c |= vagueQuantity(norm) != 0 ? unsigned(VagueQuantityWord) : 0u;
    c |= inSet(norm, {u"second", u"segundo", u"segunda", u"primeiro", u"primeira"}) ? unsigned(OrdinalWord) : 0u;
    c |= isAttributionVerb(norm) ? unsigned(AttributionVerb) : 0u;
    return quint16(c);
}

struct Token
{
    int word; ///< index into Document::words
    quint16 classes; ///< WordClass bits
    TextSpan span;
    QString norm;
    QString skeleton;
    WordKind kind;
    bool capitalised;
    bool sentenceStart;
    bool name;
};

// Where the dateline that opens the paragraph holding `pos` ends ("MOSCOU (Rússia) -",
// "WASHINGTON —"), or -1: the place a report was filed from is not a claim of the story.
qsizetype datelineEnd(const Document &d, qsizetype pos)
{
    static const QRegularExpression dateline(uR"(^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:\([^)\n]{1,40}\))?\s*[-–—]\s)"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
    const auto after = std::upper_bound(d.paragraphs.begin(), d.paragraphs.end(), pos,
                                        [](qsizetype p, const Paragraph &para) { return p < para.span.start; });
    if (after == d.paragraphs.begin())
        return -1;
    const Paragraph &para = *(after - 1);
    const QRegularExpressionMatch m
        = dateline.match(d.slice({para.span.start, std::min(para.span.end, para.span.start + 100)}));
    return m.hasMatch() ? para.span.start + m.capturedLength() : -1;
}

// Words of a document inside a span, with what the detectors need to know about each.
std::vector<Token> tokensIn(const Document &d, const FactLexicon &lex, std::vector<quint16> &classes, const TextSpan &span)
{
    std::vector<Token> out;
    if (span.isEmpty())
        return out;
    auto it = std::lower_bound(d.words.begin(), d.words.end(), span.start,
                               [](const Word &w, qsizetype pos) { return w.span.start < pos; });
    qsizetype datelineUntil = -1;
    for (; it != d.words.end() && it->span.end <= span.end; ++it) {
        const QStringView text = d.slice(it->span);
        // The first word of its sentence, quotation marks and brackets aside.
        bool start = true;
        for (auto p = it; p != d.words.begin();) {
            --p;
            if (p->sentence != it->sentence)
                break;
            if (p->kind != WordKind::Symbol) {
                start = false;
                break;
            }
        }
        const bool capitalised = !text.isEmpty() && text.front().isUpper();
        // A capitalised word after a title ("Minister Park", "President Yoon") is a name too.
        const bool afterTitle = !out.empty() && out.back().capitalised
            && inSet(out.back().norm, {u"minister", u"president", u"mr", u"mrs", u"ms", u"dr", u"general", u"senator",
                                      u"governor", u"mayor", u"judge", u"king", u"queen", u"pope", u"presidente",
                                      u"ministro", u"ministra"});
        const int index = int(it - d.words.begin());
        if (it == d.words.begin() || (it - 1)->span.end < span.start || it->sentence != (it - 1)->sentence)
            datelineUntil = datelineEnd(d, it->span.start);
        const bool inDateline = it->span.end <= datelineUntil;
        const bool name = it->kind == WordKind::Letter && capitalised && !inDateline
            && (afterTitle || lex.isNameWord(index));
        quint16 &c = classes[size_t(lex.form(index))];
        if (!c)
            c = classify(it->norm);
        out.push_back({index, c, it->span, it->norm, skeleton(text), it->kind, capitalised, start, name});
    }
    return out;
}

TextSpan unite(const TextSpan &x, const TextSpan &y)
{
    if (x.isEmpty())
        return y;
    if (y.isEmpty())
        return x;
    return {std::min(x.start, y.start), std::max(x.end, y.end)};
}

// One fact found in a run of tokens: where, its kind and normal form.
struct Fact
{
    FactChange::Kind kind;
    TextSpan span;
    QString value;
    bool approximate = false;
    size_t first = 0, last = 0; ///< token indices
};

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

QString valueText(double v)
{
    return QString::number(v, 'g', 12);
}

class Extractor
{
public:
    Extractor(const std::vector<Token> &t, const FactLexicon &lex) : m_t(t), m_lex(lex), m_used(t.size(), false) { }

    std::vector<Fact> run()
    {
        std::vector<Fact> out;
        dates(out);
        numbers(out);
        attributions(out);
        names(out);
        std::sort(out.begin(), out.end(), [](const Fact &x, const Fact &y) { return x.span.start < y.span.start; });
        return out;
    }

private:
    const std::vector<Token> &m_t;
    const FactLexicon &m_lex;
    std::vector<bool> m_used;

    const Token *at(long i) const { return i >= 0 && size_t(i) < m_t.size() ? &m_t[size_t(i)] : nullptr; }
    // Next word that is not a symbol, from i on (direction +1 or -1), at most `reach` tokens away.
    long word(long i, int direction, int reach = 2) const
    {
        for (int k = 0; k < reach && at(i); ++k, i += direction) {
            if (m_t[size_t(i)].kind != WordKind::Symbol)
                return i;
        }
        return -1;
    }
    bool isYear(const Token &t) const
    {
        return t.kind == WordKind::Number && t.norm.size() == 4 && (t.norm.startsWith(u"1"_s) || t.norm.startsWith(u"20"_s));
    }
    bool isDay(const Token &t) const
    {
        const QString digits = t.norm.endsWith(u"th"_s) || t.norm.endsWith(u"st"_s) || t.norm.endsWith(u"nd"_s)
                || t.norm.endsWith(u"rd"_s)
            ? t.norm.chopped(2)
            : t.norm;
        bool ok = false;
        const int d = digits.toInt(&ok);
        return ok && d >= 1 && d <= 31 && digits.size() <= 2;
    }
    int dayOf(const Token &t) const
    {
        QString digits = t.norm;
        while (!digits.isEmpty() && !digits.back().isDigit())
            digits.chop(1);
        return digits.toInt();
    }
    // One or two digits: a side's goals or points.
    static bool isScorePart(const Token &t)
    {
        return t.kind == WordKind::Number && !t.norm.isEmpty() && t.norm.size() <= 2
            && std::all_of(t.norm.begin(), t.norm.end(), [](QChar c) { return c.isDigit(); });
    }
    void mark(Fact &f, size_t i)
    {
        m_used[i] = true;
        f.span = unite(f.span, m_t[i].span);
        f.first = std::min(f.first, i);
        f.last = std::max(f.last, i);
    }

    void dates(std::vector<Fact> &out)
    {
        for (size_t i = 0; i < m_t.size(); ++i) {
            if (m_used[i] || m_t[i].kind != WordKind::Letter)
                continue;
            const QString &w = m_t[i].norm;
            Fact f{FactChange::Kind::Date, m_t[i].span, {}, false, i, i};
            if (const int month = m_lex.monthWord(m_t[i].word)) {
                // "Oct. 28", "28 October", "October 28, 2024", "8 de março". A month name that is
                // also a word ("May", "march") is a month only next to a day or a year, or
                // capitalised mid-sentence ("in March").
                int day = 0, year = 0;
                const long next = word(long(i) + 1, 1, 3), prev = word(long(i) - 1, -1, 3);
                const long prevPrev = prev >= 0 ? word(prev - 1, -1, 2) : -1;
                std::vector<size_t> parts;
                if (next >= 0 && isDay(m_t[size_t(next)])) {
                    day = dayOf(m_t[size_t(next)]);
                    parts.push_back(size_t(next));
                } else if (prev >= 0 && isDay(m_t[size_t(prev)])) {
                    day = dayOf(m_t[size_t(prev)]);
                    parts.push_back(size_t(prev));
                } else if (prev >= 0 && m_t[size_t(prev)].norm == u"de"_s && prevPrev >= 0 && isDay(m_t[size_t(prevPrev)])) {
                    day = dayOf(m_t[size_t(prevPrev)]);
                    parts.push_back(size_t(prev));
                    parts.push_back(size_t(prevPrev));
                }
                for (long y = long(i) + 1; y < long(i) + 6 && at(y); ++y) {
                    if (isYear(m_t[size_t(y)])) {
                        year = m_t[size_t(y)].norm.toInt();
                        parts.push_back(size_t(y));
                        break;
                    }
                    if (m_t[size_t(y)].kind == WordKind::Letter && m_t[size_t(y)].norm != u"de"_s)
                        break;
                }
                // Abbreviations ("dez", "mar") likewise: "dez" is also Portuguese for ten.
                const bool plainWord = inSet(w, {u"may", u"march"}) || w.size() <= 4;
                if (day == 0 && year == 0 && plainWord && !(m_t[i].capitalised && !m_t[i].sentenceStart && w != u"may"_s))
                    continue;
                mark(f, i);
                for (size_t p : parts)
                    mark(f, p);
                f.value = (year ? QString::number(year) : u"-"_s) + u"-%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(day ? QString::number(day).rightJustified(2, u'0') : u"--"_s);
                out.push_back(f);
            } else if (const int weekday = m_lex.weekdayWord(m_t[i].word); weekday && w.size() >= 3) {
                if (inSet(w, {u"sat", u"sun", u"wed", u"mon"}))
                    continue;
                mark(f, i);
                f.value = u"weekday %1"_s.arg(weekday);
                out.push_back(f);
            } else if (const std::optional<int> rel = (m_t[i].classes & RelativeDayWord) ? relativeDay(w) : std::nullopt) {
                mark(f, i);
                f.value = u"relative %1"_s.arg(*rel);
                out.push_back(f);
            } else if (w == u"morrow"_s && i >= 2 && m_t[i - 2].norm == u"to"_s) {
                // "to-morrow", as older English writes it.
                mark(f, i);
                mark(f, i - 1);
                mark(f, i - 2);
                f.value = u"relative 1"_s;
                out.push_back(f);
            } else if (w == u"day"_s && i >= 1 && inSet(m_t[i - 1].norm, {u"this"})) {
                mark(f, i);
                mark(f, i - 1);
                f.value = u"relative 0"_s;
                out.push_back(f);
            } else if ((m_t[i].classes & PeriodWord) && i > 0 && isPeriodLead(m_t[i - 1].norm) && !m_used[i - 1]) {
                mark(f, i - 1);
                mark(f, i);
                f.value = m_t[i - 1].norm + u' ' + w;
                out.push_back(f);
            }
        }
        for (size_t i = 0; i < m_t.size(); ++i) {
            if (!m_used[i] && isYear(m_t[i])) {
                Fact f{FactChange::Kind::Date, m_t[i].span, m_t[i].norm, false, i, i};
                mark(f, i);
                out.push_back(f);
            }
        }
    }

    // The spelled-out number at i, with the tokens of a hyphenated group ("twenty-five").
    std::optional<double> spelled(size_t i, size_t *end) const
    {
        if (m_t[i].kind != WordKind::Letter)
            return std::nullopt;
        std::optional<double> v = m_lex.spelledNumberWord(m_t[i].word);
        if (!v)
            return std::nullopt;
        *end = i;
        if (i + 2 < m_t.size() && m_t[i + 1].norm == u"-"_s) {
            if (const std::optional<double> w = m_lex.spelledNumber(m_t[i].norm + u'-' + m_t[i + 2].norm)) {
                v = w;
                *end = i + 2;
            }
        }
        return v;
    }

    void numbers(std::vector<Fact> &out)
    {
        for (size_t i = 0; i < m_t.size(); ++i) {
            if (m_used[i])
                continue;
            const Token &t = m_t[i];
            Fact f{FactChange::Kind::Number, t.span, {}, false, i, i};
            size_t end = i;
            std::optional<double> value;
            if (t.kind == WordKind::Number) {
                value = digitsValue(t.norm, m_lex.language());
                if (const Token *sep = at(long(i) + 1), *other = at(long(i) + 2);
                    sep && other && isScorePart(t) && isScorePart(*other) && inSet(sep->norm, {u"a", u"x", u"\u00D7"})) {
                    // A score ("venceu por 1 a 0", "2 x 1"): one fact, compared as written.
                    mark(f, i);
                    mark(f, i + 1);
                    mark(f, i + 2);
                    f.value = t.norm + u'-' + other->norm;
                    out.push_back(f);
                    i += 2;
                    continue;
                }
                const Token *colon = at(long(i) + 1), *minutes = at(long(i) + 2);
                if (colon && minutes && colon->norm == u":"_s && minutes->kind == WordKind::Number) {
                    // "3:35": a time of day, compared as written.
                    mark(f, i);
                    mark(f, i + 1);
                    mark(f, i + 2);
                    f.value = t.norm + u':' + minutes->norm;
                    out.push_back(f);
                    i += 2;
                    continue;
                }
                if (!value) {
                    // Times and scores ("10h40", "3:35"): compared as written.
                    mark(f, i);
                    f.value = t.norm;
                    out.push_back(f);
                    continue;
                }
            } else if (const double vague = (t.classes & VagueQuantityWord) ? vagueQuantity(t.norm) : 0.0) {
                value = vague;
                f.approximate = true;
            } else if ((t.classes & OrdinalWord)
                       || (m_lex.language() == u"en"_s && (t.norm.endsWith(u"th"_s) || t.norm.endsWith(u"st"_s)))) {
                continue; // ordinals and "according to" that the spell-out rules read as 2
            } else if ((value = spelled(i, &end))) {
                // A spelled-out number is a quantity only when it quantifies: followed by the
                // word it counts (not a function word, not a symbol: "ten-fold" is no count),
                // never "one" (article, pronoun), never after "or" ("a day or two").
                const Token *next = at(long(end) + 1);
                const Token *prev = at(long(i) - 1);
                const bool counts = next && next->kind == WordKind::Letter
                    && (!isFunctionWord(next->norm) || next->norm == u"or"_s || scaleOf(next->norm) > 0);
                if (!counts || isOneWord(t.norm) || (prev && prev->norm == u"or"_s))
                    continue;
            } else {
                continue;
            }
            for (size_t k = i; k <= end; ++k)
                mark(f, k);
            // "1.0 bn", "12 million", "five hundred"
            if (const Token *next = at(long(end) + 1); next && scaleOf(next->norm) > 0 && (t.kind == WordKind::Number || scaleOf(next->norm) >= 1e2)) {
                *value *= scaleOf(next->norm);
                mark(f, end + 1);
                end += 1;
            }
            // "two or more", "three or four"
            if (const Token *next = at(long(end) + 1); next && next->norm == u"or"_s) {
                const Token *after = at(long(end) + 2);
                if (after && (after->norm == u"more"_s || m_lex.spelledNumberWord(after->word) || after->kind == WordKind::Number)) {
                    mark(f, end + 1);
                    mark(f, end + 2);
                    f.approximate = true;
                }
            }
            // "about", "more than", "at least", "up to", "cerca de"
            for (long j = long(i) - 1; j >= 0 && long(i) - j <= 3 && isApproximator(m_t[size_t(j)].norm) && !m_used[size_t(j)]; --j) {
                if (j == long(i) - 1 && !isLeadingApproximator(m_t[size_t(j)].norm))
                    break;
                mark(f, size_t(j));
                f.approximate = true;
            }
            f.value = (f.approximate ? u"~"_s : QString()) + valueText(*value);
            out.push_back(f);
            i = f.last;
        }
    }

    // Lower-case particles inside a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva",
    // "Luís Eduardo Maron de Magalhães". Portuguese "de", "da", "do" join only after two names or
    // more: after one they are as often "of" ("mercado Cherkizov de Moscou" is a market and a
    // city, and Moscou stated on the other side is no reason to drop the market).
    enum class Particle { None, Any, AfterFullName };
    static Particle particle(const Token &t)
    {
        if (t.capitalised || t.kind != WordKind::Letter)
            return Particle::None;
        if (inSet(t.norm, {u"von", u"van", u"der", u"den", u"del", u"di", u"du"}))
            return Particle::Any;
        if (inSet(t.norm, {u"de", u"da", u"das", u"do", u"dos"}))
            return Particle::AfterFullName;
        return Particle::None;
    }

    // A run of names starting at i, particles included when a name follows them.
    size_t nameRun(size_t i) const
    {
        size_t j = i;
        size_t names = 1;
        for (;;) {
            size_t k = j + 1;
            while (k < m_t.size() && k - j <= 2 && !m_used[k]) {
                const Particle p = particle(m_t[k]);
                if (p == Particle::None || (p == Particle::AfterFullName && names < 2))
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
    void attributions(std::vector<Fact> &out)
    {
        for (size_t i = 0; i < m_t.size(); ++i) {
            if (m_used[i] || m_t[i].kind != WordKind::Letter || !(m_t[i].classes & AttributionVerb))
                continue;
            Fact f{FactChange::Kind::Attribution, m_t[i].span, {}, false, i, i};
            QStringList speaker;
            long j = long(i) - 1;
            if (at(j) && (m_t[size_t(j)].name || isSpeakerNoun(m_t[size_t(j)].norm))) {
                while (at(j) && (m_t[size_t(j)].name || isSpeakerNoun(m_t[size_t(j)].norm)) && long(i) - j <= 4) {
                    speaker.prepend(m_t[size_t(j)].skeleton);
                    mark(f, size_t(j));
                    --j;
                }
            } else {
                long k = long(i) + 1;
                if (at(k) && inSet(m_t[size_t(k)].norm, {u"to", u"a", u"o", u"the"}))
                    ++k;
                while (at(k) && (m_t[size_t(k)].name || isSpeakerNoun(m_t[size_t(k)].norm)) && k - long(i) <= 5) {
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

    void names(std::vector<Fact> &out)
    {
        for (size_t i = 0; i < m_t.size(); ++i) {
            if (m_used[i] || !m_t[i].name)
                continue;
            const size_t j = nameRun(i);
            Fact f{FactChange::Kind::Name, m_t[i].span, {}, false, i, i};
            QStringList words;
            for (size_t k = i; k <= j; ++k) {
                mark(f, k);
                words << m_t[k].skeleton;
            }
            f.value = words.join(u' ');
            out.push_back(f);
            i = j;
        }
    }
};

// What one passage says, for checking whether a fact of the other side is there too.
struct Passage
{
    std::vector<Token> tokens;
    std::vector<Fact> facts;
    /// Skeletons of its words, sorted, each once: made when a name is first looked for.
    mutable std::optional<std::vector<QString>> skeletons;
    /// The words, case, marks and hyphens folded, one space between: made only when the other
    /// side has a quotation to look for (most links have none).
    mutable std::optional<QString> folded;
    TextSpan span;
    const Document *document = nullptr;

    const QString &foldedText() const;
    const std::vector<QString> &skeletonList() const;
};

QString foldedWords(QStringView text)
{
    QString t = text.toString().toCaseFolded();
    Normalizer::foldPunctuation(t);
    QStringList words;
    QString cur;
    for (QChar c : t) {
        if (c.isLetterOrNumber()) {
            cur.append(c);
        } else if (c == u'\'' && !cur.isEmpty()) {
            continue; // "Korea's" and "Koreas"; "unborrow'd"
        } else if (!cur.isEmpty()) {
            words << cur;
            cur.clear();
        }
    }
    if (!cur.isEmpty())
        words << cur;
    return words.join(u' ');
}

const QString &Passage::foldedText() const
{
    if (!folded)
        folded = foldedWords(document->slice(span));
    return *folded;
}

const std::vector<QString> &Passage::skeletonList() const
{
    if (!skeletons) {
        std::vector<QString> list;
        for (const Token &t : tokens) {
            if (t.kind != WordKind::Symbol)
                list.push_back(t.skeleton);
        }
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        skeletons = std::move(list);
    }
    return *skeletons;
}

Passage passageOf(const Document &d, const FactLexicon &lex, std::vector<quint16> &classes, const TextSpan &span)
{
    Passage p;
    p.tokens = tokensIn(d, lex, classes, span);
    p.facts = Extractor(p.tokens, lex).run();
    p.span = span;
    p.document = &d;
    return p;
}

// A name (its skeleton words) is in the passage: one of its words, a spelling variant of it,
// or its initials as an acronym ("USGS" / "US Geological Survey", "NYC" / "New York").
bool namePresent(const QString &value, const Passage &other)
{
    const QStringList words = value.split(u' ');
    for (const QString &w : words) {
        if (w.size() < 3 && words.size() > 1)
            continue;
        const std::vector<QString> &theirs = other.skeletonList();
        // The word itself first (sorted list); then its spelling variants.
        if (std::binary_search(theirs.begin(), theirs.end(), w))
            return true;
        for (const QString &o : theirs) {
            if (sameSpelling(w, o))
                return true;
        }
    }
    // Acronyms both ways.
    QString initials;
    for (const QString &w : words)
        initials += w.size() <= 3 ? w : w.left(1);
    for (const Fact &f : other.facts) {
        if (f.kind != FactChange::Kind::Name)
            continue;
        QString theirs;
        for (const QString &w : f.value.split(u' '))
            theirs += w.size() <= 3 ? w : w.left(1);
        if ((words.size() == 1 && value.size() >= 2 && theirs.startsWith(value.left(2)) && f.value.contains(u' '))
            || (f.value.indexOf(u' ') < 0 && initials.size() >= 2 && f.value.startsWith(initials) && words.size() > 1))
            return true;
    }
    return false;
}

bool present(const Fact &f, const Passage &other)
{
    switch (f.kind) {
    case FactChange::Kind::Name:
        return namePresent(f.value, other);
    case FactChange::Kind::Attribution:
        // The same speaker anywhere in the other passage: another verb or order is no change.
        return namePresent(f.value, other);
    default:
        for (const Fact &o : other.facts) {
            if (o.kind == f.kind && o.value == f.value)
                return true;
        }
        return false;
    }
}

// Same value, other approximation: "12" against "at least 12".
const Fact *sameValueOtherQualifier(const Fact &f, const Passage &other)
{
    if (f.kind != FactChange::Kind::Number)
        return nullptr;
    const QString bare = f.value.startsWith(u'~') ? f.value.mid(1) : f.value;
    for (const Fact &o : other.facts) {
        if (o.kind == f.kind && (o.value.startsWith(u'~') ? o.value.mid(1) : o.value) == bare && o.approximate != f.approximate)
            return &o;
    }
    return nullptr;
}

// Quoted passages (double quotes) of a text span, as [open, close] spans including the marks.
std::vector<TextSpan> quotations(const Document &d, const TextSpan &span)
{
    std::vector<TextSpan> out;
    qsizetype open = -1;
    for (qsizetype i = span.start; i < span.end; ++i) {
        if (!isQuoteChar(d.text.at(i)))
            continue;
        if (open < 0) {
            open = i;
        } else {
            if (i - open > 2)
                out.push_back({open, i + 1});
            open = -1;
        }
    }
    return out;
}

// A quotation is reproduced when nine in ten of its words are in the other passage in order,
// spelling variants allowed ("inquiries"/"enquiries"): quote marks, hyphens ("wedding-night")
// and punctuation are not the words of a quotation.
bool quoteReproduced(const QString &quote, const QString &other)
{
    if (other.contains(quote))
        return true;
    const QStringList q = quote.split(u' ', Qt::SkipEmptyParts), o = other.split(u' ', Qt::SkipEmptyParts);
    if (q.isEmpty())
        return true;
    // In-order matches, greedy: enough for quotations that are copied or lightly edited.
    qsizetype found = 0, from = 0;
    for (const QString &w : q) {
        for (qsizetype k = from; k < o.size() && k < from + 6; ++k) {
            if (sameSpelling(w, o[k]) || (w.size() > 3 && (o[k] + (k + 1 < o.size() ? o[k + 1] : QString())) == w)) {
                ++found;
                from = k + 1;
                break;
            }
        }
    }
    return found * 10 >= q.size() * 9;
}

QString quoteValue(const Document &d, const TextSpan &s)
{
    QString t = d.slice(s).toString();
    t.replace(u'-', u' ');
    t.replace(u'\u2010', u' ');
    return foldedWords(t);
}

// Weekday names in text without spaces (火曜日, 星期二): the word breaker's units are no guide.
std::vector<Fact> ideographicWeekdays(const Document &d, const FactLexicon &lex, const TextSpan &span)
{
    std::vector<Fact> out;
    if (lex.ideographicWeekdays().isEmpty() || span.isEmpty())
        return out;
    const QStringView text = d.slice(span);
    std::vector<bool> taken(size_t(text.size()), false);
    for (const auto &[name, day] : lex.ideographicWeekdays()) {
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (taken[size_t(at)])
                continue;
            for (qsizetype k = at; k < at + name.size(); ++k)
                taken[size_t(k)] = true;
            out.push_back({FactChange::Kind::Date, {span.start + at, span.start + at + name.size()}, u"weekday %1"_s.arg(day)});
        }
    }
    std::sort(out.begin(), out.end(), [](const Fact &x, const Fact &y) { return x.span.start < y.span.start; });
    return out;
}

} // namespace

FactDetector::FactDetector(const std::vector<Document> &documents) : m_documents(documents)
{
    m_lexicons.reserve(documents.size());
    for (const Document &d : documents)
        m_lexicons.emplace_back(d);
    for (const FactLexicon &lex : m_lexicons)
        m_wordClasses.emplace_back(size_t(lex.formCount()), quint16(0));
}

std::vector<FactChange> FactDetector::detect(const Document &a, const Document &b, const Link &link)
{
    const std::vector<Document> docs{a, b};
    Link l = link;
    l.ends[0].doc = 0;
    l.ends[1].doc = 1;
    return FactDetector(docs).detect(0, 1, l);
}

std::vector<FactChange> FactDetector::detect(int docA, int docB, const Link &link) const
{
    std::vector<FactChange> facts;
    if (link.kind == LinkKind::Match || link.similarity < minSimilarity)
        return facts;
    const std::array<const Document *, 2> doc{&m_documents[size_t(docA)], &m_documents[size_t(docB)]};
    const std::array<const FactLexicon *, 2> lex{&m_lexicons[size_t(docA)], &m_lexicons[size_t(docB)]};
    const std::array<Passage, 2> whole{
        passageOf(*doc[0], *lex[0], m_wordClasses[size_t(docA)], link.ends[0].span),
        passageOf(*doc[1], *lex[1], m_wordClasses[size_t(docB)], link.ends[1].span)};

    // Full names (two words or more) of either side that the other passage lacks, over all
    // edits: the word diff may put "Volodymyr Zelenskyy" in a deletion and "Ursula von der Leyen",
    // "Mark Rutte" in the next replacement, and yet one person was swapped for others.
    std::array<std::vector<Fact>, 2> people;
    for (const WordEdit &e : link.edits) {
        if (e.op == WordEdit::Op::Equal)
            continue;
        // The facts of each side the edit touches, minus those the other passage states too.
        std::array<std::vector<Fact>, 2> changed;
        std::array<bool, 2> capitalisedWords{false, false};
        for (size_t side = 0; side < 2; ++side) {
            const Passage &mine = whole[side], &other = whole[1 - side];
            for (const Token &t : mine.tokens) {
                if (t.span.start >= e.spans[side].start && t.span.end <= e.spans[side].end && t.capitalised
                    && !t.sentenceStart && t.kind == WordKind::Letter)
                    capitalisedWords[side] = true;
            }
            for (const Fact &f : mine.facts) {
                // A fact belongs to the edit when one of its words was edited.
                bool touched = false;
                for (size_t k = f.first; k <= f.last && !touched; ++k) {
                    const TextSpan &s = mine.tokens[k].span;
                    touched = s.start >= e.spans[side].start && s.end <= e.spans[side].end && !e.spans[side].isEmpty();
                }
                if (touched && !present(f, other)) {
                    changed[side].push_back(f);
                    if (f.kind == FactChange::Kind::Name && f.value.contains(u' '))
                        people[side].push_back(f);
                }
            }
            for (const Fact &f : ideographicWeekdays(*doc[side], *lex[side], e.spans[side])) {
                if (!present(f, other) || e.op == WordEdit::Op::Replace)
                    changed[side].push_back(f);
            }
        }
        // A name the other side says in other words ("his Elizabeth" / "his niece", "the spy
        // agency" / "the National Intelligence Service") is no changed name: a replacement
        // whose other side has no capitalised word is a description of the same person.
        if (e.op == WordEdit::Op::Replace) {
            for (size_t side = 0; side < 2; ++side) {
                if (capitalisedWords[1 - side])
                    continue;
                std::erase_if(changed[side], [](const Fact &f) { return f.kind == FactChange::Kind::Name; });
            }
        }
        // A name is a changed fact when another name took its place ("Zelenskyy" / "von der
        // Leyen", "Gower" / "Goring") or when it is what was dropped or added, not one of many
        // words of a clause that one side added or rewrote.
        {
            std::array<int, 2> words{0, 0}, nameWords{0, 0};
            for (size_t side = 0; side < 2; ++side) {
                for (const Token &t : whole[side].tokens)
                    words[side] += t.span.start >= e.spans[side].start && t.span.end <= e.spans[side].end && t.kind != WordKind::Symbol;
                for (const Fact &f : changed[side])
                    nameWords[side] += f.kind == FactChange::Kind::Name ? int(f.value.count(u' ')) + 1 : 0;
            }
            const bool swapped = nameWords[0] > 0 && nameWords[1] > 0 && words[0] <= 15 && words[1] <= 15;
            for (size_t side = 0; side < 2; ++side) {
                const bool alone = nameWords[side] * 2 >= words[side] && words[side] <= 6;
                if (!swapped && !alone)
                    std::erase_if(changed[side], [](const Fact &f) { return f.kind == FactChange::Kind::Name; });
            }
        }
        // Pair by kind, in text order: the i-th number of one side against the i-th of the other.
        for (const FactChange::Kind kind : {FactChange::Kind::Attribution, FactChange::Kind::Date,
                                            FactChange::Kind::Number, FactChange::Kind::Name}) {
            std::array<std::vector<const Fact *>, 2> of;
            for (size_t side = 0; side < 2; ++side) {
                for (const Fact &f : changed[side]) {
                    if (f.kind == kind)
                        of[side].push_back(&f);
                }
            }
            for (size_t i = 0; i < std::max(of[0].size(), of[1].size()); ++i) {
                FactChange c{kind, {}, {}, {}};
                std::array<const Fact *, 2> pair{i < of[0].size() ? of[0][i] : nullptr, i < of[1].size() ? of[1][i] : nullptr};
                // A number dropped here whose value the other side gives with another qualifier
                // ("12" / "at least 12") is that change, reported once, from the side that has it.
                if (!pair[0] || !pair[1]) {
                    const size_t side = pair[0] ? 0 : 1;
                    if (const Fact *o = sameValueOtherQualifier(*pair[side], whole[1 - side])) {
                        const bool reportedFromSide0 = side == 1
                            && std::any_of(changed[0].begin(), changed[0].end(), [o](const Fact &x) { return x.span == o->span; });
                        if (reportedFromSide0)
                            continue;
                        pair[1 - side] = o;
                    }
                }
                for (size_t side = 0; side < 2; ++side) {
                    if (pair[side]) {
                        c.spans[side] = pair[side]->span;
                        c.values[side] = pair[side]->value;
                        c.approximate[side] = pair[side]->approximate;
                    }
                }
                facts.push_back(c);
            }
        }
    }

    const bool namesReported = std::any_of(facts.begin(), facts.end(), [](const FactChange &f) { return f.kind == FactChange::Kind::Name; });
    if (!namesReported && !people[0].empty() && !people[1].empty()) {
        FactChange c{FactChange::Kind::Name, {}, {}, {}};
        for (size_t side = 0; side < 2; ++side) {
            QStringList values;
            for (const Fact &f : people[side]) {
                c.spans[side] = unite(c.spans[side], f.span);
                values << f.value;
            }
            c.values[side] = values.join(u", "_s);
        }
        facts.push_back(c);
    }

    // Quotations of either side that the other side does not reproduce, by their words.
    std::array<std::vector<TextSpan>, 2> lost;
    for (size_t side = 0; side < 2; ++side) {
        for (const TextSpan &q : quotations(*doc[side], link.ends[side].span)) {
            if (!quoteReproduced(quoteValue(*doc[side], q), whole[1 - side].foldedText()))
                lost[side].push_back(q);
        }
    }
    for (size_t i = 0; i < std::max(lost[0].size(), lost[1].size()); ++i) {
        FactChange c{FactChange::Kind::Quote, {}, {}, {}};
        for (size_t side = 0; side < 2; ++side) {
            if (i < lost[side].size()) {
                c.spans[side] = lost[side][i];
                c.values[side] = quoteValue(*doc[side], lost[side][i]);
            }
        }
        facts.push_back(c);
    }
    return facts;
}
