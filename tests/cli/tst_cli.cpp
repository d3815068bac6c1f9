#include "tests/cli/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private:
    static QString seed(const char *name) { return QStringLiteral(SYNOPTIC_TEST_DATA "/") + QString::fromLatin1(name); }
    static QString wiki(int version)
    {
        return QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/history-of-wikipedia-v%1.txt").arg(version);
    }

private slots:
    // Issue #13: --base names the reference article by file or by number (from 1); the JSON
    // report gives it as baseDocument; a value that names no article is a usage error saying why.
    void baseChoosesTheReference_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("expected");
        const QString v2 = QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/history-of-wikipedia-v2.txt");
        QTest::newRow("number 1") << u"1"_s << 0;
        QTest::newRow("number 3") << u"3"_s << 2;
        QTest::newRow("file as given") << v2 << 2;
        QTest::newRow("file name") << u"history-of-wikipedia-v1.txt"_s << 1;
        QTest::newRow("file by another path") << QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/../wikipedia/history-of-wikipedia-v0.txt") << 0;
    }

    void baseChoosesTheReference()
    {
        QFETCH(QString, base);
        QFETCH(int, expected);
        const CliRun r = CliRun::run({u"compare"_s, u"--json"_s, u"-"_s, u"--base"_s, base, wiki(0), wiki(1), wiki(2)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(u"baseDocument"_s).toInt(-1), expected);
    }

    void badBaseNamesTheProblem_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("too high") << u"4"_s << QByteArray("--base 4: there are only 3 articles");
        QTest::newRow("zero") << u"0"_s << QByteArray("--base 0: articles are numbered from 1 to 3");
        QTest::newRow("not compared") << u"elsewhere.txt"_s << QByteArray("--base elsewhere.txt: not one of the files compared");
    }

    void badBaseNamesTheProblem()
    {
        QFETCH(QString, base);
        QFETCH(QByteArray, message);
        const CliRun r = CliRun::run({u"compare"_s, u"--base"_s, base, wiki(0), wiki(1), wiki(2)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void helpAndVersion()
    {
        const CliRun help = CliRun::run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("segment"));
        const CliRun version = CliRun::run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(SYNOPTIC_VERSION_STRING));
    }

    void unknownCommand()
    {
        const CliRun r = CliRun::run({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("unknown command"));
    }

    void segmentText()
    {
        const CliRun r = CliRun::run({u"segment"_s, seed("newszop-nk-troops.txt")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("# North Korea 'plots' extra support"));
        QVERIFY(r.out.contains("[1, furniture]"));
        QVERIFY(r.out.contains("  - It is there that Russia is battling to push back a Ukrainian incursion.\n"));
    }

    void segmentJson()
    {
        const CliRun r = CliRun::run({u"segment"_s, u"--json"_s, seed("ap-nk-fm-russia.txt"), seed("newszop-nk-troops.txt")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray docs = json.object().value(u"documents"_s).toArray();
        QCOMPARE(docs.size(), 2);
        const QJsonObject doc = docs.at(1).toObject();
        QVERIFY(doc.value(u"path"_s).toString().endsWith(u"newszop-nk-troops.txt"_s));
        const QString text = doc.value(u"text"_s).toString();
        // Spans are code point offsets; this text is all BMP so they equal QString indices.
        const QJsonArray first = doc.value(u"sentences"_s).toArray().at(0).toArray();
        QCOMPARE(text.mid(first.at(0).toInt(), first.at(1).toInt() - first.at(0).toInt()), u"Top News"_s);
        QCOMPARE(doc.value(u"furniture"_s).toArray().size(), 8);
        for (const char *key : {"paragraphs", "sentences", "furniture"}) {
            for (const QJsonValue &span : doc.value(QLatin1String(key)).toArray()) {
                const QJsonArray a = span.toArray();
                QVERIFY(a.at(0).toInt() < a.at(1).toInt());
                QVERIFY(a.at(1).toInt() <= text.size());
            }
        }
    }

    void jsonSpansAreCodePoints()
    {
        const CliRun r = CliRun::run({u"segment"_s, u"--json"_s, u"-"_s}, "Emoji \xF0\x9F\x8E\x89 first. Second sentence here.");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object().value(u"documents"_s).toArray().at(0).toObject();
        const QJsonArray second = doc.value(u"sentences"_s).toArray().at(1).toArray();
        // "Emoji 🎉 first. " is 15 code points (16 UTF-16 units).
        QCOMPARE(second.at(0).toInt(), 15);
        QCOMPARE(doc.value(u"path"_s).toString(), u"-"_s);
    }

    void badInputExitsTwoAndNamesFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"missing.txt"_s);
        const CliRun r = CliRun::run({u"segment"_s, seed("ap-nk-fm-russia.txt"), missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(missing.toUtf8() + ": no such file"));
        QVERIFY(r.out.contains("WASHINGTON")); // the good file was still processed
    }

    void maxSizeOption()
    {
        const CliRun r = CliRun::run({u"--max-size"_s, u"0.001"_s, u"segment"_s, seed("ap-nk-fm-russia.txt")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("size limit"));
    }

    void hostileArticleInJsonIsText()
    {
        // The report carries article text verbatim: markup, the U+202E override and a
        // 100,000-character word come back exactly as imported, inside valid JSON.
        const CliRun r = CliRun::run({u"compare"_s, seed("hostile/hostile.txt"), seed("ap-nk-fm-russia.txt"), u"--json"_s, u"-"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QString text = json.object().value(u"documents"_s).toArray().at(0).toObject().value(u"text"_s).toString();
        QVERIFY(text.startsWith(u"<script>document.title='pwned';window.pwned=1</script>"_s));
        QVERIFY(text.contains(QChar(0x202E)));
        QVERIFY(text.contains(u"</style><style>body{display:none}</style>"_s));
        qsizetype longest = 0, run = 0;
        for (QChar c : text) {
            run = c.isLetter() ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        QVERIFY(longest >= 100000);
    }

    // The report is compact by default; --pretty indents the same document.
    void prettyReportIsTheSameDocument()
    {
        const QStringList args{u"compare"_s, seed("newszop-nk-troops.txt"), seed("ap-nk-fm-russia.txt"), u"--json"_s, u"-"_s};
        const CliRun compact = CliRun::run(args);
        const CliRun pretty = CliRun::run(QStringList(args) << u"--pretty"_s);
        QCOMPARE(compact.exitCode, 0);
        QCOMPARE(pretty.exitCode, 0);
        QVERIFY(!compact.out.contains('\n'));
        QVERIFY(pretty.out.startsWith("{\n    \""));
        QJsonParseError error;
        const QJsonDocument a = QJsonDocument::fromJson(compact.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(QJsonDocument::fromJson(pretty.out), a);
        QCOMPARE(pretty.out, a.toJson(QJsonDocument::Indented));
        QCOMPARE(compact.out, a.toJson(QJsonDocument::Compact));
        const CliRun alone = CliRun::run({u"compare"_s, seed("newszop-nk-troops.txt"), seed("ap-nk-fm-russia.txt"), u"--pretty"_s});
        QCOMPARE(alone.exitCode, 1);
        QVERIFY(alone.err.contains("--pretty goes with --json"));
    }
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
