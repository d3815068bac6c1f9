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

// Narrower than PdfImporter's endsSentence: ';' and '…' do not end a sentence here, so a
// paragraph that a stray blank line cut after one of them is rejoined by fromText().
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

// Lengths of the lines that continue into another line (the candidates for a soft wrap).
std::vector<qsizetype> continuedLineLengths(const QStringList &lines)
{
    std::vector<qsizetype> lengths;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!isBlank(lines.at(i)) && !isBlank(lines.at(i + 1)))
            lengths.push_back(lines.at(i).trimmed().size());
    }
    return lengths;
}

// The typical width the text was wrapped at (median of continued lines); zero when the text is
// not hard-wrapped. Files mix widths (OCR, pasted paragraphs), so each paragraph also measures
// its own lines.
qsizetype typicalWrapWidth(const QStringList &lines)
{
    std::vector<qsizetype> lengths = continuedLineLengths(lines);
    if (lengths.size() < 2)
        return 0;
    std::nth_element(lengths.begin(), lengths.begin() + long(lengths.size() / 2), lengths.end());
    const qsizetype w = lengths[lengths.size() / 2];
    return w >= minWrapWidth && w <= maxWrapWidth ? w : 0;
}

bool startsLowercase(const QString &block)
{
    for (QChar c : block) {
        if (c.isSpace())
            continue;
        return c.isLower();
    }
    return false;
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
    const qsizetype typical = typicalWrapWidth(lines);

    // Blank-line separated groups of lines.
    std::vector<QStringList> groups;
    QStringList current;
    for (const QString &line : lines) {
        if (isBlank(line)) {
            if (!current.isEmpty())
                groups.push_back(current);
            current.clear();
        } else {
            current << line;
        }
    }
    if (!current.isEmpty())
        groups.push_back(current);

    std::vector<QString> paragraphs;
    for (const QStringList &group : groups) {
        // The width this group was wrapped at: its longest continued line, or the file's
        // typical width when it has only one.
        qsizetype width = 0;
        for (qsizetype i = 0; i + 1 < group.size(); ++i)
            width = std::max(width, group.at(i).trimmed().size());
        if (group.size() == 2 && typical > 0)
            width = std::max(width, typical);
        if (width < minWrapWidth || width > maxWrapWidth)
            width = 0;

        QString para = group.first();
        for (qsizetype i = 1; i < group.size(); ++i) {
            const QString &line = group.at(i);
            const QString &prev = group.at(i - 1);
            const qsizetype prevLen = prev.trimmed().size();
            bool soft = width > 0
                && prevLen + 1 + firstWordLength(line) > width * 7 / 10
                && !startsListItem(line)
                && !(leadingSpaces(line) >= 4 && leadingSpaces(prev) < 4);
            // A short line ending a sentence is a paragraph end even in wrapped text.
            if (soft && endsSentence(prev) && prevLen < width * 6 / 10)
                soft = false;
            if (soft) {
                para.append(u' ');
                para.append(line.trimmed());
            } else {
                paragraphs.push_back(para);
                para = line;
            }
        }
        paragraphs.push_back(para);
    }

    ExtractedText out;
    for (QString &p : paragraphs) {
        // A blank line in the middle of a sentence (OCR, copies from PDF viewers): the previous
        // paragraph stops mid-sentence and this one goes on in lower case.
        if (!out.blocks.empty() && startsLowercase(p) && !endsSentence(out.blocks.back().text)
            && !startsListItem(p)) {
            out.blocks.back().text.append(u' ');
            out.blocks.back().text.append(p.trimmed());
            continue;
        }
        out.blocks.push_back({p, BlockKind::Paragraph});
    }
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
