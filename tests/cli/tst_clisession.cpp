// Sessions from the command line: --save-session writes one, --session compares from it with the
// same result as comparing the files, and an article that changed is refused by name, or taken
// from the copy the session embeds (with a warning).
#include "tests/cli/clirun.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
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
    void manualLinksFromSession();
    void chosenLanguageInSession();
    void badManualLinks_data();
    void badManualLinks();
    void notesInExports();
    void usage();

private:
    QString copyFixture(const QString &name);
    // "N:START-END" for the first occurrence of `part` in article `doc` (from 0) of a report.
    static QString place(const QJsonObject &report, int doc, const QString &part);
    // A session of a and b written by the CLI, with its "manualLinks" replaced by `links`.
    QString sessionWithLinks(const QTemporaryDir &dir, const QJsonArray &links);
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

QString TestCliSession::place(const QJsonObject &report, int doc, const QString &part)
{
    const QString text = report.value(u"documents"_s).toArray().at(doc).toObject().value(u"text"_s).toString();
    const qsizetype at = text.indexOf(part);
    if (at < 0)
        qFatal("'%s' not in article %d", qPrintable(part), doc);
    // Code points, as the option takes them.
    const qsizetype start = text.left(at).toUcs4().size();
    return u"%1:%2-%3"_s.arg(doc + 1).arg(start).arg(start + part.toUcs4().size());
}

QString TestCliSession::sessionWithLinks(const QTemporaryDir &dir, const QJsonArray &links)
{
    const QString path = dir.filePath(u"links.synoptic"_s);
    if (CliRun::run({u"compare"_s, m_a, m_b, u"--save-session"_s, path}).exitCode != 0)
        qFatal("cannot save a session");
    QJsonObject session = QJsonDocument::fromJson(TestFiles::read(path)).object();
    session.insert(u"manualLinks"_s, links);
    return TestFiles::write(dir, u"links.synoptic"_s, QJsonDocument(session).toJson());
}

// A link given on the command line holds in the report, is kept by --save-session, and the saved
// session gives the very same report.
void TestCliSession::manualLinksFromSession()
{
    CliRun r = CliRun::run({u"compare"_s, m_a, m_b, u"--json"_s, u"-"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject plain = QJsonDocument::fromJson(r.out).object();
    const QString front = u"They are expected to be heading for the frontline in Kursk"_s;
    const QString moved = u"may have already moved to frontline areas"_s;
    const QString link = place(plain, 0, front) + u',' + place(plain, 1, moved);
    const QString denying = u"After initially denying the claims"_s;
    const QString unlink = place(plain, 0, denying) + u',' + place(plain, 1, denying);
    // Every link the engine made is not manual, and it linked the "denying" pair.
    const auto linkHolding = [](const QJsonObject &report, const QString &a, const QString &b) {
        const QJsonArray docs = report.value(u"documents"_s).toArray();
        QJsonArray found;
        for (const QJsonValue &v : report.value(u"links"_s).toArray()) {
            const QJsonObject l = v.toObject();
            const auto text = [&](const QString &side, const QString &spanKey) {
                const QJsonArray span = l.value(spanKey).toArray();
                const QList<uint> all = docs.at(l.value(side).toInt()).toObject().value(u"text"_s).toString().toUcs4();
                const QList<uint> part = all.mid(span.at(0).toInt(), span.at(1).toInt() - span.at(0).toInt());
                return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
            };
            if (text(u"a"_s, u"aSpan"_s).contains(a) && text(u"b"_s, u"bSpan"_s).contains(b))
                found.append(l);
        }
        return found;
    };
    QCOMPARE(linkHolding(plain, front, moved).size(), 0);
    QCOMPARE(linkHolding(plain, denying, denying).size(), 1);
    QVERIFY(!r.out.contains("\"manual\":true"));

    const QString session = m_dir.filePath(u"manual.synoptic"_s);
    const QString direct = m_dir.filePath(u"manual-direct.json"_s);
    r = CliRun::run({u"compare"_s, m_a, m_b, u"--link"_s, link, u"--unlink"_s, unlink, u"--json"_s, direct,
                     u"--save-session"_s, session});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject corrected = QJsonDocument::fromJson(TestFiles::read(direct)).object();
    const QJsonArray held = linkHolding(corrected, front, moved);
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.at(0).toObject().value(u"manual"_s).toBool(), true);
    QCOMPARE(linkHolding(corrected, denying, denying).size(), 0);
    QCOMPARE(TestFiles::read(direct).count("\"manual\":true"), 1);

    const QJsonArray saved = QJsonDocument::fromJson(TestFiles::read(session)).object().value(u"manualLinks"_s).toArray();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).toObject().value(u"linked"_s).toBool(), true);
    QCOMPARE(saved.at(1).toObject().value(u"linked"_s).toBool(), false);

    r = CliRun::run({u"compare"_s, u"--session"_s, session, u"--json"_s, u"-"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, TestFiles::read(direct));
    // Other options on top of the session's: the corrections still hold.
    r = CliRun::run({u"compare"_s, u"--session"_s, session, u"--granularity"_s, u"paragraph"_s, u"--base"_s, u"2"_s,
                     u"--json"_s, u"-"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject paragraphs = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(linkHolding(paragraphs, front, moved).size(), 1);
    QCOMPARE(linkHolding(paragraphs, denying, denying).size(), 0);
}

// --language FILE=CODE is an option of the comparison, not an edit of the article: the saved
// session names the language on the article, and comparing from it reads the article so again.
void TestCliSession::chosenLanguageInSession()
{
    const QString session = m_dir.filePath(u"language.synoptic"_s);
    const QString direct = m_dir.filePath(u"language-direct.json"_s);
    CliRun r = CliRun::run({u"compare"_s, m_a, m_b, u"--language"_s, m_b + u"=de"_s, u"--json"_s, direct,
                            u"--save-session"_s, session});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto languagesRead = [](const QByteArray &report) {
        QStringList out;
        for (const QJsonValue &d : QJsonDocument::fromJson(report).object().value(u"documents"_s).toArray())
            out << d.toObject().value(u"languageRead"_s).toString();
        return out;
    };
    QCOMPARE(languagesRead(TestFiles::read(direct)), (QStringList{u"en"_s, u"de"_s}));

    const QJsonArray articles = QJsonDocument::fromJson(TestFiles::read(session)).object().value(u"articles"_s).toArray();
    QCOMPARE(articles.size(), 2);
    QVERIFY(!articles.at(0).toObject().contains(u"language"_s));
    QCOMPARE(articles.at(1).toObject().value(u"language"_s).toString(), u"de"_s);

    r = CliRun::run({u"compare"_s, u"--session"_s, session, u"--json"_s, u"-"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, TestFiles::read(direct));

    // With --session, FILE names the article as the session does.
    r = CliRun::run({u"compare"_s, u"--session"_s, session, u"--language"_s, m_a + u"=pt"_s, u"--json"_s, u"-"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(languagesRead(r.out), (QStringList{u"pt"_s, u"de"_s}));
}

void TestCliSession::badManualLinks_data()
{
    QTest::addColumn<QJsonArray>("links");
    QTest::addColumn<QString>("message"); // after the session's path
    const auto end = [](int article, qint64 start, qint64 stop) {
        return QJsonObject{{u"article"_s, article}, {u"start"_s, start}, {u"end"_s, stop}};
    };
    const auto link = [&](qint64 start, qint64 stop, bool linked) {
        return QJsonObject{{u"ends"_s, QJsonArray{end(0, 400, 430), end(1, start, stop)}}, {u"linked"_s, linked}};
    };
    QTest::newRow("past the end") << QJsonArray{link(400, 430, true), link(500, 900000, true)}
                                  << u": manual link 2: its passage in"_s;
    QTest::newRow("link and unlink") << QJsonArray{link(400, 430, true), link(400, 430, false)}
                                     << u": manual link 2: it links and keeps apart the same passages as manual link 1"_s;
    QJsonObject unknown = link(400, 430, true);
    unknown.insert(u"ends"_s, QJsonArray{end(0, 400, 430), end(7, 400, 430)});
    QTest::newRow("unknown article") << QJsonArray{unknown} << u": the article of end 2 of manual link 1"_s;
}

// A session whose manual links cannot be honoured fails with the file and the link named, and
// writes no report.
void TestCliSession::badManualLinks()
{
    QFETCH(QJsonArray, links);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString session = sessionWithLinks(dir, links);
    const CliRun r = CliRun::run({u"compare"_s, u"--session"_s, session, u"--json"_s, u"-"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(session + message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

// A session's notes reach the JSON report (placed on their sentences, verbatim), the HTML export
// (beside the passage, inert, and listed) and a session saved from it; a note past the text is
// a warning, not a failure. The report is kept for the schema test (schema_notes_report).
void TestCliSession::notesInExports()
{
    CliRun plainRun = CliRun::run({u"compare"_s, m_a, m_b, u"--json"_s, u"-"_s});
    QCOMPARE(plainRun.exitCode, 0);
    const QJsonObject plain = QJsonDocument::fromJson(plainRun.out).object();
    const auto anchorOf = [&](int doc, const QString &part) {
        const QString where = place(plain, doc, part); // "N:START-END"
        const QStringList range = where.section(u':', 1).split(u'-');
        return QJsonObject{{u"article"_s, doc}, {u"start"_s, range[0].toInt()}, {u"end"_s, range[1].toInt()}};
    };
    const QString denying = u"After initially denying the claims"_s;
    const QString hostile = u"<script>window.pwned=1</script> \u202E\"</p>"_s;
    const QJsonArray notes{
        QJsonObject{{u"anchor"_s, anchorOf(0, u"within days. North Korea's official"_s)}, {u"verdict"_s, u"disputed"_s},
                    {u"text"_s, hostile}, {u"created"_s, u"2026-03-01T09:30:00.000Z"_s}},
        QJsonObject{{u"anchor"_s, anchorOf(0, denying)}, {u"linkedTo"_s, anchorOf(1, denying)},
                    {u"verdict"_s, u"confirmed"_s}, {u"text"_s, u"Both say so"_s}},
        QJsonObject{{u"anchor"_s, QJsonObject{{u"article"_s, 1}, {u"start"_s, 900000}, {u"end"_s, 900005}}},
                    {u"text"_s, u"Lost note"_s}},
    };
    QTemporaryDir dir;
    const QString path = sessionWithLinks(dir, {});
    QJsonObject session = QJsonDocument::fromJson(TestFiles::read(path)).object();
    session.insert(u"notes"_s, notes);
    TestFiles::write(dir, u"links.synoptic"_s, QJsonDocument(session).toJson());

    const QString report = QDir(QStringLiteral(SYNOPTIC_SESSION_OUT)).filePath(u"notes-report.json"_s);
    QDir().mkpath(QStringLiteral(SYNOPTIC_SESSION_OUT));
    const QString html = dir.filePath(u"notes.html"_s), saved = dir.filePath(u"saved.synoptic"_s);
    const CliRun r = CliRun::run({u"compare"_s, u"--session"_s, path, u"--json"_s, report, u"--html"_s, html,
                                  u"--save-session"_s, saved});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains(": note 3: its passage in article 2 (code points 900000 to 900005) is outside the text"),
             r.err.constData());

    const QJsonArray out = QJsonDocument::fromJson(TestFiles::read(report)).object().value(u"notes"_s).toArray();
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[0].toObject().value(u"text"_s).toString(), hostile);
    QCOMPARE(out[0].toObject().value(u"verdict"_s).toString(), u"disputed"_s);
    QCOMPARE(out[0].toObject().value(u"anchor"_s).toObject().value(u"units"_s).toArray().at(1).toInt(), 2);
    QCOMPARE(out[1].toObject().value(u"linkedTo"_s).toObject().value(u"doc"_s).toInt(), 1);
    QVERIFY(out[1].toObject().value(u"linkedTo"_s).toObject().value(u"units"_s).isArray());
    QVERIFY(out[2].toObject().value(u"anchor"_s).toObject().value(u"units"_s).isNull());
    QVERIFY(!out[2].toObject().value(u"problem"_s).toString().isEmpty());

    const QString page = QString::fromUtf8(TestFiles::read(html));
    QVERIFY(!page.contains(u"<script>window.pwned"_s));
    QVERIFY(page.contains(u"&lt;script&gt;window.pwned=1&lt;/script&gt;"_s));
    QVERIFY(page.contains(u"id=\"nm1-0\""_s));
    QVERIFY(page.contains(u"id=\"nm2-0\""_s) && page.contains(u"id=\"nm2-1\""_s));
    QVERIFY(!page.contains(u"id=\"nm3-0\""_s));
    QVERIFY(page.contains(u"<li id=\"note-3\">"_s));

    const QJsonArray kept = QJsonDocument::fromJson(TestFiles::read(saved)).object().value(u"notes"_s).toArray();
    QCOMPARE(kept, notes);
}

void TestCliSession::usage()
{
    QCOMPARE(CliRun::run({u"compare"_s, m_a, m_b, u"--link"_s, u"1:0-10"_s}).exitCode, 1);
    QCOMPARE(CliRun::run({u"compare"_s, m_a, m_b, u"--unlink"_s, u"0:0-10,2:0-10"_s}).exitCode, 1);
    const CliRun past = CliRun::run({u"compare"_s, m_a, m_b, u"--link"_s, u"1:0-10,3:0-10"_s});
    QCOMPARE(past.exitCode, 2);
    QVERIFY2(past.err.contains("--link 1:0-10,3:0-10: it names article 3, but 2 are compared"), past.err.constData());
    QCOMPARE(CliRun::run({u"compare"_s, u"--session"_s, u"x.synoptic"_s, m_a}).exitCode, 1);
    QCOMPARE(CliRun::run({u"compare"_s, m_a, m_b, u"--embed-text"_s}).exitCode, 1);
    const QString nowhere = m_dir.filePath(u"no/such/dir/s.synoptic"_s);
    const CliRun r = CliRun::run({u"compare"_s, m_a, m_b, u"--save-session"_s, nowhere});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"cannot write "_s + nowhere), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSession)
#include "tst_clisession.moc"
