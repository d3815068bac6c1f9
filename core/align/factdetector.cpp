#include "core/align/factdetector.h"

#include "core/text/normalizer.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> &wordSet(std::initializer_list<const char16_t *> words, QSet<QString> &storage)
{
    if (storage.isEmpty()) {
        for (const char16_t *w : words)
            storage.insert(QString::fromUtf16(w));
    }
    return storage;
}

bool isMonthOrDay(const QString &w)
{
    static QSet<QString> s;
    return wordSet({u"january", u"february", u"march", u"april", u"may", u"june", u"july", u"august", u"september",
                    u"october", u"november", u"december", u"jan", u"feb", u"mar", u"apr", u"jun", u"jul", u"aug",
                    u"sep", u"sept", u"oct", u"nov", u"dec", u"monday", u"tuesday", u"wednesday", u"thursday",
                    u"friday", u"saturday", u"sunday", u"today", u"yesterday", u"tomorrow", u"tonight"},
                   s)
        .contains(w);
}

bool isPeriodWord(const QString &w)
{
    static QSet<QString> s;
    return wordSet({u"week", u"weekend", u"month", u"year", u"night", u"morning", u"afternoon", u"evening",
                    u"decade", u"century", u"weeks", u"months", u"years", u"days", u"hours", u"minutes"},
                   s)
        .contains(w);
}

bool isPeriodLead(const QString &w)
{
    static QSet<QString> s;
    return wordSet({u"this", u"last", u"next", u"past", u"coming", u"earlier", u"later", u"recent", u"previous",
                    u"several", u"few"},
                   s)
        .contains(w);
}

bool isNumberWord(const QString &w)
{
    static QSet<QString> s;
    return wordSet({u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten",
                    u"eleven", u"twelve", u"thirteen", u"fourteen", u"fifteen", u"sixteen", u"seventeen",
                    u"eighteen", u"nineteen", u"twenty", u"thirty", u"forty", u"fifty", u"sixty", u"seventy",
                    u"eighty", u"ninety", u"hundred", u"hundreds", u"thousand", u"thousands", u"million",
                    u"millions", u"billion", u"billions", u"trillion", u"dozen", u"dozens", u"half", u"percent",
                    u"per", u"cent", u"first", u"second", u"third", u"score", u"scores", u"tens"},
                   s)
        .contains(w);
}

bool isQuantifier(const QString &w)
{
    static QSet<QString> s;
    return wordSet({u"about", u"around", u"nearly", u"almost", u"some", u"over", u"more", u"than", u"fewer", u"less",
                    u"least", u"at", u"up", u"roughly", u"approximately", u"estimated", u"an", u"a", u"under",
                    u"only", u"just", u"of", u"several"},
                   s)
        .contains(w);
}

bool isAttributionVerb(const QString &w)
{
    static QSet<QString> s;
    return wordSet({u"said", u"says", u"say", u"told", u"tells", u"according", u"stated", u"added", u"claimed",
                    u"reported", u"reports", u"announced", u"confirmed", u"noted", u"wrote", u"explained",
                    u"insisted", u"warned", u"asserted"},
                   s)
        .contains(w);
}

bool isQuoteChar(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E' || c == u'\u00AB' || c == u'\u00BB';
}

struct Token
{
    TextSpan span;
    QString norm;
    WordKind kind;
    bool capitalised;
    bool sentenceStart;
};

// Words of a document inside a span, with what the detectors need to know about each.
std::vector<Token> tokensIn(const Document &d, const TextSpan &span)
{
    std::vector<Token> out;
    if (span.isEmpty())
        return out;
    auto it = std::lower_bound(d.words.begin(), d.words.end(), span.start,
                               [](const Word &w, qsizetype pos) { return w.span.start < pos; });
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
        out.push_back({it->span, it->norm, it->kind, !text.isEmpty() && text.front().isUpper(), start});
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

// Date expressions: month and day names with adjacent numbers, "this week", "last night",
// years. Marks the tokens used.
TextSpan dateSpan(const std::vector<Token> &t, std::vector<bool> &used)
{
    TextSpan span;
    for (size_t i = 0; i < t.size(); ++i) {
        const QString &w = t[i].norm;
        bool hit = false;
        if (t[i].kind == WordKind::Letter && isMonthOrDay(w) && (w != u"may"_s || t[i].capitalised)) {
            hit = true;
            // "Oct. 28", "28 October", "October 28, 2024"
            for (size_t j = i + 1; j < t.size() && j <= i + 4; ++j) {
                if (t[j].kind == WordKind::Number) {
                    span = unite(span, t[j].span);
                    used[j] = true;
                } else if (t[j].kind != WordKind::Symbol) {
                    break;
                }
            }
            if (i > 0 && t[i - 1].kind == WordKind::Number) {
                span = unite(span, t[i - 1].span);
                used[i - 1] = true;
            }
        } else if (t[i].kind == WordKind::Letter && isPeriodWord(w) && i > 0 && isPeriodLead(t[i - 1].norm)) {
            hit = true;
            span = unite(span, t[i - 1].span);
            used[i - 1] = true;
        } else if (t[i].kind == WordKind::Number && w.size() == 4 && (w.startsWith(u"19"_s) || w.startsWith(u"20"_s))) {
            hit = true;
        }
        if (hit) {
            span = unite(span, t[i].span);
            used[i] = true;
        }
    }
    return span;
}

// Numbers and quantities not already part of a date, with a leading "about", "more than".
TextSpan numberSpan(const std::vector<Token> &t, std::vector<bool> &used)
{
    TextSpan span;
    for (size_t i = 0; i < t.size(); ++i) {
        if (used[i])
            continue;
        const bool number = t[i].kind == WordKind::Number || (t[i].kind == WordKind::Letter && isNumberWord(t[i].norm));
        if (!number)
            continue;
        span = unite(span, t[i].span);
        used[i] = true;
        for (size_t j = i; j > 0 && isQuantifier(t[j - 1].norm) && !used[j - 1]; --j) {
            span = unite(span, t[j - 1].span);
            used[j - 1] = true;
        }
    }
    return span;
}

// Attribution: the reporting verb with its speaker ("Lee said", "according to Lee").
TextSpan attributionSpan(const std::vector<Token> &t, std::vector<bool> &used)
{
    TextSpan span;
    for (size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != WordKind::Letter || !isAttributionVerb(t[i].norm))
            continue;
        span = unite(span, t[i].span);
        used[i] = true;
        // The speaker: capitalised words right before ("Lee said") or after ("said Lee",
        // "according to Lee Seong-kweun").
        size_t j = i;
        while (j > 0 && (t[j - 1].capitalised || (t[j - 1].kind == WordKind::Symbol && t[j - 1].norm == u"-"_s)) && i - j < 4) {
            --j;
            span = unite(span, t[j].span);
            used[j] = true;
        }
        size_t k = i + 1;
        if (k < t.size() && t[k].norm == u"to"_s)
            ++k;
        while (k < t.size() && (t[k].capitalised || (t[k].kind == WordKind::Symbol && t[k].norm == u"-"_s)) && k - i < 5) {
            span = unite(span, t[k].span);
            used[k] = true;
            ++k;
        }
    }
    return span;
}

// Runs the detector and splits what it marked into separate expressions: runs of marked tokens,
// bridged over at most one unmarked symbol ("Oct" "." "28").
template<typename Detector>
std::vector<TextSpan> expressions(Detector detector, const std::vector<Token> &t, std::vector<bool> &used)
{
    const std::vector<bool> before = used;
    detector(t, used);
    std::vector<TextSpan> out;
    long last = -10;
    for (size_t i = 0; i < t.size(); ++i) {
        if (!used[i] || before[i])
            continue;
        const bool joins = !out.empty()
            && (long(i) == last + 1 || (long(i) == last + 2 && t[size_t(last + 1)].kind == WordKind::Symbol));
        if (joins)
            out.back().end = t[i].span.end;
        else
            out.push_back(t[i].span);
        last = long(i);
    }
    return out;
}

QString lettersOnly(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

// Capitalised word runs not at a sentence start: names of people, places, organisations.
std::vector<std::pair<TextSpan, QString>> nameRuns(const std::vector<Token> &t, const std::vector<bool> &used)
{
    std::vector<std::pair<TextSpan, QString>> runs;
    for (size_t i = 0; i < t.size(); ++i) {
        if (used[i] || t[i].kind != WordKind::Letter || !t[i].capitalised || t[i].sentenceStart)
            continue;
        TextSpan span = t[i].span;
        QString key = lettersOnly(t[i].norm);
        size_t j = i + 1;
        while (j < t.size() && !used[j] && t[j].kind == WordKind::Letter && t[j].capitalised) {
            span = unite(span, t[j].span);
            key += u' ' + lettersOnly(t[j].norm);
            ++j;
        }
        runs.emplace_back(span, key);
        i = j - 1;
    }
    return runs;
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

QString folded(const Document &d, const TextSpan &s)
{
    QString t = d.slice(s).toString().toCaseFolded().simplified();
    Normalizer::foldPunctuation(t);
    // Word by word, so that "Korea's" and "Korea’s" and "Koreas" fold alike.
    QStringList words = t.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        w = lettersOnly(w);
    words.removeAll(QString());
    return words.join(u' ');
}

} // namespace

std::vector<FactChange> FactDetector::detect(const Document &a, const Document &b, const Link &link)
{
    std::vector<FactChange> facts;
    if (link.kind == LinkKind::Match)
        return facts;
    const QString wholeA = folded(a, link.ends[0].span), wholeB = folded(b, link.ends[1].span);

    for (const WordEdit &e : link.edits) {
        if (e.op == WordEdit::Op::Equal)
            continue;
        const std::vector<Token> ta = tokensIn(a, e.spans[0]), tb = tokensIn(b, e.spans[1]);
        std::vector<bool> usedA(ta.size(), false), usedB(tb.size(), false);

        // One fact per expression: the i-th attribution (date, number) of one side against the
        // i-th of the other, so that two dates in one edit are not reported as one long span.
        auto pairUp = [&](FactChange::Kind kind, auto detector) {
            const std::vector<TextSpan> sa = expressions(detector, ta, usedA), sb = expressions(detector, tb, usedB);
            for (size_t i = 0; i < std::max(sa.size(), sb.size()); ++i) {
                const TextSpan x = i < sa.size() ? sa[i] : TextSpan{}, y = i < sb.size() ? sb[i] : TextSpan{};
                if (folded(a, x) != folded(b, y))
                    facts.push_back({kind, {x, y}});
            }
        };
        pairUp(FactChange::Kind::Attribution, attributionSpan);
        pairUp(FactChange::Kind::Date, dateSpan);
        pairUp(FactChange::Kind::Number, numberSpan);

        // A name counts when it was swapped for another wording, or dropped or added on its
        // own, and the other passage does not have it anywhere; a name inside a whole clause
        // that one side added is not a changed fact but an addition.
        // A name counts when it is what the edit is about: the names make up most of the words
        // one side changed, and the other passage does not have them anywhere. A name inside a
        // clause one outlet added or rewrote ("North Korea's official news agency said") is not
        // a changed name.
        auto changedNames = [](const std::vector<Token> &tokens, const std::vector<bool> &used, const QString &other) {
            TextSpan span;
            int words = 0, nameWords = 0;
            for (const Token &t : tokens)
                words += t.kind != WordKind::Symbol;
            for (const auto &[run, key] : nameRuns(tokens, used)) {
                if (!other.contains(key)) {
                    span = unite(span, run);
                    nameWords += int(key.count(u' ')) + 1;
                }
            }
            return nameWords * 2 >= words ? span : TextSpan{};
        };
        const TextSpan nameA = changedNames(ta, usedA, wholeB), nameB = changedNames(tb, usedB, wholeA);
        if (!nameA.isEmpty() || !nameB.isEmpty())
            facts.push_back({FactChange::Kind::Name, {nameA, nameB}});
    }

    // Quotations of either side that the other side does not reproduce word for word.
    const std::vector<TextSpan> qa = quotations(a, link.ends[0].span), qb = quotations(b, link.ends[1].span);
    auto unmatched = [](const Document &d, const std::vector<TextSpan> &quotes, const QString &other) {
        std::vector<TextSpan> out;
        for (const TextSpan &q : quotes) {
            if (!other.contains(folded(d, q)))
                out.push_back(q);
        }
        return out;
    };
    const std::vector<TextSpan> lostA = unmatched(a, qa, wholeB), lostB = unmatched(b, qb, wholeA);
    for (size_t i = 0; i < std::max(lostA.size(), lostB.size()); ++i)
        facts.push_back({FactChange::Kind::Quote, {i < lostA.size() ? lostA[i] : TextSpan{}, i < lostB.size() ? lostB[i] : TextSpan{}}});
    return facts;
}
