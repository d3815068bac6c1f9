#include "core/align/rowbuilder.h"

#include <QTest>

#include <vector>

// A row written as one string per document: "" empty, "3" unit 3, "3-5" units 3 to 5; a
// trailing "*" on the row's first cell marks it linked (one link joining its cells).
using RowSpec = std::vector<QString>;
Q_DECLARE_METATYPE(std::vector<RowSpec>)
Q_DECLARE_METATYPE(UnitRange)

namespace {

UnitRange rangeOf(QString cell)
{
    cell.remove(u'*');
    if (cell.isEmpty())
        return {};
    const QStringList parts = cell.split(u'-');
    const int first = parts[0].toInt();
    const int last = parts.size() > 1 ? parts[1].toInt() : first;
    return {first, last - first + 1};
}

std::vector<SynopticRow> rowsOf(const std::vector<RowSpec> &specs)
{
    std::vector<SynopticRow> rows;
    for (const RowSpec &spec : specs) {
        SynopticRow row;
        for (const QString &cell : spec)
            row.cells.push_back(rangeOf(cell));
        if (spec.front().endsWith(u'*'))
            row.links.push_back(int(rows.size()));
        rows.push_back(row);
    }
    return rows;
}

} // namespace

class TestRowBuilder : public QObject
{
    Q_OBJECT

private slots:
    void pack_data()
    {
        QTest::addColumn<std::vector<RowSpec>>("rows");
        QTest::addColumn<std::vector<RowSpec>>("expected");
        QTest::newRow("uniques of two articles between anchors share rows")
            << std::vector<RowSpec>{{QStringLiteral("0*"), QStringLiteral("0")}, {QStringLiteral("1"), QStringLiteral("")}, {QStringLiteral("2"), QStringLiteral("")}, {QStringLiteral(""), QStringLiteral("1")},
                                    {QStringLiteral("3*"), QStringLiteral("2")}}
            << std::vector<RowSpec>{{QStringLiteral("0*"), QStringLiteral("0")}, {QStringLiteral("1"), QStringLiteral("1")}, {QStringLiteral("2"), QStringLiteral("")}, {QStringLiteral("3*"), QStringLiteral("2")}};
        QTest::newRow("the seed's head: furniture and headline beside the other lead")
            << std::vector<RowSpec>{{QStringLiteral(""), QStringLiteral("0")}, {QStringLiteral(""), QStringLiteral("1")}, {QStringLiteral(""), QStringLiteral("2")}, {QStringLiteral("0"), QStringLiteral("")},
                                    {QStringLiteral("1-2"), QStringLiteral("")}, {QStringLiteral("3*"), QStringLiteral("3")}}
            << std::vector<RowSpec>{{QStringLiteral("0"), QStringLiteral("0")}, {QStringLiteral("1-2"), QStringLiteral("1")}, {QStringLiteral(""), QStringLiteral("2")}, {QStringLiteral("3*"), QStringLiteral("3")}};
        QTest::newRow("nothing passes an anchor of its own article")
            << std::vector<RowSpec>{{QStringLiteral("0"), QStringLiteral("")}, {QStringLiteral("1*"), QStringLiteral("0")}, {QStringLiteral(""), QStringLiteral("1")}}
            << std::vector<RowSpec>{{QStringLiteral("0"), QStringLiteral("")}, {QStringLiteral("1*"), QStringLiteral("0")}, {QStringLiteral(""), QStringLiteral("1")}};
        QTest::newRow("three articles: a pair's row rises beside the third's passage")
            << std::vector<RowSpec>{{QStringLiteral("0"), QStringLiteral(""), QStringLiteral("")}, {QStringLiteral(""), QStringLiteral("0*"), QStringLiteral("0")}, {QStringLiteral("1*"), QStringLiteral("1"), QStringLiteral("1")}}
            << std::vector<RowSpec>{{QStringLiteral("0"), QStringLiteral("0*"), QStringLiteral("0")}, {QStringLiteral("1*"), QStringLiteral("1"), QStringLiteral("1")}};
    }

    void pack()
    {
        QFETCH(std::vector<RowSpec>, rows);
        QFETCH(std::vector<RowSpec>, expected);
        const std::vector<SynopticRow> packed = RowBuilder::pack(rowsOf(rows));
        const std::vector<SynopticRow> want = rowsOf(expected);
        QCOMPARE(packed.size(), want.size());
        for (size_t r = 0; r < want.size(); ++r)
            QCOMPARE(packed[r].cells, want[r].cells);
        checkInvariants(rowsOf(rows), packed);
    }

    // Built from links: a moved link pulls nothing, each column reads in order.
    void buildKeepsEveryColumnInOrder()
    {
        // Doc 0: units 0..4; doc 1: 0..4 with doc 0's unit 1 moved to the end of doc 1.
        std::vector<Link> links;
        const auto link = [&](int a, int b, bool moved) {
            Link l;
            l.ends[0] = {0, {a, 1}, {}};
            l.ends[1] = {1, {b, 1}, {}};
            l.moved = moved;
            l.kind = LinkKind::Match;
            links.push_back(l);
        };
        link(0, 0, false);
        link(1, 4, true);
        link(2, 1, false);
        link(3, 2, false);
        const std::vector<std::vector<int>> paragraphs{{0, 1, 2, 3, 4}, {0, 1, 2, 3, 4}};
        const std::vector<std::vector<int>> kinds(2, std::vector<int>(5, 0));
        std::vector<std::vector<int>> rowOfUnit;
        const std::vector<SynopticRow> rows = RowBuilder::build(paragraphs, kinds, links, 0, &rowOfUnit);
        for (const std::vector<int> &column : rowOfUnit) {
            for (size_t u = 1; u < column.size(); ++u)
                QVERIFY2(column[u] >= column[u - 1], "a column out of reading order");
        }
        QVERIFY(rowOfUnit[0][1] != rowOfUnit[1][4]); // the moved link's ends stay apart
        QCOMPARE(rowOfUnit[0][2], rowOfUnit[1][1]);  // the others stay level
        QCOMPARE(rowOfUnit[0][3], rowOfUnit[1][2]);
        for (const SynopticRow &row : rows) {
            for (int k : row.links)
                QVERIFY(!links[size_t(k)].moved);
        }
    }

    // Issue #13: paragraphs only one article has, between the same two linked passages, take one
    // row (one cell), not a row each; passages of different kinds (page furniture) stay apart.
    void loneRunJoinsOneCell()
    {
        // Doc 0: 0 linked, 1 (in 0's paragraph) and 2 unique, 3 furniture, 4 linked; doc 1: 0, 1
        // linked. Unit 1 shares unit 0's paragraph, so it does not join 0's cell (see below).
        std::vector<Link> links;
        for (const auto &[a, b] : {std::pair{0, 0}, std::pair{4, 1}}) {
            Link l;
            l.ends[0] = {0, {a, 1}, {}};
            l.ends[1] = {1, {b, 1}, {}};
            l.kind = LinkKind::Match;
            links.push_back(l);
        }
        const std::vector<std::vector<int>> paragraphs{{0, 0, 1, 2, 3}, {0, 1}};
        const std::vector<std::vector<int>> kinds{{0, 0, 0, 1, 0}, {0, 0}};
        std::vector<std::vector<int>> rowOfUnit;
        const std::vector<SynopticRow> rows = RowBuilder::build(paragraphs, kinds, links, 0, &rowOfUnit);
        QCOMPARE(rows.size(), size_t(4));
        QCOMPARE(rows[1].cells[0], (UnitRange{1, 2}));
        QCOMPARE(rowOfUnit[0], (std::vector<int>{0, 1, 1, 2, 3}));
        QCOMPARE(rowOfUnit[1], (std::vector<int>{0, 3}));
    }

    // Issue #13: a paragraph only one article has, that would open a row of its own right below
    // that article's linked passage, joins the linked passage's cell (a card of its own in the
    // views); a sentence of the linked paragraph, a moved passage's neighbour, a paragraph of
    // another kind, or one that shares its row with another article's own paragraph keeps its
    // own row.
    void loneParagraphJoinsLinkedCell_data()
    {
        QTest::addColumn<std::vector<int>>("paragraphs"); // of doc 1's units 0..3
        QTest::addColumn<std::vector<int>>("kinds");
        QTest::addColumn<bool>("moved");            // doc 1's unit 0 linked out of order
        QTest::addColumn<bool>("otherLone");        // doc 0 has a paragraph of its own there too
        QTest::addColumn<int>("rowCount");
        QTest::addColumn<UnitRange>("firstCell"); // doc 1's cell in row 0
        QTest::newRow("a new paragraph joins") << std::vector<int>{0, 1, 2, 3} << std::vector<int>{0, 0, 0, 0} << false << false << 3 << UnitRange{0, 2};
        QTest::newRow("a sentence of the linked paragraph does not")
            << std::vector<int>{0, 0, 1, 2} << std::vector<int>{0, 0, 0, 0} << false << false << 4 << UnitRange{0, 1};
        QTest::newRow("nor furniture") << std::vector<int>{0, 1, 2, 3} << std::vector<int>{0, 1, 0, 0} << false << false << 4 << UnitRange{0, 1};
        QTest::newRow("nor below a moved passage") << std::vector<int>{0, 1, 2, 3} << std::vector<int>{0, 0, 0, 0} << true << false << 4 << UnitRange{0, 1};
        QTest::newRow("nor beside another article's own paragraph")
            << std::vector<int>{0, 1, 2, 3} << std::vector<int>{0, 0, 0, 0} << false << true << 4 << UnitRange{0, 1};
    }

    void loneParagraphJoinsLinkedCell()
    {
        QFETCH(std::vector<int>, paragraphs);
        QFETCH(std::vector<int>, kinds);
        QFETCH(bool, moved);
        QFETCH(bool, otherLone);
        QFETCH(int, rowCount);
        QFETCH(UnitRange, firstCell);
        // Doc 0: a, [x,] b, c; doc 1: a, y (unique), b, c; each passage a paragraph.
        const int x = otherLone ? 1 : 0;
        std::vector<Link> links;
        for (const auto &[a, b] : {std::pair{0, 0}, std::pair{1 + x, 2}, std::pair{2 + x, 3}}) {
            Link l;
            l.ends[0] = {0, {a, 1}, {}};
            l.ends[1] = {1, {b, 1}, {}};
            l.kind = LinkKind::Match;
            l.moved = moved && b == 0;
            links.push_back(l);
        }
        std::vector<std::vector<int>> docParagraphs{{0, 1, 2}, paragraphs};
        std::vector<std::vector<int>> docKinds{{0, 0, 0}, kinds};
        if (otherLone) {
            docParagraphs[0].push_back(3);
            docKinds[0].push_back(0);
        }
        std::vector<std::vector<int>> rowOfUnit;
        const std::vector<SynopticRow> rows = RowBuilder::build(docParagraphs, docKinds, links, 0, &rowOfUnit);
        QCOMPARE(int(rows.size()), rowCount);
        QCOMPARE(rows[0].cells[1], firstCell);
        for (const std::vector<int> &column : rowOfUnit) {
            for (size_t u = 1; u < column.size(); ++u)
                QVERIFY2(column[u] >= column[u - 1], "a column out of reading order");
        }
        // Linked passages stay level: both ends of every link that is not moved share a row.
        for (const Link &l : links) {
            if (!l.moved)
                QCOMPARE(rowOfUnit[0][size_t(l.ends[0].units.first)], rowOfUnit[1][size_t(l.ends[1].units.first)]);
        }
    }

private:
    // Every document's passages in the same order; a row's links travel with its cells.
    static void checkInvariants(const std::vector<SynopticRow> &before, const std::vector<SynopticRow> &after)
    {
        const size_t docs = before.front().cells.size();
        for (size_t d = 0; d < docs; ++d) {
            std::vector<UnitRange> a, b;
            for (const SynopticRow &r : before)
                if (!r.cells[d].isEmpty())
                    a.push_back(r.cells[d]);
            for (const SynopticRow &r : after)
                if (!r.cells[d].isEmpty())
                    b.push_back(r.cells[d]);
            QCOMPARE(b, a);
        }
        size_t links = 0, linksAfter = 0;
        for (const SynopticRow &r : before)
            links += r.links.size();
        for (const SynopticRow &r : after)
            linksAfter += r.links.size();
        QCOMPARE(linksAfter, links);
    }
};

QTEST_APPLESS_MAIN(TestRowBuilder)
#include "tst_rowbuilder.moc"
