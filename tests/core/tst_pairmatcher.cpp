#include "core/align/pairmatcher.h"
#include "core/align/stemfamilies.h"
#include "core/align/unittable.h"
#include "tests/common/testdocuments.h"
#include "tests/common/testprinters.h"

#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using TestDocuments::fromParagraphs;

const QString budget = u"The council approved the new budget on Tuesday after a long debate."_s;
const QString libraries = u"Critics said the plan would cut funding for public libraries across the city."_s;
const QString review = u"The mayor promised to review the library budget again next spring."_s;
const QString hall = u"Residents packed the hall to hear the final vote on the proposal."_s;
const QString referendum = u"Several speakers demanded a referendum on the closures before any decision."_s;
const QString concert = u"Tickets for the summer concert series go on sale at noon on Friday."_s;

// The sentence units of two documents matched against each other.
struct Matched
{
    std::vector<Document> docs;
    std::vector<PairMatcher::Result> results;
};

Matched match(const QStringList &a, const QStringList &b, const AlignOptions &options = {})
{
    Matched m;
    m.docs = {fromParagraphs(a), fromParagraphs(b)};
    const UnitTable table(m.docs, options, Granularity::Sentence);
    m.results = PairMatcher(table, options).match(0, 1);
    return m;
}

// The result pairing sentence `a` of document 0 with something, if any.
std::optional<PairMatcher::Result> partnerOf(const Matched &m, int a)
{
    for (const PairMatcher::Result &r : m.results) {
        if (r.a.contains(a))
            return r;
    }
    return std::nullopt;
}

bool isLinkedOnB(const Matched &m, int b)
{
    return std::any_of(m.results.begin(), m.results.end(), [b](const PairMatcher::Result &r) { return r.b.contains(b); });
}

} // namespace

class TestPairMatcher : public QObject
{
    Q_OBJECT

private slots:
    void identicalDocumentsPairInOrder()
    {
        const QStringList paras{budget, libraries, review, hall};
        const Matched m = match(paras, paras);
        QCOMPARE(m.results.size(), size_t(4));
        for (int i = 0; i < 4; ++i) {
            const PairMatcher::Result &r = m.results[size_t(i)];
            QCOMPARE(r.a, (UnitRange{i, 1}));
            QCOMPARE(r.b, (UnitRange{i, 1}));
            QVERIFY(r.exact);
            QVERIFY(!r.moved);
            QCOMPARE(r.similarity, 1.0);
        }
    }

    void movedParagraphFindsItsCounterpart()
    {
        // "libraries" moves from second to last place; the others keep their order.
        const Matched m = match({budget, libraries, review, hall, referendum},
                                {budget, review, hall, referendum, libraries});
        QCOMPARE(m.results.size(), size_t(5));
        const std::optional<PairMatcher::Result> moved = partnerOf(m, 1);
        QVERIFY(moved);
        QCOMPARE(moved->b, (UnitRange{4, 1}));
        QVERIFY(moved->exact);
        QVERIFY(moved->moved);
        for (int a : {0, 2, 3, 4}) {
            const std::optional<PairMatcher::Result> r = partnerOf(m, a);
            QVERIFY(r);
            QVERIFY2(!r->moved, qPrintable(u"sentence %1 should keep its place"_s.arg(a)));
        }
    }

    void unrelatedSentenceStaysUnpaired()
    {
        const Matched m = match({budget, libraries, review}, {budget, concert, libraries, review});
        QVERIFY(!isLinkedOnB(m, 1));
        QCOMPARE(partnerOf(m, 0)->b, (UnitRange{0, 1}));
        QCOMPARE(partnerOf(m, 1)->b, (UnitRange{2, 1}));
        QCOMPARE(partnerOf(m, 2)->b, (UnitRange{3, 1}));
    }

    void editedSentenceIsPairedAsDivergent()
    {
        const QString edited = u"Critics warned the plan would cut funding for public libraries in every district."_s;
        const Matched m = match({budget, libraries, review}, {budget, edited, review});
        const std::optional<PairMatcher::Result> r = partnerOf(m, 1);
        QVERIFY(r);
        QCOMPARE(r->b, (UnitRange{1, 1}));
        QVERIFY(!r->exact);
        QVERIFY(r->similarity > 0.35);
        QVERIFY(r->similarity < 1.0);
    }

    void splitSentenceJoinsOneLink()
    {
        // One outlet split a sentence in two: both halves join the link of the whole.
        const QString whole = u"The council approved the new budget on Tuesday, and critics said the plan would cut "
                              "funding for public libraries."_s;
        const QString first = u"The council approved the new budget on Tuesday."_s;
        const QString second = u"Critics said the plan would cut funding for public libraries."_s;
        const Matched m = match({whole, hall}, {first + u' ' + second, hall});
        const std::optional<PairMatcher::Result> r = partnerOf(m, 0);
        QVERIFY(r);
        QCOMPARE(r->b, (UnitRange{0, 2}));
    }

    // One sentence tells what two sentences of the other report tell, apart: it is linked to
    // both. A sentence that only tells again what its partner already shares gets no second link.
    void sentenceTellingTwoGetsTwoLinks()
    {
        const QString both = u"The storm flooded the harbour and cut power to the northern districts."_s;
        const QString harbour = u"The storm flooded the harbour on Tuesday."_s;
        const QString power = u"Power was cut to the northern districts overnight."_s;
        const Matched m = match({both, concert}, {harbour, hall, power});
        int links = 0;
        for (const PairMatcher::Result &r : m.results)
            links += r.a.contains(0) && (r.b.contains(0) || r.b.contains(2));
        QCOMPARE(links, 2);

        const Matched again = match({harbour, concert}, {harbour, hall, u"The storm flooded the harbour."_s});
        QCOMPARE(std::count_if(again.results.begin(), again.results.end(),
                               [](const PairMatcher::Result &r) { return r.a.contains(0); }),
                 1);
    }

    // Stems one word's forms leave apart join when one begins the other, diacritics folded and
    // five letters long at least ("part" takes nothing in); function words and numbers stay out.
    void stemFamilies()
    {
        const std::vector<QString> stems{u"material"_s, u"materi"_s, u"anúnci"_s, u"anunc"_s, u"part"_s,
                                         u"parti"_s,    u"sobre"_s,  u"sobreviv"_s, u"12000"_s, u"120001"_s};
        const std::vector<bool> letters{true, true, true, true, true, true, false, true, false, false};
        const StemFamilies f(stems, letters);
        QCOMPARE(f.of(0), 0);
        QCOMPARE(f.of(1), 0);
        QCOMPARE(f.of(2), 2);
        QCOMPARE(f.of(3), 2);
        QCOMPARE(f.of(4), 4);
        QCOMPARE(f.of(5), 5);
        QCOMPARE(f.of(7), 7);
        QCOMPARE(f.of(9), 9);
    }

    void similarityOfRanges()
    {
        const std::vector<Document> docs{fromParagraphs({budget, libraries}), fromParagraphs({budget, concert})};
        const AlignOptions options;
        const UnitTable table(docs, options, Granularity::Sentence);
        const PairMatcher matcher(table, options);
        QCOMPARE(matcher.similarity(0, {0, 1}, 1, {0, 1}), 1.0);
        QVERIFY(matcher.similarity(0, {1, 1}, 1, {1, 1}) < 0.2);
    }
};

QTEST_APPLESS_MAIN(TestPairMatcher)
#include "tst_pairmatcher.moc"
