#pragma once

#include "core/model/document.h"

#include <QString>

/// The title of a document: the format's own (an HTML <title>, DOCX core properties), else the
/// first headline-like paragraph, else the file name. Whatever its source, a leading metadata
/// stamp ("date 2024-10-29 …", "Published: 2024-10-29") is not part of it, and it is capped to
/// what a column header can show in any script.
class TitleChooser
{
public:
    static QString choose(const Document &doc, const QString &formatTitle, const QString &path);

    /// `text` without a leading date stamp, or with its key ("Updated:") too.
    static QString withoutMetadata(const QString &text);
    /// At most `columns` display columns (an East Asian wide character takes two), cut at a word
    /// boundary where the script has spaces, with "…" when cut.
    static QString capped(const QString &text, int columns = 120);
    /// A paragraph that reads as a headline: one line that does not end with a full stop in any
    /// script (Unicode's Sentence_Terminal, so "。" counts as "." does; a question or an
    /// exclamation may be a headline).
    static bool looksLikeHeadline(const QString &text);
};
