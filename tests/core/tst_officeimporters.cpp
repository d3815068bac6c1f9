#include "core/import/documentloader.h"
#include "core/import/docximporter.h"
#include "core/import/odtimporter.h"
#include "core/import/officepackage.h"
#include "core/import/ziparchive.h"
#include "tests/common/testfiles.h"
#include "tests/common/testprinters.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zip.h>

#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;
using TestPrinters::describe;

namespace {

const QString docxMime = u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s;
const QString odtMime = u"application/vnd.oasis.opendocument.text"_s;
const QString officeData = TestFiles::fixture(u"import/office/"_s);

struct ZipEntry
{
    QString name;
    QByteArray data;
    bool stored = false; ///< ODF's mimetype entry is stored, not deflated
};
using ZipEntries = std::vector<ZipEntry>;

// A zip_source of `size` zero bytes produced on demand, so a test can build a gigabyte entry
// without holding a gigabyte.
struct ZeroSource
{
    zip_uint64_t size = 0;
    zip_uint64_t offset = 0;
    zip_error_t error;

    static zip_int64_t callback(void *userdata, void *data, zip_uint64_t length, zip_source_cmd_t command)
    {
        auto *self = static_cast<ZeroSource *>(userdata);
        switch (command) {
        case ZIP_SOURCE_OPEN:
            self->offset = 0;
            return 0;
        case ZIP_SOURCE_READ: {
            const zip_uint64_t n = std::min(length, self->size - self->offset);
            std::memset(data, 0, n);
            self->offset += n;
            return zip_int64_t(n);
        }
        case ZIP_SOURCE_STAT: {
            auto *st = static_cast<zip_stat_t *>(data);
            zip_stat_init(st);
            st->size = self->size;
            st->mtime = 0;
            st->valid |= ZIP_STAT_SIZE | ZIP_STAT_MTIME;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&self->error, data, length);
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        case ZIP_SOURCE_CLOSE:
        case ZIP_SOURCE_FREE:
            return 0;
        default:
            zip_error_set(&self->error, ZIP_ER_OPNOTSUPP, 0);
            return -1;
        }
    }
};

QByteArray source(const QString &relative)
{
    return TestFiles::read(officeData + u"src/"_s + relative);
}

// Peak resident memory of this process so far (VmHWM), in bytes.
qint64 peakResidentBytes()
{
    const QList<QByteArray> lines = TestFiles::read(u"/proc/self/status"_s).split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

// The block list of both article fixtures; only ODT's explicit spaces (text:s) differ.
QStringList articleBlocks(const QString &hours)
{
    return {
        u"Heading: Café Society’s “New” Rules"_s,
        u"Heading: Background"_s,
        u"Paragraph: Zoë and Łukasz opened the café in 2019. It was their first business."_s,
        u"Paragraph: The menu was quite short."_s,
        u"Paragraph: "_s + hours,
        u"Paragraph: Details are on our website."_s,
        u"Heading: The menu"_s,
        u"ListItem: Espresso"_s,
        u"ListItem: Flat white"_s,
        u"ListItem: Crème brûlée"_s,
        u"Quote: “Good coffee is a right,” she said."_s,
        u"Paragraph: Drink"_s,
        u"Paragraph: Price"_s,
        u"Paragraph: Espresso"_s,
        u"Paragraph: €2.50"_s,
        u"Paragraph: Prices include tax."_s,
        u"Paragraph: It was a well-known place."_s,
    };
}

QByteArray wordDocument(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + body + "</w:body></w:document>";
}

QByteArray odfContent(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
           " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
        + body + "</office:text></office:body></office:document-content>";
}

QByteArray odtManifest(const QByteArray &contentEntryBody = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
           "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
           "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
        + contentEntryBody + "</manifest:file-entry></manifest:manifest>";
}

} // namespace

class TestOfficeImporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeZip(const QString &name, const ZipEntries &entries)
    {
        const QString path = m_dir.filePath(name);
        int error = 0;
        zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!archive)
            qFatal("cannot create %s", qPrintable(path));
        for (const ZipEntry &e : entries) {
            // libzip reads the buffers at zip_close(); `entries` outlives it.
            zip_source_t *src = zip_source_buffer(archive, e.data.constData(), zip_uint64_t(e.data.size()), 0);
            const zip_int64_t index = zip_file_add(archive, e.name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
            if (index < 0)
                qFatal("cannot add %s", qPrintable(e.name));
            if (e.stored)
                zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
        }
        if (zip_close(archive) != 0)
            qFatal("cannot write %s: %s", qPrintable(path), zip_strerror(archive));
        return path;
    }

    QByteArray zipBytes(const ZipEntries &entries) { return TestFiles::read(writeZip(u"scratch.zip"_s, entries)); }

    // An archive whose one entry is `size` zero bytes deflated at `level` (1 fast .. 9 small).
    QString writeZeroZip(const QString &name, const QString &entry, zip_uint64_t size, int level)
    {
        const QString path = m_dir.filePath(name);
        int error = 0;
        zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!archive)
            qFatal("cannot create %s", qPrintable(path));
        ZeroSource zeros;
        zeros.size = size;
        zip_error_init(&zeros.error);
        zip_source_t *src = zip_source_function(archive, &ZeroSource::callback, &zeros);
        const zip_int64_t index = zip_file_add(archive, entry.toUtf8().constData(), src, 0);
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, zip_uint32_t(level));
        if (zip_close(archive) != 0)
            qFatal("cannot write %s: %s", qPrintable(path), zip_strerror(archive));
        zip_error_fini(&zeros.error);
        return path;
    }

    QByteArray docxBytes(const QByteArray &body, const QByteArray &styles = {})
    {
        ZipEntries entries{{u"word/document.xml"_s, wordDocument(body)}};
        if (!styles.isEmpty())
            entries.push_back({u"word/styles.xml"_s, styles});
        return zipBytes(entries);
    }

    QByteArray odtBytes(const QByteArray &body)
    {
        return zipBytes({{u"mimetype"_s, "application/vnd.oasis.opendocument.text", true},
                         {u"META-INF/manifest.xml"_s, odtManifest()},
                         {u"content.xml"_s, odfContent(body)}});
    }

    static ExtractedText extracted(const Extraction &e)
    {
        if (!e.ok())
            qWarning("extraction failed: %s", qPrintable(e.error));
        return e.text;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void docxArticle()
    {
        const Extraction e = DocxImporter().extract(TestFiles::read(officeData + u"article.docx"_s), u"article.docx"_s, {});
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(describe(e.text.blocks), articleBlocks(u"Opening hours:\\t9–17\\nClosed on Mondays."_s));
        QCOMPARE(e.text.title, u"Café Society: the new rules"_s); // docProps/core.xml wins
    }

    void odtArticle()
    {
        const Extraction e = OdtImporter().extract(TestFiles::read(officeData + u"article.odt"_s), u"article.odt"_s, {});
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(describe(e.text.blocks), articleBlocks(u"Opening hours:\\t9–17\\nClosed   on Mondays."_s));
        QCOMPARE(e.text.title, u"Café Society: the new rules"_s); // meta.xml wins
    }

    void loadsThroughDocumentLoader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mime");
        QTest::newRow("docx") << u"article.docx"_s << docxMime;
        QTest::newRow("odt") << u"article.odt"_s << odtMime;
    }

    void loadsThroughDocumentLoader()
    {
        QFETCH(QString, file);
        QFETCH(QString, mime);
        const LoadResult r = DocumentLoader().load(officeData + file);
        QVERIFY2(r.ok(), qPrintable(r.failure.message()));
        const Document &d = *r.document;
        QCOMPARE(d.format, mime);
        QCOMPARE(d.title, u"Café Society: the new rules"_s);
        QCOMPARE(d.paragraphs.size(), size_t(articleBlocks({}).size()));
        QCOMPARE(d.paragraphs[2].kind, BlockKind::Paragraph);
        QCOMPARE(d.slice(d.paragraphs[2].span), u"Zoë and Łukasz opened the café in 2019. It was their first business."_s);
        // Notes, comments, deletions, field codes and captions are not article text.
        for (const QString &absent : {u"city records"_s, u"very"_s, u"HYPERLINK"_s, u"Check this"_s, u"caption"_s})
            QVERIFY2(!d.text.contains(absent), qPrintable(absent));
        QCOMPARE(d.text.count(u"Prices include tax."_s), 1);
    }

    void titleFallsBackToTitleParagraph()
    {
        // Without docProps/core.xml or meta.xml the Title-styled paragraph names the document.
        const QByteArray docx = zipBytes({{u"word/document.xml"_s, source(u"docx/word/document.xml"_s)},
                                          {u"word/styles.xml"_s, source(u"docx/word/styles.xml"_s)}});
        QCOMPARE(DocxImporter().extract(docx, {}, {}).text.title, u"Café Society’s “New” Rules"_s);
        const QByteArray odt = zipBytes({{u"mimetype"_s, source(u"odt/mimetype"_s), true},
                                         {u"content.xml"_s, source(u"odt/content.xml"_s)}});
        QCOMPARE(OdtImporter().extract(odt, {}, {}).text.title, u"Café Society’s “New” Rules"_s);
        // An empty dc:title does not hide it either.
        const QByteArray emptyCore = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                                     " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title> </dc:title></cp:coreProperties>";
        const QByteArray docxEmptyTitle = zipBytes({{u"word/document.xml"_s, source(u"docx/word/document.xml"_s)},
                                                    {u"docProps/core.xml"_s, emptyCore}});
        QCOMPARE(DocxImporter().extract(docxEmptyTitle, {}, {}).text.title, u"Café Society’s “New” Rules"_s);
    }

    void docxParagraphs_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("styles");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("white space outside xml:space=preserve is dropped")
            << QByteArray("<w:p><w:r><w:t> a </w:t><w:t xml:space=\"preserve\"> b </w:t><w:t>c</w:t></w:r></w:p>")
            << QByteArray() << QStringList{u"Paragraph: a b c"_s};
        QTest::newRow("carriage return and positional tab")
            << QByteArray("<w:p><w:r><w:t>a</w:t><w:cr/><w:t>b</w:t><w:ptab w:relativeTo=\"margin\"/><w:t>c</w:t></w:r></w:p>")
            << QByteArray() << QStringList{u"Paragraph: a\\nb\\tc"_s};
        QTest::newRow("numId 0 removes numbering")
            << QByteArray("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>")
            << QByteArray() << QStringList{u"Paragraph: x"_s};
        QTest::newRow("style ids without styles.xml")
            << QByteArray("<w:p><w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr><w:r><w:t>h</w:t></w:r></w:p>"
                          "<w:p><w:pPr><w:pStyle w:val=\"IntenseQuote\"/></w:pPr><w:r><w:t>q</w:t></w:r></w:p>"
                          "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/></w:pPr><w:r><w:t>l</w:t></w:r></w:p>"
                          "<w:p><w:pPr><w:pStyle w:val=\"Subtitle\"/></w:pPr><w:r><w:t>s</w:t></w:r></w:p>")
            << QByteArray() << QStringList{u"Heading: h"_s, u"Quote: q"_s, u"ListItem: l"_s, u"Paragraph: s"_s};
        QTest::newRow("custom style based on a heading")
            << QByteArray("<w:p><w:pPr><w:pStyle w:val=\"Kicker\"/></w:pPr><w:r><w:t>k</w:t></w:r></w:p>")
            << QByteArray("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:style w:type=\"paragraph\" w:styleId=\"Kicker\"><w:name w:val=\"Kicker\"/><w:basedOn w:val=\"Kopf\"/></w:style>"
                          "<w:style w:type=\"paragraph\" w:styleId=\"Kopf\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Kicker\"/></w:style>"
                          "</w:styles>")
            << QStringList{u"Heading: k"_s};
        QTest::newRow("style cycle in styles.xml")
            << QByteArray("<w:p><w:pPr><w:pStyle w:val=\"A\"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>")
            << QByteArray("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:style w:styleId=\"A\"><w:name w:val=\"A\"/><w:basedOn w:val=\"B\"/></w:style>"
                          "<w:style w:styleId=\"B\"><w:name w:val=\"B\"/><w:basedOn w:val=\"A\"/></w:style></w:styles>")
            << QStringList{u"Paragraph: a"_s};
        QTest::newRow("moved-away text and the old style of a tracked change")
            << QByteArray("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:pPrChange w:id=\"1\"><w:pPr><w:pStyle w:val=\"Quote\"/></w:pPr></w:pPrChange></w:pPr>"
                          "<w:moveFrom w:id=\"2\"><w:r><w:t>old </w:t></w:r></w:moveFrom><w:moveTo w:id=\"3\"><w:r><w:t>new</w:t></w:r></w:moveTo></w:p>")
            << QByteArray() << QStringList{u"Heading: new"_s};
        QTest::newRow("empty paragraphs and simple fields")
            << QByteArray("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">  </w:t></w:r></w:p>"
                          "<w:p><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>")
            << QByteArray() << QStringList{u"Paragraph: 7"_s};
    }

    void docxParagraphs()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, styles);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(extracted(DocxImporter().extract(docxBytes(body, styles), {}, {})).blocks), expected);
    }

    void strictOoxmlNamespace()
    {
        const QByteArray strict = "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>"
                                  "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Strict</w:t></w:r></w:p>"
                                  "</w:body></w:document>";
        const Extraction e = DocxImporter().extract(zipBytes({{u"word/document.xml"_s, strict}}), {}, {});
        QCOMPARE(describe(extracted(e).blocks), QStringList{u"Heading: Strict"_s});
    }

    void odtParagraphs_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("text:s without a count is one space")
            << QByteArray("<text:p>a<text:s/>b</text:p>") << QStringList{u"Paragraph: a b"_s};
        QTest::newRow("white space runs collapse, explicit ones stay")
            << QByteArray("<text:p>  a \n\t b <text:s text:c=\"3\"/> c  </text:p>") << QStringList{u"Paragraph: a b    c"_s};
        QTest::newRow("absurd text:s count is bounded")
            << QByteArray("<text:p>a<text:s text:c=\"2000000000\"/>b</text:p>")
            << QStringList{u"Paragraph: a"_s + QString(1000, u' ') + u'b'};
        QTest::newRow("numbered heading inside a list")
            << QByteArray("<text:list><text:list-item><text:h text:outline-level=\"1\">One</text:h>"
                          "<text:list><text:list-item><text:p>nested</text:p></text:list-item></text:list>"
                          "</text:list-item><text:list-header><text:p>header</text:p></text:list-header></text:list>"
                          "<text:p>after</text:p>")
            << QStringList{u"Heading: One"_s, u"ListItem: nested"_s, u"ListItem: header"_s, u"Paragraph: after"_s};
        QTest::newRow("named styles")
            << QByteArray("<text:p text:style-name=\"Heading_20_3\">h</text:p><text:p text:style-name=\"Quotations\">q</text:p>")
            << QStringList{u"Heading: h"_s, u"Quote: q"_s};
        QTest::newRow("endnote and generated table of contents")
            << QByteArray("<text:table-of-content><text:index-body><text:p>Intro 1</text:p></text:index-body></text:table-of-content>"
                          "<text:h>Intro</text:h><text:p>End.<text:note text:note-class=\"endnote\"><text:note-citation>i</text:note-citation>"
                          "<text:note-body><text:p>Endnote text.</text:p></text:note-body></text:note></text:p>")
            << QStringList{u"Heading: Intro"_s, u"Paragraph: End."_s};
    }

    void odtParagraphs()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(extracted(OdtImporter().extract(odtBytes(body), {}, {})).blocks), expected);
    }

    void styleRoles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role");
        using R = OfficePackage::StyleRole;
        QTest::newRow("word title") << u"Title"_s << int(R::Title);
        QTest::newRow("word heading 1") << u"heading 1"_s << int(R::Heading);
        QTest::newRow("word style id") << u"Heading9"_s << int(R::Heading);
        QTest::newRow("odf heading 10") << u"Heading_20_10"_s << int(R::Heading);
        QTest::newRow("odf heading parent") << u"Heading"_s << int(R::Heading);
        QTest::newRow("intense quote") << u"Intense Quote"_s << int(R::Quote);
        QTest::newRow("odf quotations") << u"Quotations"_s << int(R::Quote);
        QTest::newRow("list paragraph") << u"List Paragraph"_s << int(R::ListItem);
        QTest::newRow("list bullet 2") << u"List Bullet 2"_s << int(R::ListItem);
        QTest::newRow("normal") << u"Normal"_s << int(R::Body);
        QTest::newRow("subtitle") << u"Subtitle"_s << int(R::Body);
        QTest::newRow("headings, plural") << u"Headings"_s << int(R::Body);
        QTest::newRow("heading char style") << u"Heading 1 Char"_s << int(R::Body);
    }

    void styleRoles()
    {
        QFETCH(QString, name);
        QFETCH(int, role);
        QCOMPARE(int(OfficePackage::styleRole(name)), role);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");

        const QByteArray docx = TestFiles::read(officeData + u"article.docx"_s);
        const QByteArray odt = TestFiles::read(officeData + u"article.odt"_s);
        const QByteArray text = "This is a plain text file that someone renamed.\n";
        QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        ole.append(QByteArray(4096, '\0'));

        QTest::newRow("truncated docx") << u"truncated.docx"_s << docx.left(docx.size() / 2)
                                        << u"the file is not a valid DOCX document (truncated or corrupt ZIP archive)"_s;
        QTest::newRow("text file named .docx") << u"notes.docx"_s << text
                                               << u"the file is not a valid DOCX document (not a ZIP archive)"_s;
        QTest::newRow("encrypted docx or .doc") << u"secret.docx"_s << ole
                                                << u"the document is encrypted or in the old binary .doc format"_s;
        QTest::newRow("zip without word/document.xml")
            << u"parts.docx"_s << zipBytes({{u"word/styles.xml"_s, source(u"docx/word/styles.xml"_s)}})
            << u"the file is not a valid DOCX document (word/document.xml is missing)"_s;
        // libzip writes no file for an empty archive: it is just an end-of-central-directory record.
        const QByteArray emptyZip = QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0');
        QTest::newRow("empty zip named .docx") << u"empty.docx"_s << emptyZip
                                               << u"the file is not a valid DOCX document (word/document.xml is missing)"_s;
        QTest::newRow("malformed document.xml")
            << u"malformed.docx"_s << zipBytes({{u"word/document.xml"_s, wordDocument("<w:p>\n<w:r><w:t>text</w:r></w:p>")}})
            << u"the file is not a valid DOCX document (malformed XML at line 3 of word/document.xml)"_s;
        QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY l0 \"ha\">";
        for (int i = 1; i < 10; ++i)
            laughs += QStringLiteral("<!ENTITY l%1 \"%2\">").arg(i).arg(QStringLiteral("&l%1;").arg(i - 1).repeated(10)).toUtf8();
        laughs += "]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                  "<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>";
        QTest::newRow("entity expansion bomb")
            << u"laughs.docx"_s << zipBytes({{u"word/document.xml"_s, laughs}})
            << u"the file is not a valid DOCX document (malformed XML at line 3 of word/document.xml)"_s;
        QTest::newRow("truncated odt") << u"truncated.odt"_s << odt.left(odt.size() / 2)
                                       << u"the file is not a valid ODT document (truncated or corrupt ZIP archive)"_s;
        QTest::newRow("text file named .odt") << u"notes.odt"_s << text
                                              << u"the file is not a valid ODT document (not a ZIP archive)"_s;
        QTest::newRow("odt without content.xml")
            << u"parts.odt"_s << zipBytes({{u"mimetype"_s, "application/vnd.oasis.opendocument.text", true}})
            << u"the file is not a valid ODT document (content.xml is missing)"_s;
        QTest::newRow("malformed content.xml")
            << u"malformed.odt"_s << zipBytes({{u"content.xml"_s, odfContent("<text:p>a</text:h>")}})
            << u"the file is not a valid ODT document (malformed XML at line 2 of content.xml)"_s;
        QTest::newRow("spreadsheet named .odt")
            << u"sheet.odt"_s
            << zipBytes({{u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet", true},
                         {u"content.xml"_s, odfContent("<text:p>cell</text:p>")}})
            << u"the file is not a valid ODT document (it is application/vnd.oasis.opendocument.spreadsheet)"_s;

        // What LibreOffice writes for a password-protected file: a plain manifest declaring
        // the encryption, and content.xml as ciphertext.
        QByteArray ciphertext(4096, '\0');
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(ciphertext.data()), ciphertext.size() / 4);
        const QByteArray encryption =
            "<manifest:encryption-data manifest:checksum-type=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k\""
            " manifest:checksum=\"c2FtcGxl\"><manifest:algorithm manifest:algorithm-name=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\""
            " manifest:initialisation-vector=\"aXY=\"/><manifest:key-derivation manifest:key-derivation-name=\"PBKDF2\""
            " manifest:key-size=\"32\" manifest:iteration-count=\"100000\" manifest:salt=\"c2FsdA==\"/></manifest:encryption-data>";
        QTest::newRow("password-protected odt")
            << u"secret.odt"_s
            << zipBytes({{u"mimetype"_s, "application/vnd.oasis.opendocument.text", true},
                         {u"META-INF/manifest.xml"_s, odtManifest(encryption)},
                         {u"content.xml"_s, ciphertext}})
            << u"the document is password-protected"_s;
    }

    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = TestFiles::write(m_dir, name, bytes);
        const LoadResult r = DocumentLoader().load(path);
        QVERIFY2(!r.ok(), "loading should have failed");
        QCOMPARE(r.failure.reason, reason);
        QCOMPARE(r.failure.message(), path + u": "_s + reason);
    }

    void passwordProtectedZipEntry()
    {
        if (!zip_encryption_method_supported(ZIP_EM_AES_256, 1))
            QSKIP("this libzip cannot write AES-encrypted entries");
        const QByteArray content = odfContent("<text:p>secret</text:p>");
        const QString path = m_dir.filePath(u"aes.odt"_s);
        int error = 0;
        zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        QVERIFY(archive);
        zip_source_t *src = zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0);
        const zip_int64_t index = zip_file_add(archive, "content.xml", src, 0);
        QVERIFY(index >= 0);
        QCOMPARE(zip_file_set_encryption(archive, zip_uint64_t(index), ZIP_EM_AES_256, "password"), 0);
        QCOMPARE(zip_close(archive), 0);
        const LoadResult r = DocumentLoader().load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.failure.reason, u"the document is password-protected"_s);
    }

    void hugeAttributeListsAreCapped()
    {
        // QXmlStreamReader compares every attribute with the others: 300,000 on one paragraph
        // parsed for minutes before the limiter dropped those past the cap.
        QByteArray attributes;
        attributes.reserve(300'000 * 14);
        for (int i = 0; i < 300'000; ++i)
            attributes += " w:a" + QByteArray::number(i) + "=\"1\"";
        const QByteArray body = "<w:p" + attributes + "><w:r><w:t>Still imported.</w:t></w:r></w:p>";
        const Extraction e = DocxImporter().extract(docxBytes(body), u"attributes.docx"_s, {});
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(describe(e.text.blocks), QStringList{u"Paragraph: Still imported."_s});
    }

    void zipBombIsRefused()
    {
        // 1 GiB of zeros deflates to a few MB; with a 10 MiB budget nothing may be inflated.
        const QString path = writeZeroZip(u"bomb.docx"_s, u"word/document.xml"_s, 1ull << 30, 1);
        QVERIFY(QFileInfo(path).size() < 8 * 1024 * 1024);
        ImportLimits limits;
        limits.maxUnpackedBytes = 10 * 1024 * 1024;
        const qint64 peakBefore = peakResidentBytes();
        const LoadResult r = DocumentLoader(limits).load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.failure.reason, u"the document unpacks to more than the 10.0 MiB size limit"_s);
        QVERIFY2(peakResidentBytes() - peakBefore < 32 * 1024 * 1024, "the import used too much memory");
    }

    void declaredSizeCannotLie()
    {
        // 64 MiB of zeros whose headers claim 100 bytes: reading stops one byte past the claim.
        const QString path = writeZeroZip(u"liar.docx"_s, u"word/document.xml"_s, 64ull << 20, 1);
        QByteArray bytes = TestFiles::read(path);
        const qsizetype central = bytes.indexOf("PK\x01\x02");
        QVERIFY(bytes.startsWith("PK\x03\x04") && central > 0);
        qToLittleEndian<quint32>(100, bytes.data() + 22);           // local header
        qToLittleEndian<quint32>(100, bytes.data() + central + 24); // central directory
        const qint64 peakBefore = peakResidentBytes();
        const Extraction e = DocxImporter().extract(bytes, {}, {});
        QCOMPARE(e.error, u"the file is not a valid DOCX document (corrupt ZIP archive)"_s);
        QVERIFY2(peakResidentBytes() - peakBefore < 32 * 1024 * 1024, "the import used too much memory");
    }

    void extremeCompressionIsRefused()
    {
        // 64 MiB in about 64 KiB is under the default 256 MiB budget but no real document.
        const QString path = writeZeroZip(u"dense.odt"_s, u"content.xml"_s, 64ull << 20, 9);
        const Extraction e = OdtImporter().extract(TestFiles::read(path), {}, {});
        QVERIFY(e.error.contains(u"zip bomb"_s));
        QVERIFY(e.error.contains(u"1000:1"_s));
    }

    void budgetCoversAllParts()
    {
        // Each part fits the budget alone; together they do not.
        const QByteArray bigText(600 * 1024, 'x');
        const QByteArray document = wordDocument("<w:p><w:r><w:t>" + bigText + "</w:t></w:r></w:p>");
        const QByteArray core = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                                " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
            + bigText + "</dc:title></cp:coreProperties>";
        const QByteArray docx = zipBytes({{u"word/document.xml"_s, document}, {u"docProps/core.xml"_s, core}});
        ImportLimits limits;
        limits.maxUnpackedBytes = 1024 * 1024;
        QCOMPARE(DocxImporter().extract(docx, {}, limits).error, u"the document unpacks to more than the 1.0 MiB size limit"_s);
        limits.maxUnpackedBytes = 2 * 1024 * 1024;
        const Extraction e = DocxImporter().extract(docx, {}, limits);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.text.blocks.size(), size_t(1));
        QCOMPARE(e.text.title.size(), bigText.size());
    }

    void zipArchiveReadsEntries()
    {
        const QByteArray bytes = zipBytes({{u"a.txt"_s, "alpha"}, {u"dir/b.txt"_s, "beta", true}});
        ZipArchive zip(bytes, 9);
        QCOMPARE(zip.openStatus(), ZipArchive::Status::Ok);
        QVERIFY(zip.contains(u"dir/b.txt"_s));
        QVERIFY(!zip.contains(u"DIR/B.TXT"_s));
        QCOMPARE(zip.read(u"a.txt"_s).data, QByteArray("alpha"));
        QCOMPARE(zip.read(u"c.txt"_s).status, ZipArchive::Status::Missing);
        QCOMPARE(zip.read(u"dir/b.txt"_s).data, QByteArray("beta"));
        // 9 bytes of budget are spent; even a re-read of a 5-byte entry no longer fits.
        QCOMPARE(zip.read(u"a.txt"_s).status, ZipArchive::Status::OverLimit);
        QCOMPARE(ZipArchive(QByteArray(), 100).openStatus(), ZipArchive::Status::NotZip);
    }
};

QTEST_APPLESS_MAIN(TestOfficeImporters)
#include "tst_officeimporters.moc"
