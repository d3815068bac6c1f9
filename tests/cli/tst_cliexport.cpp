#include "tests/cli/clirun.h"
#include "tests/print/pdftext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// synoptic-cli compare --html / --pdf, run as users run it: the real executable, no display.
class TestCliExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList seed()
    {
        return {u"compare"_s, QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt"),
                QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt")};
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void htmlAndPdfWithoutADisplay()
    {
        const QString html = m_dir.filePath(u"seed.html"_s), pdf = m_dir.filePath(u"seed.pdf"_s);
        const CliRun r = CliRun::run(seed() << u"--html"_s << html << u"--pdf"_s << pdf);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());

        const QByteArray page = read(html);
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.size() < 200 * 1024);
        QVERIFY(page.contains("Pentagon spokesperson Sabrina Singh"));
        QVERIFY(!page.contains("<details class=\"fold\"")); // no folds; the facts list is a <details>

        const PdfText text = PdfText::read(read(pdf));
        QVERIFY(text.ok);
        QVERIFY(text.pages >= 2);
        QVERIFY(text.pageSize.width() > text.pageSize.height());
        const QString all = text.simplified();
        for (const QString &s : {u"Legend"_s, u"Same wording"_s, u"Edited passage"_s, u"Only here"_s, u"Changed words"_s,
                                 u"Changed fact"_s, u"North Korea could be plotting to further support"_s,
                                 u"Pentagon spokesperson Sabrina Singh told reporters"_s})
            QVERIFY2(all.contains(s), qPrintable(s));
    }

    // Poppler and Qt Gui (with EGL, X11, fonts...) are modules: a run maps them only when its
    // inputs or outputs need them. LD_DEBUG=files makes the dynamic loader name every library.
    void heavyLibrariesLoadOnlyWhenNeeded()
    {
        const QStringList trace{u"LD_DEBUG=files"_s};
        const CliRun text = CliRun::run(seed() << u"--json"_s << u"-"_s, {}, trace);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.err.contains("libQt6Core"));
        QVERIFY(!text.err.contains("libQt6Gui"));
        QVERIFY(!text.err.contains("libpoppler"));

        const QString pdf = QStringLiteral(SYNOPTIC_TEST_DATA "/import/pdf/groff-article.pdf");
        const CliRun pdfInput = CliRun::run({u"segment"_s, pdf}, {}, trace);
        QCOMPARE(pdfInput.exitCode, 0);
        QVERIFY(pdfInput.out.contains("Council Approves New Footbridge"));
        QVERIFY(pdfInput.err.contains("synoptic-pdfimport"));
        QVERIFY(pdfInput.err.contains("libpoppler"));
        QVERIFY(!pdfInput.err.contains("libQt6Gui"));

        const CliRun pdfOutput = CliRun::run(seed() << u"--pdf"_s << m_dir.filePath(u"modules.pdf"_s), {}, trace);
        QCOMPARE(pdfOutput.exitCode, 0);
        QVERIFY(pdfOutput.err.contains("synoptic-pdfexport"));
        QVERIFY(pdfOutput.err.contains("libQt6Gui"));
        QVERIFY(!pdfOutput.err.contains("libpoppler"));
    }

    void differencesOnlyAndTitle()
    {
        const QString html = m_dir.filePath(u"diff.html"_s);
        const CliRun r = CliRun::run(seed() << u"--differences-only"_s << u"--title"_s << u"Rewrite <check> & 'co'"_s
                                            << u"--html"_s << html);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray page = read(html);
        QVERIFY(page.contains("<h1><bdi>Rewrite &lt;check&gt; &amp; &#39;co&#39;</bdi></h1>"));
        QVERIFY(page.contains(" · differences only"));
    }

    void htmlToStandardOutput()
    {
        const CliRun r = CliRun::run(seed() << u"--html"_s << u"-"_s);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(r.out.trimmed().endsWith("</html>"));
    }

    void unwritableOutputNamesTheFileAndLeavesNothing()
    {
        for (const QString &option : {u"--html"_s, u"--pdf"_s, u"--redline"_s}) {
            const QString path = m_dir.filePath(u"missing-dir/out.file"_s);
            const CliRun r = CliRun::run(seed() << option << path);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
            QVERIFY(!QFile::exists(path));
        }
        // A directory where the file should go.
        const CliRun r = CliRun::run(seed() << u"--html"_s << m_dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(m_dir.path().toUtf8()));
    }

    void redlineWritten()
    {
        const QString path = m_dir.filePath(u"seed-redline.html"_s);
        const CliRun r = CliRun::run(seed() << u"--redline"_s << path << u"--title"_s << u"Troops & envoys"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        const QByteArray page = read(path);
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("<title>Redline: Troops &amp; envoys</title>"));
        QVERIFY(page.contains("<del>headed</del><ins>departed</ins>"));
        QVERIFY(!page.contains("<script"));
        QCOMPARE(page.count("<section class=\"rl\""), 1);
    }

    void redlineWithThreeArticlesHasASectionPerOther()
    {
        const CliRun r = CliRun::run(seed() << QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/hawaiian-language-v1.txt")
                                            << u"--redline"_s << u"-"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("<section class=\"rl\""), 2);
    }

    void redlineRefusesToOverwriteAnArticle()
    {
        const QString article = m_dir.filePath(u"article.txt"_s);
        QFile f(article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("The council met on Monday.");
        f.close();
        const CliRun r = CliRun::run({u"compare"_s, article, QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt"),
                                      u"--redline"_s, article});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(article.toUtf8()), r.err.constData());
        QCOMPARE(read(article), QByteArray("The council met on Monday."));
    }

    void exportOptionsNeedAnExport()
    {
        const CliRun r = CliRun::run(seed() << u"--differences-only"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--differences-only"));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
