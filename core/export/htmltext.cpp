#include "core/export/htmltext.h"

#include "core/present/wording.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

using ColorField = QString HtmlPalette::Colors::*;

struct CssVar
{
    QLatin1StringView name;
    ColorField field;
};

const std::array<CssVar, 19> kVars{{
    {"bg"_L1, &HtmlPalette::Colors::background},
    {"fg"_L1, &HtmlPalette::Colors::text},
    {"dim"_L1, &HtmlPalette::Colors::dimmed},
    {"line"_L1, &HtmlPalette::Colors::line},
    {"m"_L1, &HtmlPalette::Colors::match},
    {"d"_L1, &HtmlPalette::Colors::divergent},
    {"u"_L1, &HtmlPalette::Colors::unique},
    {"f"_L1, &HtmlPalette::Colors::furniture},
    {"mk"_L1, &HtmlPalette::Colors::matchMarker},
    {"dk"_L1, &HtmlPalette::Colors::divergentMarker},
    {"uk"_L1, &HtmlPalette::Colors::uniqueMarker},
    {"r"_L1, &HtmlPalette::Colors::related},
    {"rk"_L1, &HtmlPalette::Colors::relatedMarker},
    {"chg"_L1, &HtmlPalette::Colors::changed},
    {"ins"_L1, &HtmlPalette::Colors::inserted},
    {"fact"_L1, &HtmlPalette::Colors::fact},
    {"mv"_L1, &HtmlPalette::Colors::moved},
    {"hover"_L1, &HtmlPalette::Colors::hover},
    {"focus"_L1, &HtmlPalette::Colors::focus},
}};

struct BidiControl
{
    char16_t code;
    QLatin1StringView abbreviation;
    QLatin1StringView name;
};

const std::array<BidiControl, 12> kBidiControls{{
    {0x202a, "LRE"_L1, "LEFT-TO-RIGHT EMBEDDING"_L1},
    {0x202b, "RLE"_L1, "RIGHT-TO-LEFT EMBEDDING"_L1},
    {0x202c, "PDF"_L1, "POP DIRECTIONAL FORMATTING"_L1},
    {0x202d, "LRO"_L1, "LEFT-TO-RIGHT OVERRIDE"_L1},
    {0x202e, "RLO"_L1, "RIGHT-TO-LEFT OVERRIDE"_L1},
    {0x2066, "LRI"_L1, "LEFT-TO-RIGHT ISOLATE"_L1},
    {0x2067, "RLI"_L1, "RIGHT-TO-LEFT ISOLATE"_L1},
    {0x2068, "FSI"_L1, "FIRST STRONG ISOLATE"_L1},
    {0x2069, "PDI"_L1, "POP DIRECTIONAL ISOLATE"_L1},
    {0x200e, "LRM"_L1, "LEFT-TO-RIGHT MARK"_L1},
    {0x200f, "RLM"_L1, "RIGHT-TO-LEFT MARK"_L1},
    {0x061c, "ALM"_L1, "ARABIC LETTER MARK"_L1},
}};

void appendEscaped(QString &out, QStringView text)
{
    for (QChar ch : Wording::displayText(text)) {
        switch (ch.unicode()) {
        case u'&': out += "&amp;"_L1; break;
        case u'<': out += "&lt;"_L1; break;
        case u'>': out += "&gt;"_L1; break;
        case u'"': out += "&quot;"_L1; break;
        case u'\'': out += "&#39;"_L1; break;
        default: out += ch;
        }
    }
}

} // namespace

QString HtmlText::escaped(QStringView text)
{
    QString out;
    appendEscaped(out, text);
    return out;
}

// Embeddings, overrides and isolates are kept inside their badge's isolate, where they reorder
// nothing; the marks (LRM, RLM, ALM) reorder no letters and stay in the text after their badge,
// where right-to-left text may need them.
void HtmlText::appendText(QString &out, QStringView text)
{
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const auto control = std::find_if(kBidiControls.begin(), kBidiControls.end(),
                                          [c](const BidiControl &b) { return b.code == c; });
        if (control == kBidiControls.end())
            continue;
        appendEscaped(out, text.mid(plainFrom, i - plainFrom));
        const bool mark = c == 0x200e || c == 0x200f || c == 0x061c;
        out += u"<span class=\"bidi\" dir=\"ltr\" title=\"U+"_s + QString::number(int(c), 16).toUpper().rightJustified(4, u'0')
            + u' ' + control->name + u": a hidden character that changes the direction of text\">\u27e8"_s
            + control->abbreviation + u"\u27e9"_s + (mark ? QString() : QString(QChar(c))) + u"</span>"_s
            + (mark ? QString(QChar(c)) : QString());
        plainFrom = i + 1;
    }
    appendEscaped(out, text.mid(plainFrom));
}

QString HtmlText::cssVariables(const HtmlPalette::Colors &colors, const HtmlPalette::Colors &fallback)
{
    static const QRegularExpression hex(u"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"_s);
    QString out;
    for (const CssVar &v : kVars) {
        const QString &value = colors.*v.field;
        out += u"--"_s + v.name + u':' + (hex.match(value).hasMatch() ? value : fallback.*v.field) + u';';
    }
    return out;
}

QString HtmlText::withoutBidiControls(QString text)
{
    text.removeIf([](QChar ch) {
        return std::any_of(kBidiControls.begin(), kBidiControls.end(), [ch](const BidiControl &b) { return b.code == ch.unicode(); });
    });
    return text;
}

// Everything but ASCII letters, digits and spaces becomes a hex escape.
QString HtmlText::cssString(QStringView text)
{
    QString out = u"\""_s;
    for (const char32_t cp : text.toUcs4()) {
        if ((cp < 0x80 && QChar::isLetterOrNumber(cp)) || cp == U' ')
            out += QChar(cp);
        else
            out += u'\\' + QString::number(cp, 16) + u' ';
    }
    return out + u'"';
}

QString HtmlText::cspHash(const QString &block)
{
    return u"'sha256-"_s + QString::fromLatin1(QCryptographicHash::hash(block.toUtf8(), QCryptographicHash::Sha256).toBase64())
        + u'\'';
}
