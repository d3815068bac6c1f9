#pragma once

#include "core/import/importer.h"

/// Word documents (Office Open XML, .docx): the body of word/document.xml, with headings, list
/// items and quotes told apart by paragraph style. Footnotes, endnotes, comments, headers and
/// deleted revisions are not part of the article and are left out; inserted revisions are kept.
class DocxImporter : public Importer
{
public:
    Extraction extract(const QByteArray &data, const QString &path, const ImportLimits &limits) const override;
};
