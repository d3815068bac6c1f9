// Drives the real main window on the offscreen platform: opening, navigating, options, errors,
// drag and drop, closing, export and settings.
#include "tests/common/testprinters.h"
#include "tests/common/testwindow.h"
#include "ui/window/progressindicator.h"
#include "ui/session/appsettings.h"
#include "ui/session/comparisonsession.h"
#include "ui/views/columnheaderbar.h"
#include "ui/views/comparisonview.h"
#include "ui/views/synopticgeometry.h"
#include "ui/views/synopticpane.h"
#include "ui/window/emptystate.h"
#include "ui/session/exportcontroller.h"
#include "ui/window/findbar.h"
#include "ui/window/mainwindow.h"
#include "ui/window/messagebar.h"
#include "ui/window/shortcutsdialog.h"
#include "ui/window/userguidedialog.h"
#include "ui/panels/legendpanel.h"
#include "ui/panels/sidepanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QKeySequence>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTemporaryDir>
#include "ui/panels/factlist.h"
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QLocale>
#include <QDockWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

// The first `count` versions of "History of Wikipedia" in tests/data, oldest first.
QStringList wikipediaVersions(int count)
{
    QStringList paths;
    for (int v = 0; v < count; ++v)
        paths << QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/history-of-wikipedia-v%1.txt").arg(v);
    return paths;
}

const QString SeedA = QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt");
const QString SeedB = QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt");
constexpr int Timeout = 30000;

using TestWindow::makeWindow;
using TestWindow::settled;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void openAndWait(MainWindow &window, const QStringList &paths)
{
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    window.openFiles(paths);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && settled(window), Timeout);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

bool anyMessageContains(const MessageBar &bar, const QString &text)
{
    const QStringList messages = bar.messages();
    return std::any_of(messages.begin(), messages.end(), [&](const QString &m) { return m.contains(text); });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        TestWindow::isolateSettings(u"tst_mainwindow"_s);
        QVERIFY(m_dir.isValid());
    }

    void init() { QVERIFY(TestWindow::clearSettings()); }

    void startsWithTheEmptyState()
    {
        auto window = makeWindow();
        auto *empty = window->findChild<EmptyState *>();
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->headline().contains(u"Open two or more articles"_s));
        QVERIFY(!window->view()->isVisible());
        QVERIFY(!window->actions().nextDifference->isEnabled());
        QVERIFY(!window->actions().exportJson->isEnabled());
    }

    void opensTheSeedPairAndShowsIt()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        QVERIFY(window->view()->isVisible());
        QCOMPARE(window->view()->presented()->comparison().documents.size(), size_t(2));
        QVERIFY(window->windowTitle().contains(u"newszop-nk-troops.txt"_s));
        QVERIFY(window->actions().nextDifference->isEnabled());
        auto *facts = window->sidePanel()->findChild<FactList *>(u"factList"_s);
        QVERIFY(facts);
        QVERIFY(facts->entryCount() > 0);
        QVERIFY(window->messageBar()->messages().isEmpty());
    }

    void hostileArticleShowsAsText()
    {
        // Markup, script, bidi overrides, control characters and a 100,000-character word are
        // article text: shown, searchable, never interpreted, in both view modes.
        auto window = makeWindow();
        window->resize(1200, 800);
        window->show();
        const QString hostile = QStringLiteral(SYNOPTIC_TEST_DATA "/hostile/hostile.txt");
        openAndWait(*window, {hostile, SeedB});
        QVERIFY(window->messageBar()->messages().isEmpty());
        ComparisonView *view = window->view();
        QVERIFY(view->find(u"<script>document.title"_s));
        QCOMPARE(view->findHit().first, 0);
        QVERIFY(view->find(u"onerror=\"window.pwned=2\""_s));
        QVERIFY(!window->windowTitle().contains(u"pwned"_s));
        const QImage synoptic = window->grab().toImage();
        QVERIFY(!synoptic.isNull());
        window->actions().continuousMode->setChecked(true);
        QVERIFY(view->find(u"javascript:alert(1)"_s));
        QVERIFY(!window->grab().toImage().isNull());
        window->actions().synopticMode->setChecked(true);
    }

    // Issue #13: eight articles in a 1,400×900 window, side panel open, fit side by side in
    // synoptic mode: no sideways scrolling, every column on screen and wide enough to read.
    void eightColumnsFitTheWindow()
    {
        auto window = makeWindow();
        window->resize(1400, 900);
        const QStringList paths = wikipediaVersions(8);
        openAndWait(*window, paths);
        ComparisonView *view = window->view();
        QCOMPARE(view->mode(), ComparisonView::Mode::Synoptic);
        QVERIFY(window->findChild<QDockWidget *>()->isVisible());
        auto *pane = view->findChild<SynopticPane *>();
        QTRY_VERIFY(pane->horizontalScrollBar()->maximum() == 0);
        QTRY_VERIFY(!pane->horizontalScrollBar()->isVisible());
        for (int d = 0; d < 8; ++d) {
            const QRect r = pane->columnRect(d);
            QVERIFY2(r.left() >= 0 && r.right() < pane->viewport()->width(),
                     qPrintable(u"column %1 at %2..%3 of %4"_s.arg(d).arg(r.left()).arg(r.right()).arg(pane->viewport()->width())));
            QVERIFY2(r.width() >= SynopticGeometry::MinColumn, qPrintable(u"column %1 is %2 px"_s.arg(d).arg(r.width())));
        }
        // The column headers stay one compact band.
        auto *header = view->findChild<ColumnHeaderBar *>();
        QVERIFY(header->height() <= 90);
        // Each header reads whole: a title that tells the versions apart, and figures shortened
        // or dropped but never cut ("1,439 · 10…" was a wrong number).
        const QFontMetrics fm(header->font());
        for (int d = 0; d < 8; ++d) {
            QTRY_COMPARE(header->headerRect(d).width(), pane->columnRect(d).width());
            QVERIFY(header->isCompact(d));
            const QString title = header->shownTitle(d);
            QVERIFY2(title.endsWith(u"-v%1"_s.arg(d)), qPrintable(title));
            const QString details = header->shownDetails(d);
            const QString words = QLocale().toString(view->presented()->comparison().stats[size_t(d)].words);
            QVERIFY2(details.startsWith(words) && !details.contains(u'…'), qPrintable(details));
            QVERIFY2(fm.horizontalAdvance(details) <= header->headerRect(d).width() - 16, qPrintable(details));
            QVERIFY(header->toolTipText(d).contains(u"history-of-wikipedia-v%1"_s.arg(d)));
        }
        // The close buttons of compact headers wait for the mouse.
        const auto buttons = header->findChildren<QToolButton *>();
        QCOMPARE(buttons.size(), 8);
        for (const QToolButton *b : buttons)
            QVERIFY(!b->isVisible());
        QTest::mouseMove(header, header->headerRect(3).center());
        QTRY_VERIFY(buttons.at(3)->isVisible());
        QVERIFY(!buttons.at(2)->isVisible());
        QVERIFY(header->geometry().contains(buttons.at(3)->geometry().translated(header->pos())));
    }

    // Issue #13: eight articles closed one by one from their headers' close buttons, down to
    // one: every step realigns the rest, the last leaves the empty state showing its text.
    void eightArticlesCloseDownToOne()
    {
        auto window = makeWindow();
        window->resize(1400, 900);
        const QStringList paths = wikipediaVersions(8);
        openAndWait(*window, paths);
        auto *header = window->findChild<ColumnHeaderBar *>();
        for (int open = 8; open > 1; --open) {
            QTRY_COMPARE(header->columnCount(), open);
            QTest::mouseMove(header, header->headerRect(0).center());
            QToolButton *close = nullptr;
            QTRY_VERIFY((close = header->findChildren<QToolButton *>().value(0)) && close->isVisible());
            QSignalSpy changed(window->session(), &ComparisonSession::documentsChanged);
            QTest::mouseClick(close, Qt::LeftButton);
            QTRY_VERIFY(!changed.isEmpty());
            QCOMPARE(int(window->session()->documents().size()), open - 1);
            if (open - 1 >= 2) {
                QTRY_VERIFY_WITH_TIMEOUT(window->view()->presented()
                                             && int(window->view()->presented()->comparison().documents.size()) == open - 1
                                             && settled(*window),
                                         Timeout);
            }
        }
        auto *empty = window->findChild<EmptyState *>();
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(window->session()->documents().front().path, paths.last());
        auto *preview = empty->findChild<QPlainTextEdit *>(u"emptyPreview"_s);
        QVERIFY(preview && preview->isVisible());
        QCOMPARE(preview->toPlainText(), window->session()->documents().front().text);
    }

    void nextDifferenceActionMovesTheCurrentRow()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        QSignalSpy rowChanged(window->view(), &ComparisonView::currentRowChanged);
        auto *position = window->statusBar()->findChild<QLabel *>(u"differencePosition"_s);
        QVERIFY(position);
        QCOMPARE(position->text(), u"%1 differences"_s.arg(window->view()->differencePosition().second));
        window->actions().nextDifference->trigger();
        const int first = window->view()->currentRow();
        QVERIFY(first >= 0);
        window->actions().nextDifference->trigger();
        const int second = window->view()->currentRow();
        QVERIFY2(second > first, qPrintable(u"%1 then %2"_s.arg(first).arg(second)));
        window->actions().previousDifference->trigger();
        QCOMPARE(window->view()->currentRow(), first);
        QCOMPARE(rowChanged.size(), 3);
        // The status bar keeps "Difference n of N" after the passing message has gone.
        QVERIFY(position->isVisible());
        const int total = window->view()->differencePosition().second;
        QVERIFY(total > 2);
        QCOMPARE(position->text(), u"Difference 1 of %1"_s.arg(total));
        window->actions().nextDifference->trigger();
        QCOMPARE(position->text(), u"Difference 2 of %1"_s.arg(total));
        // Articles added: the comparison changes and the count with it (the current passage
        // stays current). A long article: a short one's passages fit beside the pair's 17 rows,
        // each a difference already, so the count would stay 17.
        openAndWait(*window, {QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/history-of-wikipedia-v7.txt")});
        QCOMPARE(window->view()->presented()->comparison().documents.size(), size_t(3));
        const auto [n, now] = window->view()->differencePosition();
        QVERIFY(now != total);
        QCOMPARE(position->text(), n > 0 ? u"Difference %1 of %2"_s.arg(n).arg(now) : u"%1 differences"_s.arg(now));
    }

    // Issue #13: the window says which folding options are on, and the legend has the quieter
    // "same wording, ignoring case" entry only while case is folded.
    void statusAndLegendStateTheFolding()
    {
        auto window = makeWindow();
        openAndWait(*window, {QStringLiteral(SYNOPTIC_TEST_DATA "/folding/frankenstein-1818-letter1.txt"),
                              QStringLiteral(SYNOPTIC_TEST_DATA "/folding/frankenstein-1831-letter1.txt")});
        auto *folding = window->statusBar()->findChild<QLabel *>(u"foldingOptions"_s);
        QVERIFY(folding);
        QCOMPARE(folding->text(), u"Ignoring case"_s);
        LegendPanel *legend = window->sidePanel()->legend();
        QCOMPARE(legend->folding(), u"Same wording, ignoring case"_s);
        QCheckBox *ignoreCase = nullptr;
        for (QCheckBox *box : window->sidePanel()->findChildren<QCheckBox *>()) {
            if (box->text() == u"Case"_s)
                ignoreCase = box;
        }
        QVERIFY(ignoreCase && ignoreCase->isChecked());
        QSignalSpy shown(window.get(), &MainWindow::comparisonShown);
        ignoreCase->click();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && settled(*window), Timeout);
        QCOMPARE(folding->text(), u"Exact comparison"_s);
        QVERIFY(legend->folding().isEmpty());
    }

    void changingAnOptionRealigns_data()
    {
        QTest::addColumn<bool>("granularity");
        QTest::newRow("granularity") << true;
        QTest::newRow("threshold") << false;
    }

    void changingAnOptionRealigns()
    {
        QFETCH(bool, granularity);
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        QSignalSpy shown(window.get(), &MainWindow::comparisonShown);
        if (granularity) {
            auto *combo = window->sidePanel()->findChild<QComboBox *>(u"granularity"_s);
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findText(u"Paragraphs"_s));
        } else {
            auto *slider = window->sidePanel()->findChild<QSlider *>(u"threshold"_s);
            QVERIFY(slider);
            slider->setValue(55);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && settled(*window), Timeout);
        const AlignOptions options = window->view()->presented()->comparison().options;
        if (granularity)
            QCOMPARE(options.granularity, Granularity::Paragraph);
        else
            QCOMPARE(options.divergentThreshold, 0.55);
        // The change is remembered.
        QCOMPARE(window->settings().options(), options);
    }

    void badFilesShowAnErrorAndTheOthersStayOpen_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("missing") << u"no-such-article.txt"_s;
        QTest::newRow("binary") << u"binary.bin"_s;
    }

    void badFilesShowAnErrorAndTheOthersStayOpen()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        if (name == u"binary.bin"_s) {
            QByteArray bytes;
            for (int i = 0; i < 2048; ++i)
                bytes.append(char(i % 256));
            write(path, bytes);
        }
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        window->openFiles({path});
        QTRY_VERIFY_WITH_TIMEOUT(anyMessageContains(*window->messageBar(), path), Timeout);
        QVERIFY(window->messageBar()->isVisible());
        QTRY_VERIFY(!window->session()->isBusy());
        QCOMPARE(window->session()->documentCount(), 2);
        QCOMPARE(window->view()->presented()->comparison().documents.size(), size_t(2));
        QVERIFY(window->view()->isVisible());
    }

    void droppingAFileAddsAnArticle()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const QString third = m_dir.filePath(u"dropped.txt"_s);
        QFile seed(SeedB);
        QVERIFY(seed.open(QIODevice::ReadOnly));
        write(third, seed.readAll().left(1800));

        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(third)});
        const QPoint at = window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy shown(window.get(), &MainWindow::comparisonShown);
        QApplication::sendEvent(window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && settled(*window), Timeout);
        QCOMPARE(window->view()->presented()->comparison().documents.size(), size_t(3));
        QCOMPARE(window->view()->presented()->comparison().documents[2].path, third);
    }

    void closingAnArticleRealigns()
    {
        const QString third = m_dir.filePath(u"third.txt"_s);
        QFile seed(SeedA);
        QVERIFY(seed.open(QIODevice::ReadOnly));
        write(third, seed.readAll().left(2000));
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB, third});
        QCOMPARE(window->view()->presented()->comparison().documents.size(), size_t(3));

        QSignalSpy shown(window.get(), &MainWindow::comparisonShown);
        emit window->view()->closeDocumentRequested(0); // the close button of the first column
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && settled(*window), Timeout);
        QCOMPARE(window->view()->presented()->comparison().documents.size(), size_t(2));
        QCOMPARE(window->view()->presented()->comparison().documents[0].path, SeedB);

        // Down to one article: back to the empty state, which names it and still shows its text.
        window->session()->closeDocument(0);
        auto *empty = window->findChild<EmptyState *>();
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->headline().contains(u"is open"_s));
        QVERIFY(!window->actions().nextDifference->isEnabled());
        auto *preview = empty->findChild<QPlainTextEdit *>(u"emptyPreview"_s);
        QVERIFY(preview);
        QVERIFY(preview->isVisible());
        QVERIFY(preview->isReadOnly());
        QCOMPARE(preview->toPlainText(), window->session()->documents().front().text);
        QVERIFY(preview->toPlainText().size() > 1000);

        // None open: nothing to show.
        window->session()->closeDocument(0);
        QTRY_VERIFY(!preview->isVisible());
    }

    // Issue #13: "Compare Others with This One" on a column header makes that article the
    // reference: the badge, the legend and the changed-word marks move to follow it, the
    // articles are not imported again and the passage on screen stays there.
    void headerActionSwitchesTheReference()
    {
        QStringList paths;
        for (int v = 0; v < 3; ++v)
            paths << QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/history-of-wikipedia-v%1.txt").arg(v);
        auto window = makeWindow();
        openAndWait(*window, paths);
        const int before = window->view()->presented()->comparison().baseDocument;
        const int target = (before + 1) % 3;
        auto *header = window->findChild<ColumnHeaderBar *>();
        QVERIFY(header);
        QVERIFY(header->isReference(before));
        QVERIFY(!header->isReference(target));
        const auto marks = [&window](int doc) {
            int n = 0;
            for (const Highlight &h : window->view()->presented()->plan().highlights[size_t(doc)])
                n += h.role == HighlightRole::Changed;
            return n;
        };
        QCOMPARE(marks(before), 0);
        QVERIFY(marks(target) > 0);

        // A passage in the middle of the reference-to-be, on screen before and after.
        const int unit = int(window->view()->presented()->comparison().units[size_t(target)].size()) / 2;
        window->view()->scrollToUnit(target, unit);
        QVERIFY(!window->view()->unitRect({target, unit}).isEmpty());

        auto menu = header->createMenu(target);
        QAction *compare = menu->findChild<QAction *>(u"compareWithThis"_s);
        QVERIFY(compare);
        QVERIFY(compare->isEnabled());
        QSignalSpy shown(window.get(), &MainWindow::comparisonShown);
        QSignalSpy documentsChanged(window->session(), &ComparisonSession::documentsChanged);
        compare->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && settled(*window), Timeout);

        const Comparison &after = window->view()->presented()->comparison();
        QCOMPARE(after.baseDocument, target);
        QVERIFY(header->isReference(target));
        QVERIFY(!header->isReference(before));
        QCOMPARE(marks(target), 0);
        QVERIFY(marks(before) > 0);
        QCOMPARE(documentsChanged.count(), 0); // the articles were not imported again
        QVERIFY(!window->view()->unitRect({target, unit}).isEmpty());
        auto *legend = window->findChild<LegendPanel *>();
        QVERIFY(legend->reference().contains(after.documents[size_t(target)].title.left(20)));
        // The reference's own menu offers nothing to change; the choice is kept for the session.
        QVERIFY(!header->createMenu(target)->findChild<QAction *>(u"compareWithThis"_s)->isEnabled());
        QCOMPARE(window->session()->toSession(false).reference, target);
    }

    void cancellingTheFirstComparisonSaysSoAndCompareAgainRecovers()
    {
        auto window = makeWindow();
        ComparisonSession *session = window->session();
        // Cancel the moment the alignment starts, as a user would who opened the wrong files.
        const auto connection = connect(session, &ComparisonSession::progress, this, [session](const QString &task) {
            if (task.startsWith(u"Aligning"_s))
                session->cancel();
        });
        window->openFiles({SeedA, SeedB});
        QTRY_VERIFY_WITH_TIMEOUT(session->documentCount() == 2 && !session->isBusy(), Timeout);
        disconnect(connection);
        auto *empty = window->findChild<EmptyState *>();
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->headline().contains(u"cancelled"_s), qPrintable(empty->headline()));
        QVERIFY(window->actions().compareAgain->isEnabled());

        QSignalSpy shown(window.get(), &MainWindow::comparisonShown);
        window->actions().compareAgain->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && settled(*window), Timeout);
        QVERIFY(window->view()->isVisible());
    }

    void pasteAddsTheClipboardAsAnArticle()
    {
        auto window = makeWindow();
        window->openFiles({SeedA});
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->documentCount() == 1 && !window->session()->isBusy(), Timeout);
        QFile seed(SeedB);
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QApplication::clipboard()->setText(QString::fromUtf8(seed.readAll()));
        QSignalSpy shown(window.get(), &MainWindow::comparisonShown);
        window->actions().paste->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && settled(*window), Timeout);
        QCOMPARE(window->view()->presented()->comparison().documents.size(), size_t(2));
        QVERIFY(window->view()->presented()->comparison().documents[1].path.isEmpty());
    }

    void findBarOpensFindsAndCloses()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        window->actions().find->trigger();
        FindBar *bar = window->findBar();
        QVERIFY(bar->isVisible());
        auto *field = bar->findChild<QLineEdit *>(u"findField"_s);
        QVERIFY(field && field->hasFocus());
        QTest::keyClicks(field, u"Lee Seong-kweun"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(window->view()->findHit().first >= 0);
        // Which hit of how many, next to the field.
        auto *status = bar->findChild<QLabel *>(u"findStatus"_s);
        QVERIFY(status);
        const auto [hit, hits] = window->view()->findPosition();
        QVERIFY(hits >= 2);
        QCOMPARE(status->text(), u"%1 of %2"_s.arg(hit).arg(hits));
        QCOMPARE(window->view()->findMatches().count(), hits);
        // Enter steps on, Shift+Enter back, and the count follows.
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(window->view()->findPosition().first, hit % hits + 1);
        QCOMPARE(status->text(), u"%1 of %2"_s.arg(hit % hits + 1).arg(hits));
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(window->view()->findPosition().first, hit);
        QCOMPARE(status->text(), u"%1 of %2"_s.arg(hit).arg(hits));
        // Closing the bar takes the highlights away.
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(window->view()->findMatches().isEmpty());
    }

    void exportWritesEachFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("html") << int(ExportFormat::Html) << u"report.html"_s
                              << QByteArray("<!DOCTYPE html>");
        QTest::newRow("json") << int(ExportFormat::Json) << u"report.json"_s << QByteArray("{");
        QTest::newRow("pdf") << int(ExportFormat::Pdf) << u"report.pdf"_s << QByteArray("%PDF-");
        QTest::newRow("redline") << int(ExportFormat::Redline) << u"redline.html"_s
                                 << QByteArray("<!DOCTYPE html>");
    }

    void exportWritesEachFormat()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const QString path = m_dir.filePath(name);
        QSignalSpy exported(window->exporter(), &ExportController::exported);
        QVERIFY(window->exporter()->exportTo(ExportFormat(format), path));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, Timeout);
        QCOMPARE(exported.front().front().toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.trimmed().startsWith(start), bytes.left(40).constData());
        if (ExportFormat(format) == ExportFormat::Json) {
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(json.object().value(u"documents"_s).toArray().size(), 2);
        }
        QVERIFY(window->statusBar()->currentMessage().contains(name));
    }

    // The notes handed to the exporter reach the file (the window's notes UI will hand them).
    void exportCarriesNotes()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const QString path = m_dir.filePath(u"with-notes.json"_s);
        window->exporter()->setNotes({{TextAnchor{0, 0, 5}, std::nullopt, NoteVerdict::Disputed, u"<b>checked</b>"_s, {}}});
        QSignalSpy exported(window->exporter(), &ExportController::exported);
        QVERIFY(window->exporter()->exportTo(ExportFormat::Json, path));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, Timeout);
        const QJsonArray notes = QJsonDocument::fromJson(readAll(path)).object().value(u"notes"_s).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].toObject().value(u"text"_s).toString(), u"<b>checked</b>"_s);
        QCOMPARE(notes[0].toObject().value(u"verdict"_s).toString(), u"disputed"_s);
        QVERIFY(notes[0].toObject().value(u"anchor"_s).toObject().value(u"units"_s).isArray());
    }

    // A PDF export reports its rows to the window's export progress, and its Cancel stops it:
    // no file, no error box, a status message that says so.
    void pdfExportProgressAndCancel()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        ExportController *exporter = window->exporter();
        QSignalSpy progress(exporter, &ExportController::progress);
        QSignalSpy busy(exporter, &ExportController::busyChanged);
        QSignalSpy exported(exporter, &ExportController::exported);
        const QString done = m_dir.filePath(u"progress.pdf"_s);
        QVERIFY(exporter->exportTo(ExportFormat::Pdf, done));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, Timeout);
        QVERIFY(std::any_of(progress.begin(), progress.end(), [](const QList<QVariant> &p) {
            return p.at(0).toString() == u"Exporting progress.pdf"_s && p.at(2).toInt() > 0;
        }));
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.last().first().toBool(), false);

        QSignalSpy cancelled(exporter, &ExportController::cancelled);
        QSignalSpy failed(exporter, &ExportController::failed);
        const QString stopped = m_dir.filePath(u"cancelled.pdf"_s);
        QVERIFY(exporter->exportTo(ExportFormat::Pdf, stopped));
        auto *indicator = window->findChild<ProgressIndicator *>(u"exportProgress"_s);
        QVERIFY(indicator);
        QVERIFY(QMetaObject::invokeMethod(indicator, "cancelRequested"));
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, Timeout);
        QCOMPARE(cancelled.front().front().toString(), stopped);
        QVERIFY(failed.isEmpty());
        QVERIFY(!QFile::exists(stopped));
        QVERIFY(window->statusBar()->currentMessage().contains(u"cancelled"_s));
        QVERIFY(!exporter->isBusy());
    }

    void exportFailsCleanly()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        // A folder that does not exist fails for root too, unlike a read-only one.
        const QString path = m_dir.filePath(u"no-such-folder/report.json"_s);
        QSignalSpy failed(window->exporter(), &ExportController::failed);
        QSignalSpy exported(window->exporter(), &ExportController::exported);
        QVERIFY(window->exporter()->exportTo(ExportFormat::Json, path));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
        QVERIFY(exported.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"no-such-folder"_s)));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"exportError"_s)) != nullptr);
        QVERIFY(box->text().contains(QDir::toNativeSeparators(path)));
        QVERIFY(!box->informativeText().isEmpty());
        box->close();
    }

    void exportNeverOverwritesAComparedArticle()
    {
        // The save dialog lets a user pick any file, one of the open articles included: the
        // export is refused with a message, and the article stays as it was.
        const QString article = m_dir.filePath(u"article-to-keep.txt"_s);
        QFile::remove(article);
        QVERIFY(QFile::copy(SeedA, article));
        const QByteArray before = readAll(article);
        auto window = makeWindow();
        openAndWait(*window, {article, SeedB});
        QSignalSpy failed(window->exporter(), &ExportController::failed);
        QVERIFY(window->exporter()->exportTo(ExportFormat::Html, article));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
        QCOMPARE(readAll(article), before);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"exportError"_s)) != nullptr);
        QVERIFY(box->text().contains(QDir::toNativeSeparators(article)));
        QVERIFY(box->informativeText().contains(u"one of the articles being compared"_s));
        box->close();
    }

    // A comparison built while the window is in continuous mode (the saved mode at launch, or a
    // drop) gets full-width column headers, not collapsed ones.
    void headersFitColumnsWhenBuiltInContinuousMode()
    {
        auto window = makeWindow();
        window->actions().continuousMode->setChecked(true);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        openAndWait(*window, {SeedA, SeedB});
        auto *header = window->findChild<ColumnHeaderBar *>();
        QVERIFY(header);
        QCOMPARE(header->columnCount(), 2);
        QTRY_VERIFY(header->headerRect(0).width() > 300 && header->headerRect(1).width() > 300);
        QVERIFY(header->headerRect(0).right() < header->headerRect(1).left());
    }

    // At 900×600 the toolbar overflows: the panel switch must stay on it (Find, with Ctrl+F,
    // goes first), and the side panel leaves the articles most of the width.
    void smallWindowKeepsThePanelSwitch()
    {
        auto window = std::make_unique<MainWindow>(std::make_unique<AppSettings>());
        window->resize(900, 600);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        openAndWait(*window, {SeedA, SeedB});
        auto *bar = window->findChild<QToolBar *>();
        QVERIFY(bar);
        QAction *panel = nullptr;
        for (QAction *a : bar->actions()) {
            if (a->iconText() == u"Panel"_s)
                panel = a;
        }
        QVERIFY(panel);
        QTRY_VERIFY(bar->widgetForAction(panel) && bar->widgetForAction(panel)->isVisible());
        auto *dock = window->findChild<QDockWidget *>();
        QVERIFY(dock);
        QTRY_VERIFY(dock->width() > 0 && dock->width() <= 900 / 3);
    }

    // Help ▸ Keyboard Shortcuts lists every menu command that has a key, read from the actions.
    void shortcutsDialogListsEveryShortcut()
    {
        auto window = makeWindow();
        window->actions().shortcuts->trigger();
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ShortcutsDialog *>()) != nullptr);
        const QStringList lines = dialog->lines();
        QVERIFY(lines.contains(u"Find…\t"_s + QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
        QVERIFY(lines.contains(u"Keyboard Shortcuts\tCtrl+?"_s));
        int withKeys = 0;
        for (const QMenu *menu : window->menuBar()->findChildren<QMenu *>()) {
            for (const QAction *a : menu->actions())
                withKeys += !a->menu() && !a->shortcuts().isEmpty();
        }
        QCOMPARE(lines.size(), withKeys);
        QVERIFY(lines.size() >= 20);
        dialog->grab().save(u"%1/shortcuts.png"_s.arg(QStringLiteral(SYNOPTIC_BINARY_DIR)));
        dialog->close();
    }

    // Help ▸ User Guide shows the bundled guide, offline.
    void userGuideOpens()
    {
        auto window = makeWindow();
        window->actions().userGuide->trigger();
        UserGuideDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<UserGuideDialog *>()) != nullptr);
        const QString text = dialog->text();
        for (const QString &part : {u"Opening articles"_s, u"Reading the colours"_s, u"Navigating"_s,
                                    u"Options"_s, u"Exporting"_s, u"Changed fact"_s})
            QVERIFY2(text.contains(part), qPrintable(part));
        QVERIFY(!text.contains(u"##"_s)); // rendered, not shown as Markdown source
        dialog->grab().save(u"%1/user-guide.png"_s.arg(QStringLiteral(SYNOPTIC_BINARY_DIR)));
        dialog->close();
    }

    // View ▸ Theme switches the whole application and is remembered; "Follow the System" goes
    // back to the platform's own look.
    void themeSwitchesAndIsRemembered()
    {
        const QColor platformWindow = QApplication::palette().color(QPalette::Window);
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        window->actions().darkTheme->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(window->settings().theme(), u"dark"_s);
        // The comparison's own colours follow (the view's palette is built from the application's).
        QTRY_VERIFY(window->view()->viewPalette().isDark());
        window->actions().lightTheme->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QTRY_VERIFY(!window->view()->viewPalette().isDark());
        window->actions().systemTheme->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), platformWindow);
        QCOMPARE(window->settings().theme(), u"system"_s);
    }

    void nothingToExportWithoutAComparison()
    {
        auto window = makeWindow();
        QVERIFY(!window->exporter()->exportTo(ExportFormat::Json, m_dir.filePath(u"none.json"_s)));
        QVERIFY(!window->actions().exportHtml->isEnabled());
        QVERIFY(!window->actions().exportPdf->isEnabled());
        QVERIFY(!window->actions().exportRedline->isEnabled());
    }

    void settingsPersist()
    {
        {
            auto window = makeWindow();
            openAndWait(*window, {SeedA, SeedB});
            window->actions().continuousMode->trigger();
            window->actions().differencesOnly->trigger();
            window->actions().zoomIn->trigger();
            auto *combo = window->sidePanel()->findChild<QComboBox *>(u"granularity"_s);
            combo->setCurrentIndex(combo->findText(u"Paragraphs"_s));
            QTRY_VERIFY_WITH_TIMEOUT(window->session()->options().granularity == Granularity::Paragraph, Timeout);
            window->resize(1000, 700);
            window->close();
        }
        auto window = makeWindow();
        QVERIFY(window->actions().continuousMode->isChecked());
        QCOMPARE(window->view()->mode(), ComparisonView::Mode::Continuous);
        QVERIFY(window->actions().differencesOnly->isChecked());
        QVERIFY(window->view()->differencesOnly());
        QVERIFY(window->view()->font().pointSizeF() > QApplication::font().pointSizeF());
        QCOMPARE(window->session()->options().granularity, Granularity::Paragraph);
        QCOMPARE(window->sidePanel()->findChild<QComboBox *>(u"granularity"_s)->currentText(), u"Paragraphs"_s);
        QCOMPARE(window->settings().recentFiles().mid(0, 2), QStringList({SeedB, SeedA}));
        QVERIFY(!window->settings().windowGeometry().isEmpty());
    }

    void recentFilesKeepTenAndForgetFailures()
    {
        AppSettings settings;
        for (int i = 0; i < 12; ++i)
            settings.addRecentFile(u"/articles/%1.txt"_s.arg(i));
        settings.addRecentFile(u"/articles/3.txt"_s);
        const QStringList recent = settings.recentFiles();
        QCOMPARE(recent.size(), AppSettings::MaxRecentFiles);
        QCOMPARE(recent.front(), u"/articles/3.txt"_s);
        QCOMPARE(recent.count(u"/articles/3.txt"_s), 1);
        QVERIFY(!recent.contains(u"/articles/0.txt"_s));

        // A recent file that fails to open leaves the list.
        const QString gone = m_dir.filePath(u"gone.txt"_s);
        settings.addRecentFile(gone);
        auto window = makeWindow();
        window->openFiles({gone});
        QTRY_VERIFY_WITH_TIMEOUT(anyMessageContains(*window->messageBar(), gone), Timeout);
        QVERIFY(!window->settings().recentFiles().contains(gone));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
