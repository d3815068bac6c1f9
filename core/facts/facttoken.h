#pragma once

#include "core/model/document.h"

#include <QString>
#include <QtGlobal>

#include <vector>

/// A word of a passage with what the fact detectors need to know about it (FactTokenizer).
struct FactToken
{
    int word; ///< index into Document::words
    quint16 classes; ///< FactWords::Class bits of its matching form
    TextSpan span;
    QString norm; ///< Word::norm
    QString skeleton; ///< Spelling::skeleton of the text
    WordKind kind;
    bool capitalised; ///< first letter upper case, as written
    bool sentenceStart; ///< first word of its sentence, quotation marks and brackets aside
    bool name; ///< a name by the lexicon's evidence or after a title, not in a dateline

    /// Whether `t[k]` is a hyphen written tight between two words ("terça-feira", "Beth-lehem",
    /// "to-morrow", "twenty-one"): one word the segmenter cut in three.
    static bool joinsWords(const std::vector<FactToken> &t, size_t k)
    {
        return k >= 1 && k + 1 < t.size() && (t[k].norm == u"-" || t[k].norm == u"\u2010")
            && t[k].span.start == t[k - 1].span.end && t[k + 1].span.start == t[k].span.end;
    }
};
