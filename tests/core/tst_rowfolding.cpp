#include "core/present/rowfolding.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// One row per character: '=' identical passages, 'f' identical page furniture, 'x' a difference.
HighlightPlan planOf(QStringView pattern)
{
    HighlightPlan plan;
    for (QChar c : pattern) {
        RowPlan row;
        row.identical = c != u'x';
        CellPlan cell;
        cell.units = {0, 1};
        cell.status = c == u'f' ? UnitStatus::Furniture : c == u'=' ? UnitStatus::Match : UnitStatus::Divergent;
        row.cells = {cell, cell};
        plan.rows.push_back(row);
    }
    return plan;
}

} // namespace

// Folding is one function for the window and the exports; its label says what it folded, in
// proper English plurals.
class TestRowFolding : public QObject
{
    Q_OBJECT

private slots:
    void label_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("label");
        QTest::newRow("one identical") << u"x===x"_s << u"1 identical passage"_s;
        QTest::newRow("several identical") << u"x=====x"_s << u"3 identical passages"_s;
        QTest::newRow("one furniture") << u"x=f=x"_s << u"1 passage of page furniture"_s;
        QTest::newRow("several furniture") << u"ffffx"_s << u"3 passages of page furniture"_s;
        QTest::newRow("both") << u"x=f==f=x"_s << u"2 identical passages and 2 passages of page furniture"_s;
    }

    void label()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, label);
        const HighlightPlan plan = planOf(pattern);
        const std::vector<RowRun> runs = RowFolding::runs(plan, true);
        const auto fold = std::find_if(runs.begin(), runs.end(), [](const RowRun &r) { return r.folded; });
        QVERIFY(fold != runs.end());
        QCOMPARE(RowFolding::label(plan, *fold), label);
    }

    // Which rows fold, one character per row ('.' shown, '#' folded), for each context.
    void context_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("folded");
        QTest::newRow("0 rows") << u"x======x==="_s << 0 << u".######.###"_s;
        QTest::newRow("1 row, the default") << u"x======x==="_s << 1 << u"..####...##"_s;
        QTest::newRow("2 rows") << u"x======x==="_s << 2 << u"...##.....#"_s;
        QTest::newRow("3 rows: short runs stay") << u"x======x==="_s << 3 << u"..........."_s;
        QTest::newRow("3 rows, leading run") << u"=====x"_s << 3 << u"##...."_s;
        QTest::newRow("beyond 3 clamps") << u"x========x"_s << 9 << u"....##...."_s;
        QTest::newRow("below 0 clamps") << u"x==x"_s << -1 << u".##."_s;
    }

    void context()
    {
        QFETCH(QString, pattern);
        QFETCH(int, context);
        QFETCH(QString, folded);
        QString got;
        for (const RowRun &run : RowFolding::runs(planOf(pattern), true, context))
            got += QString(run.count, run.folded ? u'#' : u'.');
        QCOMPARE(got, folded);
    }
};

QTEST_APPLESS_MAIN(TestRowFolding)
#include "tst_rowfolding.moc"
