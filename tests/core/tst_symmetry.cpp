// The engine's result does not depend on the order the articles are given in: for every
// permutation of three articles, the links (with their kinds, similarities, word edits and
// facts) and every unit's status are those of the canonical order, mapped back.

#include "core/align/aligner.h"
#include "core/import/documentloader.h"
#include "tests/common/testfiles.h"

#include <QTest>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// A link in terms of the original article numbers, side 0 the lower number: swapping sides
// swaps spans and turns insertions into deletions.
struct CanonicalLink
{
    std::array<int, 2> docs;
    std::array<TextSpan, 2> spans;
    LinkKind kind;
    bool moved;
    double similarity;
    std::vector<WordEdit> edits;
    std::vector<FactChange> facts;

    friend bool operator==(const CanonicalLink &, const CanonicalLink &) = default;
    friend bool operator<(const CanonicalLink &x, const CanonicalLink &y)
    {
        return std::tie(x.docs, x.spans[0].start, x.spans[1].start)
            < std::tie(y.docs, y.spans[0].start, y.spans[1].start);
    }
};

std::vector<CanonicalLink> canonicalLinks(const Comparison &c, const std::array<int, 3> &original)
{
    std::vector<CanonicalLink> out;
    for (const Link &l : c.links) {
        CanonicalLink k{{original[size_t(l.ends[0].doc)], original[size_t(l.ends[1].doc)]},
            {l.ends[0].span, l.ends[1].span}, l.kind, l.moved, l.similarity, l.edits, l.facts};
        if (k.docs[0] > k.docs[1]) {
            std::swap(k.docs[0], k.docs[1]);
            std::swap(k.spans[0], k.spans[1]);
            for (WordEdit &e : k.edits) {
                std::swap(e.spans[0], e.spans[1]);
                if (e.op == WordEdit::Op::Insert)
                    e.op = WordEdit::Op::Delete;
                else if (e.op == WordEdit::Op::Delete)
                    e.op = WordEdit::Op::Insert;
            }
            for (FactChange &f : k.facts) {
                std::swap(f.spans[0], f.spans[1]);
                std::swap(f.values[0], f.values[1]);
                std::swap(f.approximate[0], f.approximate[1]);
            }
        }
        out.push_back(std::move(k));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// statuses[original article][unit]
std::vector<std::vector<UnitStatus>> canonicalStatuses(const Comparison &c, const std::array<int, 3> &original)
{
    std::vector<std::vector<UnitStatus>> out(3);
    for (size_t d = 0; d < 3; ++d) {
        for (const UnitInfo &u : c.units[d])
            out[size_t(original[d])].push_back(u.status);
    }
    return out;
}

Document load(const QString &relative)
{
    LoadResult r = DocumentLoader().load(TestFiles::fixture(relative));
    if (!r.document)
        qFatal("cannot load %s", qPrintable(relative));
    return *r.document;
}

// The seed pair's second article edited by hand: numbers, a name and a dropped sentence.
Document editedSeed()
{
    QString text = QString::fromUtf8(TestFiles::readFixture(u"ap-nk-fm-russia.txt"_s));
    text.replace(u"Russia"_s, u"Moscow"_s);
    text.replace(u"10,000"_s, u"11,000"_s);
    const qsizetype cut = text.indexOf(u". "_s, text.size() / 2);
    if (cut > 0)
        text.remove(cut + 2, std::min<qsizetype>(120, text.size() - cut - 2));
    LoadResult r = DocumentLoader().loadData(text.toUtf8(), u"edited.txt"_s);
    if (!r.document)
        qFatal("cannot load the edited article");
    return *r.document;
}

} // namespace

class TestSymmetry : public QObject
{
    Q_OBJECT

private slots:
    void everyPermutation_data()
    {
        QTest::addColumn<std::vector<Document>>("articles");
        QTest::newRow("three wikipedia versions")
            << std::vector<Document>{load(u"wikipedia/hawaiian-language-v0.txt"_s),
                   load(u"wikipedia/hawaiian-language-v1.txt"_s), load(u"wikipedia/hawaiian-language-v2.txt"_s)};
        QTest::newRow("seed pair and an edited copy")
            << std::vector<Document>{load(u"newszop-nk-troops.txt"_s), load(u"ap-nk-fm-russia.txt"_s), editedSeed()};
    }

    void everyPermutation()
    {
        QFETCH(std::vector<Document>, articles);
        std::array<int, 3> order{0, 1, 2};
        std::optional<std::vector<CanonicalLink>> firstLinks;
        std::vector<std::vector<UnitStatus>> firstStatuses;
        do {
            std::vector<Document> docs;
            for (int i : order)
                docs.push_back(articles[size_t(i)]);
            const std::optional<Comparison> c = Aligner::align(std::move(docs), AlignOptions{});
            QVERIFY(c);
            const std::vector<CanonicalLink> links = canonicalLinks(*c, order);
            const auto statuses = canonicalStatuses(*c, order);
            if (!firstLinks) {
                QVERIFY(!links.empty());
                firstLinks = links;
                firstStatuses = statuses;
                continue;
            }
            const QByteArray where
                = QByteArray::number(order[0]) + QByteArray::number(order[1]) + QByteArray::number(order[2]);
            QVERIFY2(links.size() == firstLinks->size(), "order " + where + ": a different number of links");
            for (size_t k = 0; k < links.size(); ++k) {
                const CanonicalLink &x = links[k], &y = (*firstLinks)[k];
                QVERIFY2(x.docs == y.docs && x.spans == y.spans, "order " + where + ": a different link");
                QVERIFY2(x.kind == y.kind && x.moved == y.moved, "order " + where + ": a different kind");
                QVERIFY2(x.similarity == y.similarity, "order " + where + ": a different similarity");
                QVERIFY2(x.edits == y.edits, "order " + where + ": different word highlights");
                QVERIFY2(x.facts.size() == y.facts.size(), "order " + where + ": a different number of facts");
                QVERIFY2(x.facts == y.facts, "order " + where + ": different facts");
            }
            QVERIFY2(statuses == firstStatuses, "order " + where + ": different unit statuses");
        } while (std::next_permutation(order.begin(), order.end()));
    }
};

QTEST_APPLESS_MAIN(TestSymmetry)
#include "tst_symmetry.moc"
