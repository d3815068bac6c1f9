#pragma once

#include <QString>

#include <vector>

/// What a block of extracted text was in its source; headings and list items are kept as
/// their own paragraphs so they never merge into the prose around them.
enum class BlockKind {
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
};

/// One block-level element of a source document: a paragraph, heading, list item...
/// Text is plain (markup stripped, entities decoded) and may contain single '\n' line breaks
/// only inside Preformatted blocks.
struct TextBlock
{
    QString text;
    BlockKind kind = BlockKind::Paragraph;

    friend bool operator==(const TextBlock &, const TextBlock &) = default;
};

/// The output of every importer: a title (empty when the format has none) and the blocks
/// in reading order. Segmentation turns it into a Document.
struct ExtractedText
{
    QString title;
    std::vector<TextBlock> blocks;
};
