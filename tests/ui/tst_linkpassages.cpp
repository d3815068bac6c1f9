// Link and Unlink Passages in the real window on the offscreen platform, with the seed articles:
// Ctrl+L twice links two passages the engine left unique, Esc forgets the pending one, an unlink
// holds through a re-alignment with other options, with three articles an unlink lets go of one
// counterpart only, every change undoes and redoes, a saved comparison keeps them, and a link the
// engine cannot honour is reported with its reason.
#include "tests/common/testfiles.h"
#include "tests/common/testwindow.h"
#include "tests/common/windowdriver.h"
#include "ui/session/comparisonsession.h"
#include "ui/views/comparisonview.h"
#include "ui/views/continuouspane.h"
#include "ui/views/passage.h"
#include "ui/views/synopticpane.h"
#include "ui/views/textcolumn.h"
#include "ui/window/mainwindow.h"
#include "ui/window/messagebar.h"
#include "ui/window/passagelinker.h"
#include "ui/window/sessioncontroller.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTest>
#include <QUndoStack>

#include <optional>

using namespace Qt::StringLiterals;
using TestWindow::makeWindow;
using TestWindow::settled;
using TestWindow::clearSettings;
using TestWindow::isolateSettings;
using namespace WindowDriver;

namespace {

const QString SeedA = TestFiles::fixture(u"newszop-nk-troops.txt"_s);
const QString SeedB = TestFiles::fixture(u"ap-nk-fm-russia.txt"_s);

/// Index of a link joining unit `a` and unit `b`, -1 for none.
int linkBetween(const Comparison &c, UnitRef a, UnitRef b)
{
    for (int k : c.units[size_t(a.doc)][size_t(a.unit)].links) {
        const Link &l = c.links[size_t(k)];
        if (l.side(b.doc) >= 0 && l.end(b.doc).units.contains(b.unit))
            return k;
    }
    return -1;
}

/// Ctrl+L on `a`, then on `b`, and waits for the new comparison.
void linkWithKeys(MainWindow &window, UnitRef a, UnitRef b)
{
    clickUnit(window, a);
    press(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window.linker()->isPending());
    clickUnit(window, b);
    andWait(window, [&] { press(window, Qt::Key_L, Qt::ControlModifier); });
    QVERIFY(!window.linker()->isPending());
}

/// Two passages the engine left unique, one in each seed article, that the test links.
std::pair<UnitRef, UnitRef> twoUniquePassages(const MainWindow &window)
{
    const Comparison &c = shown(window);
    const std::optional<UnitRef> a = firstUnit(c, 0, UnitStatus::Unique);
    const std::optional<UnitRef> b = firstUnit(c, 1, UnitStatus::Unique);
    if (!a || !b)
        qFatal("the seed articles have no unique passages");
    return {*a, *b};
}

} // namespace

class TestLinkPassages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(u"tst_linkpassages"_s); }
    void init() { QVERIFY(clearSettings()); }

    // The pending passage is marked in both modes, the status bar says what to do next, and the
    // second Ctrl+L makes the two passages one row joined by a manual link.
    void ctrlLTwiceLinksTwoUniquePassages()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const auto [a, b] = twoUniquePassages(*window);
        QVERIFY(shown(*window).units[0][size_t(a.unit)].row != shown(*window).units[1][size_t(b.unit)].row);

        clickUnit(*window, a);
        const QImage before = grab(*window, a);
        press(*window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window->linker()->isPending());
        QVERIFY2(window->statusBar()->currentMessage().contains(u"Select the passage to link it with"_s),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY2(grab(*window, a) != before, "no pending mark in synoptic mode");

        // Continuous mode marks it too.
        window->actions().continuousMode->trigger();
        window->view()->scrollToUnit(a.doc, a.unit);
        auto *pane = window->view()->findChild<ContinuousPane *>();
        TextColumn *column = pane->column(a.doc);
        const TextSpan span = shown(*window).unitSpan(a.doc, a.unit);
        const QImage marked = column->viewport()->grab().toImage();
        window->view()->setPendingPassage(-1, {});
        const QImage unmarked = column->viewport()->grab().toImage();
        QVERIFY2(column->isSpanVisible(span) && marked != unmarked, "no pending mark in continuous mode");
        window->view()->setPendingPassage(a.doc, span);
        window->actions().synopticMode->trigger();

        clickUnit(*window, b);
        andWait(*window, [&] { press(*window, Qt::Key_L, Qt::ControlModifier); });
        QVERIFY(!window->linker()->isPending());
        const Comparison &c = shown(*window);
        const int k = linkBetween(c, a, b);
        QVERIFY2(k >= 0, "the two passages are not linked");
        QVERIFY(c.links[size_t(k)].manual);
        QCOMPARE(c.units[0][size_t(a.unit)].row, c.units[1][size_t(b.unit)].row);
        QVERIFY(Passage::toolTip(c, a, -1).contains(u"Linked by you"_s));
        QCOMPARE(window->session()->options().manualLinks.size(), size_t(1));
        QVERIFY(window->session()->options().manualLinks[0].linked);
    }

    // In continuous mode the text selected is the passage, and a click chooses its counterpart.
    void linkInContinuousMode()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const auto [a, b] = twoUniquePassages(*window);
        window->actions().continuousMode->trigger();
        auto *pane = window->view()->findChild<ContinuousPane *>();
        const TextSpan first = shown(*window).unitSpan(a.doc, a.unit);
        const TextSpan second = shown(*window).unitSpan(b.doc, b.unit);

        TextColumn *from = pane->column(a.doc);
        QTextCursor selection(from->document());
        selection.setPosition(int(first.start) + 2);
        selection.setPosition(int(first.end) - 2, QTextCursor::KeepAnchor);
        from->setTextCursor(selection);
        press(*window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window->linker()->isPending());

        TextColumn *to = pane->column(b.doc);
        pane->scrollToUnit(b);
        QTextCursor at(to->document());
        at.setPosition(int(second.start) + 3);
        QTest::mouseClick(to->viewport(), Qt::LeftButton, {}, to->cursorRect(at).center());
        QCOMPARE(window->view()->selectedPassage(), (std::pair<int, TextSpan>{b.doc, second}));
        andWait(*window, [&] { press(*window, Qt::Key_L, Qt::ControlModifier); });
        const Comparison &c = shown(*window);
        const int k = linkBetween(c, a, b);
        QVERIFY2(k >= 0, "the two passages are not linked");
        QVERIFY(c.links[size_t(k)].manual);
    }

    void escapeCancelsThePendingPassage()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const auto [a, b] = twoUniquePassages(*window);
        clickUnit(*window, a);
        const QImage before = grab(*window, a);
        press(*window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window->linker()->isPending());
        press(*window, Qt::Key_Escape);
        QVERIFY(!window->linker()->isPending());
        QCOMPARE(grab(*window, a), before);
        // The next Ctrl+L starts again rather than linking with the passage forgotten.
        clickUnit(*window, b);
        press(*window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window->linker()->isPending());
        QVERIFY(window->session()->options().manualLinks.empty());
        QCOMPARE(window->session()->undoStack()->count(), 0);
    }

    // An unlink is a constraint: the engine keeps the two apart when it aligns again for another
    // reason.
    void unlinkHoldsThroughAnOptionChange()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const Comparison &before = shown(*window);
        const auto engineLink = std::find_if(before.links.begin(), before.links.end(),
                                             [](const Link &l) { return l.kind == LinkKind::Divergent && !l.manual; });
        QVERIFY(engineLink != before.links.end());
        const UnitRef a{engineLink->ends[0].doc, engineLink->ends[0].units.first};
        const UnitRef b{engineLink->ends[1].doc, engineLink->ends[1].units.first};

        clickUnit(*window, a);
        andWait(*window, [&] { press(*window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); });
        QCOMPARE(linkBetween(shown(*window), a, b), -1);
        QCOMPARE(window->session()->options().manualLinks.size(), size_t(1));
        QVERIFY(!window->session()->options().manualLinks[0].linked);

        AlignOptions options = window->session()->options();
        options.divergentThreshold = 0.2;
        andWait(*window, [&] { window->session()->setOptions(options); });
        QCOMPARE(shown(*window).options.divergentThreshold, 0.2);
        QCOMPARE(linkBetween(shown(*window), a, b), -1);
    }

    // With three versions a passage linked to both others lets go of the one chosen only.
    void unlinkFromOneOfTwoCounterparts()
    {
        auto window = makeWindow();
        openAndWait(*window, {TestFiles::fixture(u"wikipedia/hawaiian-language-v0.txt"_s),
                              TestFiles::fixture(u"wikipedia/hawaiian-language-v1.txt"_s),
                              TestFiles::fixture(u"wikipedia/hawaiian-language-v2.txt"_s)});
        const Comparison &c = shown(*window);
        UnitRef a, in1, in2;
        for (int u = 0; u < int(c.units[0].size()) && !a.isValid(); ++u) {
            std::optional<UnitRef> one, two;
            for (const UnitRef &other : Passage::counterparts(c, {0, u}))
                (other.doc == 1 ? one : two) = other;
            if (one && two && c.units[0][size_t(u)].links.size() == 2) {
                a = {0, u};
                in1 = *one;
                in2 = *two;
            }
        }
        QVERIFY2(a.isValid(), "no passage of v0 linked to both others");

        clickUnit(*window, a);
        QCOMPARE(window->linker()->linkedColumns(), (std::vector<int>{1, 2}));
        QMenu *menu = window->unlinkFromMenu();
        emit menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 2);
        QVERIFY(menu->actions().at(1)->text().contains(u"hawaiian-language-v2.txt"_s));
        andWait(*window, [&] { menu->actions().at(1)->trigger(); });
        QVERIFY2(linkBetween(shown(*window), a, in1) >= 0, "the link to the other article went too");
        QCOMPARE(linkBetween(shown(*window), a, in2), -1);
    }

    void undoAndRedoEveryChange()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const auto [a, b] = twoUniquePassages(*window);
        QVERIFY(!window->actions().undo->isEnabled());
        linkWithKeys(*window, a, b);
        QVERIFY(linkBetween(shown(*window), a, b) >= 0);
        QCOMPARE(window->actions().undo->text(), u"&Undo Link Passages"_s);

        andWait(*window, [&] { press(*window, Qt::Key_Z, Qt::ControlModifier); });
        QCOMPARE(linkBetween(shown(*window), a, b), -1);
        QVERIFY(window->session()->options().manualLinks.empty());
        QCOMPARE(window->actions().redo->text(), u"&Redo Link Passages"_s);

        andWait(*window, [&] { press(*window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); });
        QVERIFY(linkBetween(shown(*window), a, b) >= 0);

        // Unlinking the manual link removes it, and that too undoes.
        clickUnit(*window, a);
        andWait(*window, [&] { press(*window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); });
        QCOMPARE(linkBetween(shown(*window), a, b), -1);
        QVERIFY(window->session()->options().manualLinks.empty());
        QCOMPARE(window->actions().undo->text(), u"&Undo Unlink Passages"_s);
        andWait(*window, [&] { window->actions().undo->trigger(); });
        QVERIFY(linkBetween(shown(*window), a, b) >= 0);

        // Closing an article clears the history: its commands name columns that moved.
        window->session()->closeDocument(0);
        QVERIFY(!window->actions().undo->isEnabled());
        QCOMPARE(window->session()->undoStack()->count(), 0);
    }

    void savedComparisonKeepsLinksAndUnlinks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"links.synoptic"_s);
        std::vector<LinkConstraint> links;
        std::vector<std::pair<UnitRef, UnitRef>> manual;
        {
            auto window = makeWindow();
            openAndWait(*window, {SeedA, SeedB});
            const auto [a, b] = twoUniquePassages(*window);
            linkWithKeys(*window, a, b);
            const Comparison &c = shown(*window);
            const auto engineLink = std::find_if(c.links.begin(), c.links.end(),
                                                 [](const Link &l) { return l.kind == LinkKind::Divergent && !l.manual; });
            QVERIFY(engineLink != c.links.end());
            clickUnit(*window, {engineLink->ends[0].doc, engineLink->ends[0].units.first});
            andWait(*window, [&] { press(*window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); });
            links = window->session()->options().manualLinks;
            QCOMPARE(links.size(), size_t(2));
            for (const Link &l : shown(*window).links) {
                if (l.manual)
                    manual.push_back({{l.ends[0].doc, l.ends[0].units.first}, {l.ends[1].doc, l.ends[1].units.first}});
            }
            QCOMPARE(manual.size(), size_t(1));
            QVERIFY(window->sessions()->save(path));
        }
        auto window = makeWindow();
        window->openFiles({path});
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->documentCount() == 2 && settled(*window), Timeout);
        QCOMPARE(window->session()->options().manualLinks, links);
        const Comparison &c = shown(*window);
        const int k = linkBetween(c, manual[0].first, manual[0].second);
        QVERIFY(k >= 0 && c.links[size_t(k)].manual);
        // A different comparison brings no history with it.
        QCOMPARE(window->session()->undoStack()->count(), 0);
    }

    // A link touching page furniture is left out by the engine, and the window says so and why.
    void rejectedLinkIsReported()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const Comparison &c = shown(*window);
        const std::optional<UnitRef> furniture = firstUnit(c, 0, UnitStatus::Furniture, 1);
        const std::optional<UnitRef> unique = firstUnit(c, 1, UnitStatus::Unique);
        QVERIFY(furniture && unique);
        linkWithKeys(*window, *furniture, *unique);
        const Comparison &after = shown(*window);
        QCOMPARE(after.rejectedLinks.size(), size_t(1));
        QCOMPARE(linkBetween(after, *furniture, *unique), -1);
        const QStringList messages = window->messageBar()->messages();
        const auto reported = std::find_if(messages.begin(), messages.end(), [&](const QString &m) {
            return m.contains(u"A link you made was left out"_s) && m.contains(after.rejectedLinks[0].reason);
        });
        QVERIFY2(reported != messages.end(), qPrintable(messages.join(u" | "_s)));
        // The link stays in the list, for the user to undo, not silently dropped.
        QCOMPARE(window->session()->options().manualLinks.size(), size_t(1));
    }
};

QTEST_MAIN(TestLinkPassages)
#include "tst_linkpassages.moc"
