#pragma once

#include "core/import/importer.h"

#include <QStringList>

/// Plain text in any common encoding. Blank lines separate paragraphs; lines hard-wrapped at a
/// fixed width inside a paragraph (e-mail, Project Gutenberg, terminal copies) are rejoined, so
/// a re-wrapped copy compares as identical, while short lines ("Top News") stay separate.
class PlainTextImporter : public Importer
{
public:
    Extraction extract(const QByteArray &data, const QString &path, const ImportLimits &limits) const override;

    /// The paragraphs of already decoded text; exposed for the clipboard and for tests.
    static ExtractedText fromText(const QString &text);

    /// Splits on LF, CRLF and CR alike.
    static QStringList splitLines(const QString &text);
};
