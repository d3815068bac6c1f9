#include "core/import/documentloader.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestDocumentLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void expectFailure(const LoadResult &r, const QString &path, const QString &reasonPart)
    {
        QVERIFY2(!r.ok(), "loading should have failed");
        QCOMPARE(r.failure.path, path);
        QVERIFY2(r.failure.reason.contains(reasonPart), qPrintable(r.failure.reason));
        QVERIFY(r.failure.message().startsWith(path + u": "_s));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadsSeedArticle()
    {
        const QString path = TestFiles::fixture(u"ap-nk-fm-russia.txt"_s);
        const LoadResult r = DocumentLoader().load(path);
        QVERIFY2(r.ok(), qPrintable(r.failure.message()));
        QCOMPARE(r.document->path, path);
        QVERIFY(r.document->wordCount() > 400);
        QVERIFY(r.document->sentences.size() > 12);
    }

    // The language is identified unless the caller chooses it; the text is segmented alike.
    void languageIdentificationCanBeLeftOut()
    {
        const QString path = TestFiles::fixture(u"ap-nk-fm-russia.txt"_s);
        const LoadResult identified = DocumentLoader().load(path);
        QCOMPARE(identified.document->language, u"en"_s);
        DocumentLoader loader;
        loader.setIdentifiesLanguage(false);
        const LoadResult left = loader.load(path);
        QVERIFY2(left.ok(), qPrintable(left.failure.message()));
        QVERIFY(left.document->language.isEmpty());
        QCOMPARE(left.document->text, identified.document->text);
        QCOMPARE(left.document->sentences.size(), identified.document->sentences.size());
        QCOMPARE(left.document->wordCount(), identified.document->wordCount());
    }

    void missingFile()
    {
        const QString path = m_dir.filePath(u"nope.txt"_s);
        expectFailure(DocumentLoader().load(path), path, u"no such file"_s);
    }

    void directory() { expectFailure(DocumentLoader().load(m_dir.path()), m_dir.path(), u"directory"_s); }

    void fifoIsNotARegularFile()
    {
        const QString path = m_dir.filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        expectFailure(DocumentLoader().load(path), path, u"not a regular file"_s);
    }

    void unreadableFile()
    {
        // Root reads anything, so use a file the kernel refuses to read for everyone as well.
        const QString proc = u"/proc/self/mem"_s;
        expectFailure(DocumentLoader().load(proc), proc, u"cannot be read"_s);
        if (::geteuid() != 0) {
            const QString path = TestFiles::write(m_dir, u"secret.txt"_s, "hidden text");
            QFile::setPermissions(path, {});
            expectFailure(DocumentLoader().load(path), path, u"cannot be read"_s);
        }
    }

    void emptyFile()
    {
        const QString path = TestFiles::write(m_dir, u"empty.txt"_s, {});
        expectFailure(DocumentLoader().load(path), path, u"empty"_s);
    }

    void whitespaceOnlyFile()
    {
        const QString path = TestFiles::write(m_dir, u"blank.txt"_s, "   \n\n\t\n  ");
        expectFailure(DocumentLoader().load(path), path, u"no text"_s);
    }

    void binaryFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QByteArray elf("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0\x01\0\0\0", 24);
        elf.append(QByteArray(512, '\0'));
        QTest::newRow("elf executable") << u"program"_s << elf << u"unsupported file type"_s;
        QByteArray nul("Some text then\0\0\0 binary", 25);
        QTest::newRow("nul bytes named .txt") << u"data.txt"_s << nul << u"binary"_s;
        QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
        QTest::newRow("png image") << u"picture.png"_s << png << u"unsupported file type"_s;
    }

    void binaryFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = TestFiles::write(m_dir, name, bytes);
        expectFailure(DocumentLoader().load(path), path, reason);
    }

    void overSizeLimit()
    {
        const QString path = TestFiles::write(m_dir, u"big.txt"_s, QByteArray(3 * 1024, 'a').append(" end."));
        ImportLimits limits;
        limits.maxFileBytes = 1024;
        expectFailure(DocumentLoader(limits).load(path), path, u"over the 1.0 KiB size limit"_s);
        QVERIFY(DocumentLoader().load(path).ok()); // the default limit (64 MiB) takes it
    }

    void defaultLimitIs64MiB() { QCOMPARE(ImportLimits().maxFileBytes, 64ll * 1024 * 1024); }

    void fileWithoutExtensionIsSniffed()
    {
        const QString path = TestFiles::write(m_dir, u"README"_s, "Just some plain words here.\n\nAnd a second paragraph.");
        const LoadResult r = DocumentLoader().load(path);
        QVERIFY2(r.ok(), qPrintable(r.failure.message()));
        QCOMPARE(r.document->paragraphs.size(), size_t(2));
    }

    void standardInputData()
    {
        const LoadResult r = DocumentLoader().loadData("From a pipe.\n\nSecond.", u"-"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.document->path, u"-"_s);
        QCOMPARE(r.document->text, u"From a pipe.\n\nSecond."_s);
    }
};

QTEST_APPLESS_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
