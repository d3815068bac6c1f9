#pragma once

#include "core/model/document.h"

#include <QString>
#include <QtGlobal>

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
};
