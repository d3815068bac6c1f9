#include "core/import/plaintextimporter.h"

#include "core/import/textdecoder.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Text wrapped by a mailer or editor never uses lines wider than this; a file whose lines are
// longer has one paragraph per line.
constexpr qsizetype maxWrapWidth = 140;
// Nobody wraps prose narrower than this; shorter continued lines are separate lines
// ("Top News" / "Next Story").
constexpr qsizetype minWrapWidth = 40;

bool isBlank(const QString &line)
{
    for (QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool startsListItem(const QString &line)
{
    static const QRegularExpression re(uR"(^\s*(?:[-*+•‣◦▪–]\s+|\(?\d{1,3}[.)]\s+|\(?[a-zA-Z][.)]\s+))"_s);
    return re.match(line).hasMatch();
}

qsizetype leadingSpaces(const QString &line)
{
    qsizetype n = 0;
    while (n < line.size() && (line.at(n) == u' ' || line.at(n) == u'\t'))
        ++n;
    return n;
}

bool endsSentence(const QString &line)
{
    QStringView t = QStringView(line).trimmed();
    while (!t.isEmpty() && QStringView(u"\"')]\u201D\u2019").contains(t.back()))
        t.chop(1);
    return !t.isEmpty() && QStringView(u".!?:").contains(t.back());
}

qsizetype firstWordLength(const QString &line)
{
    const QStringView t = QStringView(line).trimmed();
    qsizetype n = 0;
    while (n < t.size() && !t.at(n).isSpace())
        ++n;
    return n;
}

// The width the text was wrapped at: the longest of the lines that continue into another line,
// ignoring a few outliers. Zero when the text is not hard-wrapped.
qsizetype wrapWidth(const QStringList &lines)
{
    std::vector<qsizetype> lengths;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!isBlank(lines.at(i)) && !isBlank(lines.at(i + 1)))
            lengths.push_back(lines.at(i).trimmed().size());
    }
    if (lengths.size() < 2)
        return 0;
    std::sort(lengths.begin(), lengths.end());
    const qsizetype w = lengths[std::min(lengths.size() - 1, lengths.size() * 95 / 100)];
    return w >= minWrapWidth && w <= maxWrapWidth ? w : 0;
}

} // namespace

QStringList PlainTextImporter::splitLines(const QString &text)
{
    QString t = text;
    t.replace(u"\r\n"_s, u"\n"_s);
    t.replace(u'\r', u'\n');
    t.replace(u'\f', u'\n');
    t.replace(QChar(0x2029), u'\n'); // paragraph separator
    t.replace(QChar(0x2028), u'\n'); // line separator
    return t.split(u'\n');
}

ExtractedText PlainTextImporter::fromText(const QString &text)
{
    const QStringList lines = splitLines(text);
    const qsizetype width = wrapWidth(lines);

    ExtractedText out;
    QString current;
    auto flush = [&] {
        if (!current.trimmed().isEmpty())
            out.blocks.push_back({current, BlockKind::Paragraph});
        current.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isBlank(line)) {
            flush();
            continue;
        }
        if (current.isEmpty()) {
            current = line;
            continue;
        }
        // Decide whether the break before `line` was a soft wrap.
        const QString &prev = lines.at(i - 1);
        const qsizetype prevLen = prev.trimmed().size();
        bool soft = width > 0
            && prevLen + 1 + firstWordLength(line) > width * 7 / 10
            && !startsListItem(line)
            && !(leadingSpaces(line) >= 4 && leadingSpaces(prev) < 4);
        // A short line ending a sentence is a paragraph end even in wrapped text.
        if (soft && endsSentence(prev) && prevLen < width * 6 / 10)
            soft = false;
        if (soft) {
            current.append(u' ');
            current.append(line.trimmed());
        } else {
            flush();
            current = line;
        }
    }
    flush();
    return out;
}

Extraction PlainTextImporter::extract(const QByteArray &data, const QString &, const ImportLimits &) const
{
    const TextDecoder::Result decoded = TextDecoder::decode(data);
    if (!decoded.ok())
        return Extraction::failure(decoded.error);
    Extraction e;
    e.text = fromText(decoded.text);
    return e;
}
