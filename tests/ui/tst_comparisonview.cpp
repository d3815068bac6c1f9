#include "core/align/aligner.h"
#include "core/import/documentloader.h"
#include "core/export/htmlexporter.h"
#include "core/present/highlightplan.h"
#include "core/present/movedplaces.h"
#include "ui/panels/sharebar.h"
#include "ui/views/columnheaderbar.h"
#include "ui/views/comparisonview.h"
#include "ui/views/continuouspane.h"
#include "ui/views/findmatches.h"
#include "ui/views/linkgutter.h"
#include "ui/views/overviewstrip.h"
#include "ui/views/passage.h"
#include "ui/views/rowclamp.h"
#include "ui/views/synopticgeometry.h"
#include "ui/views/synopticpane.h"
#include "ui/views/textcolumn.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QScrollBar>
#include <QTextLayout>
#include <QTextBlock>
#include <QRegularExpression>
#include <QMenu>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

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

struct Loaded
{
    PresentedComparisonPtr presented;
    // Parts of `presented`, for the tests to read.
    std::shared_ptr<const Comparison> comparison;
    std::shared_ptr<const HighlightPlan> plan;
};

Loaded align(std::vector<Document> docs, AlignOptions options = {})
{
    std::optional<Comparison> c = Aligner::align(std::move(docs), options);
    if (!c)
        qFatal("alignment cancelled");
    PresentedComparisonPtr presented = PresentedComparison::make(std::move(*c));
    return {presented, std::shared_ptr<const Comparison>(presented, &presented->comparison()),
            std::shared_ptr<const HighlightPlan>(presented, &presented->plan())};
}

Loaded compare(const QStringList &paths, AlignOptions options = {})
{
    std::vector<Document> docs;
    for (const QString &path : paths) {
        LoadResult r = DocumentLoader().load(path);
        if (!r.ok())
            qFatal("%s", qPrintable(r.failure.message()));
        docs.push_back(std::move(*r.document));
    }
    return align(std::move(docs), options);
}

// Documents made by the test: (file name, text) pairs.
Loaded compareTexts(const std::vector<std::pair<QString, QString>> &texts)
{
    std::vector<Document> docs;
    for (const auto &[name, text] : texts)
        docs.push_back(*DocumentLoader().loadData(text.toUtf8(), name, u"text/plain"_s).document);
    return align(std::move(docs));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xdd, 0xdd, 0xdd));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xdd, 0xdd, 0xdd));
    return p;
}

QWidget *viewportOf(ComparisonView &view)
{
    for (QAbstractScrollArea *area : view.findChildren<QAbstractScrollArea *>()) {
        if (area->isVisible() && !qobject_cast<QPlainTextEdit *>(area))
            return area->viewport();
    }
    return nullptr;
}

// A point of the view's coordinates in the synoptic viewport's.
QPoint inViewport(ComparisonView &view, const QPoint &p)
{
    return viewportOf(view)->mapFrom(&view, p);
}

} // namespace

class TestComparisonView : public QObject
{
    Q_OBJECT

private:
    Loaded m_pair;
    Loaded m_three;

    std::unique_ptr<ComparisonView> makeView(const Loaded &loaded, QSize size = {1200, 800})
    {
        auto view = std::make_unique<ComparisonView>();
        view->resize(size);
        view->setComparison(loaded.presented);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qFatal("window not exposed");
        return view;
    }

    // Every on-screen row with several cells has them side by side, level, of one height.
    static void verifyLevelRows(const ComparisonView &view, const HighlightPlan &plan, int *checked)
    {
        const int n = int(plan.rows.empty() ? 0 : plan.rows.front().cells.size());
        for (int row = 0; row < int(plan.rows.size()); ++row) {
            std::vector<QRect> cells;
            for (int d = 0; d < n; ++d) {
                const QRect r = view.cellRect(row, d);
                if (!r.isEmpty())
                    cells.push_back(r);
            }
            for (size_t i = 1; i < cells.size(); ++i) {
                QCOMPARE(cells[i].top(), cells[0].top());
                QCOMPARE(cells[i].height(), cells[0].height());
                QVERIFY2(cells[i].left() > cells[i - 1].right(), "columns overlap");
            }
            if (cells.size() > 1)
                ++*checked;
        }
    }

    int firstRowWithCells(const HighlightPlan &plan, int from, int minimumCells, bool identical) const
    {
        for (int row = from; row < int(plan.rows.size()); ++row) {
            int present = 0;
            for (const CellPlan &c : plan.rows[size_t(row)].cells)
                present += c.units.isEmpty() ? 0 : 1;
            if (present >= minimumCells && plan.rows[size_t(row)].identical == identical)
                return row;
        }
        return -1;
    }

    void saveShot(QWidget &w, const QString &name)
    {
        const QString dir = QStringLiteral(SYNOPTIC_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + u'/' + name));
    }

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_pair = compare({QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt"),
                          QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt")});
        m_three = compare({QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/hawaiian-language-v0.txt"),
                           QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/hawaiian-language-v1.txt"),
                           QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/hawaiian-language-v2.txt")});
        QVERIFY(m_pair.plan->rows.size() > 10);
        QCOMPARE(m_three.comparison->documents.size(), size_t(3));
    }

    void rowsAreLevel_data()
    {
        QTest::addColumn<bool>("three");
        QTest::newRow("pair") << false;
        QTest::newRow("three articles") << true;
    }

    // A related passage (AlignOptions::relatedLinks) is painted in its own colour, not the
    // unique one it had with the option off: the card right of its text takes the related
    // background, framed by a dashed line of the related marker.
    void relatedPassagesPainted()
    {
        const QStringList paths{QStringLiteral(SYNOPTIC_TEST_DATA "/related/harbour-fire-courier.txt"),
                                QStringLiteral(SYNOPTIC_TEST_DATA "/related/harbour-fire-gazette.txt")};
        AlignOptions options;
        options.relatedLinks = true;
        const Loaded on = compare(paths, options);
        const Loaded off = compare(paths);
        const Comparison &c = *on.comparison;
        const qsizetype pos = c.documents[1].text.indexOf(u"Fire investigators believe"_s);
        const int unit = Passage::unitAt(c, 1, pos);
        QCOMPARE(c.unit(1, unit).status, UnitStatus::Related);
        QCOMPARE(on.plan->rows[size_t(c.unit(1, unit).row)].cells[1].status, UnitStatus::Related);

        const ViewPalette colours = ViewPalette::light();
        auto cardColour = [&](const Loaded &loaded) {
            auto view = makeView(loaded, {1400, 900});
            const QImage image = view->grab(view->cellRect(loaded.comparison->unit(1, unit).row, 1)).toImage();
            return std::pair{image.pixelColor(image.width() - 8, image.height() / 2), image};
        };
        const auto [related, image] = cardColour(on);
        QCOMPARE(related.name(), colours.background(UnitStatus::Related).name());
        QCOMPARE(cardColour(off).first.name(), colours.background(UnitStatus::Unique).name());
        // The dashed frame: the marker's colour somewhere along the card's right edge.
        bool framed = false;
        for (int y = 0; y < image.height() && !framed; ++y) {
            for (int x = image.width() - 4; x < image.width() && !framed; ++x)
                framed = image.pixelColor(x, y).name() == colours.marker(UnitStatus::Related).name();
        }
        QVERIFY(framed);
        QVERIFY(Passage::toolTip(c, UnitRef{1, unit}, -1).contains(u"related"_s));
    }

    void rowsAreLevel()
    {
        QFETCH(bool, three);
        const Loaded &loaded = three ? m_three : m_pair;
        auto view = makeView(loaded);
        int checked = 0;
        verifyLevelRows(*view, *loaded.plan, &checked);
        QVERIFY(checked > 0);
        // Further down, after scrolling, too.
        const int far = int(loaded.plan->rows.size()) * 2 / 3;
        view->scrollToRow(far);
        QVERIFY(!view->rowRect(far).isEmpty());
        checked = 0;
        verifyLevelRows(*view, *loaded.plan, &checked);
        QVERIFY(checked > 0);
    }

    void headersFollowColumns()
    {
        auto view = makeView(m_three);
        auto *header = view->findChild<ColumnHeaderBar *>();
        QVERIFY(header);
        QCOMPARE(header->columnCount(), 3);
        const int row = firstRowWithCells(*m_three.plan, 0, 3, false);
        QVERIFY(row >= 0);
        view->scrollToRow(row);
        for (int d = 0; d < 3; ++d) {
            const QRect cell = view->cellRect(row, d);
            const QRect head = header->headerRect(d).translated(header->pos());
            QVERIFY(!cell.isEmpty());
            QCOMPARE(head.left(), cell.left());
            QCOMPARE(head.width(), cell.width());
        }
    }

    void headerDragAndClose()
    {
        auto view = makeView(m_pair);
        auto *header = view->findChild<ColumnHeaderBar *>();
        QSignalSpy moved(view.get(), &ComparisonView::columnMoveRequested);
        QSignalSpy closed(view.get(), &ComparisonView::closeDocumentRequested);
        const QPoint from = header->headerRect(0).center() - QPoint(40, 0);
        const QPoint to = header->headerRect(1).center();
        QTest::mousePress(header, Qt::LeftButton, {}, from);
        for (int x = from.x(); x < to.x(); x += 40)
            QTest::mouseMove(header, QPoint(x, from.y()));
        QTest::mouseMove(header, to);
        QTest::mouseRelease(header, Qt::LeftButton, {}, to);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().at(0).toInt(), 0);
        QCOMPARE(moved.first().at(1).toInt(), 1);

        // A click without a drag moves nothing.
        QTest::mouseClick(header, Qt::LeftButton, {}, header->headerRect(1).center());
        QCOMPARE(moved.size(), 1);

        const auto buttons = header->findChildren<QToolButton *>();
        QCOMPARE(buttons.size(), 2);
        QTest::mouseClick(buttons.at(1), Qt::LeftButton);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().at(0).toInt(), 1);
    }

    void hoverLightsUpCounterpart()
    {
        auto view = makeView(m_pair);
        const Comparison &c = *m_pair.comparison;
        // A row whose two cells are linked to each other.
        int row = -1;
        for (int r = 0; r < int(c.rows.size()) && row < 0; ++r) {
            if (!c.rows[size_t(r)].links.empty() && !view->cellRect(r, 0).isEmpty() && !view->cellRect(r, 1).isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(view->hoveredRow(), -1);
        QTest::mouseMove(viewportOf(*view), inViewport(*view, view->cellRect(row, 0).center()));
        QTRY_COMPARE(view->hoveredRow(), row);
        const std::vector<UnitRef> lit = view->highlightedUnits();
        QVERIFY(lit.size() >= 2);
        QCOMPARE(lit.front().doc, 0);
        const UnitRange other = c.rows[size_t(row)].cells[1];
        const bool counterpartLit = std::any_of(lit.begin(), lit.end(), [&](const UnitRef &u) {
            return u.doc == 1 && other.contains(u.unit);
        });
        QVERIFY(counterpartLit);
        // Every lit unit of the other document is really linked to the hovered one.
        for (const UnitRef &u : lit) {
            if (u.doc == 1)
                QVERIFY(!view->unitRect(u).isEmpty() || c.units[1][size_t(u.unit)].row != row);
        }
    }

    // Two versions of one text, the second with its last paragraph moved to the top: in
    // continuous mode the moved passage's counterpart sits a whole screen away, and a click on
    // the passage must bring it into view.
    void clickFollowsMovedPassage()
    {
        static const char *const words[] = {
            "harbour", "lantern", "copper", "meadow", "silent", "orchard", "granite", "whistle", "velvet", "ember",
            "thistle", "quarry", "saddle", "pepper", "marble", "willow", "canyon", "falcon", "pebble", "tundra",
            "cobalt", "juniper", "anchor", "basket", "candle", "dagger", "feather", "goblet", "hammer", "island",
            "jigsaw", "kettle", "ladder", "mirror", "needle", "oyster", "parcel", "quiver", "ribbon", "sandal"};
        QStringList paragraphs;
        for (int i = 0; i < 30; ++i) {
            QStringList sentence;
            for (int j = 0; j < 12; ++j)
                sentence << QString::fromLatin1(words[(i * 7 + j * 13 + i * j) % 40]);
            paragraphs << u"Part %1 tells of the "_s.arg(i + 1) + sentence.join(u' ') + u"."_s;
        }
        const QString moved = u"The river flooded the whole valley on Tuesday and the mayor ordered everyone to leave."_s;
        const QString a = (paragraphs + QStringList{moved}).join(u"\n\n"_s);
        const QString b = (QStringList{moved} + paragraphs).join(u"\n\n"_s);
        const Loaded loaded = compareTexts({{u"before.txt"_s, a}, {u"after.txt"_s, b}});
        const Comparison &c = *loaded.comparison;
        const auto link = std::find_if(c.links.begin(), c.links.end(), [](const Link &l) { return l.moved; });
        QVERIFY2(link != c.links.end(), "the aligner found no moved passage");
        const UnitRef inA{link->ends[0].doc, link->ends[0].units.first};
        const UnitRef inB{link->ends[1].doc, link->ends[1].units.first};
        auto view = makeView(loaded, {1000, 400});
        view->scrollToUnit(inA.doc, inA.unit);
        view->setMode(ComparisonView::Mode::Continuous);
        auto *pane = view->findChild<ContinuousPane *>();
        TextColumn *columnA = pane->column(inA.doc);
        TextColumn *columnB = pane->column(inB.doc);
        // The end of both texts: the passage in A, not its counterpart at the top of B.
        columnB->verticalScrollBar()->setValue(columnB->verticalScrollBar()->maximum());
        columnA->ensureSpanVisible(c.unitSpan(inA.doc, inA.unit));
        QVERIFY(!view->unitRect(inA).isEmpty());
        QVERIFY2(view->unitRect(inB).isEmpty(), "the moved counterpart should start off screen");
        const QRect r = view->unitRect(inA);
        QTest::mouseClick(columnA->viewport(), Qt::LeftButton, {}, columnA->viewport()->mapFrom(view.get(), QPoint(r.left() + 20, r.top() + 5)));
        QVERIFY(!view->unitRect(inB).isEmpty());
        QVERIFY(!view->unitRect(inA).isEmpty()); // the clicked column stays put
        saveShot(*view, u"moved-continuous.png"_s);
        view->setMode(ComparisonView::Mode::Synoptic);
        // The moved passage is marked beside its cell; render it for a look.
        saveShot(*view, u"moved.png"_s);
    }

    // A row half off the bottom edge: clicking its visible part brings the counterpart (and so
    // the whole row) into view.
    void clickScrollsPartlyHiddenCounterpartIntoView()
    {
        auto view = makeView(m_pair, {1200, 500});
        const Comparison &c = *m_pair.comparison;
        int row = -1;
        for (int r = int(c.rows.size()) / 2; r < int(c.rows.size()) && row < 0; ++r) {
            if (!c.rows[size_t(r)].links.empty())
                row = r;
        }
        QVERIFY(row >= 0);
        view->scrollToRow(row);
        auto *area = qobject_cast<QAbstractScrollArea *>(viewportOf(*view)->parentWidget());
        const QRect viewport(viewportOf(*view)->mapTo(view.get(), QPoint(0, 0)), viewportOf(*view)->size());
        const int shift = view->rowRect(row).top() - (viewport.bottom() - 24);
        area->verticalScrollBar()->setValue(area->verticalScrollBar()->value() + shift);
        const QRect partly = view->cellRect(row, 0);
        QVERIFY(!partly.isEmpty());
        QVERIFY(!viewport.contains(view->cellRect(row, 1)));
        QTest::mouseClick(viewportOf(*view), Qt::LeftButton, {}, inViewport(*view, QPoint(partly.center().x(), partly.top() + 12)));
        QVERIFY(viewport.contains(view->cellRect(row, 1)));
        QCOMPARE(view->currentRow(), row);
    }

    // A word longer than a column wraps instead of running out of its cell, and a right-to-left
    // paragraph is laid out from the right edge while the others stay left.
    void longWordsWrapAndRightToLeftParagraphs()
    {
        const QString longWord = QString(300, u'x');
        const QString arabic = u"هذه فقرة عربية قصيرة عن الطقس في المدينة."_s;
        const QString a = u"The first paragraph is the same in both.\n\nA link: "_s + longWord + u".\n\n"_s + arabic;
        const QString b = u"The first paragraph is the same in both.\n\nNothing else here at all, only some words."_s;
        const Loaded loaded = compareTexts({{u"a.txt"_s, a}, {u"b.txt"_s, b}});
        const Comparison &c = *loaded.comparison;
        auto view = makeView(loaded, {900, 600});
        saveShot(*view, u"wrap-rtl.png"_s);
        const int lineHeight = view->fontMetrics().lineSpacing();

        const int longUnit = Passage::unitAt(c, 0, c.documents[0].text.indexOf(longWord));
        const QRect longRect = view->unitRect({0, longUnit});
        const QRect longCell = view->cellRect(c.units[0][size_t(longUnit)].row, 0);
        QVERIFY(!longRect.isEmpty());
        QVERIFY(longCell.contains(longRect));
        QVERIFY2(longRect.height() >= 3 * lineHeight, "the long word did not wrap");

        const int rtlUnit = Passage::unitAt(c, 0, c.documents[0].text.indexOf(arabic));
        const QRect rtlRect = view->unitRect({0, rtlUnit});
        const QRect rtlCell = view->cellRect(c.units[0][size_t(rtlUnit)].row, 0);
        QVERIFY(!rtlRect.isEmpty());
        // A short paragraph: right-to-left, it leaves its space on the left; left-to-right, on the right.
        QVERIFY2(rtlCell.right() - rtlRect.right() < 30 && rtlRect.left() - rtlCell.left() > 60,
                 "right-to-left text should hug the right edge");
        const QRect ltrRect = view->unitRect({0, 0});
        const QRect ltrCell = view->cellRect(c.units[0][0].row, 0);
        QVERIFY(ltrRect.left() - ltrCell.left() < 30 && ltrCell.right() - ltrRect.right() > 60);

        // Continuous mode: the paragraph runs right to left there too (it reads from the right).
        view->setMode(ComparisonView::Mode::Continuous);
        TextColumn *column = view->findChild<ContinuousPane *>()->column(0);
        QTextCursor cursor(column->document());
        const int arabicStart = int(c.documents[0].text.indexOf(arabic));
        cursor.setPosition(arabicStart + 1);
        const int afterFirst = column->cursorRect(cursor).x();
        cursor.setPosition(arabicStart + int(arabic.size()) - 2);
        QVERIFY(afterFirst > column->cursorRect(cursor).x());
    }

    void nextDifferenceVisitsEveryDifferenceThenStops()
    {
        auto view = makeView(m_pair);
        const HighlightPlan &plan = *m_pair.plan;
        QSignalSpy status(view.get(), &ComparisonView::statusMessage);
        QSignalSpy current(view.get(), &ComparisonView::currentRowChanged);
        std::vector<int> expected;
        for (int r = 0; r < int(plan.rows.size()); ++r) {
            if (!plan.rows[size_t(r)].identical)
                expected.push_back(r);
        }
        QVERIFY(expected.size() > 2);
        std::vector<int> visited;
        while (view->nextDifference()) {
            visited.push_back(view->currentRow());
            QCOMPARE(status.last().at(0).toString(),
                     u"Difference %1 of %2"_s.arg(visited.size()).arg(expected.size()));
            QVERIFY(!view->rowRect(view->currentRow()).isEmpty());
            QVERIFY(visited.size() <= plan.rows.size());
        }
        QCOMPARE(visited, expected);
        QCOMPARE(view->currentRow(), expected.back());
        QCOMPARE(status.last().at(0).toString(), u"No more differences"_s);
        QCOMPARE(current.last().at(0).toInt(), expected.back());
        // Once more at the end: still false, nothing moves.
        QVERIFY(!view->nextDifference());
        QCOMPARE(view->currentRow(), expected.back());

        QVERIFY(view->previousDifference());
        QCOMPARE(view->currentRow(), expected[expected.size() - 2]);
    }

    void nextFactAndUnique()
    {
        auto view = makeView(m_pair);
        const HighlightPlan &plan = *m_pair.plan;
        QVERIFY(view->nextFact());
        const int factRow = view->currentRow();
        QVERIFY(plan.rows[size_t(factRow)].hasFact);
        for (int r = 0; r < factRow; ++r)
            QVERIFY(!plan.rows[size_t(r)].hasFact);
        QVERIFY(!view->rowRect(factRow).isEmpty());

        const bool anyUnique = std::any_of(plan.rows.begin(), plan.rows.end(), [](const RowPlan &r) { return r.hasUnique; });
        view->scrollToRow(0);
        QCOMPARE(view->nextUnique(), anyUnique);
        if (anyUnique)
            QVERIFY(plan.rows[size_t(view->currentRow())].hasUnique);
    }

    void arrowKeysMoveTheCurrentRow()
    {
        auto view = makeView(m_pair);
        QWidget *pane = viewportOf(*view)->parentWidget();
        pane->setFocus();
        view->scrollToRow(0);
        QTest::keyClick(pane, Qt::Key_Down);
        const int first = view->currentRow();
        QVERIFY(first >= 0);
        QTest::keyClick(pane, Qt::Key_Down);
        QCOMPARE(view->currentRow(), first + 1);
        QTest::keyClick(pane, Qt::Key_Up);
        QCOMPARE(view->currentRow(), first);
    }

    void toolTipsDescribePassagesAndFacts()
    {
        const Comparison &c = *m_pair.comparison;
        const Link *withFact = nullptr;
        for (const Link &l : c.links) {
            for (const FactChange &f : l.facts) {
                if (!withFact && f.kind == FactChange::Kind::Number && !f.spans[0].isEmpty() && !f.spans[1].isEmpty())
                    withFact = &l;
            }
        }
        QVERIFY(withFact);
        const FactChange &fact = *std::find_if(withFact->facts.begin(), withFact->facts.end(), [](const FactChange &f) {
            return f.kind == FactChange::Kind::Number && !f.spans[0].isEmpty() && !f.spans[1].isEmpty();
        });
        const QString expected = u"Changed number: '%1' vs '%2'"_s.arg(c.documents[size_t(withFact->ends[0].doc)].slice(fact.spans[0]).toString(),
                                                                     c.documents[size_t(withFact->ends[1].doc)].slice(fact.spans[1]).toString());
        int unit = Passage::unitAt(c, withFact->ends[0].doc, fact.spans[0].start);
        auto view = makeView(m_pair);
        view->scrollToUnit(withFact->ends[0].doc, unit);
        const QRect r = view->unitRect({withFact->ends[0].doc, unit});
        QVERIFY(!r.isEmpty());
        QWidget *viewport = viewportOf(*view);
        const QPoint at = inViewport(*view, r.center());
        QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
        QApplication::sendEvent(viewport, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(expected), qPrintable(tip + u" / expected: "_s + expected));
        QVERIFY2(tip.startsWith(u"Divergent passage"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"% similar"_s), qPrintable(tip));
        QVERIFY(tip.contains(c.documents[size_t(withFact->ends[1].doc)].title));
        QToolTip::hideText();
    }

    // Issue #13: the seed pair's dateline, furniture, headline and lead share rows, so the
    // first linked pair shows on the first screen (it was the ninth row, below the fold).
    void seedFirstLinkedPairOnFirstScreen()
    {
        auto view = makeView(m_pair, {1400, 900});
        int first = -1;
        for (int r = 0; r < int(m_pair.comparison->rows.size()) && first < 0; ++r) {
            if (!m_pair.comparison->rows[size_t(r)].links.empty())
                first = r;
        }
        QVERIFY(first >= 0);
        const QRect r = view->rowRect(first);
        QVERIFY2(!r.isEmpty() && r.top() < view->height(), "the first linked pair is below the first screen");
    }

    // Issue #13: eight versions of "History of Wikipedia" in fewer rows.
    void eightArticlesTakeFewerRows()
    {
        const QStringList paths = wikipediaVersions(8);
        const Loaded eight = compare(paths);
        // Before packing (main at 1bd2dd1) these eight took 103 rows; packing alone 81. A run of
        // paragraphs only one version has joins one cell: 75 rows. A paragraph only one version
        // has, that would open a row right below that version's linked passage, joins its cell
        // as a card of its own: 72 rows, the 30% fewer.
        const int before = 103;
        const int rows = int(eight.comparison->rows.size());
        QVERIFY2(rows * 100 <= before * 70, qPrintable(u"%1 rows"_s.arg(rows)));
        auto view = makeView(eight, {1400, 900});
        QCOMPARE(view->visibleRowCount(), rows);
        for (const std::vector<UnitInfo> &units : eight.comparison->units) {
            for (size_t u = 1; u < units.size(); ++u)
                QVERIFY2(units[u].row >= units[u - 1].row, "a column out of reading order");
        }
    }

    // Issue #13: a paragraph only one version has, tucked below that version's linked passage,
    // is a card of its own in the unique colour, and hovering it lights up no counterpart, while
    // the linked passage above keeps its colour and its counterparts.
    void tuckedLoneParagraphIsItsOwnCard()
    {
        const Loaded eight = compare(wikipediaVersions(8));
        const HighlightPlan &plan = *eight.plan;
        auto view = makeView(eight, {1400, 900});
        // The colours down the right edge of a cell, clear of the text.
        const auto edge = [&](int row, int d) {
            view->scrollToRow(row);
            const QRect r = view->cellRect(row, d);
            std::vector<std::pair<int, QColor>> out;
            if (r.isEmpty())
                return out;
            const QImage image = view->grab(r).toImage();
            for (int y = 2; y < r.height() - 2; ++y) {
                const QColor c = image.pixelColor(r.width() - 4, y);
                if (out.empty() || out.back().second != c)
                    out.emplace_back(y, c);
            }
            return out;
        };
        QColor unique;
        for (size_t r = 0; r < plan.rows.size() && !unique.isValid(); ++r) {
            for (size_t d = 0; d < plan.rows[r].cells.size() && !unique.isValid(); ++d) {
                const CellPlan &cell = plan.rows[r].cells[d];
                if (cell.status == UnitStatus::Unique && !cell.units.isEmpty() && cell.lone.isEmpty())
                    unique = edge(int(r), int(d)).front().second;
            }
        }
        QVERIFY(unique.isValid());
        int tucked = 0, seen = 0;
        for (size_t r = 0; r < plan.rows.size(); ++r) {
            for (size_t d = 0; d < plan.rows[r].cells.size(); ++d) {
                const CellPlan &cell = plan.rows[r].cells[d];
                if (cell.lone.isEmpty())
                    continue;
                ++tucked;
                QVERIFY(cell.status == UnitStatus::Match || cell.status == UnitStatus::Divergent);
                QCOMPARE(cell.lone.end(), cell.units.end());
                QVERIFY(plan.rows[r].hasUnique && !plan.rows[r].identical);
                const std::vector<std::pair<int, QColor>> colours = edge(int(r), int(d));
                QVERIFY(!colours.empty());
                QVERIFY(colours.front().second != unique);
                const auto lone = std::find_if(colours.begin(), colours.end(), [&](const auto &c) { return c.second == unique; });
                if (lone == colours.end())
                    continue; // the row is capped above the tucked card
                if (++seen == 1)
                    saveShot(*view, u"eight-tucked.png"_s);
                const QRect rect = view->cellRect(int(r), int(d));
                QTest::mouseMove(viewportOf(*view), inViewport(*view, {rect.center().x(), rect.top() + lone->first + 10}));
                QTRY_COMPARE(view->hoveredRow(), int(r));
                for (const UnitRef &u : view->highlightedUnits())
                    QVERIFY2(u.doc == int(d) && cell.lone.contains(u.unit), "the tucked passage lights up a counterpart");
                QTest::mouseMove(viewportOf(*view), inViewport(*view, {rect.center().x(), rect.top() + 8}));
                const auto counterpartLit = [&] {
                    const std::vector<UnitRef> lit = view->highlightedUnits();
                    return std::any_of(lit.begin(), lit.end(), [&](const UnitRef &u) { return u.doc != int(d); });
                };
                QTRY_VERIFY(counterpartLit());
            }
        }
        QVERIFY(tucked > 0);
        QVERIFY(seen > 0);
    }

    // Issue #13: with eight articles, a passage only a few of them have, in a narrow column, is
    // capped at a few lines with a "more" line instead of running a screen tall beside empty
    // columns: every article's text shows on the first screen. A click on "more", or going to
    // the row, shows it whole.
    void tallLoneCardsAreCapped()
    {
        const QStringList paths = wikipediaVersions(8);
        const Loaded eight = compare(paths);
        // About the width the articles get beside the side panel in a 1,400 px window.
        auto view = makeView(eight, {1040, 900});
        auto *pane = view->findChild<SynopticPane *>();
        QVERIFY(pane);
        const std::vector<int> visible = pane->visibleRows();
        for (int d = 0; d < 8; ++d) {
            const bool shown = std::any_of(visible.begin(), visible.end(), [&](int row) {
                return !eight.plan->rows[size_t(row)].cells[size_t(d)].units.isEmpty();
            });
            QVERIFY2(shown, qPrintable(u"article %1 has no text on the first screen"_s.arg(d + 1)));
        }

        int capped = -1, doc = -1;
        for (int row : visible) {
            for (int d = 0; d < 8 && capped < 0; ++d) {
                if (!pane->moreRect(row, d).isEmpty()) {
                    capped = row;
                    doc = d;
                }
            }
        }
        QVERIFY2(capped >= 0, "no capped row on the first screen");
        QVERIFY(pane->isRowCapped(capped));
        const QFontMetrics fm(pane->font());
        const int height = pane->rowRect(capped).height();
        QVERIFY2(height <= (RowClamp::VisibleLines + 4) * fm.lineSpacing() + 2 * SynopticGeometry::PadY,
                 qPrintable(u"capped row %1 is %2 px"_s.arg(capped).arg(height)));
        // Most columns beside it are empty: that is why it is capped.
        int filled = 0;
        for (const CellPlan &cell : eight.plan->rows[size_t(capped)].cells)
            filled += cell.units.isEmpty() ? 0 : 1;
        QVERIFY2(filled * 2 <= 8, qPrintable(u"%1 of 8 columns filled"_s.arg(filled)));

        QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, pane->moreRect(capped, doc).center());
        QTRY_VERIFY(!pane->isRowCapped(capped));
        QVERIFY(pane->moreRect(capped, doc).isEmpty());
        QVERIFY2(pane->rowRect(capped).height() > height + 2 * fm.lineSpacing(),
                 qPrintable(u"%1 px after expanding"_s.arg(pane->rowRect(capped).height())));

        // Going to a capped row further down shows it whole too.
        int later = -1;
        for (int row = capped + 1; row < int(eight.plan->rows.size()) && later < 0; ++row) {
            pane->scrollToRowOffset(row, 0);
            if (pane->isRowCapped(row))
                later = row;
        }
        QVERIFY2(later >= 0, "no second capped row");
        view->scrollToRow(later);
        QVERIFY(!pane->isRowCapped(later));
    }

    // Two articles: a long passage beside an empty column says the other lacks it; never capped.
    void twoArticlesAreNeverCapped()
    {
        auto view = makeView(m_pair, {500, 900});
        auto *pane = view->findChild<SynopticPane *>();
        bool tall = false;
        for (int row = 0; row < int(m_pair.plan->rows.size()); ++row) {
            pane->scrollToRowOffset(row, 0);
            QVERIFY2(!pane->isRowCapped(row), qPrintable(u"row %1"_s.arg(row)));
            const auto &cells = m_pair.plan->rows[size_t(row)].cells;
            tall = tall
                   || ((cells[0].units.isEmpty() || cells[1].units.isEmpty())
                       && pane->rowRect(row).height() > (RowClamp::VisibleLines + 3) * QFontMetrics(pane->font()).lineSpacing());
        }
        QVERIFY(tall); // a row beside an empty column the rule for three or more would have capped
    }

    // Issue #13: continuous mode with eight articles in an 800 px view keeps every column at
    // least as wide as its widest word and scrolls sideways instead of breaking words.
    void continuousModeScrollsRatherThanBreakWords()
    {
        const QStringList paths = wikipediaVersions(8);
        const Loaded eight = compare(paths);
        auto view = makeView(eight, {800, 700});
        view->setMode(ComparisonView::Mode::Continuous);
        auto *scroll = view->findChild<QAbstractScrollArea *>(u"continuousScroll"_s);
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->horizontalScrollBar()->isVisible());
        QVERIFY(scroll->horizontalScrollBar()->maximum() > 0);
        auto *pane = view->findChild<ContinuousPane *>();
        QCOMPARE(pane->columnCount(), 8);
        for (int d = 0; d < 8; ++d) {
            const TextColumn *c = pane->column(d);
            const QFontMetrics fm(c->font());
            // The widest word of the article, measured the way the text lays it out.
            int widest = 0;
            for (const QString &word : eight.comparison->documents[size_t(d)].text.split(QRegularExpression(u"\\s+"_s)))
                widest = std::max(widest, fm.horizontalAdvance(word));
            const int textWidth = c->viewport()->width() - 2 * int(c->document()->documentMargin());
            QVERIFY2(c->width() >= c->minimumWidth(), qPrintable(u"column %1 squeezed to %2 px"_s.arg(d).arg(c->width())));
            QVERIFY2(textWidth >= std::min(widest, 40 * fm.averageCharWidth()),
                     qPrintable(u"column %1: %2 px of text for a %3 px word"_s.arg(d).arg(textWidth).arg(widest)));
            // No line of its text ends inside a word.
            for (QTextBlock b = c->document()->begin(); b.isValid(); b = b.next()) {
                const QTextLayout *layout = b.layout();
                for (int i = 0; i + 1 < layout->lineCount(); ++i) {
                    const QTextLine line = layout->lineAt(i);
                    const int end = line.textStart() + line.textLength();
                    const QString text = b.text();
                    QVERIFY2(end <= 0 || end >= text.size() || !text.at(end - 1).isLetterOrNumber()
                                 || !text.at(end).isLetterOrNumber(),
                             qPrintable(u"column %1 breaks '%2'"_s.arg(d).arg(text.mid(std::max(0, end - 10), 20))));
                }
            }
        }
        // The headers follow the columns sideways.
        scroll->horizontalScrollBar()->setValue(scroll->horizontalScrollBar()->maximum());
        const QRect last = pane->columnRect(7).translated(pane->mapTo(view.get(), QPoint(0, 0)));
        QVERIFY2(last.right() <= view->width(), qPrintable(u"last column ends at %1"_s.arg(last.right())));
        auto *header = view->findChild<ColumnHeaderBar *>();
        QCOMPARE(header->headerRect(7).left(), last.left() - header->x());
    }

    // Issue #13: a column hidden from its header's menu leaves the others its room, in both
    // modes, and comes back from the same menu; a realignment keeps it hidden.
    void hidingAndShowingAColumn()
    {
        auto view = makeView(m_three, {1200, 800});
        auto *header = view->findChild<ColumnHeaderBar *>();
        const int before = header->headerRect(0).width();
        QSignalSpy changed(view.get(), &ComparisonView::hiddenColumnsChanged);
        {
            const std::unique_ptr<QMenu> menu = header->createMenu(1);
            menu->findChild<QAction *>(u"hideColumn"_s)->trigger();
        }
        QCOMPARE(changed.count(), 1);
        QVERIFY(view->isColumnHidden(1));
        QVERIFY(header->headerRect(1).isEmpty());
        QVERIFY2(header->headerRect(0).width() > before * 5 / 4,
                 qPrintable(u"%1 -> %2 px"_s.arg(before).arg(header->headerRect(0).width())));
        QVERIFY(header->headerRect(2).left() > header->headerRect(0).right());
        // No cell of the hidden article is shown.
        for (int row = 0; row < int(m_three.plan->rows.size()); ++row)
            QVERIFY(view->cellRect(row, 1).isEmpty());
        view->setMode(ComparisonView::Mode::Continuous);
        auto *pane = view->findChild<ContinuousPane *>();
        QVERIFY(pane->column(1)->isHidden());
        QVERIFY(pane->gutter(0)->isHidden() && pane->gutter(1)->isHidden());
        QVERIFY(header->headerRect(1).isEmpty());
        view->setMode(ComparisonView::Mode::Synoptic);
        // The same documents realigned: still hidden.
        view->setComparison(m_three.presented, {0, 1, 2});
        QVERIFY(view->isColumnHidden(1));
        {
            const std::unique_ptr<QMenu> menu = header->createMenu(0);
            QAction *entry = menu->findChild<QAction *>(u"showColumn1"_s);
            QVERIFY(entry && entry->isCheckable() && !entry->isChecked());
            entry->trigger();
        }
        QVERIFY(!view->isColumnHidden(1));
        QCOMPARE(header->headerRect(0).width(), before);
        // The last column shown stays.
        view->setColumnHidden(0, true);
        view->setColumnHidden(1, true);
        view->setColumnHidden(2, true);
        QVERIFY(!view->isColumnHidden(2));
        {
            const std::unique_ptr<QMenu> menu = header->createMenu(2);
            QVERIFY(!menu->findChild<QAction *>(u"hideColumn"_s)->isEnabled());
            menu->findChild<QAction *>(u"showAllColumns"_s)->trigger();
        }
        QVERIFY(!view->isColumnHidden(0) && !view->isColumnHidden(1));
        // Other documents start with every column shown.
        view->setColumnHidden(0, true);
        view->setComparison(m_pair.presented);
        QVERIFY(!view->isColumnHidden(0));
    }

    // Issue #13: a paragraph moved to the end of one copy stays in place in both columns,
    // marked at both ends, each end linking to the other, and the summaries count the move.
    void movedParagraphStaysInPlace()
    {
        QFile file(QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll()).trimmed();
        QStringList paragraphs = text.split(u"\n\n"_s);
        QVERIFY(paragraphs.size() > 8);
        const QString moved = paragraphs.takeAt(5);
        paragraphs.append(moved);
        const Loaded pair = compareTexts({{u"original.txt"_s, text}, {u"moved.txt"_s, paragraphs.join(u"\n\n"_s)}});
        const Comparison &c = *pair.comparison;
        QCOMPARE(MovedPlaces::count(c), 1);
        for (const std::vector<UnitInfo> &units : c.units) {
            for (size_t u = 1; u < units.size(); ++u)
                QVERIFY2(units[u].row >= units[u - 1].row, "a column out of reading order");
        }
        const auto movedLink = std::find_if(c.links.begin(), c.links.end(), [](const Link &l) { return l.moved; });
        const UnitRef a{movedLink->ends[0].doc, movedLink->ends[0].units.first};
        const UnitRef b{movedLink->ends[1].doc, movedLink->ends[1].units.first};
        QVERIFY(c.unit(a.doc, a.unit).moved && c.unit(b.doc, b.unit).moved);
        QVERIFY(c.unit(a.doc, a.unit).row != c.unit(b.doc, b.unit).row);
        QCOMPARE(MovedPlaces::otherEnds(c, a.doc, {a.unit, 1}), std::vector<UnitRef>{b});
        QCOMPARE(MovedPlaces::otherEnds(c, b.doc, {b.unit, 1}), std::vector<UnitRef>{a});
        QVERIFY(ShareBar::describe(c.stats[0], MovedPlaces::countIn(c, 0)).endsWith(u", 1 moved"_s));
        // Both ends are painted with the moved marker: the cells of their rows hold a moved unit.
        auto view = makeView(pair, {1400, 900});
        view->scrollToUnit(a.doc, a.unit);
        QVERIFY(!view->unitRect(a).isEmpty());
        view->scrollToUnit(b.doc, b.unit);
        QVERIFY(!view->unitRect(b).isEmpty());
        // HTML: each end's tag links to the other's anchor.
        const QString html = QString::fromUtf8(HtmlExporter::toHtml(*pair.presented, {}));
        for (const auto &[from, to] : {std::pair{a, b}, std::pair{b, a}}) {
            QVERIFY(html.contains(u"id=\"u%1-%2\""_s.arg(from.doc).arg(from.unit)));
            QVERIFY(html.contains(u"href=\"#u%1-%2\""_s.arg(to.doc).arg(to.unit)));
        }
        QVERIFY(html.contains(u"1 moved passage"_s));
    }

    void differencesOnlyFoldsAndExpands()
    {
        // Not the seed pair: its page furniture now shares rows with the other article's
        // unique passages, so it has no identical or furniture-only row left to fold.
        const auto pair = compare({QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/hawaiian-language-v1.txt"),
                                   QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/hawaiian-language-v2.txt")});
        auto view = makeView(pair);
        const int all = view->visibleRowCount();
        QCOMPARE(all, int(pair.plan->rows.size()));
        view->setDifferencesOnly(true);
        QVERIFY(view->differencesOnly());
        const int folded = view->visibleRowCount();
        QVERIFY2(folded < all, "nothing folded");
        // Find a folded row: on screen it is the fold line, its cells are gone.
        auto *area = qobject_cast<QAbstractScrollArea *>(viewportOf(*view)->parentWidget());
        QScrollBar *bar = area->verticalScrollBar();
        int foldedRow = -1;
        for (int y = 0; foldedRow < 0; y += bar->pageStep() / 2) {
            bar->setValue(y);
            for (int r = 0; r < int(pair.plan->rows.size()) && foldedRow < 0; ++r) {
                if (view->isRowFolded(r) && !view->rowRect(r).isEmpty()) {
                    QVERIFY(pair.plan->rows[size_t(r)].identical);
                    QVERIFY(view->cellRect(r, 0).isEmpty() && view->cellRect(r, 1).isEmpty());
                    foldedRow = r;
                }
            }
            if (y >= bar->maximum())
                break;
        }
        QVERIFY(foldedRow >= 0);
        // Differences are never folded.
        for (int r = 0; r < int(pair.plan->rows.size()); ++r) {
            if (!pair.plan->rows[size_t(r)].identical)
                QVERIFY(!view->isRowFolded(r));
        }
        const QRect fold = view->rowRect(foldedRow);
        QTest::mouseClick(viewportOf(*view), Qt::LeftButton, {}, inViewport(*view, fold.center()));
        QVERIFY(!view->isRowFolded(foldedRow));
        QVERIFY(view->visibleRowCount() > folded);
        QVERIFY(!view->expandFoldAt(foldedRow));
        view->setDifferencesOnly(false);
        QCOMPARE(view->visibleRowCount(), all);
        view->setDifferencesOnly(true);
        QCOMPARE(view->visibleRowCount(), folded);
        QVERIFY(view->expandFoldAt(foldedRow));
    }

    void findAcrossColumns()
    {
        auto view = makeView(m_pair);
        QSignalSpy status(view.get(), &ComparisonView::statusMessage);
        const Comparison &c = *m_pair.comparison;
        QVERIFY(view->find(u"sabrina singh"_s));
        // Every hit counted, in every column: "1 of N".
        qsizetype hits = 0;
        for (const Document &d : c.documents)
            hits += d.text.count(u"sabrina singh"_s, Qt::CaseInsensitive);
        QVERIFY(hits >= 2);
        QCOMPARE(view->findPosition(), std::make_pair(1, int(hits)));
        auto [doc, span] = view->findHit();
        QVERIFY(doc >= 0);
        QCOMPARE(c.documents[size_t(doc)].slice(span).toString(), u"Sabrina Singh"_s);
        QVERIFY(!view->rowRect(view->currentRow()).isEmpty());
        QVERIFY(!view->cellRect(view->currentRow(), doc).isEmpty());
        const int firstDoc = doc;
        // Both articles name her: the next hit is in the other column, then it wraps.
        QVERIFY(view->find(u"Sabrina Singh"_s));
        QVERIFY(view->findHit().first != firstDoc);
        QVERIFY(view->find(u"Sabrina Singh"_s));
        QCOMPARE(view->findHit().first, firstDoc);
        QVERIFY(status.last().at(0).toString().contains(u"wrapped"_s));
        QVERIFY(view->find(u"Sabrina Singh"_s, true));
        QVERIFY(view->findHit().first != firstDoc);
        // Typing on ("Sab", "Sabr", ...) keeps the hit where it is while it still matches.
        QVERIFY(view->find(u"Pentagon spokes"_s));
        const auto typed = view->findHit();
        QVERIFY(view->find(u"Pentagon spokesperson"_s));
        QCOMPARE(view->findHit().first, typed.first);
        QCOMPARE(view->findHit().second.start, typed.second.start);
        // Case-sensitive search misses the lower-case spelling.
        QVERIFY(!view->find(u"sabrina singh"_s, false, true));
        QVERIFY(!view->find(u"zyzzyva"_s));
        QCOMPARE(status.last().at(0).toString(), u"Not found: zyzzyva"_s);
        QCOMPARE(view->findPosition(), std::make_pair(0, 0));
        QCOMPARE(view->findHit().first, -1);
    }

    // Issue #13: every hit of a find is highlighted in both modes, the current one differently,
    // and the count is of the hits shown.
    void findHighlightsEveryHit()
    {
        auto view = makeView(m_pair, {1400, 900});
        const Comparison &c = *m_pair.comparison;
        const QString text = u"north korea"_s;
        QVERIFY(view->find(text));
        const FindMatches &matches = view->findMatches();
        int expected = 0;
        for (const Document &d : c.documents)
            expected += int(d.text.count(text, Qt::CaseInsensitive));
        QVERIFY(expected >= 4);
        QCOMPARE(matches.count(), expected);
        QCOMPARE(view->findPosition().second, expected);
        const auto [currentDoc, current] = view->findHit();

        // Synoptic mode: a cell holding only hits that are not the current one is painted
        // differently with and without the highlights.
        int otherRow = -1, otherDoc = -1;
        for (int d = 0; d < int(c.documents.size()) && otherRow < 0; ++d) {
            for (const TextSpan &hit : matches.in(d)) {
                const int row = c.unit(d, Passage::unitAt(c, d, hit.start)).row;
                const TextSpan cell = m_pair.plan->rows[size_t(row)].cells[size_t(d)].span;
                if (!(d == currentDoc && cell.overlaps(current)) && !view->cellRect(row, d).isEmpty()) {
                    otherRow = row;
                    otherDoc = d;
                    break;
                }
            }
        }
        QVERIFY2(otherRow >= 0, "no other hit on screen");
        const QRect cell = view->cellRect(otherRow, otherDoc);
        saveShot(*view, u"find-synoptic.png"_s);
        const QImage highlighted = view->grab(cell).toImage();
        view->clearFind();
        QVERIFY(view->findMatches().isEmpty());
        QCOMPARE(view->findHit().first, -1);
        const QImage plain = view->grab(cell).toImage();
        QVERIFY2(highlighted != plain, "the other hits are not highlighted");

        // Continuous mode: one extra selection per hit in each column, the current one in
        // another colour than the rest.
        view->setMode(ComparisonView::Mode::Continuous);
        QVERIFY(view->find(text));
        auto *pane = view->findChild<ContinuousPane *>();
        int selections = 0;
        for (int d = 0; d < pane->columnCount(); ++d) {
            const QList<QTextEdit::ExtraSelection> extra = pane->column(d)->extraSelections();
            QCOMPARE(extra.size(), qsizetype(matches.in(d).size()));
            selections += int(extra.size());
            for (const QTextEdit::ExtraSelection &e : extra) {
                const bool isCurrent = d == view->findHit().first && e.cursor.selectionStart() == view->findHit().second.start;
                QCOMPARE(e.format.background().color() == view->viewPalette().findBackground(), isCurrent);
            }
        }
        QCOMPARE(selections, expected);
        saveShot(*view, u"find-continuous.png"_s);
        // Hidden columns are neither highlighted nor counted.
        view->setMode(ComparisonView::Mode::Synoptic);
        view->setColumnHidden(1, true);
        QVERIFY(view->find(text));
        QCOMPARE(view->findPosition().second, int(c.documents[0].text.count(text, Qt::CaseInsensitive)));
        QCOMPARE(view->findHit().first, 0);
    }

    // Issue #13: "Difference n of N" follows the current row, and a new comparison recounts.
    void differencePositionFollowsTheCurrentRow()
    {
        auto view = makeView(m_pair);
        QSignalSpy changed(view.get(), &ComparisonView::differencePositionChanged);
        int differences = 0;
        for (const RowPlan &r : m_pair.plan->rows)
            differences += r.identical ? 0 : 1;
        QCOMPARE(view->differencePosition(), std::make_pair(0, differences));
        QVERIFY(view->nextDifference());
        QVERIFY(view->nextDifference());
        QCOMPARE(view->differencePosition(), std::make_pair(2, differences));
        QVERIFY(!changed.isEmpty());
        changed.clear();
        view->setComparison(m_three.presented);
        QVERIFY(!changed.isEmpty());
        int threeDifferences = 0;
        for (const RowPlan &r : m_three.plan->rows)
            threeDifferences += r.identical ? 0 : 1;
        QVERIFY(threeDifferences != differences);
        QCOMPARE(view->differencePosition().second, threeDifferences);
        // On an identical row: none of them. (The seed pair's one identical row now holds a
        // paragraph only one article has below its matching sentence, so it is a difference.)
        const int same = firstRowWithCells(*m_three.plan, 0, 2, true);
        QVERIFY(same >= 0);
        view->scrollToRow(same);
        QTest::mouseClick(viewportOf(*view), Qt::LeftButton, {}, inViewport(*view, view->cellRect(same, 0).center()));
        QCOMPARE(view->currentRow(), same);
        QCOMPARE(view->differencePosition(), std::make_pair(0, threeDifferences));
        view->clear();
        QCOMPARE(view->differencePosition(), std::make_pair(0, 0));
    }

    // Issue #13: dragging over part of a sentence in synoptic mode selects just that, and
    // Ctrl+C copies it as plain text; without a selection Ctrl+C copies the passage with its
    // source.
    void dragSelectsPartOfASentence()
    {
        auto view = makeView(m_pair, {1400, 900});
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        const Comparison &c = *m_pair.comparison;
        // A unit with a long first line, on screen.
        UnitRef unit;
        for (int u = 0; u < int(c.units[1].size()) && !unit.isValid(); ++u) {
            if (c.units[1][size_t(u)].status != UnitStatus::Furniture && c.unitSpan(1, u).length() > 120
                && !view->unitRect({1, u}).isEmpty())
                unit = {1, u};
        }
        QVERIFY(unit.isValid());
        const QRect box = view->unitRect(unit);
        const QFontMetrics metrics(view->font());
        const int y = box.top() + metrics.height() / 2;
        QWidget *viewport = viewportOf(*view);
        const QPoint from = inViewport(*view, {box.left() + 2, y});
        const QPoint to = inViewport(*view, {box.left() + box.width() / 2, y});
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, (from + to) / 2);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        const auto [doc, span] = view->textSelection();
        QCOMPARE(doc, 1);
        const TextSpan unitSpan = c.unitSpan(1, unit.unit);
        QCOMPARE(span.start, unitSpan.start);
        QVERIFY2(span.length() > 5 && span.end < unitSpan.end, qPrintable(c.documents[1].slice(span).toString()));
        saveShot(*view, u"selection-synoptic.png"_s);

        QApplication::clipboard()->clear();
        viewport->parentWidget()->setFocus();
        QTest::keyClick(viewport->parentWidget(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), c.documents[1].slice(span).toString());

        // A click selects nothing: Ctrl+C copies the passage with its source again.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, to);
        QCOMPARE(view->textSelection().first, -1);
        QTest::keyClick(viewport->parentWidget(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY2(QApplication::clipboard()->text().contains(u"\n— "_s + c.documents[1].title),
                 qPrintable(QApplication::clipboard()->text()));

        // Continuous mode: a selection made with the keyboard is copied the same way, as it is.
        view->setMode(ComparisonView::Mode::Continuous);
        TextColumn *column = view->findChild<ContinuousPane *>()->column(1);
        column->setFocus();
        QTRY_VERIFY(column->hasFocus());
        QTest::keyClick(column, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(column, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(view->textSelection(), std::make_pair(1, TextSpan{0, 12}));
        QTest::keyClick(column, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), c.documents[1].text.left(12));
    }

    // Issue #13: a passage equal only once case is folded is not shown as word-for-word
    // agreement: a quieter card, and the tooltip says what was ignored.
    void foldedAgreementHasItsOwnCue()
    {
        const QStringList paths{QStringLiteral(SYNOPTIC_TEST_DATA "/folding/frankenstein-1818-letter1.txt"),
                                QStringLiteral(SYNOPTIC_TEST_DATA "/folding/frankenstein-1831-letter1.txt")};
        const Loaded pair = compare(paths);
        const Comparison &c = *pair.comparison;
        auto rowOf = [&](const QString &text) {
            const qsizetype pos = c.documents[0].text.indexOf(text);
            return pos < 0 ? -1 : c.unit(0, Passage::unitAt(c, 0, pos)).row;
        };
        const int folded = rowOf(u"To Mrs. SAVILLE"_s);
        const int literal = rowOf(u"St. Petersburgh, Dec. 11th"_s);
        QVERIFY(folded >= 0 && literal >= 0);
        QVERIFY(pair.plan->rows[size_t(folded)].identical);
        QVERIFY(pair.plan->rows[size_t(folded)].folded);
        QVERIFY(pair.plan->rows[size_t(literal)].identical);
        QVERIFY(!pair.plan->rows[size_t(literal)].folded);

        auto view = makeView(pair, {1400, 900});
        // The card's background, right of the text, differs between the two kinds of agreement.
        auto background = [&](int row) {
            const QRect r = view->cellRect(row, 1);
            return view->grab(r).toImage().pixelColor(r.width() - 6, r.height() / 2);
        };
        QVERIFY(background(folded) != background(literal));
        const UnitRef saville{1, Passage::unitAt(c, 1, c.documents[1].text.indexOf(u"To Mrs. Saville"_s))};
        QVERIFY(Passage::toolTip(c, saville, -1).contains(u"same wording, ignoring case"_s));
        const UnitRef petersburgh{1, Passage::unitAt(c, 1, c.documents[1].text.indexOf(u"St. Petersburgh"_s))};
        QVERIFY(Passage::toolTip(c, petersburgh, -1).contains(u": identical"_s));

        // Compared with case: the address line is an edited passage, and nothing is folded.
        AlignOptions exact;
        exact.ignoreCase = false;
        const Loaded strict = compare(paths, exact);
        const int strictRow = strict.comparison->unit(0, Passage::unitAt(*strict.comparison, 0, c.documents[0].text.indexOf(u"To Mrs. SAVILLE"_s))).row;
        QVERIFY(!strict.plan->rows[size_t(strictRow)].identical);
        for (const RowPlan &r : strict.plan->rows)
            QVERIFY(!r.folded);
    }

    void copyPassageWithSource()
    {
        auto view = makeView(m_pair);
        const Comparison &c = *m_pair.comparison;
        QVERIFY(view->nextDifference());
        const int row = view->currentRow();
        view->copyPassage();
        const QString copied = QApplication::clipboard()->text();
        int doc = -1;
        for (int d = 0; d < 2 && doc < 0; ++d) {
            if (!c.rows[size_t(row)].cells[size_t(d)].isEmpty())
                doc = d;
        }
        const Document &d = c.documents[size_t(doc)];
        QVERIFY2(copied.endsWith(u"\n— "_s + d.title + u" (newszop-nk-troops.txt)"_s)
                     || copied.endsWith(u"\n— "_s + d.title + u" (ap-nk-fm-russia.txt)"_s),
                 qPrintable(copied));
        QVERIFY(copied.startsWith(d.slice(c.rangeSpan(doc, c.rows[size_t(row)].cells[size_t(doc)])).toString()));
        QCOMPARE(view->passageWithSource({doc, 0}), d.slice(c.unitSpan(doc, 0)).toString() + copied.mid(copied.lastIndexOf(u'\n')));

        // Ctrl+C over a cell copies that cell.
        QApplication::clipboard()->clear();
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        const int other = 1 - doc;
        int row2 = -1;
        for (int r = 0; r < int(c.rows.size()) && row2 < 0; ++r) {
            if (!view->cellRect(r, other).isEmpty())
                row2 = r;
        }
        QVERIFY(row2 >= 0);
        QWidget *viewport = viewportOf(*view);
        QTest::mouseMove(viewport, inViewport(*view, view->cellRect(row2, other).center()));
        QTRY_COMPARE(view->hoveredRow(), row2);
        viewport->parentWidget()->setFocus();
        QTest::keyClick(viewport->parentWidget(), Qt::Key_C, Qt::ControlModifier);
        const QString viaKey = QApplication::clipboard()->text();
        QVERIFY2(viaKey.startsWith(c.documents[size_t(other)].slice(c.rangeSpan(other, c.rows[size_t(row2)].cells[size_t(other)])).toString()),
                 qPrintable(viaKey));
        QVERIFY(viaKey.contains(u"\n— "_s + c.documents[size_t(other)].title));
    }

    void continuousModeAndBack()
    {
        auto view = makeView(m_pair, {1200, 450});
        QVERIFY(view->nextDifference());
        const int row = view->currentRow();
        view->setMode(ComparisonView::Mode::Continuous);
        QCOMPARE(view->mode(), ComparisonView::Mode::Continuous);
        QVERIFY(view->cellRect(row, 0).isEmpty());
        auto *pane = view->findChild<ContinuousPane *>();
        QVERIFY(pane && pane->isVisible());
        QCOMPARE(pane->columnCount(), 2);
        QVERIFY(!pane->gutter(0)->links().empty());
        // The current passage is on screen in every column that has it.
        const RowPlan &rp = m_pair.plan->rows[size_t(row)];
        for (int d = 0; d < 2; ++d) {
            if (!rp.cells[size_t(d)].units.isEmpty())
                QVERIFY(!view->unitRect({d, rp.cells[size_t(d)].units.first}).isEmpty());
        }
        // The text is selectable.
        TextColumn *left = pane->column(0);
        QVERIFY(left->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(left->isReadOnly());
        QCOMPARE(left->toPlainText(), m_pair.comparison->documents[0].text);

        // Scrolling one column scrolls the other along the links.
        TextColumn *right = pane->column(1);
        left->verticalScrollBar()->setValue(0);
        QCOMPARE(right->verticalScrollBar()->value(), 0);
        left->verticalScrollBar()->setValue(left->verticalScrollBar()->maximum());
        QVERIFY(right->verticalScrollBar()->maximum() > 0);
        QCOMPARE(right->verticalScrollBar()->value(), right->verticalScrollBar()->maximum());
        left->verticalScrollBar()->setValue(left->verticalScrollBar()->maximum() / 2);
        const qsizetype leftPos = left->positionAt(left->viewport()->height() / 3);
        const qsizetype mapped = pane->mapPosition(0, leftPos, 1);
        QVERIFY(right->isSpanVisible({mapped, mapped + 1}));

        // Hover in continuous mode lights up the counterparts too.
        const Comparison &c = *m_pair.comparison;
        int unit = -1;
        for (int u = 0; u < int(c.units[0].size()) && unit < 0; ++u) {
            const qreal top = left->spanExtent(c.unitSpan(0, u)).first;
            if (!c.units[0][size_t(u)].links.empty() && top >= 0 && top < left->viewport()->height() - 20)
                unit = u;
        }
        QVERIFY(unit >= 0);
        QTextCursor cursor(left->document());
        cursor.setPosition(int(c.unitSpan(0, unit).start) + 1);
        QTest::mouseMove(left->viewport(), left->cursorRect(cursor).center());
        QTRY_VERIFY(!view->highlightedUnits().empty());
        QCOMPARE(view->highlightedUnits().front(), (UnitRef{0, unit}));
        QVERIFY(view->highlightedUnits().size() >= 2);
        QVERIFY(view->nextDifference());

        view->setMode(ComparisonView::Mode::Synoptic);
        QVERIFY(!view->rowRect(view->currentRow()).isEmpty());
        view->scrollToRow(firstRowWithCells(*m_pair.plan, 0, 2, false));
        int checked = 0;
        verifyLevelRows(*view, *m_pair.plan, &checked);
        QVERIFY(checked > 0);
        QVERIFY(view->find(u"Kursk"_s));
    }

    void keepsPlaceOnNewComparisonOfSameDocuments()
    {
        auto view = makeView(m_pair, {1200, 400});
        view->scrollToRow(int(m_pair.plan->rows.size()) / 2);
        QVERIFY(view->nextDifference());
        const int current = view->currentRow();
        // Same options again: the same rows, at the same place on screen.
        const QRect before = view->rowRect(current);
        const Loaded same = compare({QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt"),
                                     QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt")});
        view->setComparison(same.presented, {0, 1});
        QCOMPARE(view->currentRow(), current);
        QCOMPARE(view->rowRect(current), before);
        int doc = m_pair.plan->rows[size_t(current)].cells[0].units.isEmpty() ? 1 : 0;
        const qsizetype pos = m_pair.plan->rows[size_t(current)].cells[size_t(doc)].span.start;
        AlignOptions options;
        options.granularity = Granularity::Paragraph; // different units, same text
        const Loaded again = compare({QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt"),
                                      QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt")},
                                     options);
        view->setComparison(again.presented, {0, 1});
        const int now = view->currentRow();
        QVERIFY(now >= 0);
        QVERIFY(again.plan->rows[size_t(now)].cells[size_t(doc)].span.contains(pos));
        QVERIFY(!view->rowRect(now).isEmpty());

        // The columns swapped: the session's mapping says where each document went, and the
        // current passage follows its document into the other column.
        const Loaded swapped = compare({QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt"),
                                        QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt")},
                                       options);
        view->setComparison(swapped.presented, {1, 0});
        const int moved = view->currentRow();
        QVERIFY(moved >= 0);
        QVERIFY(swapped.plan->rows[size_t(moved)].cells[size_t(1 - doc)].span.contains(pos));

        // Other documents: a fresh start at the top.
        view->setComparison(m_three.presented, {-1, -1});
        QCOMPARE(view->currentRow(), -1);
        QVERIFY(!view->rowRect(0).isEmpty());
        view->clear();
        QVERIFY(!view->presented());
        QCOMPARE(view->visibleRowCount(), 0);
        QVERIFY(!view->nextDifference());
        QVERIFY(!view->find(u"hawaiian"_s));
    }

    void darkPaletteFollows()
    {
        auto view = makeView(m_pair);
        QVERIFY(!view->viewPalette().isDark());
        view->setPalette(darkPalette());
        QVERIFY(view->viewPalette().isDark());
        view->setPalette(QPalette());
        QVERIFY(!view->viewPalette().isDark());
    }

    void overviewJumps()
    {
        auto view = makeView(m_three, {1000, 500});
        auto *overview = view->findChild<OverviewStrip *>();
        QVERIFY(overview && overview->isVisible());
        QTest::mouseClick(overview, Qt::LeftButton, {}, QPoint(overview->width() / 2, overview->height() - 3));
        const int last = int(m_three.plan->rows.size()) - 1;
        QTRY_VERIFY(!view->rowRect(last).isEmpty());
        QTest::mouseClick(overview, Qt::LeftButton, {}, QPoint(overview->width() / 2, 3));
        QTRY_VERIFY(!view->rowRect(0).isEmpty());
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("three");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("continuous");
        QTest::newRow("pair-light") << false << false << false;
        QTest::newRow("pair-dark") << false << true << false;
        QTest::newRow("three-light") << true << false << false;
        QTest::newRow("three-dark") << true << true << false;
        QTest::newRow("pair-continuous-light") << false << false << true;
        QTest::newRow("three-continuous-dark") << true << true << true;
    }

    // Renders the view for a person to look at (build dir, screenshots/); checks it painted.
    void screenshots()
    {
        QFETCH(bool, three);
        QFETCH(bool, dark);
        QFETCH(bool, continuous);
        const QPalette before = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        auto view = makeView(three ? m_three : m_pair);
        QVERIFY(view->viewPalette().isDark() == dark);
        if (continuous)
            view->setMode(ComparisonView::Mode::Continuous);
        view->nextDifference();
        view->find(three ? u"polynesian"_s : u"Sabrina"_s);
        QTest::qWait(50);
        const QImage image = view->grab().toImage();
        QVERIFY(!image.isNull());
        saveShot(*view, QString::fromLatin1(QTest::currentDataTag()) + u".png"_s);
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
