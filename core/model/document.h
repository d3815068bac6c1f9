#pragma once

#include "core/model/extractedtext.h"
#include "core/model/textspan.h"
#include "core/text/formtable.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

/// ICU's word-break rule status, reduced to what matching needs.
enum class WordKind : quint8 {
    Letter,      ///< alphabetic word (any script with spaces)
    Number,      ///< digits, possibly with separators ("12,000", "3.5")
    Ideographic, ///< CJK ideographs and kana, one or a few characters per unit
    Symbol,      ///< punctuation and symbols that are not white space
};

// Words are the most numerous values of a comparison (a book has half a million), so a word
// is 12 bytes: a 32-bit span, and its norm's number and its kind packed into one 32-bit field.
// The sentence of a word is Document::sentenceOf.
struct Word
{
    WordSpan span;
    /// Matching form, as its number in Document::norms (see Document::norm); a document has
    /// fewer forms than code units, so 30 bits hold any.
    qint32 norm : 30 = -1;
    WordKind kind : 2 = WordKind::Letter;
};

struct Sentence
{
    TextSpan span;
    int paragraph = -1;  ///< index into Document::paragraphs
    int firstWord = 0;   ///< index into Document::words
    int wordCount = 0;   ///< number of entries in Document::words, symbols included
    bool furniture = false;
};

struct Paragraph
{
    TextSpan span;
    BlockKind kind = BlockKind::Paragraph;
    int firstSentence = 0;
    int sentenceCount = 0;
    /// Page furniture ("Top News", "READ MORE:", share prompts): kept in the text, dimmed in
    /// views and ignored by the engine unless the options say otherwise.
    bool furniture = false;
};

/// An imported, segmented article. A plain value: copying it is cheap enough (implicitly shared
/// text) and nothing in it points elsewhere. Paragraphs are separated by "\n\n" in text.
struct Document
{
    QString path;   ///< source file path, "-" for standard input, empty for pasted text
    QString title;  ///< headline or file name
    QString format; ///< MIME type it was imported as
    /// When the source file was last modified, read on import; invalid for standard input,
    /// pasted text and data loaded without a file.
    QDateTime modified;
    /// Language of the text as a BCP-47 code ("pt", "en"), identified on import; empty when
    /// the text is too short or unlike any known language. Callers may set it to override.
    QString language;
    QString text;
    /// The bytes the text was imported from (implicitly shared, not copied), so a saved session
    /// can record their SHA-256 and embed exactly what was compared. Empty for documents built
    /// from text rather than loaded.
    QByteArray source;
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences;
    std::vector<Word> words;
    /// The distinct matching forms of the words, numbered in order of first use: NFKC,
    /// case-folded, quotes and dashes folded (see Normalizer).
    FormTable norms;

    /// The matching form of a word of this document.
    const QString &norm(const Word &w) const { return norms.form(w.norm); }
    /// The sentence (index into sentences) that word `word` (index into words) is in.
    int sentenceOf(int word) const;

    QStringView slice(const TextSpan &span) const { return QStringView(text).mid(span.start, span.length()); }
    /// Number of words that are letters, numbers or ideographs (symbols excluded).
    int wordCount() const;
    /// Whether there is at least one such word.
    bool hasWords() const;
};
