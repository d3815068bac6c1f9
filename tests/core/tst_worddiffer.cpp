#include "core/align/unittable.h"
#include "core/align/worddiffer.h"
#include "tests/common/testdocuments.h"
#include "tests/common/testprinters.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The two texts, each one paragraph through the real segmenter, and the word diff of all of
// their sentences.
struct Diffed
{
    std::vector<Document> docs;
    std::vector<WordEdit> edits;
};

Diffed diffTexts(const QString &a, const QString &b, const AlignOptions &options = {})
{
    Diffed d;
    d.docs = {TestDocuments::fromParagraphs({a}), TestDocuments::fromParagraphs({b})};
    const UnitTable table(d.docs, options, Granularity::Sentence);
    const UnitRange ra{0, int(table.units(0).size())}, rb{0, int(table.units(1).size())};
    d.edits = WordDiffer(table).diff(d.docs, 0, ra, 1, rb);
    return d;
}

// "Replace approved|rejected" for each edit that is not Equal, so a failure shows the words.
QStringList changes(const Diffed &d)
{
    QStringList out;
    for (const WordEdit &e : d.edits) {
        if (e.op != WordEdit::Op::Equal)
            out << nameOf(e.op) + u' ' + d.docs[0].slice(e.spans[0]).toString() + u'|'
                    + d.docs[1].slice(e.spans[1]).toString();
    }
    return out;
}

} // namespace

class TestWordDiffer : public QObject
{
    Q_OBJECT

private slots:
    void changedWords_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("identical") << u"The council approved the budget on Tuesday."_s
                                   << u"The council approved the budget on Tuesday."_s << QStringList();
        QTest::newRow("two words replaced")
            << u"The council approved the budget on Tuesday."_s << u"The council rejected the budget on Friday."_s
            << QStringList{u"replace approved|rejected"_s, u"replace Tuesday|Friday"_s};
        QTest::newRow("word inserted") << u"The council approved the budget."_s
                                       << u"The council quietly approved the budget."_s
                                       << QStringList{u"insert |quietly"_s};
        QTest::newRow("word deleted") << u"The council quietly approved the budget."_s
                                      << u"The council approved the budget."_s << QStringList{u"delete quietly|"_s};
        // A lone "the" between two rewrites is folded into one change instead of splitting it.
        QTest::newRow("weak word between changes folded")
            << u"The mayor praised the plan yesterday."_s << u"The governor criticised the proposal yesterday."_s
            << QStringList{u"replace mayor praised the plan|governor criticised the proposal"_s};
        // A shared phrase of content words stays visible between two changes.
        QTest::newRow("shared phrase kept")
            << u"The mayor praised the new city budget plan yesterday."_s
            << u"The governor praised the new city budget plan today."_s
            << QStringList{u"replace mayor|governor"_s, u"replace yesterday|today"_s};
        QTest::newRow("case and quotes are not changes")
            << u"The agency’s “final” report was published."_s << u"the agency's \"FINAL\" report was published."_s
            << QStringList();
    }

    void changedWords()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QStringList, expected);
        QCOMPARE(changes(diffTexts(a, b)), expected);
    }

    void equalStepsCoverBothTexts()
    {
        // Equal steps included, the edits run through both sentences in order.
        const Diffed d = diffTexts(u"The council approved the budget on Tuesday."_s,
                                   u"The council rejected the budget on Friday."_s);
        QVERIFY(!d.edits.empty());
        QCOMPARE(d.edits.front().op, WordEdit::Op::Equal);
        QCOMPARE(d.docs[0].slice(d.edits.front().spans[0]), u"The council"_s);
        QCOMPARE(d.docs[1].slice(d.edits.front().spans[1]), u"The council"_s);
        for (size_t k = 1; k < d.edits.size(); ++k) {
            for (size_t side = 0; side < 2; ++side)
                QVERIFY(d.edits[k].spans[side].start >= d.edits[k - 1].spans[side].end);
        }
        QCOMPARE(d.edits.back().spans[0].end, d.docs[0].text.size());
        QCOMPARE(d.edits.back().spans[1].end, d.docs[1].text.size());
    }

    void insertionSitsWhereTheWordWouldGo()
    {
        const Diffed d = diffTexts(u"The council approved the budget."_s, u"The council quietly approved the budget."_s);
        const auto insert = std::find_if(d.edits.begin(), d.edits.end(),
                                         [](const WordEdit &e) { return e.op == WordEdit::Op::Insert; });
        QVERIFY(insert != d.edits.end());
        // Empty on side 0, right after "council".
        QVERIFY(insert->spans[0].isEmpty());
        QCOMPARE(insert->spans[0].start, d.docs[0].text.indexOf(u"council"_s) + 7);
        QCOMPARE(d.docs[1].slice(insert->spans[1]), u"quietly"_s);
    }

    void punctuationIgnoredWhenAsked()
    {
        AlignOptions options;
        QCOMPARE(changes(diffTexts(u"Yes, the vote passed."_s, u"Yes the vote passed."_s, options)),
                 QStringList{u"delete ,|"_s});
        options.ignorePunctuation = true;
        QCOMPARE(changes(diffTexts(u"Yes, the vote passed."_s, u"Yes the vote passed."_s, options)), QStringList());
    }
};

QTEST_APPLESS_MAIN(TestWordDiffer)
#include "tst_worddiffer.moc"
