#include "core/segment/documentbuilder.h"

#include "core/segment/furnituredetector.h"
#include "core/text/languageidentifier.h"
#include "core/text/normalizer.h"
#include "core/segment/segmenter.h"
#include "core/segment/titlechooser.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

QString DocumentBuilder::cleanBlockText(const QString &text, BlockKind kind)
{
    // Most blocks are clean already (single spaces, no controls): hand them back unchanged,
    // without a copy.
    bool clean = !text.isEmpty() && !text.front().isSpace() && !text.back().isSpace();
    for (qsizetype i = 0; clean && i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x21)
            clean = c == u' ' && text.at(i + 1) != u' ';
        else if (c >= 0xD800)
            clean = c > 0xDFFF && c != 0xFEFF && (c < 0xFFF0);
        else if (c >= 0x80)
            clean = !QChar(c).isSpace();
    }
    if (clean)
        return text;

    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < n && text.at(i + 1).isLowSurrogate()) {
                if (pendingSpace && !out.isEmpty())
                    out.append(u' ');
                pendingSpace = false;
                out.append(c);
                out.append(text.at(++i));
            }
            continue; // a lone surrogate is garbage
        }
        if (c.isLowSurrogate() || c.unicode() == 0)
            continue;
        if (c == u'\n' && kind == BlockKind::Preformatted) {
            out.append(c);
            pendingSpace = false;
            continue;
        }
        if (c.isSpace() || c.unicode() == 0xFEFF) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty() && !out.endsWith(u'\n'))
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

namespace {

// The cleaned blocks joined by blank lines, one paragraph each; empty blocks drop out.
void joinBlocks(Document &doc, const ExtractedText &extracted)
{
    std::vector<QString> blocks;
    std::vector<BlockKind> kinds;
    blocks.reserve(extracted.blocks.size());
    for (const TextBlock &b : extracted.blocks) {
        QString t = DocumentBuilder::cleanBlockText(b.text, b.kind);
        if (t.isEmpty())
            continue;
        blocks.push_back(std::move(t));
        kinds.push_back(b.kind);
    }

    qsizetype total = 0;
    for (const QString &b : blocks)
        total += b.size() + 2;
    doc.text.reserve(total);
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (i > 0)
            doc.text.append(u"\n\n"_s);
        Paragraph p;
        p.span = {doc.text.size(), doc.text.size() + blocks[i].size()};
        p.kind = kinds[i];
        doc.text.append(blocks[i]);
        doc.paragraphs.push_back(p);
    }
}

// Norm numbers fit Word::norm's 30 bits.
constexpr qint32 MaxNorms = qint32(1) << 29;

void addSentence(Document &doc, Segmenter &segmenter, const Normalizer &normalizer, const TextSpan &span, int paragraph)
{
    Sentence s;
    s.span = span;
    s.paragraph = paragraph;
    s.furniture = doc.paragraphs[size_t(paragraph)].furniture;
    s.firstWord = int(doc.words.size());
    for (const Segmenter::WordToken &tok : segmenter.words(doc.slice(s.span))) {
        Word w;
        w.span = {qint32(s.span.start + tok.span.start), qint32(s.span.start + tok.span.end)};
        w.kind = tok.kind;
        w.norm = doc.norms.add(normalizer.normalize(doc.slice(w.span))) & (MaxNorms - 1);
        doc.words.push_back(std::move(w));
    }
    s.wordCount = int(doc.words.size()) - s.firstWord;
    doc.sentences.push_back(s);
}

// Marks furniture and cuts every paragraph into sentences and words.
void segmentParagraphs(Document &doc)
{
    std::vector<QStringView> views;
    views.reserve(doc.paragraphs.size());
    for (const Paragraph &p : doc.paragraphs)
        views.push_back(doc.slice(p.span));
    const std::vector<bool> furniture = FurnitureDetector().detect(views);

    // Prose in alphabetic scripts has a word or punctuation token every 4.5 to 5.5 characters
    // and a sentence every 80 to 130: reserving a little more than that spares the doubling
    // reallocation, which at its peak held 3 times the words' final size (for a book, the
    // largest block of a comparison's memory).
    doc.words.reserve(size_t(doc.text.size() / 4));
    doc.sentences.reserve(size_t(doc.text.size() / 80));
    Segmenter segmenter;
    const Normalizer normalizer;
    const bool caseless = Segmenter::isCaseless(doc.text);
    for (size_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
        Paragraph &p = doc.paragraphs[pi];
        p.furniture = furniture[pi];
        p.firstSentence = int(doc.sentences.size());
        // Headings and list items are one unit each: a heading has no sentence punctuation
        // and splitting it would only produce fragments.
        std::vector<TextSpan> spans;
        if (p.kind == BlockKind::Heading)
            spans.push_back({0, p.span.length()});
        else
            spans = segmenter.sentences(views[pi], caseless);
        const qsizetype start = p.span.start;
        for (const TextSpan &rel : spans)
            addSentence(doc, segmenter, normalizer, {start + rel.start, start + rel.end}, int(pi));
        p.sentenceCount = int(doc.sentences.size()) - p.firstSentence;
    }
    // The estimate above is generous for words; what it left unused would stay for the life
    // of the comparison.
    if (doc.words.capacity() - doc.words.size() > doc.words.size() / 16)
        doc.words.shrink_to_fit();
}

} // namespace

Document DocumentBuilder::build(const ExtractedText &extracted, const QString &path, const QString &format,
                                bool identifyLanguage)
{
    Document doc;
    doc.path = path;
    doc.format = format;
    joinBlocks(doc, extracted);
    // Word spans are 32-bit and norm numbers 30-bit (fewer than the code units): import limits
    // stop far below this, text built otherwise could not.
    if (doc.text.size() >= MaxNorms)
        throw std::bad_alloc();
    segmentParagraphs(doc);
    doc.title = TitleChooser::choose(doc, extracted.title, path);
    if (identifyLanguage)
        doc.language = LanguageIdentifier::identify(doc.text);
    return doc;
}
