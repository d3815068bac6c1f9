// The hostile-input suite: inputs built to make a parser or the engine quadratic, deep or huge,
// each given to the real CLI with the seed article under a per-case budget of 2 GiB of address
// space and 20 s of wall time (generous on a loaded 2-core machine; every case takes under two
// seconds alone in a release build; sanitizer builds get 180 s and no address-space limit). A case passes when the CLI finishes inside the budget with a result (status
// 0) or a message naming the file (status 2), never a crash, a hang or an abort. The inputs are
// generated here, not kept in the repository. The time and memory each case costs are measured
// by the bench target (bench_limits, bench_worstcases), not here.
#include "tests/cli/clirun.h"

#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

#ifdef __SANITIZE_ADDRESS__
// A sanitizer build (Debug, instrumented) runs the engine about ten times slower: the repeated
// sentence takes 17 s there alone, 1.5 s in a release build.
constexpr int WallSeconds = 180;
#else
constexpr int WallSeconds = 20;
#endif
constexpr int AddressSpaceKiB = 2 * 1024 * 1024;

QString seed()
{
    return QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt");
}

QByteArray repeated(const QByteArray &piece, qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + piece.size());
    while (out.size() < bytes)
        out += piece;
    return out;
}

QByteArray manyAttributesHtml()
{
    QByteArray attributes;
    for (int i = 0; i < 200'000; ++i)
        attributes += " data-a" + QByteArray::number(i) + "=\"1\"";
    return "<html><body><p" + attributes + ">The council met on Tuesday.</p></body></html>";
}

QByteArray misnestedHtml()
{
    // Every <b><i> closed in the wrong order: the HTML adoption agency reparents on each one.
    return "<html><body><p>" + repeated("<b><i>x</b></i> ", 600'000) + "</p></body></html>";
}

QByteArray deepHtml()
{
    return "<html><body>" + repeated("<div>", 1'000'000) + "Deep text." + "</body></html>";
}

QByteArray unclosedTablesHtml()
{
    return "<html><body>" + repeated("<table><tr><td>cell ", 500'000) + "</body></html>";
}

QByteArray markdownAutolinks()
{
    return repeated("<https://example.org/a> www.example.org/b https://x.y/", 1'000'000);
}

QByteArray markdownNesting()
{
    return repeated("[", 300'000) + repeated("*a _b ", 300'000) + repeated("](x)", 200'000) + repeated("> ", 100'000)
        + "text\n";
}

QByteArray combiningMarks()
{
    // One letter carrying a megabyte of combining acute accents (U+0301), then a sentence.
    return "a" + repeated("\xCC\x81", 1'000'000) + " The council met on Tuesday.\n";
}

QByteArray oneLongWord()
{
    return repeated("abcdefghij", 2'000'000) + "\n";
}

QByteArray oneLongSentence()
{
    return repeated("word and ", 3'000'000) + "end.\n";
}

QByteArray repeatedSentence()
{
    return repeated("The council met on Tuesday. ", 2'000'000);
}

QByteArray invalidUtf8()
{
    QByteArray out;
    for (int i = 0; i < 1'000'000; ++i)
        out += char(0x80 + (i * 37) % 0x7F);
    return out;
}

QByteArray nulBytes()
{
    return "Text before. " + QByteArray(1'000'000, '\0') + " Text after.\n";
}

QByteArray controlCharacters()
{
    return repeated("\x1b[31m\x07\x08\r\u202E exe.png \u202C\f\v", 1'000'000);
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void survivesWithinBudget_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("HTML, 200,000 attributes on one element") << u"attributes.html"_s << manyAttributesHtml();
        QTest::newRow("HTML, 37,000 misnested formatting tags") << u"misnested.html"_s << misnestedHtml();
        QTest::newRow("HTML, 200,000 nested divs") << u"deep.html"_s << deepHtml();
        QTest::newRow("HTML, 23,000 unclosed tables") << u"tables.html"_s << unclosedTablesHtml();
        QTest::newRow("Markdown, a megabyte of autolinks") << u"links.md"_s << markdownAutolinks();
        QTest::newRow("Markdown, unbalanced brackets and emphasis") << u"nesting.md"_s << markdownNesting();
        QTest::newRow("text, a megabyte of combining marks") << u"marks.txt"_s << combiningMarks();
        QTest::newRow("text, one 2 MB word") << u"word.txt"_s << oneLongWord();
        QTest::newRow("text, one 3 MB sentence") << u"sentence.txt"_s << oneLongSentence();
        QTest::newRow("text, one sentence 71,000 times") << u"repeats.txt"_s << repeatedSentence();
        QTest::newRow("text, invalid UTF-8") << u"invalid.txt"_s << invalidUtf8();
        QTest::newRow("text, a megabyte of NUL") << u"nul.txt"_s << nulBytes();
        QTest::newRow("text, a megabyte of terminal escapes and bidi overrides") << u"controls.txt"_s << controlCharacters();
    }

    void survivesWithinBudget()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.filePath(name);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(bytes), bytes.size());
        }
        const QString html = m_dir.filePath(u"out.html"_s);
        QFile::remove(html);
        // Both outputs: the report and the HTML page, which reads every passage again.
        const QString command = u"\"$CLI\" compare '%1' '%2' --json /dev/null --html '%3'"_s.arg(path, seed(), html);
        const CliRun r = limited(command);
        qInfo().noquote() << name << "-> status" << r.exitCode << QString::fromUtf8(r.err.left(300)).trimmed();
        QVERIFY2(r.exitCode != 124, qPrintable(u"%1 took longer than %2 s"_s.arg(name).arg(WallSeconds)));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 2,
                 qPrintable(u"%1: status %2 (a crash or an abort)\n%3"_s.arg(name).arg(r.exitCode).arg(QString::fromUtf8(r.err.left(2000)))));
        if (r.exitCode == 2) {
            // A refusal names the file and says why.
            QVERIFY2(r.err.contains(name.toUtf8() + ": "), r.err.left(2000).constData());
        } else {
            QVERIFY2(QFile(html).size() > 0, "status 0 but no HTML written");
        }
    }

private:
    // Runs `command` under the suite's budget. AddressSanitizer reserves terabytes of address
    // space for its shadow memory, so its builds get the time limit only.
    static CliRun limited(const QString &command)
    {
#ifdef __SANITIZE_ADDRESS__
        const QString limit;
#else
        const QString limit = u"ulimit -v %1; "_s.arg(AddressSpaceKiB);
#endif
        QProcess p;
        p.setProgram(u"/bin/sh"_s);
        p.setArguments({u"-c"_s, limit + u"exec timeout -k 5 %1 "_s.arg(WallSeconds) + command});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CLI"_s, QStringLiteral(SYNOPTIC_CLI));
        p.setProcessEnvironment(env);
        p.start();
        p.closeWriteChannel();
        if (!p.waitForFinished((WallSeconds + 30) * 1000))
            qFatal("the shell did not end");
        // timeout(1) ends with 124 when it had to stop the command (TERM, then KILL 5 s later).
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
