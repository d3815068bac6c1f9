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
};

QTEST_APPLESS_MAIN(TestRowFolding)
#include "tst_rowfolding.moc"
