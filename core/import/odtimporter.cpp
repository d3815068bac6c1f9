#include "core/import/odtimporter.h"

#include "core/import/officepackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <initializer_list>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using StyleRole = OfficePackage::StyleRole;

constexpr auto officeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"_L1;
constexpr auto textNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"_L1;
constexpr auto styleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"_L1;
constexpr auto svgNs = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"_L1;
constexpr auto manifestNs = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_L1;

// A text:s asking for more spaces than this is garbage, not layout.
constexpr int maxSpaceRun = 1000;

// Subtrees that are not article text: notes (citation and body), comments, the deleted text of
// tracked changes, generated indexes that repeat the headings, and image captions.
bool isSkippedElement(QStringView ns, QStringView name)
{
    if (ns == textNs) {
        for (const char16_t *skipped : {u"note", u"tracked-changes", u"table-of-content", u"alphabetical-index",
                                        u"illustration-index", u"table-index", u"object-index", u"user-index",
                                        u"bibliography", u"sequence-decls", u"variable-decls", u"ruby-text"}) {
            if (name == QStringView(skipped))
                return true;
        }
        return false;
    }
    if (ns == officeNs)
        return name == u"annotation" || name == u"font-face-decls" || name == u"scripts" || name == u"forms";
    return ns == svgNs && (name == u"title" || name == u"desc");
}

// Reads the paragraphs of content.xml in document order: body, lists, tables and frames alike.
class ContentReader
{
public:
    explicit ContentReader(const QByteArray &xml) : m_xml(xml) { }

    /// Returns false when the part is not well-formed XML (see xml() for where).
    bool read(ExtractedText &out);
    const QXmlStreamReader &xml() const { return m_xml; }

private:
    struct OpenParagraph
    {
        QString text;
        QString style;
        BlockKind kind = BlockKind::Paragraph;
        // ODF collapses white space like HTML: a run of it is one space, none at the start or
        // end of a paragraph. text:s, text:tab and text:line-break are kept as written.
        bool afterSpace = true;
        bool pendingSpace = false;

        void appendCharacters(QStringView chars);
        void appendExplicit(const QString &s);
    };

    void startTextElement();
    void readAutomaticStyles();
    void finishParagraph(ExtractedText &out);

    QXmlStreamReader m_xml;
    // Automatic style name ("P1") to the named style it modifies ("Title").
    QHash<QString, QString> m_parentStyles;
    // Frames put paragraphs inside a paragraph, so open ones are a stack.
    std::vector<OpenParagraph> m_open;
    int m_listItemDepth = 0;
};

void ContentReader::OpenParagraph::appendCharacters(QStringView chars)
{
    for (const QChar c : chars) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
            pendingSpace = pendingSpace || !afterSpace;
            afterSpace = true;
            continue;
        }
        if (pendingSpace)
            text += u' ';
        pendingSpace = false;
        afterSpace = false;
        text += c;
    }
}

void ContentReader::OpenParagraph::appendExplicit(const QString &s)
{
    if (pendingSpace)
        text += u' ';
    pendingSpace = false;
    afterSpace = true;
    text += s;
}

bool ContentReader::read(ExtractedText &out)
{
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (isSkippedElement(m_xml.namespaceUri(), m_xml.name()))
                m_xml.skipCurrentElement();
            else if (m_xml.namespaceUri() == textNs)
                startTextElement();
            else if (m_xml.namespaceUri() == officeNs && m_xml.name() == u"automatic-styles")
                readAutomaticStyles();
            break;
        case QXmlStreamReader::EndElement:
            if (m_xml.namespaceUri() == textNs) {
                const QStringView name = m_xml.name();
                if (name == u"p" || name == u"h")
                    finishParagraph(out);
                else if (name == u"list-item" || name == u"list-header")
                    --m_listItemDepth;
            }
            break;
        case QXmlStreamReader::Characters:
            if (!m_open.empty())
                m_open.back().appendCharacters(m_xml.text());
            break;
        default:
            break;
        }
    }
    return !m_xml.hasError();
}

void ContentReader::startTextElement()
{
    const QStringView name = m_xml.name();
    if (name == u"p" || name == u"h") {
        OpenParagraph p;
        p.style = m_xml.attributes().value(textNs, "style-name"_L1).toString();
        if (name == u"h")
            p.kind = BlockKind::Heading;
        else if (m_listItemDepth > 0)
            p.kind = BlockKind::ListItem;
        m_open.push_back(std::move(p));
    } else if (name == u"list-item" || name == u"list-header") {
        ++m_listItemDepth;
    } else if (!m_open.empty()) {
        OpenParagraph &p = m_open.back();
        if (name == u"s") {
            bool ok = false;
            const int count = m_xml.attributes().value(textNs, "c"_L1).toInt(&ok);
            p.appendExplicit(QString(ok ? std::clamp(count, 1, maxSpaceRun) : 1, u' '));
        } else if (name == u"tab") {
            p.appendExplicit(u"\t"_s);
        } else if (name == u"line-break") {
            p.appendExplicit(u"\n"_s);
        }
    }
}

void ContentReader::readAutomaticStyles()
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"style" && m_xml.namespaceUri() == styleNs) {
            const QXmlStreamAttributes attributes = m_xml.attributes();
            const QString parent = attributes.value(styleNs, "parent-style-name"_L1).toString();
            if (!parent.isEmpty())
                m_parentStyles.insert(attributes.value(styleNs, "name"_L1).toString(), parent);
        }
        m_xml.skipCurrentElement();
    }
}

void ContentReader::finishParagraph(ExtractedText &out)
{
    if (m_open.empty())
        return;
    OpenParagraph p = std::move(m_open.back());
    m_open.pop_back();
    // Direct formatting gives a paragraph an automatic style ("P1") whose parent is the real one.
    const StyleRole role = OfficePackage::styleRole(m_parentStyles.value(p.style, p.style));
    OfficePackage::addParagraph(out, std::move(p.text), p.kind, role);
}

bool manifestDeclaresEncryption(const QByteArray &manifest)
{
    QXmlStreamReader reader(manifest);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"encryption-data"
            && reader.namespaceUri() == manifestNs)
            return true;
    }
    return false;
}

} // namespace

Extraction OdtImporter::extract(const QByteArray &data, const QString &, const ImportLimits &limits) const
{
    OfficePackage package(data, u"ODT"_s, limits);
    const QByteArray mimetype = package.read(u"mimetype"_s, OfficePackage::Need::Optional).trimmed();
    const QByteArray manifest = package.read(u"META-INF/manifest.xml"_s, OfficePackage::Need::Optional);
    if (!package.error().isEmpty())
        return Extraction::failure(package.error());
    // The mimetype entry is optional for readers, but when present it must name a text
    // document (or its template or master variants), not a spreadsheet renamed .odt.
    if (!mimetype.isEmpty() && !mimetype.startsWith("application/vnd.oasis.opendocument.text"))
        return Extraction::failure(package.invalid(QCoreApplication::translate("OdtImporter", "it is %1").arg(QString::fromUtf8(mimetype.left(100)))));
    if (manifestDeclaresEncryption(manifest))
        return Extraction::failure(QCoreApplication::translate("OdtImporter", "the document is password-protected"));

    const QString contentPart = u"content.xml"_s;
    const QByteArray content = package.read(contentPart, OfficePackage::Need::Required);
    const QByteArray meta = package.read(u"meta.xml"_s, OfficePackage::Need::Optional);
    if (!package.error().isEmpty())
        return Extraction::failure(package.error());

    Extraction e;
    ContentReader reader(content);
    if (!reader.read(e.text))
        return Extraction::failure(package.malformed(reader.xml(), contentPart));
    // The document's own title property wins over its first Title paragraph.
    if (const QString title = OfficePackage::dublinCoreTitle(meta); !title.isEmpty())
        e.text.title = title;
    return e;
}
