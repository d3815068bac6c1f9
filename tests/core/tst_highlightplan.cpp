#include "core/align/aligner.h"
#include "core/present/highlightplan.h"
#include "tests/common/testdocuments.h"
#include "tests/common/testprinters.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using TestDocuments::fromParagraphs;

HighlightRole baseRole(const HighlightPlan &plan, int doc, const TextSpan &span)
{
    for (const Highlight &h : plan.highlightsIn(doc, span)) {
        if (h.role == HighlightRole::Match || h.role == HighlightRole::Divergent || h.role == HighlightRole::Unique)
            return h.role;
    }
    return HighlightRole::Furniture;
}

const QString kept = u"The committee approved the harbour plan after a long debate on Monday evening."_s;
const QString edited = u"The committee approved the harbour plan after a short debate on Tuesday evening."_s;
const QString other = u"Residents packed the hall to hear the final vote on the proposal."_s;

} // namespace

class TestHighlightPlan : public QObject
{
    Q_OBJECT

private slots:
    void twoDocumentsRolesAndWords()
    {
        const Comparison c = *Aligner::align({fromParagraphs({other, edited}, u"a.txt"_s), fromParagraphs({other, kept}, u"b.txt"_s)}, {});
        const HighlightPlan plan = HighlightPlanner::build(c);
        QCOMPARE(plan.rows.size(), c.rows.size());
        QCOMPARE(baseRole(plan, 0, c.units[0][0].span), HighlightRole::Match);
        QCOMPARE(baseRole(plan, 0, c.units[0][1].span), HighlightRole::Divergent);
        QStringList changed;
        for (const Highlight &h : plan.highlightsIn(0, c.units[0][1].span)) {
            if (h.role == HighlightRole::Changed || h.role == HighlightRole::Inserted)
                changed << c.documents[0].slice(h.span).toString();
        }
        QVERIFY2(changed.contains(u"short"_s) && changed.contains(u"Tuesday"_s), qPrintable(changed.join(u'|')));
        // Every highlight lies inside its document's text, sorted by start.
        for (size_t d = 0; d < 2; ++d) {
            qsizetype last = 0;
            for (const Highlight &h : plan.highlights[d]) {
                QVERIFY(h.span.start >= last);
                QVERIFY(h.span.end <= c.documents[d].text.size());
                last = h.span.start;
            }
        }
        QVERIFY(plan.rows[size_t(c.units[0][0].row)].identical);
        QVERIFY(!plan.rows[size_t(c.units[0][1].row)].identical);
    }

    void nWayCellMatchesOnlyWhenItMatchesEveryRowMate()
    {
        // a and b say the same; c edited it. In that row a and b are not "the same wording" as
        // everything level with them, so they show as divergent, with the words c changed.
        const Comparison c = *Aligner::align(
            {fromParagraphs({other, kept}, u"a.txt"_s), fromParagraphs({other, kept}, u"b.txt"_s), fromParagraphs({other, edited}, u"c.txt"_s)}, {});
        const HighlightPlan plan = HighlightPlanner::build(c);
        QCOMPARE(c.units[0][1].status, UnitStatus::Match); // identical somewhere: the statistics' view
        QCOMPARE(c.units[0][1].row, c.units[2][1].row);
        for (int d = 0; d < 3; ++d)
            QCOMPARE(baseRole(plan, d, c.units[size_t(d)][1].span), HighlightRole::Divergent);
        bool changedWords = false;
        for (const Highlight &h : plan.highlightsIn(0, c.units[0][1].span))
            changedWords = changedWords || h.role == HighlightRole::Changed;
        QVERIFY(changedWords);
        const RowPlan &row = plan.rows[size_t(c.units[0][1].row)];
        QVERIFY(!row.identical);
        QCOMPARE(row.cells[0].status, UnitStatus::Divergent);
        // The first paragraph is the same in all three: identical row, all match.
        QVERIFY(plan.rows[size_t(c.units[0][0].row)].identical);
        QCOMPARE(baseRole(plan, 1, c.units[1][0].span), HighlightRole::Match);
    }
};

QTEST_APPLESS_MAIN(TestHighlightPlan)
#include "tst_highlightplan.moc"
