#include "core/facts/facttokenizer.h"

#include "core/facts/factwords.h"
#include "core/facts/spelling.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

std::vector<FactToken> FactTokenizer::tokens(
    const Document &d, const FactLexicon &lex, std::vector<quint16> &classes, const TextSpan &span)
{
    std::vector<FactToken> out;
    if (span.isEmpty())
        return out;
    auto it = std::lower_bound(
        d.words.begin(), d.words.end(), span.start, [](const Word &w, qsizetype pos) { return w.span.start < pos; });
    qsizetype datelineUntil = -1;
    for (; it != d.words.end() && it->span.end <= span.end; ++it) {
        const QStringView text = d.slice(it->span);
        const bool start = isSentenceStart(d, it);
        const bool capitalised = !text.isEmpty() && text.front().isUpper();
        // A capitalised word after a title ("Minister Park", "President Yoon") is a name too.
        const bool afterTitle = !out.empty() && out.back().capitalised && FactWords::isTitle(out.back().norm);
        const int index = int(it - d.words.begin());
        if (it == d.words.begin() || (it - 1)->span.end < span.start
            || d.sentences[size_t(d.sentenceOf(index))].firstWord == index)
            datelineUntil = datelineEnd(d, it->span.start);
        const bool inDateline = it->span.end <= datelineUntil;
        const bool name
            = it->kind == WordKind::Letter && capitalised && !inDateline && (afterTitle || lex.isNameWord(index));
        quint16 &c = classes[size_t(lex.form(index))];
        if (!c)
            c = FactWords::classify(d.norm(*it));
        out.push_back({index, c, it->span, d.norm(*it), Spelling::skeleton(text), it->kind, capitalised, start, name});
    }
    return out;
}

// The first word of its sentence, quotation marks and brackets aside.
bool FactTokenizer::isSentenceStart(const Document &d, std::vector<Word>::const_iterator word)
{
    const auto first = d.words.begin() + d.sentences[size_t(d.sentenceOf(int(word - d.words.begin())))].firstWord;
    return std::all_of(first, word, [](const Word &w) { return w.kind == WordKind::Symbol; });
}

// Where the dateline that opens the paragraph holding `pos` ends ("MOSCOU (Rússia) -",
// "WASHINGTON —"), or -1: the place a report was filed from is not a claim of the story.
qsizetype FactTokenizer::datelineEnd(const Document &d, qsizetype pos)
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
