#pragma once

#include "core/model/document.h"

#include <QStringView>

#include <memory>
#include <vector>

/// ICU sentence and word segmentation. Sentence breaks suppress the standard abbreviations
/// ("Mr.", "U.S.") plus month names, titles and initials, so "Oct. 28" and "John F. Kennedy"
/// stay whole. A Segmenter is not thread-safe; create one per thread (construction clones
/// cached ICU iterators, which is cheap).
class Segmenter
{
public:
    struct WordToken
    {
        TextSpan span; ///< relative to the text passed in, UTF-16
        WordKind kind;
    };

    Segmenter();
    ~Segmenter();
    Segmenter(const Segmenter &) = delete;
    Segmenter &operator=(const Segmenter &) = delete;

    /// Sentence spans of one paragraph's text, trimmed of surrounding white space.
    /// `caseless`: the document has no capital letters (a lower-cased dump), so a full stop
    /// followed by a lower-case word also ends a sentence.
    std::vector<TextSpan> sentences(QStringView text, bool caseless = false);

    /// True when a text is written without capitals (under 0.5% of its letters upper case).
    static bool isCaseless(QStringView text);
    /// Words and symbols (white space dropped) of a text.
    std::vector<WordToken> words(QStringView text);

private:
    struct Iterators;
    std::unique_ptr<Iterators> m_it;
};
