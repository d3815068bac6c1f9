// Manual links (AlignOptions::manualLinks): the engine links what the user asserts, keeps apart
// what the user forbids, aligns the rest around both, and reports what it could not honour. On
// the seed pair, through the real importer and the real exporters.

#include "core/align/aligner.h"
#include "core/export/htmlexporter.h"
#include "core/export/jsonreport.h"
#include "core/export/redlineexporter.h"
#include "core/import/documentloader.h"
#include "core/present/presentedcomparison.h"
#include "core/session/sessionloader.h"
#include "core/text/codepointindex.h"
#include "tests/common/testfiles.h"
#include "tests/common/testprinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AlignOptions)
Q_DECLARE_METATYPE(std::vector<LinkConstraint>)

namespace {

// The seed pair: 0 the Newszop story, 1 the AP one.
const QString newszop = u"newszop-nk-troops.txt"_s;
const QString ap = u"ap-nk-fm-russia.txt"_s;

// Sentences the engine leaves unlinked, though a reader may see one event in them.
const QString newszopFrontline = u"They are expected to be heading for the frontline in Kursk"_s;
const QString apFrontline = u"may have already moved to frontline areas"_s;
// A pair the engine links (divergent, 0.66).
const QString denying = u"After initially denying the claims about North Korean troop deployments"_s;

Document load(const QString &name)
{
    const LoadResult r = DocumentLoader().load(TestFiles::fixture(name));
    if (!r.ok())
        qFatal("%s", qPrintable(r.failure.message()));
    return *r.document;
}

std::vector<Document> seed()
{
    return {load(newszop), load(ap)};
}

Comparison compare(std::vector<Document> docs, const AlignOptions &options)
{
    std::optional<Comparison> c = Aligner::align(std::move(docs), options);
    if (!c)
        qFatal("alignment cancelled");
    return *c;
}

// The code points of the first occurrence of `part` in document `doc`, as a UI selection gives.
TextAnchor anchor(const std::vector<Document> &docs, int doc, const QString &part)
{
    const QString &text = docs[size_t(doc)].text;
    const qsizetype at = text.indexOf(part);
    if (at < 0)
        qFatal("'%s' is not in document %d", qPrintable(part), doc);
    const CodePointIndex index(text);
    return {doc, index.toCodePoints(at), index.toCodePoints(at + part.size())};
}

LinkConstraint constraint(const std::vector<Document> &docs, int docA, const QString &partA, int docB,
                          const QString &partB, bool linked)
{
    return {{anchor(docs, docA, partA), anchor(docs, docB, partB)}, linked};
}

// The unit of `doc` whose text contains `part`.
int unitOf(const Comparison &c, int doc, const QString &part)
{
    const qsizetype at = c.documents[size_t(doc)].text.indexOf(part);
    for (size_t u = 0; u < c.units[size_t(doc)].size(); ++u) {
        if (c.units[size_t(doc)][u].span.contains(at))
            return int(u);
    }
    qFatal("no unit holds '%s'", qPrintable(part));
}

// The links joining unit `unitA` of docA with unit `unitB` of docB.
std::vector<const Link *> linksBetween(const Comparison &c, int docA, int unitA, int docB, int unitB)
{
    std::vector<const Link *> out;
    for (const Link &l : c.links) {
        if (l.side(docA) >= 0 && l.side(docB) >= 0 && l.end(docA).units.contains(unitA)
            && l.end(docB).units.contains(unitB))
            out.push_back(&l);
    }
    return out;
}

// Links of the pair (docA, docB) touching unit `unit` of `doc`.
int linksTouching(const Comparison &c, int doc, int unit, int other)
{
    int n = 0;
    for (int k : c.unit(doc, unit).links)
        n += c.links[size_t(k)].other(doc) == other;
    return n;
}

} // namespace

class TestManualLinks : public QObject
{
    Q_OBJECT

private slots:
    // What the corrections below change: without them the engine leaves the frontline sentences
    // apart and links the "After initially denying" pair.
    void baseline()
    {
        const Comparison c = compare(seed(), AlignOptions());
        QVERIFY(linksBetween(c, 0, unitOf(c, 0, newszopFrontline), 1, unitOf(c, 1, apFrontline)).empty());
        QCOMPARE(linksBetween(c, 0, unitOf(c, 0, denying), 1, unitOf(c, 1, denying)).size(), size_t(1));
        QVERIFY(std::none_of(c.links.begin(), c.links.end(), [](const Link &l) { return l.manual; }));
        QVERIFY(c.rejectedLinks.empty());
    }

    void constraintsHold_data()
    {
        QTest::addColumn<AlignOptions>("options");
        QTest::addColumn<bool>("reversed"); // the articles given in the other order
        AlignOptions o;
        QTest::newRow("defaults") << o << false;
        QTest::newRow("reversed") << o << true;
        o.granularity = Granularity::Paragraph;
        QTest::newRow("paragraphs") << o << false;
        o = {};
        o.divergentThreshold = 0.2;
        QTest::newRow("loose threshold") << o << false;
        o.divergentThreshold = 0.8;
        QTest::newRow("strict threshold") << o << true;
        o = {};
        o.reference = 0;
        QTest::newRow("reference 0") << o << false;
        o.reference = 1;
        QTest::newRow("reference 1") << o << false;
        o = {};
        o.ignorePunctuation = true;
        o.ignoreFurniture = false;
        QTest::newRow("punctuation, furniture") << o << true;
    }

    // A link the engine would not make holds, an unlink removes one it would make, whatever the
    // options and the order of the articles.
    void constraintsHold()
    {
        QFETCH(AlignOptions, options);
        QFETCH(bool, reversed);
        std::vector<Document> docs = seed();
        if (reversed)
            std::swap(docs[0], docs[1]);
        const int n = reversed ? 1 : 0, a = 1 - n; // where each article is
        options.manualLinks = {constraint(docs, a, apFrontline, n, newszopFrontline, true),
                               constraint(docs, n, denying, a, denying, false)};
        const Comparison c = compare(docs, options);
        QVERIFY2(c.rejectedLinks.empty(), qPrintable(c.notice));

        const int nFront = unitOf(c, n, newszopFrontline), aFront = unitOf(c, a, apFrontline);
        const std::vector<const Link *> linked = linksBetween(c, n, nFront, a, aFront);
        QCOMPARE(linked.size(), size_t(1));
        QVERIFY(linked.front()->manual);
        QCOMPARE(linked.front()->end(n).units, (UnitRange{nFront, 1}));
        QCOMPARE(linked.front()->end(a).units, (UnitRange{aFront, 1}));
        QCOMPARE(linksTouching(c, n, nFront, a), 1);
        QCOMPARE(linksTouching(c, a, aFront, n), 1);
        QVERIFY(c.unit(n, nFront).status != UnitStatus::Unique);
        QCOMPARE(c.unit(n, nFront).sharedWith, 1);
        // Out of the common order it is a moved passage, shown in its own row at each place.
        if (!linked.front()->moved)
            QCOMPARE(c.unit(n, nFront).row, c.unit(a, aFront).row);
        QCOMPARE(std::count_if(c.links.begin(), c.links.end(), [](const Link &l) { return l.manual; }), 1);

        QVERIFY(linksBetween(c, n, unitOf(c, n, denying), a, unitOf(c, a, denying)).empty());
    }

    // A manual link takes its sentences from the automatic links that held them: the Newszop
    // Pentagon sentence linked to the AP's spy-agency one leaves the AP Pentagon sentence and the
    // Newszop spy-agency sentence to find other counterparts or none.
    void contradictedAutomaticLinksGo()
    {
        std::vector<Document> docs = seed();
        const QString pentagonN = u"Singh told reporters some of the North Korean soldiers"_s;
        const QString pentagonA = u"Singh told reporters on Oct. 28"_s;
        const QString agencyN = u"National Intelligence Service has confirmed the two sides"_s;
        const QString agencyA = u"The spy agency also said the two sides"_s;
        const Comparison before = compare(docs, AlignOptions());
        QCOMPARE(linksBetween(before, 0, unitOf(before, 0, pentagonN), 1, unitOf(before, 1, pentagonA)).size(), size_t(1));
        QCOMPARE(linksBetween(before, 0, unitOf(before, 0, agencyN), 1, unitOf(before, 1, agencyA)).size(), size_t(1));

        AlignOptions options;
        options.manualLinks = {constraint(docs, 0, pentagonN, 1, agencyA, true)};
        const Comparison c = compare(docs, options);
        const std::vector<const Link *> manual = linksBetween(c, 0, unitOf(c, 0, pentagonN), 1, unitOf(c, 1, agencyA));
        QCOMPARE(manual.size(), size_t(1));
        QVERIFY(manual.front()->manual);
        QVERIFY(linksBetween(c, 0, unitOf(c, 0, pentagonN), 1, unitOf(c, 1, pentagonA)).empty());
        QVERIFY(linksBetween(c, 0, unitOf(c, 0, agencyN), 1, unitOf(c, 1, agencyA)).empty());
        QCOMPARE(linksTouching(c, 0, unitOf(c, 0, pentagonN), 1), 1);
        QCOMPARE(linksTouching(c, 1, unitOf(c, 1, agencyA), 0), 1);
        // Not drawn on top: the word diff and similarity are those of the passages linked.
        QVERIFY(manual.front()->similarity > 0 && manual.front()->similarity < 1);
        QCOMPARE(manual.front()->kind, LinkKind::Divergent);
        QVERIFY(!manual.front()->edits.empty());
    }

    // An anchor over two sentences links both of them, as one link.
    void anchorOverSeveralSentences()
    {
        std::vector<Document> docs = seed();
        const QString first = u"The agency said space-based reconnaissance"_s;
        const QString last = u"North Korea first placed a spy satellite in orbit last November."_s;
        TextAnchor both = anchor(docs, 0, first);
        both.end = anchor(docs, 0, last).end;
        AlignOptions options;
        options.manualLinks = {{{both, anchor(docs, 1, u"Russia may offer technology in return"_s)}, true}};
        const Comparison c = compare(docs, options);
        QVERIFY(c.rejectedLinks.empty());
        const int u0 = unitOf(c, 0, first), u1 = unitOf(c, 0, last);
        QVERIFY(u1 > u0);
        const std::vector<const Link *> linked = linksBetween(c, 0, u0, 1, unitOf(c, 1, u"Russia may offer technology"_s));
        QCOMPARE(linked.size(), size_t(1));
        QVERIFY(linked.front()->manual);
        QCOMPARE(linked.front()->end(0).units, (UnitRange{u0, u1 - u0 + 1}));
    }

    void rejected_data()
    {
        QTest::addColumn<std::vector<LinkConstraint>>("constraints");
        QTest::addColumn<std::vector<int>>("rejected");
        QTest::addColumn<QString>("reason"); // a word of the first rejection's reason
        const std::vector<Document> docs = seed();
        const LinkConstraint good = constraint(docs, 0, newszopFrontline, 1, apFrontline, true);
        const qint64 length = CodePointIndex(docs[1].text).toCodePoints(docs[1].text.size());

        LinkConstraint c = good;
        c.ends[1].doc = 2;
        QTest::newRow("unknown article") << std::vector{c} << std::vector{0} << u"article 3"_s;
        c = good;
        c.ends[1].doc = -1;
        QTest::newRow("no article") << std::vector{good, c} << std::vector{1} << u"no article"_s;
        c = good;
        c.ends[1] = anchor(docs, 0, denying);
        QTest::newRow("same article") << std::vector{c} << std::vector{0} << u"both"_s;
        c = good;
        c.ends[1].end = length + 1;
        QTest::newRow("past the end") << std::vector{c} << std::vector{0} << QString::number(length);
        c = good;
        c.ends[0].start = -5;
        QTest::newRow("negative start") << std::vector{c} << std::vector{0} << u"-5"_s;
        c = good;
        c.ends[0].end = c.ends[0].start;
        QTest::newRow("empty") << std::vector{c} << std::vector{0} << u"empty"_s;
        c = good;
        c.linked = false;
        QTest::newRow("link then unlink") << std::vector{good, c} << std::vector{1} << u"manual link 1"_s;
        QTest::newRow("unlink then link") << std::vector{c, good} << std::vector{1} << u"manual link 1"_s;
        c = constraint(docs, 0, newszopFrontline, 1, denying, true);
        QTest::newRow("two links of one passage") << std::vector{good, c} << std::vector{1} << u"manual link 1"_s;
        // The blank line between two paragraphs holds no sentence.
        const qsizetype gap = docs[1].text.indexOf(u"\n\n"_s);
        QVERIFY(gap > 0);
        c = good;
        c.ends[1].start = gap;
        c.ends[1].end = gap + 2;
        QTest::newRow("between sentences") << std::vector{c} << std::vector{0} << u"no sentence"_s;
        c.ends[1] = c.ends[0];
        c.ends[1].doc = 1;
        c.ends[0] = {0, 0, 0};
        QTest::newRow("every problem") << std::vector{c, c, good} << std::vector{0, 1} << u"empty"_s;
    }

    // A constraint the engine cannot honour is left out and named; the rest of the alignment is
    // what it would be without it, and nothing crashes.
    void rejected()
    {
        QFETCH(std::vector<LinkConstraint>, constraints);
        QFETCH(std::vector<int>, rejected);
        QFETCH(QString, reason);
        std::vector<Document> docs = seed();
        AlignOptions options;
        options.manualLinks = constraints;
        const Comparison c = compare(docs, options);
        std::vector<int> indices;
        for (const RejectedConstraint &r : c.rejectedLinks) {
            indices.push_back(r.index);
            QVERIFY(!r.reason.isEmpty());
        }
        QCOMPARE(indices, rejected);
        QVERIFY2(c.rejectedLinks.front().reason.contains(reason), qPrintable(c.rejectedLinks.front().reason));
        QVERIFY(c.notice.contains(u"manual link"_s));
        // Only the constraints kept count.
        AlignOptions kept;
        for (size_t k = 0; k < constraints.size(); ++k) {
            if (std::find(rejected.begin(), rejected.end(), int(k)) == rejected.end())
                kept.manualLinks.push_back(constraints[k]);
        }
        const Comparison expected = compare(docs, kept);
        QCOMPARE(c.links, expected.links);
        QCOMPARE(c.rows, expected.rows);
    }

    // The JSON report marks the manual link and no other; the HTML export and the redline tag it.
    void exportsMarkManualLinks()
    {
        std::vector<Document> docs = seed();
        AlignOptions options;
        options.manualLinks = {constraint(docs, 0, newszopFrontline, 1, apFrontline, true)};
        const PresentedComparison presented(compare(docs, options));
        const QJsonObject report = QJsonDocument::fromJson(JsonReport::toBytes(presented.comparison())).object();
        const QString &ap = presented.comparison().documents[1].text;
        int manual = 0;
        for (const QJsonValue &v : report.value(u"links"_s).toArray()) {
            const QJsonObject link = v.toObject();
            QVERIFY(link.value(u"manual"_s).isBool());
            if (!link.value(u"manual"_s).toBool())
                continue;
            ++manual;
            const QJsonArray b = link.value(u"bSpan"_s).toArray();
            QVERIFY(ap.mid(b[0].toInt(), b[1].toInt() - b[0].toInt()).contains(apFrontline));
        }
        QCOMPARE(manual, 1);

        const QString tag = u"class=\"tag man\""_s;
        const QString html = QString::fromUtf8(HtmlExporter::toHtml(presented, ExportOptions()));
        QCOMPARE(html.count(tag), 2); // one cell in each article
        const QString redline = QString::fromUtf8(RedlineExporter::toHtml(presented, ExportOptions()));
        QCOMPARE(redline.count(tag), 1);

        const PresentedComparison plain(compare(docs, AlignOptions()));
        QVERIFY(!QString::fromUtf8(HtmlExporter::toHtml(plain, ExportOptions())).contains(tag));
        QVERIFY(!QString::fromUtf8(RedlineExporter::toHtml(plain, ExportOptions())).contains(tag));
        QVERIFY(!JsonReport::toBytes(plain.comparison()).contains("\"manual\":true"));
    }

    // A session names articles, the engine columns: the links follow the column order there and
    // back, and describe() keeps them as the session's own.
    void sessionMapsArticlesToColumns()
    {
        Session s;
        s.articles.resize(3);
        s.columnOrder = {2, 0, 1};
        s.manualLinks = {{{SessionAnchor{0, 1, 5}, SessionAnchor{2, 7, 9}}, true},
                         {{SessionAnchor{1, 0, 3}, SessionAnchor{0, 4, 6}}, false}};
        const AlignOptions o = s.alignOptions();
        QCOMPARE(o.manualLinks.size(), size_t(2));
        QCOMPARE(o.manualLinks[0], (LinkConstraint{{TextAnchor{1, 1, 5}, TextAnchor{0, 7, 9}}, true}));
        QCOMPARE(o.manualLinks[1], (LinkConstraint{{TextAnchor{2, 0, 3}, TextAnchor{1, 4, 6}}, false}));

        std::vector<Document> docs(3);
        const Session described = SessionLoader::describe(docs, o, true);
        QVERIFY(described.options.manualLinks.empty());
        QCOMPARE(described.manualLinks.size(), size_t(2));
        QCOMPARE(described.manualLinks[0].ends[0], (SessionAnchor{1, 1, 5}));
        QCOMPARE(described.manualLinks[1].linked, false);
        QCOMPARE(described.alignOptions().manualLinks, o.manualLinks);
    }

    void codePointsToUtf16_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << u"plain text"_s;
        QTest::newRow("astral") << u"a\U0001F600b\U0001F600\U0001F600c d"_s;
        QTest::newRow("astral first and last") << u"\U0001D11E music \U0001D11E"_s;
        QTest::newRow("empty") << QString();
    }

    // Anchors arrive in code points: every boundary maps back to the UTF-16 offset it came from.
    void codePointsToUtf16()
    {
        QFETCH(QString, text);
        const CodePointIndex index(text);
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text.at(i).isLowSurrogate())
                continue;
            QCOMPARE(index.toUtf16(index.toCodePoints(i)), i);
        }
    }
};

QTEST_APPLESS_MAIN(TestManualLinks)
#include "tst_manuallinks.moc"
