// Sessions in the window, on the offscreen platform: save, close, reopen the same comparison; an
// article changed on disk stops the opening until "Use Embedded Copy"; a bad file leaves the
// comparison shown as it was; the automatic save survives a cut-short write and a killed process.
#include "core/session/sessionfile.h"
#include "tests/common/testfiles.h"
#include "tests/common/testwindow.h"
#include "ui/panels/optionspanel.h"
#include "ui/panels/sidepanel.h"
#include "ui/session/appsettings.h"
#include "ui/session/autosave.h"
#include "ui/session/comparisonsession.h"
#include "ui/session/sessionopener.h"
#include "ui/views/comparisonview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/messagebar.h"
#include "ui/window/sessioncontroller.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 30000;

using TestWindow::makeWindow;
using TestWindow::settled;

void waitForComparison(MainWindow &window, int documents)
{
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->documentCount() == documents && settled(window), Timeout);
}

MessageWidget *messageContaining(const MessageBar &bar, const QString &text)
{
    for (MessageWidget *item : bar.items()) {
        if (item->text().contains(text))
            return item;
    }
    return nullptr;
}

} // namespace

class TestSessionWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void saveCloseAndReopen();
    void changedArticleWaitsForEmbeddedCopy();
    void badSessionFileKeepsTheComparison_data();
    void badSessionFileKeepsTheComparison();
    void autosaveIgnoresACutShortWriteAndRestores();
    void cleanExitWithNothingOpenRemovesTheAutosave();
    void autosaveRestoredAfterTheProcessIsKilled();

private:
    QString article(const QString &name, const QString &fixture);

    QTemporaryDir m_dir;
    QString m_a, m_b, m_c;
};

void TestSessionWindow::initTestCase()
{
    TestWindow::isolateSettings(u"tst_sessionwindow"_s);
    QVERIFY(m_dir.isValid());
    m_a = article(u"a.txt"_s, u"newszop-nk-troops.txt"_s);
    m_b = article(u"b.txt"_s, u"ap-nk-fm-russia.txt"_s);
    m_c = article(u"c.txt"_s, u"import/encodings/utf8.txt"_s);
}

void TestSessionWindow::init()
{
    QVERIFY(TestWindow::clearSettings());
}

QString TestSessionWindow::article(const QString &name, const QString &fixture)
{
    return TestFiles::write(m_dir, name, TestFiles::readFixture(fixture));
}

void TestSessionWindow::saveCloseAndReopen()
{
    const QString path = m_dir.filePath(u"three.synoptic"_s);
    QStringList order;
    AlignOptions options;
    {
        auto window = makeWindow();
        window->openFiles({m_a, m_b, m_c});
        waitForComparison(*window, 3);
        window->session()->moveDocument(2, 0);
        options = window->session()->options();
        options.ignoreDigits = true;
        options.divergentThreshold = 0.5;
        window->session()->setOptions(options);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*window), Timeout);
        order = window->session()->paths();
        QCOMPARE(order.first(), m_c);
        QVERIFY(window->sessions()->save(path));
        QCOMPARE(AppSettings().recentFiles().first(), path);
    }
    auto window = makeWindow();
    window->openFiles({path});
    waitForComparison(*window, 3);
    QCOMPARE(window->session()->paths(), order);
    QCOMPARE(window->session()->options(), options);
    QCOMPARE(window->sidePanel()->options()->options().ignoreDigits, true);
    QCOMPARE(window->sidePanel()->options()->options().divergentThreshold, 0.5);
    QVERIFY(window->messageBar()->messages().isEmpty());
}

void TestSessionWindow::changedArticleWaitsForEmbeddedCopy()
{
    QTemporaryDir dir;
    const QByteArray original = TestFiles::readFixture(u"newszop-nk-troops.txt"_s);
    const QString a = TestFiles::write(dir, u"a.txt"_s, original);
    const QString path = dir.filePath(u"pair.synoptic"_s);
    QString originalText;
    {
        auto window = makeWindow();
        window->openFiles({a, m_b});
        waitForComparison(*window, 2);
        originalText = window->session()->documents().front().text;
        QVERIFY(window->sessions()->save(path));
    }
    TestFiles::write(dir, u"a.txt"_s, original + "\n\nA paragraph added after the comparison was saved.\n");

    auto window = makeWindow();
    window->openFiles({m_b, m_c}); // what is on screen when the session is opened
    waitForComparison(*window, 2);
    const auto shown = window->session()->presented();
    window->openFiles({path});
    MessageWidget *warning = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((warning = messageContaining(*window->messageBar(), a)) != nullptr, Timeout);
    QVERIFY2(warning->text().contains(u"changed"_s), qPrintable(warning->text()));
    QCOMPARE(warning->buttonTexts(),
             (QStringList{u"Use Embedded Copy"_s, u"Locate…"_s, u"Use Changed File"_s}));
    // Nothing changed while the user decides.
    QCOMPARE(window->session()->paths(), (QStringList{m_b, m_c}));
    QCOMPARE(window->session()->presented(), shown);

    QVERIFY(warning->clickButton(u"Use Embedded Copy"_s));
    QTRY_VERIFY_WITH_TIMEOUT(window->session()->documentCount() == 2 && window->session()->paths().last() == m_b
                                 && settled(*window),
                             Timeout);
    const Document &restored = window->session()->documents().front();
    QVERIFY(restored.path.isEmpty()); // the copy, not the file: a reload can never replace it
    QCOMPARE(restored.text, originalText);
    QVERIFY(!restored.text.contains(u"A paragraph added"_s));
}

void TestSessionWindow::badSessionFileKeepsTheComparison_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << "<html>no</html>"_ba << u"not a Synoptic comparison"_s;
    QTest::newRow("newer version") << "{\"format\":\"synoptic-session\",\"version\":3}"_ba << u"newer Synoptic"_s;
    QTest::newRow("no articles") << "{\"format\":\"synoptic-session\",\"version\":1,\"columnOrder\":[],\"options\":{}}"_ba
                                 << u"has no \"articles\""_s;
    QTest::newRow("bad hash")
        << "{\"format\":\"synoptic-session\",\"version\":1,\"articles\":[{\"path\":\"/x\",\"name\":\"x\",\"format\":"
           "\"text/plain\",\"sha256\":\"00\"}],\"columnOrder\":[0],\"options\":{},\"notes\":[{\"text\":7}]}"_ba
        << u"sha256"_s;
}

void TestSessionWindow::badSessionFileKeepsTheComparison()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir, u"bad <b>.synoptic"_s, bytes);
    auto window = makeWindow();
    window->openFiles({m_a, m_b});
    waitForComparison(*window, 2);
    const auto shown = window->session()->presented();
    window->openFiles({path});
    MessageWidget *error = messageContaining(*window->messageBar(), path);
    QVERIFY(error);
    QCOMPARE(error->type(), MessageWidget::Type::Error);
    QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
    QVERIFY(!window->sessions()->opener()->isPending());
    QTest::qWait(50);
    QCOMPARE(window->session()->paths(), (QStringList{m_a, m_b}));
    QCOMPARE(window->session()->presented(), shown);
    QVERIFY(!window->session()->isBusy());
}

void TestSessionWindow::autosaveIgnoresACutShortWriteAndRestores()
{
    QTemporaryDir data;
    {
        auto window = makeWindow();
        window->sessions()->startAutosave(data.path(), true);
        QVERIFY(window->sessions()->autosave()->isActive());
        window->sessions()->autosave()->setDelay(10);
        window->openFiles({m_b, m_a});
        waitForComparison(*window, 2);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(window->sessions()->autosave()->path()), Timeout);
        QVERIFY(window->close());
    }
    const QString autosave = data.filePath(u"autosave.synoptic"_s);
    QVERIFY(SessionFile::read(autosave).ok());
    QVERIFY(!QFile::exists(data.filePath(u"autosave.lock"_s)));
    // What a process killed inside QSaveFile leaves: a temporary beside the intact file.
    const QString temporary = TestFiles::write(data, u"autosave.synoptic.aBc123"_s,
                                               TestFiles::read(autosave).left(100));

    auto window = makeWindow();
    window->sessions()->startAutosave(data.path(), true);
    waitForComparison(*window, 2);
    QCOMPARE(window->session()->paths(), (QStringList{m_b, m_a}));
    QVERIFY(messageContaining(*window->messageBar(), u"Reopened the comparison"_s));
    QVERIFY(!QFile::exists(temporary));
}

void TestSessionWindow::cleanExitWithNothingOpenRemovesTheAutosave()
{
    QTemporaryDir data;
    auto window = makeWindow();
    window->sessions()->startAutosave(data.path(), false);
    window->sessions()->autosave()->setDelay(10);
    window->openFiles({m_a, m_b});
    waitForComparison(*window, 2);
    const QString autosave = window->sessions()->autosave()->path();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosave), Timeout);
    window->session()->closeAll();
    QVERIFY(window->close());
    QVERIFY(!QFile::exists(autosave));
}

// The real program, killed while it runs: the next start restores its comparison and says why.
void TestSessionWindow::autosaveRestoredAfterTheProcessIsKilled()
{
    QTemporaryDir home;
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(SYNOPTIC_GUI), {m_a, m_c});
    QVERIFY(gui.waitForStarted());
    const QString data = home.filePath(u"data/Synoptic/synoptic"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(data + u"/autosave.synoptic"_s), Timeout);
    gui.kill();
    QVERIFY(gui.waitForFinished());
    QVERIFY(QFile::exists(data + u"/autosave.lock"_s));

    auto window = makeWindow();
    window->sessions()->startAutosave(data, true);
    QVERIFY(window->sessions()->autosave()->previousRunCrashed());
    waitForComparison(*window, 2);
    QCOMPARE(window->session()->paths(), (QStringList{m_a, m_c}));
    QVERIFY(messageContaining(*window->messageBar(), u"stopped unexpectedly"_s));
}

QTEST_MAIN(TestSessionWindow)
#include "tst_sessionwindow.moc"
