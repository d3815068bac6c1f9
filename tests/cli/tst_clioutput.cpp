#include "tests/cli/clirun.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// What the CLI promises about its input and output: it reads standard input to the end, every
// failed write is exit status 2 with the path and the system's reason, an output never replaces
// one of the articles, and special files are streamed, not replaced.
class TestCliOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString a() { return QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt"); }
    static QString b() { return QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt"); }

    // Runs a shell pipeline so that the CLI sees a real pipe and a real redirection.
    static CliRun shell(const QString &script)
    {
        QProcess p;
        p.setProgram(u"/bin/sh"_s);
        p.setArguments({u"-c"_s, script});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CLI"_s, QStringLiteral(SYNOPTIC_CLI));
        env.remove(u"DISPLAY"_s);
        p.setProcessEnvironment(env);
        p.start();
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("the pipeline did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // A plain-text file of `bytes` bytes of short sentences, in the test's directory.
    QString sentences(const QString &name, qint64 bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        const QList<QByteArray> words{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta", "kappa"};
        QByteArray paragraph;
        for (int w = 0; w < 200; ++w)
            paragraph += words[(w * 7 + w / 8) % words.size()] + (w % 17 == 16 ? ". " : " ");
        for (int p = 0; out.size() < bytes; ++p)
            out.write(paragraph + QByteArray::number(p) + ".\n\n");
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fullDiskIsAnErrorNamingTheReason_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("html") << u"--html"_s;
        QTest::newRow("pdf") << u"--pdf"_s;
        QTest::newRow("json") << u"--json"_s;
    }

    void fullDiskIsAnErrorNamingTheReason()
    {
        QFETCH(QString, option);
        const CliRun r = CliRun::run({u"compare"_s, a(), b(), option, u"/dev/full"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("/dev/full") && r.err.contains("No space left on device"), r.err.constData());
    }

    void fullStandardOutputIsAnError()
    {
        const CliRun r = shell(u"\"$CLI\" compare '%1' '%2' --json - > /dev/full"_s.arg(a(), b()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("standard output") && r.err.contains("No space left on device"), r.err.constData());
    }

    void outputThatIsAnInputIsRefused_data()
    {
        QTest::addColumn<bool>("throughLink");
        QTest::newRow("same path") << false;
        QTest::newRow("symbolic link") << true;
    }

    void outputThatIsAnInputIsRefused()
    {
        QFETCH(bool, throughLink);
        const QString article = m_dir.filePath(u"article.txt"_s);
        QFile::remove(article);
        QVERIFY(QFile::copy(a(), article));
        QString output = article;
        if (throughLink) {
            output = m_dir.filePath(u"link.html"_s);
            QFile::remove(output);
            QVERIFY(QFile::link(article, output));
        }
        for (const QString &option : {u"--html"_s, u"--json"_s, u"--pdf"_s}) {
            const CliRun r = CliRun::run({u"compare"_s, article, b(), option, output});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("one of the articles being compared"), r.err.constData());
            QFile original(a()), kept(article);
            QVERIFY(original.open(QIODevice::ReadOnly) && kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), original.readAll());
        }
    }

    void fifoIsStreamedNotReplaced()
    {
        const QString fifo = m_dir.filePath(u"out.fifo"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const CliRun r = shell(u"cat '%1' > '%1.read' & \"$CLI\" compare '%2' '%3' --html '%1'; status=$?; wait; exit $status"_s
                                   .arg(fifo, a(), b()));
        QCOMPARE(r.exitCode, 0);
        struct stat st{};
        QVERIFY(::stat(QFile::encodeName(fifo).constData(), &st) == 0);
        QVERIFY(S_ISFIFO(st.st_mode));
        QFile read(fifo + u".read"_s);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QByteArray html = read.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.trimmed().endsWith("</html>"));
    }

    void slowWriterOnStandardInputIsReadToTheEnd()
    {
        // About 3 MB written in two halves a second apart: one read() would see only the first.
        const QString big = m_dir.filePath(u"big.txt"_s);
        QFile seed(a()), out(big);
        QVERIFY(seed.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        const QByteArray text = seed.readAll();
        for (int i = 0; out.size() < 3'000'000; ++i)
            out.write(text + "\n\nParagraph " + QByteArray::number(i) + " ends here.\n\n");
        out.close();
        const CliRun piped = shell(u"{ head -c 1500000 '%1'; sleep 1; tail -c +1500001 '%1'; } | \"$CLI\" segment -"_s.arg(big));
        const CliRun direct = CliRun::run({u"segment"_s, big});
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(direct.exitCode, 0);
        const qsizetype cut = piped.out.indexOf('\n', piped.out.indexOf("path: "));
        const qsizetype cutDirect = direct.out.indexOf('\n', direct.out.indexOf("path: "));
        QCOMPARE(piped.out.mid(cut), direct.out.mid(cutDirect)); // the same text but for the path line
        QVERIFY(piped.out.contains("Paragraph 0 ends here."));
    }

    void runningOutOfMemoryIsAMessage()
    {
#ifdef __SANITIZE_ADDRESS__
        QSKIP("AddressSanitizer reserves more address space than the limit this test sets");
#endif
        // 40 MB of sentences under a 530 MB address-space limit: the engine runs out of memory
        // (its peak is 390 MiB resident, and the address space holds about 150 MiB more; under
        // 480 MB the import itself fails, which is a message of its own).
        const QString big = sentences(u"huge.txt"_s, 40'000'000);
        const CliRun r = shell(u"ulimit -v 530000; \"$CLI\" --memory-limit 100000 compare '%1' '%2' --json /dev/null"_s.arg(big, b()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("out of memory"), r.err.constData());

        // By default the limit is half of what the process may have (here the address-space
        // limit, so 293 MiB): 25 MB of text is refused before the engine starts (the estimate is
        // 358 MiB, the measured peak 251: this text repeats itself, which costs less than prose),
        // saying why and by how much.
        const QString text = sentences(u"twentyfive.txt"_s, 25'000'000);
        const CliRun refused = shell(u"ulimit -v 600000; \"$CLI\" compare '%1' '%2' --json /dev/null"_s.arg(text, b()));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("comparing these 2 articles (23.8 MiB of text) needs about 358")
                     && refused.err.contains("more than the 293.0 MiB allowed here") && refused.err.contains("--memory-limit"),
                 refused.err.constData());
        QVERIFY(!refused.err.contains("out of memory"));
    }

    void pdfProgressOnATerminalOnly()
    {
        const QString pdfs = QStringLiteral(SYNOPTIC_TEST_DATA "/import/pdf/");
        const QString groff = pdfs + u"groff-article.pdf"_s, chromium = pdfs + u"chromium-article.pdf"_s;
        // script(1) runs the CLI on a pseudo-terminal: the pages read show on one line that
        // overwrites itself and is cleared before the summary.
        const CliRun onTerminal = shell(u"script -qec \"'$CLI' compare '%1' '%2'\" /dev/null"_s.arg(groff, chromium));
        QCOMPARE(onTerminal.exitCode, 0);
        QVERIFY2(onTerminal.out.contains("\rsynoptic-cli: reading groff-article.pdf: page 4 of 4\033[K"), onTerminal.out.constData());
        QVERIFY(onTerminal.out.contains("\r\033[K["));
        // Anywhere else (a pipe, a log) nothing but the results.
        const CliRun piped = CliRun::run({u"compare"_s, groff, chromium});
        QCOMPARE(piped.exitCode, 0);
        QVERIFY2(!piped.err.contains("reading") && !piped.out.contains("reading"), piped.err.constData());
    }

    void memoryLimitRefusesBeforeAligning()
    {
        // Two short articles need the program's own 34 MiB and a few hundred KiB more.
        const CliRun refused = CliRun::run({u"--memory-limit"_s, u"34"_s, u"compare"_s, a(), b(), u"--json"_s, u"-"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("more than the 34.0 MiB allowed here"), refused.err.constData());
        QVERIFY(refused.out.isEmpty());
        const CliRun fits = CliRun::run({u"--memory-limit"_s, u"40"_s, u"compare"_s, a(), b(), u"--json"_s, u"-"_s});
        QCOMPARE(fits.exitCode, 0);
        QVERIFY(fits.out.contains("\"links\""));
        const CliRun bad = CliRun::run({u"--memory-limit"_s, u"lots"_s, u"compare"_s, a(), b()});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("--memory-limit takes a positive number of MiB"));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
