#pragma once

#include "core/import/importer.h"

/// HTML pages as saved from a browser or a news site. Finds the article (the largest <article>,
/// else the articleBody, else <main>, else the block densest in paragraph text), drops page
/// furniture (navigation, scripts, hidden elements, share, cookie and "related" widgets) and keeps
/// headings, paragraphs, list items, quotes and preformatted text as blocks. The title is the
/// first <h1>, else og:title, else <title> without its " | Site" suffix.
class HtmlImporter : public Importer
{
public:
    Extraction extract(const QByteArray &data, const QString &path, const ImportLimits &limits) const override;

    /// The encoding a page names in a <meta> tag within its first 4 KiB, as a label ICU knows
    /// ("windows-1252" for the labels HTML maps to it), or empty when it names none.
    static QString declaredEncoding(const QByteArray &data);

    /// "Headline | Outlet" -> "Headline": drops a site name separated by " | ", " - ", " – ",
    /// " — " or " · " when it is shorter than what precedes it.
    static QString stripSiteSuffix(const QString &title);
};
