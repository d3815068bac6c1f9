#include "core/align/aligner.h"
#include "core/import/documentloader.h"
#include "core/present/highlightplan.h"
#include "tests/common/testdocuments.h"
#include "tests/common/testfiles.h"
#include "tests/common/testprinters.h"

#include <QTest>

#include <algorithm>

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

// Changed, inserted and fact marks of `doc` inside `span`.
int wordMarks(const HighlightPlan &plan, int doc, const TextSpan &span)
{
    int n = 0;
    for (const Highlight &h : plan.highlightsIn(doc, span))
        n += h.role == HighlightRole::Changed || h.role == HighlightRole::Inserted || h.role == HighlightRole::Fact;
    return n;
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

    // Issue #13, the reference rule: a and b say the same, c edited it. With a as the reference,
    // b (worded as the reference) is plain, c carries the changed words, and a marks none of
    // them (c's replacements are c's variants). With c as the reference the marks move to a and b.
    void nWayMarksFollowTheReference()
    {
        const std::vector<Document> docs{fromParagraphs({other, kept}, u"a.txt"_s), fromParagraphs({other, kept}, u"b.txt"_s),
                                         fromParagraphs({other, edited}, u"c.txt"_s)};
        AlignOptions options;
        options.reference = 0;
        Comparison c = *Aligner::align(docs, options);
        QCOMPARE(c.baseDocument, 0);
        HighlightPlan plan = HighlightPlanner::build(c);
        QCOMPARE(c.units[0][1].row, c.units[2][1].row);
        const int row = c.units[0][1].row;
        QCOMPARE(baseRole(plan, 0, c.units[0][1].span), HighlightRole::Divergent); // c edits it
        QCOMPARE(baseRole(plan, 1, c.units[1][1].span), HighlightRole::Match);
        QCOMPARE(baseRole(plan, 2, c.units[2][1].span), HighlightRole::Divergent);
        QCOMPARE(wordMarks(plan, 0, c.units[0][1].span), 0);
        QCOMPARE(wordMarks(plan, 1, c.units[1][1].span), 0);
        QVERIFY(wordMarks(plan, 2, c.units[2][1].span) > 0);
        QCOMPARE(HighlightPlanner::agreeWithReference(c, row), std::vector<int>{1});
        QVERIFY(!plan.rows[size_t(row)].identical);
        // The first paragraph is the same in all three: identical row, all match.
        QVERIFY(plan.rows[size_t(c.units[0][0].row)].identical);
        QCOMPARE(baseRole(plan, 1, c.units[1][0].span), HighlightRole::Match);

        options.reference = 2;
        c = *Aligner::align(docs, options);
        QCOMPARE(c.baseDocument, 2);
        plan = HighlightPlanner::build(c);
        QVERIFY(wordMarks(plan, 0, c.units[0][1].span) > 0);
        QVERIFY(wordMarks(plan, 1, c.units[1][1].span) > 0);
        QCOMPARE(wordMarks(plan, 2, c.units[2][1].span), 0);
        QVERIFY(HighlightPlanner::agreeWithReference(c, c.units[0][1].row).empty());
    }

    // The reference marks the words another article leaves out, and only those.
    void referenceMarksOnlyOmissions()
    {
        const QString shortened = u"The committee approved the harbour plan on Monday evening."_s;
        AlignOptions options;
        options.reference = 0;
        const Comparison c = *Aligner::align({fromParagraphs({other, kept}, u"a.txt"_s), fromParagraphs({other, kept}, u"b.txt"_s),
                                              fromParagraphs({other, shortened}, u"c.txt"_s)},
                                             options);
        QCOMPARE(c.units[0][1].row, c.units[2][1].row);
        const HighlightPlan plan = HighlightPlanner::build(c);
        QStringList marked;
        for (const Highlight &h : plan.highlightsIn(0, c.units[0][1].span)) {
            QVERIFY(h.role != HighlightRole::Changed && h.role != HighlightRole::Fact);
            if (h.role == HighlightRole::Inserted)
                marked << c.documents[0].slice(h.span).toString().trimmed();
        }
        QCOMPARE(marked.join(u' '), u"after a long debate"_s);
    }

    // Three real editions of one article (History of Wikipedia v0-v2), each in turn the
    // reference: its column never shows a replaced word or fact, every passage worded as the
    // reference's is plain, and the others still show their changes.
    void realArticlesFollowTheReference_data()
    {
        QTest::addColumn<int>("reference");
        for (int r = 0; r < 3; ++r)
            QTest::newRow(qPrintable(u"v%1"_s.arg(r))) << r;
    }

    void realArticlesFollowTheReference()
    {
        QFETCH(int, reference);
        std::vector<Document> docs;
        for (int v = 0; v < 3; ++v) {
            const QString path = TestFiles::fixture(u"wikipedia/history-of-wikipedia-v%1.txt"_s.arg(v));
            std::optional<Document> doc = DocumentLoader().load(path).document;
            QVERIFY(doc);
            docs.push_back(std::move(*doc));
        }
        AlignOptions options;
        options.reference = reference;
        const Comparison c = *Aligner::align(std::move(docs), options);
        QCOMPARE(c.baseDocument, reference);
        const HighlightPlan plan = HighlightPlanner::build(c);
        int othersMarked = 0, plainAgreeing = 0;
        for (const Highlight &h : plan.highlights[size_t(reference)])
            QVERIFY2(h.role != HighlightRole::Changed && h.role != HighlightRole::Fact, "a variant marked in the reference");
        for (int d = 0; d < 3; ++d) {
            if (d == reference)
                continue;
            for (const UnitInfo &info : c.units[size_t(d)]) {
                othersMarked += wordMarks(plan, d, info.span);
                const bool agrees = std::any_of(info.links.begin(), info.links.end(), [&](int k) {
                    const Link &l = c.links[size_t(k)];
                    return l.kind == LinkKind::Match && l.other(d) == reference
                           && c.unit(reference, l.end(reference).units.first).row == info.row;
                });
                if (agrees) {
                    ++plainAgreeing;
                    QCOMPARE(baseRole(plan, d, info.span), HighlightRole::Match);
                    QCOMPARE(wordMarks(plan, d, info.span), 0);
                }
            }
        }
        QVERIFY(othersMarked > 0);
        QVERIFY(plainAgreeing > 0);
    }

    void outOfRangeReferenceLetsTheEngineChoose()
    {
        AlignOptions options;
        options.reference = 7;
        const Comparison chosen = *Aligner::align({fromParagraphs({other, kept}, u"a.txt"_s), fromParagraphs({other, edited}, u"b.txt"_s)}, {});
        const Comparison c = *Aligner::align({fromParagraphs({other, kept}, u"a.txt"_s), fromParagraphs({other, edited}, u"b.txt"_s)}, options);
        QCOMPARE(c.baseDocument, chosen.baseDocument);
    }
};

QTEST_APPLESS_MAIN(TestHighlightPlan)
#include "tst_highlightplan.moc"
