#pragma once

// Documents made from paragraphs in code, through the real segmentation (ICU sentences and
// words, normal forms, furniture marking), for engine tests and benchmarks.

#include "core/segment/documentbuilder.h"

#include <QStringList>

namespace TestDocuments {

inline Document fromParagraphs(const QStringList &paragraphs, const QString &name = QStringLiteral("doc.txt"))
{
    ExtractedText ex;
    for (const QString &p : paragraphs)
        ex.blocks.push_back({p, BlockKind::Paragraph});
    return DocumentBuilder::build(ex, name, QStringLiteral("text/plain"));
}

} // namespace TestDocuments
