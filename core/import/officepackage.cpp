#include "core/import/officepackage.h"

#include "core/import/xmlattributelimiter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

OfficePackage::OfficePackage(const QByteArray &data, const QString &format, const ImportLimits &limits)
    : m_zip(data, limits.maxUnpackedBytes)
    , m_format(format)
{
    if (m_zip.openStatus() != ZipArchive::Status::Ok)
        m_error = m_zip.reason(m_zip.openStatus(), m_format);
}

QByteArray OfficePackage::read(const QString &name, Need need)
{
    if (!m_error.isEmpty())
        return {};
    ZipArchive::Entry entry = m_zip.read(name);
    const bool fatal = need == Need::Required || entry.status == ZipArchive::Status::OverLimit
        || entry.status == ZipArchive::Status::Bomb;
    if (!entry.ok() && fatal)
        m_error = m_zip.reason(entry.status, m_format, name);
    XmlAttributeLimiter::limit(entry.data);
    return std::move(entry.data);
}

QString OfficePackage::invalid(const QString &detail) const
{
    return QCoreApplication::translate("OfficePackage", "the file is not a valid %1 document (%2)").arg(m_format, detail);
}

QString OfficePackage::malformed(const QXmlStreamReader &xml, const QString &part) const
{
    return invalid(QCoreApplication::translate("OfficePackage", "malformed XML at line %1 of %2").arg(xml.lineNumber()).arg(part));
}

QString OfficePackage::dublinCoreTitle(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"title"
            && reader.namespaceUri() == u"http://purl.org/dc/elements/1.1/") {
            const QString title = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            return reader.hasError() ? QString() : title.trimmed();
        }
    }
    return {};
}

OfficePackage::StyleRole OfficePackage::styleRole(const QString &styleName)
{
    // ODF encodes a space in a style name as "_20_".
    QString key = styleName.toLower();
    key.replace(u"_20_"_s, QString());
    key.remove(u' ');
    static const QRegularExpression heading(u"^heading[1-9]?[0-9]?$"_s);
    if (key == u"title")
        return StyleRole::Title;
    if (heading.match(key).hasMatch())
        return StyleRole::Heading;
    if (key == u"quote" || key == u"intensequote" || key == u"quotations")
        return StyleRole::Quote;
    if (key == u"listparagraph" || key.startsWith(u"listbullet") || key.startsWith(u"listnumber"))
        return StyleRole::ListItem;
    return StyleRole::Body;
}

void OfficePackage::addParagraph(ExtractedText &out, QString text, BlockKind kind, StyleRole role)
{
    if (text.trimmed().isEmpty())
        return;
    switch (role) {
    case StyleRole::Title:
        if (out.title.isEmpty())
            out.title = text.simplified();
        kind = BlockKind::Heading;
        break;
    case StyleRole::Heading:
        kind = BlockKind::Heading;
        break;
    case StyleRole::Quote:
        if (kind == BlockKind::Paragraph)
            kind = BlockKind::Quote;
        break;
    case StyleRole::ListItem:
        if (kind == BlockKind::Paragraph)
            kind = BlockKind::ListItem;
        break;
    case StyleRole::Body:
        break;
    }
    out.blocks.push_back({std::move(text), kind});
}
