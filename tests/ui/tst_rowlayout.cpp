#include "ui/views/rowlayout.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A plan whose rows are identical ('=') or not ('d'), one per character.
HighlightPlan planOf(QStringView pattern)
{
    HighlightPlan plan;
    for (QChar c : pattern) {
        RowPlan row;
        row.identical = c == u'=';
        plan.rows.push_back(row);
    }
    return plan;
}

// The lines as text: a row as its index, a fold as [first+count].
QString describe(const RowLayout &layout)
{
    QStringList parts;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const RowLayout::Line &l = layout.line(i);
        parts << (l.fold ? u"[%1+%2]"_s.arg(l.firstRow).arg(l.rowCount) : QString::number(l.firstRow));
    }
    return parts.join(u' ');
}

} // namespace

class TestRowLayout : public QObject
{
    Q_OBJECT

private slots:
    void folding_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("lines");
        QTest::newRow("no identical rows") << u"ddd"_s << u"0 1 2"_s;
        // A run between differences keeps one row of context on each side.
        QTest::newRow("run in the middle") << u"d=====d"_s << u"0 1 [2+3] 5 6"_s;
        // At the start and the end there is no difference to give context to.
        QTest::newRow("run at the start") << u"====d"_s << u"[0+3] 3 4"_s;
        QTest::newRow("run at the end") << u"d===="_s << u"0 1 [2+3]"_s;
        QTest::newRow("all identical") << u"===="_s << u"[0+4]"_s;
        // Two rows of context and nothing left to fold.
        QTest::newRow("short run") << u"d==d"_s << u"0 1 2 3"_s;
        QTest::newRow("one foldable row") << u"d===d"_s << u"0 1 [2+1] 3 4"_s;
    }

    void folding()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, lines);
        const HighlightPlan plan = planOf(pattern);
        RowLayout layout;
        layout.reset(&plan, false, {});
        QCOMPARE(layout.lineCount(), int(pattern.size()));
        QCOMPARE(layout.visibleRowCount(), int(pattern.size()));
        layout.reset(&plan, true, {});
        QCOMPARE(describe(layout), lines);
        int shown = 0;
        for (int i = 0; i < layout.lineCount(); ++i)
            shown += layout.line(i).fold ? 0 : 1;
        QCOMPARE(layout.visibleRowCount(), shown);
        // Every row maps to the line showing it.
        for (int r = 0; r < int(pattern.size()); ++r) {
            const RowLayout::Line &l = layout.line(layout.lineOfRow(r));
            QVERIFY(r >= l.firstRow && r < l.firstRow + l.rowCount);
        }
    }

    void expandedFoldStaysOpen()
    {
        const HighlightPlan plan = planOf(u"d=====d");
        RowLayout layout;
        layout.reset(&plan, true, {2});
        QCOMPARE(describe(layout), u"0 1 2 3 4 5 6"_s);
        QCOMPARE(layout.lineOfRow(-1), -1);
        QCOMPARE(layout.lineOfRow(7), -1);
    }

    void geometry()
    {
        const HighlightPlan plan = planOf(u"d=====d");
        RowLayout layout;
        layout.setFoldHeight(20);
        layout.setTopMargin(5);
        layout.reset(&plan, true, {});
        layout.setEstimates([](int row) { return 100 + row; });
        // Lines: 0 (100), 1 (101), fold (20), 5 (105), 6 (106).
        QCOMPARE(layout.lineTop(0), 5);
        QCOMPARE(layout.lineTop(2), 5 + 100 + 101);
        QCOMPARE(layout.lineHeight(2), 20);
        QCOMPARE(layout.totalHeight(), 5 + 100 + 101 + 20 + 105 + 106);
        QCOMPARE(layout.lineAt(0), 0);
        QCOMPARE(layout.lineAt(104), 0);
        QCOMPARE(layout.lineAt(105), 1);
        QCOMPARE(layout.lineAt(layout.lineTop(3)), 3);
        QCOMPARE(layout.lineAt(1000000), layout.lineCount() - 1);

        QCOMPARE(layout.nextInexactRow(0), 0);
        layout.setExactHeight(0, 50);
        layout.updateTops();
        QVERIFY(layout.isExact(0));
        QCOMPARE(layout.lineTop(1), 55);
        QCOMPARE(layout.nextInexactRow(0), 1);
        QCOMPARE(layout.nextInexactRow(6), 6);
        for (int r = 0; r < 7; ++r)
            layout.setExactHeight(r, 10);
        QCOMPARE(layout.nextInexactRow(3), -1);
        // A new estimate (the width changed) forgets the measured heights.
        layout.setEstimates([](int) { return 30; });
        QVERIFY(!layout.isExact(0));
    }

    void empty()
    {
        RowLayout layout;
        layout.clear();
        QCOMPARE(layout.lineCount(), 0);
        QCOMPARE(layout.lineAt(10), -1);
        QCOMPARE(layout.totalHeight(), 0);
        QCOMPARE(layout.nextInexactRow(0), -1);
        layout.reset(nullptr, true, {});
        QCOMPARE(layout.lineCount(), 0);
    }
};

QTEST_APPLESS_MAIN(TestRowLayout)
#include "tst_rowlayout.moc"
