// Sessions from the command line: --save-session writes one, --session compares from it with the
// same result as comparing the files, and an article that changed is refused by name, or taken
// from the copy the session embeds (with a warning).
#include "tests/cli/clirun.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sessionGivesTheSameReport();
    void changedArticleFails();
    void changedArticleUsesEmbeddedCopy();
    void missingArticleFails();
    void badSessionFile();
    void usage();

private:
    QString copyFixture(const QString &name);
    QTemporaryDir m_dir;
    QString m_a, m_b;
};

void TestCliSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_a = copyFixture(u"newszop-nk-troops.txt"_s);
    m_b = copyFixture(u"ap-nk-fm-russia.txt"_s);
}

QString TestCliSession::copyFixture(const QString &name)
{
    return TestFiles::write(m_dir, name, TestFiles::readFixture(name));
}

void TestCliSession::sessionGivesTheSameReport()
{
    const QString session = m_dir.filePath(u"same.synoptic"_s);
    const QString direct = m_dir.filePath(u"direct.json"_s), fromSession = m_dir.filePath(u"session.json"_s);
    const QString directHtml = m_dir.filePath(u"direct.html"_s), sessionHtml = m_dir.filePath(u"session.html"_s);
    // Options other than the defaults, and b before a: the session must keep both.
    const QStringList options{u"--ignore-digits"_s, u"--threshold"_s, u"0.45"_s};
    CliRun r = CliRun::run(QStringList{u"compare"_s, m_b, m_a, u"--save-session"_s, session} + options);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(session));
    r = CliRun::run(QStringList{u"compare"_s, m_b, m_a, u"--json"_s, direct, u"--html"_s, directHtml} + options,
                    {}, {u"SOURCE_DATE_EPOCH=1700000000"_s});
    QCOMPARE(r.exitCode, 0);
    r = CliRun::run({u"compare"_s, u"--session"_s, session, u"--json"_s, fromSession, u"--html"_s, sessionHtml}, {},
                    {u"SOURCE_DATE_EPOCH=1700000000"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QByteArray json = TestFiles::read(fromSession);
    QCOMPARE(json, TestFiles::read(direct));
    QCOMPARE(TestFiles::read(sessionHtml), TestFiles::read(directHtml));
    const QJsonObject options0 = QJsonDocument::fromJson(json).object().value(u"options"_s).toObject();
    QCOMPARE(options0.value(u"ignoreDigits"_s).toBool(), true);
    QCOMPARE(options0.value(u"divergentThreshold"_s).toDouble(), 0.45);
    // For schema_session: a session the CLI wrote, embedded texts included. The folder is made
    // here too: tst_session, which also writes there, may run in parallel or fail first.
    QVERIFY(QDir().mkpath(QStringLiteral(SYNOPTIC_SESSION_OUT)));
    r = CliRun::run({u"compare"_s, m_a, m_b, u"--save-session"_s,
                     QStringLiteral(SYNOPTIC_SESSION_OUT "/cli-embedded.synoptic"), u"--embed-text"_s});
    QCOMPARE(r.exitCode, 0);
}

void TestCliSession::changedArticleFails()
{
    QTemporaryDir dir;
    const QString a = TestFiles::write(dir, u"a.txt"_s, TestFiles::readFixture(u"newszop-nk-troops.txt"_s));
    const QString session = dir.filePath(u"s.synoptic"_s);
    QCOMPARE(CliRun::run({u"compare"_s, a, m_b, u"--save-session"_s, session}).exitCode, 0);
    TestFiles::write(dir, u"a.txt"_s, TestFiles::readFixture(u"newszop-nk-troops.txt"_s) + "\n\nA new paragraph.\n");
    const CliRun r = CliRun::run({u"compare"_s, u"--session"_s, session, u"--json"_s, u"-"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(a + u": the article changed"_s), r.err.constData());
    QVERIFY2(err.contains(session), r.err.constData());
}

void TestCliSession::changedArticleUsesEmbeddedCopy()
{
    QTemporaryDir dir;
    const QByteArray original = TestFiles::readFixture(u"newszop-nk-troops.txt"_s);
    const QString a = TestFiles::write(dir, u"a.txt"_s, original);
    const QString session = dir.filePath(u"s.synoptic"_s), before = dir.filePath(u"before.json"_s);
    QCOMPARE(CliRun::run({u"compare"_s, a, m_b, u"--save-session"_s, session, u"--embed-text"_s, u"--json"_s, before})
                 .exitCode,
             0);
    TestFiles::write(dir, u"a.txt"_s, "Something else entirely. Nothing like the article.\n");
    const CliRun r = CliRun::run({u"compare"_s, u"--session"_s, session, u"--json"_s, u"-"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(u"warning: "_s + a + u": the article changed"_s), r.err.constData());
    QVERIFY(r.err.contains("using the copy embedded in"));
    // The text compared is the one saved, not the one on disk now.
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    const QJsonObject saved = QJsonDocument::fromJson(TestFiles::read(before)).object();
    QCOMPARE(report.value(u"links"_s), saved.value(u"links"_s));
    QVERIFY(!r.out.contains("Nothing like the article"));
}

void TestCliSession::missingArticleFails()
{
    QTemporaryDir dir;
    const QString a = TestFiles::write(dir, u"a.txt"_s, TestFiles::readFixture(u"newszop-nk-troops.txt"_s));
    const QString session = dir.filePath(u"s.synoptic"_s);
    QCOMPARE(CliRun::run({u"compare"_s, a, m_b, u"--save-session"_s, session}).exitCode, 0);
    QVERIFY(QFile::remove(a));
    const CliRun r = CliRun::run({u"compare"_s, u"--session"_s, session});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(a + u": the article was moved or deleted"_s), r.err.constData());
}

void TestCliSession::badSessionFile()
{
    QTemporaryDir dir;
    const QString bad = TestFiles::write(dir, u"bad.synoptic"_s, "{\"format\": \"synoptic-session\", \"version\": 9}");
    CliRun r = CliRun::run({u"compare"_s, u"--session"_s, bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(bad + u": it was saved by a newer Synoptic"_s), r.err.constData());
    const QString broken = TestFiles::write(dir, u"broken.synoptic"_s, "not json");
    r = CliRun::run({u"compare"_s, u"--session"_s, broken});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(broken + u": not a Synoptic comparison"_s), r.err.constData());
}

void TestCliSession::usage()
{
    QCOMPARE(CliRun::run({u"compare"_s, u"--session"_s, u"x.synoptic"_s, m_a}).exitCode, 1);
    QCOMPARE(CliRun::run({u"compare"_s, m_a, m_b, u"--embed-text"_s}).exitCode, 1);
    const QString nowhere = m_dir.filePath(u"no/such/dir/s.synoptic"_s);
    const CliRun r = CliRun::run({u"compare"_s, m_a, m_b, u"--save-session"_s, nowhere});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"cannot write "_s + nowhere), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSession)
#include "tst_clisession.moc"
