// Sessions (.synoptic): every field survives a write and a read, notes keep hostile text verbatim,
// bad files fail with a message naming the file and the fault, and articles come back only when
// they are the very bytes compared.
#include "core/import/documentloader.h"
#include "core/session/sessionfile.h"
#include "core/session/sessionloader.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// So a failed comparison prints the two sessions as the file would hold them.
char *toString(const Session &s)
{
    return qstrdup(SessionFile::serialize(s).constData());
}

namespace {

const QByteArray ArticleA = "Troops crossed the border on Monday. Officials confirmed 12,000 soldiers.\n\n"
                            "The ministry declined to comment.\n"_ba;
const QByteArray ArticleB = "Soldiers crossed the border on Monday. Officials said 10,000 troops took part.\n\n"
                            "Nobody else commented.\n"_ba;

// Everything a session can hold, with values other than the defaults.
Session fullSession()
{
    Session s;
    SessionArticle text{u"/news/a.txt"_s, u"Troops cross"_s, u"text/plain"_s, SessionFile::sha256(ArticleA), ArticleA, {}};
    // Built from hex so the embedded NUL is kept and no length is counted by hand.
    const QByteArray binary = QByteArray::fromHex("504b0304fffe0001") + " not UTF-8";
    SessionArticle docx{u"/news/b.docx"_s, u"B"_s,
                        u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s,
                        SessionFile::sha256(binary), binary, u"de"_s};
    SessionArticle reference{u"/news/ç é/c.html"_s, u"C"_s, u"text/html"_s, SessionFile::sha256("<p>c</p>"), {}, {}};
    SessionArticle pasted{{}, u"Pasted article 1"_s, u"text/plain"_s, SessionFile::sha256(ArticleB), ArticleB, {}};
    s.articles = {text, docx, reference, pasted};
    s.columnOrder = {2, 0, 3, 1};
    s.reference = 1;
    s.options.granularity = Granularity::Paragraph;
    s.options.divergentThreshold = 0.41;
    s.options.ignoreCase = false;
    s.options.ignorePunctuation = true;
    s.options.ignoreDigits = true;
    s.options.ignoreDiacritics = true;
    s.options.language = u"pt"_s;
    s.options.ignoreFurniture = false;
    s.options.maxUnitsPerDocument = 5000;
    s.manualLinks = {{{{{0, 0, 36}, {3, 0, 38}}}, true}, {{{{1, 5, 9}, {2, 0, 1}}}, false}};
    const QDateTime when(QDate(2026, 3, 1), QTime(9, 30, 15, 250), QTimeZone::utc());
    s.notes = {
        {SessionAnchor{0, 37, 72}, std::nullopt, NoteVerdict::Disputed, u"<script>alert('x')</script> & \"12,000\" </p>"_s, when},
        // Bidi overrides and isolates, a NUL, a lone line separator: kept as they are.
        {std::nullopt, std::nullopt, NoteVerdict::None, u"\u202Egnp.exe\u202C \u2066isolate\u2069 \u0000 \u2028 end 🙂"_s, {}},
    };
    s.notes.push_back({SessionAnchor{1, 0, 12}, SessionAnchor{3, 4, 20}, NoteVerdict::Confirmed, u"Same troop figure"_s, when});
    s.notes.push_back({SessionAnchor{2, 0, 1}, std::nullopt, NoteVerdict::Unclear, {}, {}});
    return s;
}

QString writeText(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    return TestFiles::write(dir, name, bytes);
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void writtenFileForSchema();
    void badFile_data();
    void badFile();
    void unreadableFile();
    void articleUnchanged();
    void articleChanged();
    void articleMissingAndMoved();
    void embeddedCopy();
    void describeEmbedsFilelessDocuments();
    void languagesFollowTheirArticles();
};

void TestSession::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"full.synoptic"_s);
    const Session written = fullSession();
    QCOMPARE(SessionFile::write(written, path), std::nullopt);
    const SessionReadResult read = SessionFile::read(path);
    QVERIFY2(read.ok(), qPrintable(read.failure.message()));
    QCOMPARE(*read.session, written);
    QCOMPARE(read.session->notes[0].text, u"<script>alert('x')</script> & \"12,000\" </p>"_s);
    QVERIFY(read.session->notes[1].text.contains(QChar(0x202E)));
    QCOMPARE(read.session->notes[1].text.size(), written.notes[1].text.size());
    // Valid UTF-8 is readable in the file; other bytes are Base64.
    const QByteArray bytes = TestFiles::read(path);
    QVERIFY(bytes.contains("Troops crossed the border"));
    QVERIFY(bytes.contains("\"encoding\": \"base64\""));
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"full.synoptic"_s});
}

// Written where CTest's schema_session test validates it against resources/schema.
void TestSession::writtenFileForSchema()
{
    QDir().mkpath(QStringLiteral(SYNOPTIC_SESSION_OUT));
    const QString path = QDir(QStringLiteral(SYNOPTIC_SESSION_OUT)).filePath(u"full.synoptic"_s);
    QCOMPARE(SessionFile::write(fullSession(), path), std::nullopt);
    Session minimal;
    minimal.articles = {{u"/a.txt"_s, u"A"_s, u"text/plain"_s, SessionFile::sha256(ArticleA), {}, {}}};
    minimal.columnOrder = {0};
    const QString minimalPath = QDir(QStringLiteral(SYNOPTIC_SESSION_OUT)).filePath(u"minimal.synoptic"_s);
    QCOMPARE(SessionFile::write(minimal, minimalPath), std::nullopt);
}

void TestSession::badFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    const QByteArray good = SessionFile::serialize(fullSession());
    const QString hash = SessionFile::sha256(ArticleA);
    const auto edited = [&](const QByteArray &from, const QByteArray &to) {
        QByteArray b = good;
        if (!b.contains(from))
            qFatal("fixture text not found: %s", from.constData());
        return b.replace(from, to);
    };
    QTest::newRow("not JSON") << "{\"format\": \"synoptic-session\", "_ba << u"the JSON is broken at byte"_s;
    QTest::newRow("empty") << QByteArray() << u"the JSON is broken"_s;
    QTest::newRow("array") << "[1, 2]"_ba << u"the JSON is not an object"_s;
    QTest::newRow("report") << "{\"documents\": []}"_ba << u"not a Synoptic comparison"_s;
    QTest::newRow("newer version") << edited("\"version\": 1", "\"version\": 2") << u"newer Synoptic (session version 2"_s;
    QTest::newRow("version zero") << edited("\"version\": 1", "\"version\": 0") << u"\"version\" is not a whole number"_s;
    QTest::newRow("version text") << edited("\"version\": 1", "\"version\": \"1\"") << u"\"version\" is not"_s;
    QTest::newRow("no articles") << edited("\"articles\"", "\"artikel\"") << u"has no \"articles\""_s;
    QTest::newRow("empty articles")
        << "{\"format\":\"synoptic-session\",\"version\":1,\"articles\":[],\"columnOrder\":[],\"options\":{}}"_ba
        << u"it has no articles"_s;
    QTest::newRow("no sha256") << edited("\"sha256\": \"" + hash.toLatin1() + "\"", "\"sha\": \"x\"")
                               << u"article 1 has no \"sha256\""_s;
    QTest::newRow("bad sha256") << edited(hash.toLatin1(), hash.toUpper().toLatin1()) << u"not 64 lower-case hex"_s;
    QTest::newRow("altered copy") << edited("Troops crossed the border", "Tanks crossed the border")
                                  << u"embedded copy of article 1 does not match"_s;
    QTest::newRow("no options") << edited("\"options\"", "\"optionz\"") << u"has no \"options\""_s;
    QTest::newRow("bad granularity") << edited("\"paragraph\"", "\"chapter\"") << u"\"chapter\", not"_s;
    QTest::newRow("order repeats") << edited("\"columnOrder\": [\n        2,\n        0", "\"columnOrder\": [\n        2,\n        2")
                                   << u"names article 3 twice"_s;
    QTest::newRow("reference range") << edited("\"reference\": 1", "\"reference\": 9") << u"\"reference\" is not"_s;
    QTest::newRow("link article") << edited("\"article\": 3,", "\"article\": 4,") << u"manual link 1"_s;
    const QByteArray longNote(100001, 'x');
    QTest::newRow("long note") << edited("<script>", longNote) << u"note 1 is longer than 100000"_s;
    QTest::newRow("bad verdict") << edited("\"disputed\"", "\"wrong\"") << u"the verdict of note 1 is \"wrong\""_s;
    QTest::newRow("link note within one article")
        << edited("\"linkedTo\": {", "\"linkedTo\": {\"article\": 1, \"start\": 0, \"end\": 1}, \"unknown\": {")
        << u"note 3 is on a link within one article"_s;
    QTest::newRow("note not text") << edited("\"text\": \"<script>", "\"text\": 5, \"x\": \"") << u"note 1 is not a string"_s;
}

void TestSession::badFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = writeText(dir, u"bad.synoptic"_s, bytes);
    const SessionReadResult result = SessionFile::read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.failure.path, path);
    QVERIFY2(result.failure.reason.contains(reason), qPrintable(result.failure.reason));
    QVERIFY(result.failure.message().startsWith(path + u": "_s));
}

void TestSession::unreadableFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"none.synoptic"_s);
    QCOMPARE(SessionFile::read(missing).failure, (Failure{missing, u"no such file"_s}));
    // Writing into a folder that does not exist fails by name, and writes nothing.
    const QString nowhere = dir.filePath(u"no/such/folder/x.synoptic"_s);
    const std::optional<Failure> failure = SessionFile::write(fullSession(), nowhere);
    QVERIFY(failure.has_value());
    QCOMPARE(failure->path, nowhere);
}

void TestSession::articleUnchanged()
{
    QTemporaryDir dir;
    const QString a = writeText(dir, u"a.txt"_s, ArticleA);
    const LoadResult loaded = DocumentLoader().load(a);
    QVERIFY(loaded.ok());
    const Session s = SessionLoader::describe({*loaded.document}, {}, false);
    QCOMPARE(s.articles[0].sha256, SessionFile::sha256(ArticleA));
    QVERIFY(!s.articles[0].embedded);
    const ArticleLoad back = SessionLoader().loadFile(s.articles[0], dir.filePath(u"s.synoptic"_s));
    QCOMPARE(back.state, ArticleLoad::State::Unchanged);
    QVERIFY(back.ok());
    QCOMPARE(back.document->text, loaded.document->text);
    QCOMPARE(back.document->title, loaded.document->title);
    QCOMPARE(back.document->path, loaded.document->path);
    QCOMPARE(back.document->format, loaded.document->format);
    QCOMPARE(back.document->sentences.size(), loaded.document->sentences.size());
}

void TestSession::articleChanged()
{
    QTemporaryDir dir;
    const QString a = writeText(dir, u"a.txt"_s, ArticleA);
    const Session s = SessionLoader::describe({*DocumentLoader().load(a).document}, {}, false);
    writeText(dir, u"a.txt"_s, ArticleB);
    const ArticleLoad back = SessionLoader().loadFile(s.articles[0], {});
    QCOMPARE(back.state, ArticleLoad::State::Changed);
    QVERIFY(!back.ok());
    QCOMPARE(back.failure.path, a);
    QVERIFY(back.failure.reason.contains(u"changed"_s));
    // Only when the user says so.
    const ArticleLoad accepted = SessionLoader().loadFileAt(s.articles[0], a, true);
    QVERIFY(accepted.ok());
    QVERIFY(accepted.document->text.startsWith(u"Soldiers"_s));
}

void TestSession::articleMissingAndMoved()
{
    QTemporaryDir dir, elsewhere;
    const QString a = writeText(dir, u"a.txt"_s, ArticleA);
    const Session s = SessionLoader::describe({*DocumentLoader().load(a).document}, {}, false);
    QVERIFY(QFile::remove(a));
    const ArticleLoad missing = SessionLoader().loadFile(s.articles[0], elsewhere.filePath(u"s.synoptic"_s));
    QCOMPARE(missing.state, ArticleLoad::State::Missing);
    QCOMPARE(missing.failure.path, a);
    // The session's folder holds a file of that name with the same content: that is the article.
    const QString moved = writeText(elsewhere, u"a.txt"_s, ArticleA);
    const ArticleLoad found = SessionLoader().loadFile(s.articles[0], elsewhere.filePath(u"s.synoptic"_s));
    QVERIFY(found.ok());
    QCOMPARE(found.path, moved);
    // One of that name with other content is not.
    writeText(elsewhere, u"a.txt"_s, ArticleB);
    QCOMPARE(SessionLoader().loadFile(s.articles[0], elsewhere.filePath(u"s.synoptic"_s)).state,
             ArticleLoad::State::Missing);
}

void TestSession::embeddedCopy()
{
    QTemporaryDir dir;
    const QString a = writeText(dir, u"a.txt"_s, ArticleA);
    const LoadResult original = DocumentLoader().load(a);
    const Session s = SessionLoader::describe({*original.document}, {}, true);
    QCOMPARE(s.articles[0].embedded, std::optional<QByteArray>(ArticleA));
    QVERIFY(QFile::remove(a));
    const ArticleLoad back = SessionLoader().loadEmbedded(s.articles[0]);
    QVERIFY2(back.ok(), qPrintable(back.failure.message()));
    QCOMPARE(back.document->text, original.document->text);
    QVERIFY(back.document->path.isEmpty()); // nothing on disk may replace it
    QCOMPARE(back.document->source, ArticleA);
}

void TestSession::describeEmbedsFilelessDocuments()
{
    const LoadResult pasted = DocumentLoader().loadData(ArticleB, u"Pasted article 1"_s, u"text/plain"_s);
    QVERIFY(pasted.ok());
    Document fromFile = *pasted.document;
    fromFile.path = u"/tmp/x.txt"_s;
    Document pastedDocument = *pasted.document;
    pastedDocument.path.clear();
    const Session s = SessionLoader::describe({fromFile, pastedDocument}, {}, false);
    QVERIFY(!s.articles[0].embedded);
    QVERIFY(s.articles[1].embedded);
    QVERIFY(s.articles[1].path.isEmpty());
    QCOMPARE(s.columnOrder, (std::vector<int>{0, 1}));
}

// A language chosen for one article is saved with that article, not with a column, and comes back
// at whatever column the article is shown in.
void TestSession::languagesFollowTheirArticles()
{
    QTemporaryDir dir;
    std::vector<Document> docs;
    for (const auto &[name, bytes] : {std::pair{u"a.txt"_s, ArticleA}, std::pair{u"b.txt"_s, ArticleB}}) {
        const LoadResult loaded = DocumentLoader().load(writeText(dir, name, bytes));
        QVERIFY(loaded.ok());
        docs.push_back(*loaded.document);
    }
    AlignOptions options;
    options.languages = {QString(), u"pt"_s};
    options.reference = 1;
    Session described = SessionLoader::describe(docs, options, false);
    QCOMPARE(described.articles[0].language, QString());
    QCOMPARE(described.articles[1].language, u"pt"_s);
    QVERIFY(described.options.languages.empty()); // kept with the articles only
    QCOMPARE(described.alignOptions(), options);

    const QString path = dir.filePath(u"languages.synoptic"_s);
    QCOMPARE(SessionFile::write(described, path), std::nullopt);
    QVERIFY(TestFiles::read(path).contains("\"language\": \"pt\""));
    const SessionReadResult read = SessionFile::read(path);
    QVERIFY2(read.ok(), qPrintable(read.failure.message()));
    QCOMPARE(*read.session, described);
    QCOMPARE(read.session->alignOptions().languages, (std::vector<QString>{QString(), u"pt"_s}));

    // The columns swapped: the choice moves with its article to the first column.
    Session swapped = *read.session;
    swapped.columnOrder = {1, 0};
    QCOMPARE(swapped.alignOptions().languages, (std::vector<QString>{u"pt"_s, QString()}));
    QCOMPARE(swapped.alignOptions().reference, 0);
    // No choice at all: no list, so the options equal the defaults.
    swapped.articles[1].language.clear();
    QVERIFY(swapped.alignOptions().languages.empty());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
