#pragma once

#include "core/model/extractedtext.h"

#include <QString>

#include <gumbo.h>

#include <unordered_set>
#include <vector>

/// Turns an element subtree of a parsed page into blocks: block elements end the text before
/// them, inline elements join the text around them with white space only where the source has
/// it. Elements in `dropped` (page furniture) are skipped with everything inside them.
class HtmlBlockCollector
{
public:
    explicit HtmlBlockCollector(std::unordered_set<const GumboNode *> dropped);

    /// The blocks of a subtree; the root is collected even when it is in `dropped`.
    std::vector<TextBlock> collect(const GumboNode *root);

    /// The text of a subtree on one line (a heading, the <title>).
    QString line(const GumboNode *root);

private:
    void enterBlock(GumboTag tag);
    void leaveBlock(GumboTag tag);
    void appendText(const char *utf8);

    /// One <br> is a line break inside the paragraph; two in a row separate paragraphs.
    void lineBreak();
    /// Ends the current block.
    void flush();

    /// Drops blank lines before and white space after the text; keeps the first line's indent.
    static QString trimmedPreformatted(const QString &text);

    const std::unordered_set<const GumboNode *> m_dropped;
    std::vector<TextBlock> m_blocks;
    std::vector<BlockKind> m_kinds;
    QString m_current;
    bool m_pendingSpace = false;
    int m_breaks = 0;       ///< <br>s since the last visible character
    int m_preformatted = 0; ///< depth of <pre> elements around the current text
};
