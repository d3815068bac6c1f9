#pragma once

#include "core/model/document.h"
#include "core/model/extractedtext.h"

/// Turns an importer's blocks into a segmented Document: joins blocks into one text
/// (paragraphs separated by a blank line), splits sentences and words with ICU, computes each
/// word's matching form and marks page furniture.
class DocumentBuilder
{
public:
    /// `identifyLanguage` false leaves Document::language empty (DocumentLoader::setIdentifiesLanguage).
    static Document build(const ExtractedText &extracted, const QString &path, const QString &format,
                          bool identifyLanguage = true);

    /// Collapses white space runs to one space (keeping line breaks in preformatted blocks) and
    /// drops characters that must never reach the views (NUL, lone surrogates).
    static QString cleanBlockText(const QString &text, BlockKind kind);
};
