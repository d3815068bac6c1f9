// Runs the real `synoptic` executable the way the documentation and CI do: --screenshot under
// the offscreen platform, checking the exit status, the message and the picture.
#include <QImage>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString SeedA = QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt");
const QString SeedB = QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt");

struct Run
{
    int exitCode = -1;
    QString stderrText;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SYNOPTIC_GUI), arguments);
    if (!process.waitForFinished(120000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void savesTheComparison_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("light") << QStringList();
        QTest::newRow("dark") << QStringList{u"--dark"_s};
    }

    void savesTheComparison()
    {
        QFETCH(QStringList, extra);
        const QString png = m_dir.filePath(u"shot-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        const Run r = run(QStringList{u"--screenshot"_s, png, u"--size"_s, u"1000x700"_s, u"--timing"_s} + extra
                          + QStringList{SeedA, SeedB});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QVERIFY2(r.stderrText.contains(u"comparison on screen"_s), qPrintable(r.stderrText));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1000, 700));
        // A dark window is dark at its top-left corner (the menu bar), a light one light.
        const bool dark = !extra.isEmpty();
        QCOMPARE(QColor(image.pixel(2, 2)).lightness() < 128, dark);
    }

    // Without --size a screenshot has a fixed, documented size, not the platform screen's
    // (the offscreen platform's 800×800 screen used to give 720×720).
    void defaultSizeIsTheDocumentedOne()
    {
        const QString png = m_dir.filePath(u"default.png"_s);
        const Run r = run({u"--screenshot"_s, png, SeedA, SeedB});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(QImage(png).size(), QSize(1400, 900));
    }

    void failsNamingTheFileThatDidNotLoad()
    {
        const QString missing = m_dir.filePath(u"missing.txt"_s);
        const Run r = run({u"--screenshot"_s, m_dir.filePath(u"bad.png"_s), SeedA, missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrText.contains(missing) && r.stderrText.contains(u"no such file"_s), qPrintable(r.stderrText));
    }

    // A bad comparison file, or one whose article changed, fails at once naming the file: the
    // window shows the message and does not wait for a comparison that cannot come.
    void failsNamingABadOrChangedSession()
    {
        QFile bad(m_dir.filePath(u"bad.synoptic"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"synoptic-session\", \"version\": 5}");
        bad.close();
        Run r = run({u"--screenshot"_s, m_dir.filePath(u"bad-session.png"_s), bad.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrText.contains(bad.fileName() + u": it was saved by a newer Synoptic"_s),
                 qPrintable(r.stderrText));

        const QString article = m_dir.filePath(u"article.txt"_s);
        QVERIFY(QFile::copy(SeedA, article));
        const QString session = m_dir.filePath(u"changed.synoptic"_s);
        QCOMPARE(QProcess::execute(QStringLiteral(SYNOPTIC_CLI),
                                   {u"compare"_s, article, SeedB, u"--save-session"_s, session}),
                 0);
        QFile edit(article);
        QVERIFY(edit.open(QIODevice::Append));
        edit.write("\n\nA paragraph added later.\n");
        edit.close();
        const QString png = m_dir.filePath(u"changed.png"_s);
        r = run({u"--screenshot"_s, png, session});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrText.contains(article + u": the article changed"_s), qPrintable(r.stderrText));
        QVERIFY(QFile::exists(png)); // the picture shows the question
    }

    void helpAndVersionNeedNoDisplay()
    {
        for (const QString &arg : {u"--help"_s, u"--version"_s}) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                env.remove(QString::fromLatin1(name));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(SYNOPTIC_GUI), {arg});
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
            const QByteArray out = process.readAllStandardOutput();
            QVERIFY2(out.contains(arg == u"--help"_s ? "--screenshot" : "synoptic"), out.constData());
        }
    }

    void rejectsABadSize()
    {
        const Run r = run({u"--screenshot"_s, m_dir.filePath(u"x.png"_s), u"--size"_s, u"big"_s, SeedA, SeedB});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.stderrText.contains(u"--size"_s));
    }
};

QTEST_APPLESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
