#include "core/facts/ideographicfacts.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Digits (ASCII or full width) and numerals, mixed as news writes them ("1万2000"): the
// numerals ICU's ja and zh spell-outs write, and ten thousand and a hundred million in both
// scripts.
const QString number = u"[0-9\\x{FF10}-\\x{FF19}〇零一二两兩三四五六七八九十百千万萬億亿]+"_s;

// Digits, or numerals parsed with the language's spell-out rules.
std::optional<double> groupValue(QStringView text, const FactLexicon &lex)
{
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); })) {
        double v = 0;
        for (QChar c : text)
            v = v * 10 + c.digitValue();
        return v;
    }
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    return lex.spelledNumber(text.toString());
}

// "1万2000" is 1 ten-thousand and 2000: a number mixing digits and numerals is split at its
// largest myriad, each side read on its own; numerals alone are read whole by the spell-out.
std::optional<double> valueOf(QStringView text, const FactLexicon &lex)
{
    const bool digits = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    const bool numerals = std::any_of(text.begin(), text.end(), [](QChar c) { return !c.isDigit(); });
    if (text.isEmpty())
        return std::nullopt;
    for (const auto &[unit, scale] : {std::pair{QStringView(u"億亿"), 1e8}, std::pair{QStringView(u"万萬"), 1e4}}) {
        const qsizetype at = std::max(text.indexOf(unit[0]), text.indexOf(unit[1]));
        if (!digits || !numerals || at < 0)
            continue;
        const std::optional<double> high = at == 0 ? std::optional<double>(1) : valueOf(text.left(at), lex);
        const std::optional<double> low
            = at + 1 == text.size() ? std::optional<double>(0) : valueOf(text.mid(at + 1), lex);
        if (!high || !low)
            return std::nullopt;
        return *high * scale + *low;
    }
    return groupValue(text, lex);
}

QString twoDigits(std::optional<double> v) { return v ? QString::number(int(*v)).rightJustified(2, u'0') : u"--"_s; }

} // namespace

std::vector<Fact> IdeographicFacts::find(const Document &d, const FactLexicon &lex, const TextSpan &span)
{
    std::vector<Fact> out;
    auto word = std::lower_bound(
        d.words.begin(), d.words.end(), span.start, [](const Word &w, qsizetype pos) { return w.span.start < pos; });
    bool ideographic = false;
    for (; word != d.words.end() && word->span.end <= span.end && !ideographic; ++word)
        ideographic = word->kind == WordKind::Ideographic;
    if (!ideographic)
        return out;

    const QStringView text = d.slice(span);
    std::vector<bool> taken(size_t(text.size()), false);
    auto add = [&](qsizetype at, qsizetype length, const QString &value) {
        for (qsizetype k = at; k < at + length; ++k) {
            if (taken[size_t(k)])
                return;
        }
        std::fill(taken.begin() + at, taken.begin() + at + length, true);
        out.push_back({FactChange::Kind::Date, {span.start + at, span.start + at + length}, value});
    };

    for (const auto &[name, day] : lex.ideographicWeekdays()) {
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.size()))
            add(at, name.size(), u"weekday %1"_s.arg(day));
    }

    // Year, month and day, each optional; a day alone ("8日") is how Japanese news dates a
    // report. Spaces between the parts are formatting.
    static const QRegularExpression date(u"(?:(%1)\\s*年\\s*)?(?:(%1)\\s*月\\s*)?(?:(%1)\\s*[日号號])?"_s.arg(number));
    for (auto it = date.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0 || (m.captured(1).isEmpty() && m.captured(2).isEmpty() && m.captured(3).isEmpty()))
            continue;
        // A year alone ("3年") is a count of years, not a date, unless it has four digits.
        if (m.captured(2).isEmpty() && m.captured(3).isEmpty() && m.capturedLength(1) != 4)
            continue;
        const std::optional<double> year = valueOf(m.capturedView(1), lex), month = valueOf(m.capturedView(2), lex),
                                    day = valueOf(m.capturedView(3), lex);
        if ((month && (*month < 1 || *month > 12)) || (day && (*day < 1 || *day > 31)))
            continue;
        add(m.capturedStart(), m.capturedLength(),
            (year ? QString::number(int(*year)) : u"-"_s) + u'-' + twoDigits(month) + u'-' + twoDigits(day));
    }

    // Counted numbers: the counter is what makes a numeral a quantity.
    static const QRegularExpression counted(
        u"(%1)\\s*(?=[人名件個个回歳岁台隻只機架棟栋発头頭位座次户戶家所隊队枚本匹杯倍%%％])"_s.arg(number));
    for (auto it = counted.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (const std::optional<double> v = valueOf(m.capturedView(1), lex)) {
            const size_t before = out.size();
            add(m.capturedStart(1), m.capturedLength(1), QString::number(*v, 'g', 12));
            if (out.size() > before)
                out.back().kind = FactChange::Kind::Number;
        }
    }
    std::sort(out.begin(), out.end(), [](const Fact &x, const Fact &y) { return x.span.start < y.span.start; });
    return out;
}
