#pragma once

#include "core/import/importer.h"

/// Markdown (CommonMark with GitHub's tables, strikethrough and task lists) through md4c, in any
/// encoding TextDecoder recognises. Headings, list items, block quotes and code blocks become
/// blocks of their kind, each table row a paragraph with its cells between " | "; inline markup
/// is stripped (links keep their text, images are dropped), entities are decoded and HTML
/// blocks dropped. A leading
/// YAML (---) or TOML (+++) front matter block is dropped; its title, or else the first level-1
/// heading, is the title.
class MarkdownImporter : public Importer
{
public:
    Extraction extract(const QByteArray &data, const QString &path, const ImportLimits &limits) const override;

    /// The blocks of already decoded Markdown; exposed for the clipboard and for tests.
    static ExtractedText fromText(const QString &markdown);
};
