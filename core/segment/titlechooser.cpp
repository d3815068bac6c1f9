#include "core/segment/titlechooser.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <unicode/uchar.h>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// A headline longer than this many display columns is a paragraph, whatever its punctuation.
constexpr int HeadlineColumns = 200;

int displayColumns(char32_t c)
{
    const int width = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

int displayColumns(const QString &text)
{
    int columns = 0;
    for (const uint c : text.toUcs4())
        columns += displayColumns(char32_t(c));
    return columns;
}

} // namespace

QString TitleChooser::withoutMetadata(const QString &text)
{
    // A key word or two (date, published, updated…), then an ISO date with an optional time. Dates
    // spelled out in words are left alone: "March 8" can begin a headline.
    static const QRegularExpression stamp(
        uR"(^\s*(?:[\p{L}]+(?:\s[\p{L}]+)?\s*:?\s*)?\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\s*[-–—|:·]?\s*)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = stamp.match(text);
    return m.hasMatch() ? text.mid(m.capturedEnd()).trimmed() : text;
}

QString TitleChooser::capped(const QString &text, int columns)
{
    if (displayColumns(text) <= columns)
        return text;
    const QList<uint> chars = text.toUcs4();
    int used = 1; // the ellipsis
    qsizetype keep = 0;
    while (keep < chars.size() && used + displayColumns(char32_t(chars[keep])) <= columns)
        used += displayColumns(char32_t(chars[keep++]));
    QString cut = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), keep);
    // Back to the last space when the script has them and it is not too far back.
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > cut.size() * 2 / 3)
        cut.truncate(space);
    return cut.trimmed() + u'…';
}

bool TitleChooser::looksLikeHeadline(const QString &text)
{
    if (text.isEmpty() || text.contains(u'\n') || displayColumns(text) > HeadlineColumns)
        return false;
    // The last character that is not a closing quote or bracket.
    for (qsizetype i = text.size(); i > 0;) {
        --i;
        char32_t c = text.at(i).unicode();
        if (QChar::isLowSurrogate(c) && i > 0 && text.at(i - 1).isHighSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i - 1), text.at(i));
            --i;
        }
        const int category = u_charType(UChar32(c));
        if (category == U_END_PUNCTUATION || category == U_FINAL_PUNCTUATION || u_isspace(UChar32(c)))
            continue;
        // Questions and exclamations make headlines too; a full stop in any script does not.
        static constexpr char32_t allowed[] = {U'?', U'!', U'？', U'！', U'؟', U'‽'};
        return std::find(std::begin(allowed), std::end(allowed), c) != std::end(allowed)
               || !u_hasBinaryProperty(UChar32(c), UCHAR_S_TERM);
    }
    return false;
}

QString TitleChooser::choose(const Document &doc, const QString &formatTitle, const QString &path)
{
    QString title = withoutMetadata(formatTitle.simplified());
    if (title.isEmpty()) {
        // The first paragraph that is not furniture nor only a date stamp, if it reads as a
        // headline.
        for (const Paragraph &p : doc.paragraphs) {
            if (p.furniture)
                continue;
            const QString t = withoutMetadata(doc.slice(p.span).toString());
            if (t.isEmpty())
                continue;
            if (p.kind == BlockKind::Heading || looksLikeHeadline(t))
                title = t;
            break;
        }
    }
    if (title.isEmpty())
        title = path.isEmpty() || path == u"-"_s ? u"Untitled"_s : QFileInfo(path).fileName();
    return capped(title);
}
