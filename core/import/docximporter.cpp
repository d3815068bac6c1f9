#include "core/import/docximporter.h"

#include "core/import/officepackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <initializer_list>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using StyleRole = OfficePackage::StyleRole;

bool isWordNamespace(QStringView uri)
{
    return uri == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        || uri == u"http://purl.oclc.org/ooxml/wordprocessingml/main"; // Strict OOXML
}

QString wordAttribute(const QXmlStreamReader &xml, QStringView name)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == name && isWordNamespace(a.namespaceUri()))
            return a.value().toString();
    }
    return {};
}

// Subtrees whose content is not article text: deleted or moved-away revisions, field codes,
// note and comment markers (their text lives in other parts), and property blocks, whose
// w:tab and w:name elements would otherwise read as text.
bool isSkippedElement(QStringView name)
{
    for (const char16_t *skipped : {u"del", u"moveFrom", u"delText", u"instrText", u"delInstrText",
                                    u"footnoteReference", u"endnoteReference", u"commentReference",
                                    u"annotationRef", u"rPr", u"sectPr", u"tblPr", u"tblGrid", u"trPr",
                                    u"tcPr", u"sdtPr", u"sdtEndPr", u"rt"}) {
        if (name == QStringView(skipped))
            return true;
    }
    return false;
}

// A paragraph style as word/styles.xml declares it. Style ids are often localised
// ("berschrift1" in German Word) while the name stays the English built-in one ("heading 1").
struct Style
{
    QString name;
    QString basedOn;
};
using StyleMap = QHash<QString, Style>;

StyleMap readStyles(const QByteArray &xml)
{
    StyleMap styles;
    QXmlStreamReader reader(xml);
    QString id;
    // A damaged part leaves the styles read before the damage, which is the best there is.
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || !isWordNamespace(reader.namespaceUri()))
            continue;
        const QStringView name = reader.name();
        if (name == u"style")
            id = wordAttribute(reader, u"styleId");
        else if (name == u"name" && !id.isEmpty())
            styles[id].name = wordAttribute(reader, u"val");
        else if (name == u"basedOn" && !id.isEmpty())
            styles[id].basedOn = wordAttribute(reader, u"val");
    }
    return styles;
}

StyleRole roleOf(const StyleMap &styles, QString id)
{
    // Custom styles usually derive from a built-in one ("My Heading" based on "heading 1");
    // the depth bound stops a cycle of w:basedOn.
    for (int depth = 0; depth < 10 && !id.isEmpty(); ++depth) {
        const auto it = styles.constFind(id);
        const bool known = it != styles.constEnd();
        const StyleRole role = OfficePackage::styleRole(known && !it->name.isEmpty() ? it->name : id);
        if (role != StyleRole::Body || !known)
            return role;
        id = it->basedOn;
    }
    return StyleRole::Body;
}

// Reads the paragraphs of word/document.xml in document order: body, table cells, content
// controls and text boxes alike.
class BodyReader
{
public:
    BodyReader(const QByteArray &xml, const StyleMap &styles) : m_xml(xml), m_styles(styles) { }

    /// Returns false when the part is not well-formed XML (see xml() for where).
    bool read(ExtractedText &out);
    const QXmlStreamReader &xml() const { return m_xml; }

private:
    struct OpenParagraph
    {
        QString text;
        QString styleId;
        bool numbered = false;
    };

    void startWordElement();
    void readParagraphProperties(OpenParagraph &p);
    bool readNumbering();
    void finishParagraph(ExtractedText &out);

    QXmlStreamReader m_xml;
    const StyleMap &m_styles;
    // Text boxes put paragraphs inside a paragraph, so open ones are a stack.
    std::vector<OpenParagraph> m_open;
};

bool BodyReader::read(ExtractedText &out)
{
    static const QString markupCompatibility = u"http://schemas.openxmlformats.org/markup-compatibility/2006"_s;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (isWordNamespace(m_xml.namespaceUri()))
                startWordElement();
            else if (m_xml.name() == u"Fallback" && m_xml.namespaceUri() == markupCompatibility)
                m_xml.skipCurrentElement(); // repeats the mc:Choice content for older readers
            break;
        case QXmlStreamReader::EndElement:
            if (m_xml.name() == u"p" && isWordNamespace(m_xml.namespaceUri()))
                finishParagraph(out);
            break;
        default:
            break;
        }
    }
    return !m_xml.hasError();
}

void BodyReader::startWordElement()
{
    const QStringView name = m_xml.name();
    if (name == u"p") {
        m_open.emplace_back();
        return;
    }
    if (isSkippedElement(name)) {
        m_xml.skipCurrentElement();
        return;
    }
    if (m_open.empty())
        return;
    OpenParagraph &p = m_open.back();
    if (name == u"pPr") {
        readParagraphProperties(p);
    } else if (name == u"t") {
        const bool preserve = m_xml.attributes().value("http://www.w3.org/XML/1998/namespace"_L1, "space"_L1) == u"preserve";
        const QString text = m_xml.readElementText(QXmlStreamReader::SkipChildElements);
        // Without xml:space="preserve" Word drops the white space around a run's text.
        p.text += preserve ? text : text.trimmed();
    } else if (name == u"tab" || name == u"ptab") {
        p.text += u'\t';
    } else if (name == u"br" || name == u"cr") {
        p.text += u'\n';
    } else if (name == u"noBreakHyphen") {
        p.text += u'-';
    }
}

void BodyReader::readParagraphProperties(OpenParagraph &p)
{
    // Only direct children count: w:pPrChange holds the style before a tracked change.
    while (m_xml.readNextStartElement()) {
        if (isWordNamespace(m_xml.namespaceUri())) {
            if (m_xml.name() == u"pStyle") {
                p.styleId = wordAttribute(m_xml, u"val");
            } else if (m_xml.name() == u"numPr") {
                p.numbered = readNumbering();
                continue; // readNumbering() consumed the element
            }
        }
        m_xml.skipCurrentElement();
    }
}

bool BodyReader::readNumbering()
{
    // w:numId 0 explicitly removes the numbering a style would give.
    bool numbered = true;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"numId" && isWordNamespace(m_xml.namespaceUri()))
            numbered = wordAttribute(m_xml, u"val") != u"0";
        m_xml.skipCurrentElement();
    }
    return numbered;
}

void BodyReader::finishParagraph(ExtractedText &out)
{
    if (m_open.empty())
        return;
    OpenParagraph p = std::move(m_open.back());
    m_open.pop_back();
    OfficePackage::addParagraph(out, std::move(p.text), p.numbered ? BlockKind::ListItem : BlockKind::Paragraph,
                                roleOf(m_styles, p.styleId));
}

} // namespace

Extraction DocxImporter::extract(const QByteArray &data, const QString &, const ImportLimits &limits) const
{
    // Word saves a password-protected .docx as an OLE compound file holding the encrypted
    // package, the same container as the old binary .doc.
    if (data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Extraction::failure(QCoreApplication::translate("DocxImporter", "the document is encrypted or in the old binary .doc format"));

    OfficePackage package(data, u"DOCX"_s, limits);
    const QString documentPart = u"word/document.xml"_s;
    const QByteArray document = package.read(documentPart, OfficePackage::Need::Required);
    const QByteArray styles = package.read(u"word/styles.xml"_s, OfficePackage::Need::Optional);
    const QByteArray core = package.read(u"docProps/core.xml"_s, OfficePackage::Need::Optional);
    if (!package.error().isEmpty())
        return Extraction::failure(package.error());

    Extraction e;
    const StyleMap styleMap = readStyles(styles);
    BodyReader body(document, styleMap);
    if (!body.read(e.text))
        return Extraction::failure(package.malformed(body.xml(), documentPart));
    // The document's own title property wins over its first Title paragraph.
    if (const QString title = OfficePackage::dublinCoreTitle(core); !title.isEmpty())
        e.text.title = title;
    return e;
}
