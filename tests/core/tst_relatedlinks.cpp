// Related links (AlignOptions::relatedLinks) on two independent reports of one harbour fire
// (tests/data/related): the Courier ends with what investigators will do, the Gazette tells early
// what they believe started the fire. The two sentences are about the same thing with different
// claims, out of the reports' common order, so the alignment leaves both unique. An article on a
// library opening is the negative control: nothing in it is related to the fire.

#include "core/align/aligner.h"
#include "core/export/jsonreport.h"
#include "core/import/documentloader.h"
#include "tests/common/testfiles.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Document load(const QString &name)
{
    LoadResult r = DocumentLoader().load(TestFiles::fixture(u"related/"_s + name));
    if (!r.document)
        qFatal("cannot load %s", qPrintable(name));
    return std::move(*r.document);
}

Comparison compare(const QStringList &names, bool related)
{
    std::vector<Document> docs;
    for (const QString &name : names)
        docs.push_back(load(name));
    AlignOptions options;
    options.relatedLinks = related;
    return Aligner::align(std::move(docs), options).value();
}

std::vector<Link> relatedOf(const Comparison &c)
{
    std::vector<Link> out;
    std::copy_if(c.links.begin(), c.links.end(), std::back_inserter(out),
                 [](const Link &l) { return l.kind == LinkKind::Related; });
    return out;
}

QString textOf(const Comparison &c, const LinkEnd &e)
{
    return c.documents[size_t(e.doc)].slice(e.span).toString();
}

const QString courier = u"harbour-fire-courier.txt"_s;
const QString gazette = u"harbour-fire-gazette.txt"_s;
const QString library = u"library-opening.txt"_s;

} // namespace

class TestRelatedLinks : public QObject
{
    Q_OBJECT

private slots:
    void offByDefault()
    {
        QVERIFY(!AlignOptions().relatedLinks);
        QVERIFY(AlignOptions().relatedThreshold < AlignOptions().divergentThreshold);
        const Comparison c = compare({courier, gazette}, false);
        QVERIFY(relatedOf(c).empty());
        for (const DocumentStats &s : c.stats)
            QCOMPARE(s.relatedWords, 0);
    }

    void linksTheSameTopicOnlyWhenAsked()
    {
        const Comparison c = compare({courier, gazette}, true);
        const std::vector<Link> related = relatedOf(c);
        QCOMPARE(related.size(), size_t(1));
        const Link &l = related.front();
        QVERIFY(textOf(c, l.ends[0]).startsWith(u"The cause of the fire is not yet known"_s));
        QVERIFY(textOf(c, l.ends[1]).startsWith(u"Fire investigators believe an electrical fault"_s));
        QVERIFY(l.similarity >= c.options.relatedThreshold);
        QVERIFY(l.similarity < c.options.divergentThreshold);
        // Not an edit: no word diff, no changed facts.
        QVERIFY(l.edits.empty());
        QVERIFY(l.facts.empty());
        for (const LinkEnd &e : l.ends) {
            const UnitInfo &info = c.unit(e.doc, e.units.first);
            QCOMPARE(info.status, UnitStatus::Related);
            QCOMPARE(info.sharedWith, 0);
            // No longer a unique passage, and its words count as related.
            QVERIFY(std::none_of(c.unique.begin(), c.unique.end(),
                                 [&e](const UniquePassage &u) { return u.doc == e.doc && u.units.contains(e.units.first); }));
            QVERIFY(c.stats[size_t(e.doc)].relatedWords > 0);
        }
    }

    // With the option on, everything the option off finds stays as it was: the other links (in
    // the same places of Comparison::links), which of them share a row, the similarity and the
    // reference. (A related passage takes a cell of its own, so the rows may split there.)
    void leavesTheOtherLinksAlone()
    {
        const QStringList names{courier, gazette, library};
        const Comparison off = compare(names, false);
        const Comparison on = compare(names, true);
        QVERIFY(!relatedOf(on).empty());
        QVERIFY(on.links.size() > off.links.size());
        QVERIFY(std::equal(off.links.begin(), off.links.end(), on.links.begin()));
        for (const Link &l : off.links) {
            const auto level = [&l](const Comparison &c) {
                return c.unit(l.ends[0].doc, l.ends[0].units.first).row == c.unit(l.ends[1].doc, l.ends[1].units.first).row;
            };
            QCOMPARE(level(on), level(off));
        }
        QCOMPARE(on.similarity, off.similarity);
        QCOMPARE(on.baseDocument, off.baseDocument);
        for (size_t d = 0; d < off.stats.size(); ++d) {
            QCOMPARE(on.stats[d].matchingWords, off.stats[d].matchingWords);
            QCOMPARE(on.stats[d].divergentWords, off.stats[d].divergentWords);
            QCOMPARE(on.stats[d].uniqueWords + on.stats[d].relatedWords, off.stats[d].uniqueWords);
        }
    }

    // The negative control: an article about something else gets no related link, alone with
    // either report or among all three.
    void nothingBetweenDifferentTopics()
    {
        QVERIFY(relatedOf(compare({courier, library}, true)).empty());
        QVERIFY(relatedOf(compare({gazette, library}, true)).empty());
        const Comparison all = compare({courier, gazette, library}, true);
        for (const Link &l : relatedOf(all))
            QVERIFY(l.side(2) < 0);
    }

    // The same related link whatever order the reports are given in.
    void orderFree()
    {
        const Comparison ab = compare({courier, gazette}, true);
        const Comparison ba = compare({gazette, courier}, true);
        const std::vector<Link> x = relatedOf(ab), y = relatedOf(ba);
        QCOMPARE(y.size(), x.size());
        QCOMPARE(textOf(ba, y.front().ends[0]), textOf(ab, x.front().ends[1]));
        QCOMPARE(textOf(ba, y.front().ends[1]), textOf(ab, x.front().ends[0]));
        QCOMPARE(y.front().similarity, x.front().similarity);
    }

    // Independent reports overlap many to many: a sentence the alignment linked to one sentence
    // of the other report may tell of what another sentence of it tells too. In the seed pair
    // (wire story and rewrite) "North Korea's official Korean Central News Agency said the
    // announcement of Choe's visit came hours after the Pentagon said …" is related to the other's
    // "North Korea said on Tuesday its top diplomat is visiting Russia", one of the two linked. A pair linked both ways gets no related link; the same links whichever order.
    void oneEndMayBeLinkedAlready()
    {
        const auto seed = [](bool turned) {
            std::vector<Document> docs;
            for (const QString &f : {u"newszop-nk-troops.txt"_s, u"ap-nk-fm-russia.txt"_s})
                docs.push_back(DocumentLoader().load(TestFiles::fixture(f)).document.value());
            if (turned)
                std::swap(docs[0], docs[1]);
            AlignOptions options;
            options.relatedLinks = true;
            return Aligner::align(std::move(docs), options).value();
        };
        const Comparison c = seed(false);
        int halfLinked = 0;
        QStringList pairs;
        for (const Link &l : relatedOf(c)) {
            const UnitInfo &a = c.unit(l.ends[0].doc, l.ends[0].units.first);
            const UnitInfo &b = c.unit(l.ends[1].doc, l.ends[1].units.first);
            QVERIFY(a.status == UnitStatus::Related || b.status == UnitStatus::Related || a.links.size() + b.links.size() > 2);
            halfLinked += (a.status != UnitStatus::Related) != (b.status != UnitStatus::Related);
            pairs << textOf(c, l.ends[0]).left(40) + u" | "_s + textOf(c, l.ends[1]).left(40);
            // Never both ends already linked to each other.
            const auto linkedTogether = std::any_of(c.links.begin(), c.links.end(), [&](const Link &o) {
                return o.kind != LinkKind::Related && o.ends[0].units.contains(l.ends[0].units.first)
                    && o.ends[1].units.contains(l.ends[1].units.first);
            });
            QVERIFY(!linkedTogether);
        }
        QVERIFY2(halfLinked >= 1, qPrintable(pairs.join(u"; "_s)));
        QVERIFY2(std::any_of(pairs.begin(), pairs.end(),
                             [](const QString &p) {
                                 return p.contains(u"official Korean Central"_s) && p.contains(u"said on Tuesday its top"_s);
                             }),
                 qPrintable(pairs.join(u"; "_s)));
        QCOMPARE(relatedOf(seed(true)).size(), relatedOf(c).size());
    }

    // The JSON report names the kind, and says nothing new when the option is off.
    void report()
    {
        const QByteArray on = JsonReport::toBytes(compare({courier, gazette}, true), false);
        QVERIFY(on.contains(R"("kind":"related")"));
        QVERIFY(on.contains(R"("relatedLinks":true)"));
        QVERIFY(on.contains(R"("relatedWords":)"));
        const QByteArray off = JsonReport::toBytes(compare({courier, gazette}, false), false);
        QVERIFY(!off.contains(R"("kind":"related")"));
        QVERIFY(!off.contains(R"("relatedLinks")"));
        QVERIFY(!off.contains(R"("relatedWords")"));
    }
};

QTEST_GUILESS_MAIN(TestRelatedLinks)
#include "tst_relatedlinks.moc"
