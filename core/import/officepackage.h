#pragma once

#include "core/import/importer.h"
#include "core/import/ziparchive.h"

#include <QByteArray>
#include <QString>

class QXmlStreamReader;

/// What the DOCX and ODT importers share: the ZIP container read under the import limits,
/// metadata, paragraph style names, and the wording of their errors.
class OfficePackage
{
public:
    /// Whether the document can do without a part. A missing or damaged optional part
    /// (metadata, styles) reads as empty, but going over the size limit still fails.
    enum class Need { Required, Optional };

    /// What a paragraph style makes of a paragraph, by the style's name.
    enum class StyleRole { Body, Title, Heading, ListItem, Quote };

    /// `format` names the format in messages ("DOCX").
    OfficePackage(const QByteArray &data, const QString &format, const ImportLimits &limits);

    /// The bytes of part `name`; empty once anything has failed (see error()).
    QByteArray read(const QString &name, Need need);
    /// The first failure to open the package or read a required part, as a sentence for
    /// users; empty while all is well.
    const QString &error() const { return m_error; }

    /// "the file is not a valid DOCX document (detail)"
    QString invalid(const QString &detail) const;
    /// The reason a parse of `part` stopped with an error, naming the line.
    QString malformed(const QXmlStreamReader &xml, const QString &part) const;

    /// The first dc:title of a metadata part (docProps/core.xml, meta.xml), trimmed; empty when
    /// there is none or the part is not well-formed.
    static QString dublinCoreTitle(const QByteArray &xml);
    /// Word names ("heading 1", "Title", "List Paragraph", "Intense Quote") and LibreOffice
    /// names, encoded or not ("Heading_20_1", "Quotations"), case-insensitively.
    static StyleRole styleRole(const QString &styleName);
    /// Appends a finished paragraph unless it is blank. `kind` is what its markup says (a list
    /// item, an ODF heading); the style's role may make a plain paragraph a heading, quote or
    /// list item. The first Title paragraph becomes the title when there is none yet.
    static void addParagraph(ExtractedText &out, QString text, BlockKind kind, StyleRole role);

private:
    ZipArchive m_zip;
    QString m_format;
    QString m_error;
};
