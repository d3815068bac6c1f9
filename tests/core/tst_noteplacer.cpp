// Notes placed on the passages they are about (NotePlacer), from a session's articles to the
// columns the exporters count (Session::comparisonNotes), through the real segmentation and
// engine: a note over two sentences lands on both, one on a link on both ends, one whose anchor
// is past the text or between articles is reported, never a crash.
#include "core/align/aligner.h"
#include "core/export/htmlexporter.h"
#include "core/present/noteplacer.h"
#include "core/present/presentedcomparison.h"
#include "core/session/session.h"
#include "core/session/sessionloader.h"
#include "core/text/codepointindex.h"
#include "tests/common/testdocuments.h"
#include "tests/common/testprinters.h"

#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TextAnchor)
Q_DECLARE_METATYPE(std::optional<TextAnchor>)

namespace {

const QStringList first{u"The council met on Monday. It discussed the harbour budget."_s,
                        u"Residents complained about the noise from the old mill."_s};
const QStringList second{u"The council met on Monday. Its members argued about the harbour budget."_s,
                         u"The mayor promised a decision before the end of the month."_s};

Comparison compare()
{
    std::vector<Document> docs{TestDocuments::fromParagraphs(first, u"a.txt"_s),
                               TestDocuments::fromParagraphs(second, u"b.txt"_s)};
    return Aligner::align(std::move(docs), AlignOptions()).value();
}

// The code points of `part` in column `doc`, as a selection in the window gives them.
TextAnchor anchor(const Comparison &c, int doc, const QString &part)
{
    const QString &text = c.documents[size_t(doc)].text;
    const qsizetype at = text.indexOf(part);
    if (at < 0)
        qFatal("'%s' is not in document %d", qPrintable(part), doc);
    const CodePointIndex index(text);
    return {doc, index.toCodePoints(at), index.toCodePoints(at + part.size())};
}

// The unit of `doc` whose text contains `part`.
int unitOf(const Comparison &c, int doc, const QString &part)
{
    const qsizetype at = c.documents[size_t(doc)].text.indexOf(part);
    for (size_t u = 0; u < c.units[size_t(doc)].size(); ++u) {
        if (c.units[size_t(doc)][u].span.contains(at))
            return int(u);
    }
    qFatal("'%s' is in no unit of document %d", qPrintable(part), doc);
}

} // namespace

class TestNotePlacer : public QObject
{
    Q_OBJECT

private slots:
    void passages_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("firstUnitText");
        QTest::addColumn<int>("count");
        QTest::newRow("one word") << u"Monday"_s << u"Monday"_s << 1;
        QTest::newRow("a whole sentence") << u"It discussed the harbour budget."_s << u"It discussed"_s << 1;
        QTest::newRow("across two sentences") << u"Monday. It discussed"_s << u"Monday"_s << 2;
        QTest::newRow("across the paragraph break") << u"budget.\n\nResidents"_s << u"It discussed"_s << 2;
    }

    void passages()
    {
        QFETCH(QString, part);
        QFETCH(QString, firstUnitText);
        QFETCH(int, count);
        const Comparison c = compare();
        const NotePlacement p = NotePlacer(c).place({anchor(c, 0, part), std::nullopt, NoteVerdict::Disputed, u"x"_s, {}});
        QVERIFY2(p.problem.isEmpty(), qPrintable(p.problem));
        QVERIFY(p.at);
        QVERIFY(!p.linkedAt);
        QCOMPARE(p.at->doc, 0);
        QCOMPARE(p.at->units, (UnitRange{unitOf(c, 0, firstUnitText), count}));
        QCOMPARE(c.documents[0].slice(p.at->span).toString(), part);
        QVERIFY(p.touches(0, UnitRange{p.at->units.end() - 1, 1}));
        QVERIFY(!p.touches(1, p.at->units));
        QVERIFY(!p.onComparison());
    }

    void onLink()
    {
        const Comparison c = compare();
        const ComparisonNote note{anchor(c, 0, u"It discussed"_s), anchor(c, 1, u"Its members argued"_s), NoteVerdict::Confirmed,
                                  u"Same budget"_s, {}};
        const NotePlacement p = NotePlacer(c).place(note);
        QVERIFY2(p.problem.isEmpty(), qPrintable(p.problem));
        QCOMPARE(p.at->units, (UnitRange{unitOf(c, 0, u"It discussed"_s), 1}));
        QCOMPARE(p.linkedAt->doc, 1);
        QCOMPARE(p.linkedAt->units, (UnitRange{unitOf(c, 1, u"Its members"_s), 1}));
        QCOMPARE(p.endIn(1, p.linkedAt->units), &*p.linkedAt);
    }

    void onComparison()
    {
        const Comparison c = compare();
        const NotePlacement p = NotePlacer(c).place({std::nullopt, std::nullopt, NoteVerdict::None, u"All fine"_s, {}});
        QVERIFY(p.onComparison());
        QVERIFY(!p.at);
    }

    // Anchors a session edited by hand can hold: reported with why, never placed, never a crash.
    void unplaceable_data()
    {
        QTest::addColumn<TextAnchor>("where");
        QTest::addColumn<std::optional<TextAnchor>>("linkedTo");
        QTest::addColumn<QString>("problem");
        QTest::newRow("beyond the text") << TextAnchor{0, 5000, 5010} << std::optional<TextAnchor>() << u"outside the text"_s;
        QTest::newRow("ends beyond the text") << TextAnchor{1, 3, 900} << std::optional<TextAnchor>() << u"outside the text"_s;
        QTest::newRow("negative") << TextAnchor{0, -4, 2} << std::optional<TextAnchor>() << u"outside the text"_s;
        QTest::newRow("backwards") << TextAnchor{0, 9, 3} << std::optional<TextAnchor>() << u"outside the text"_s;
        QTest::newRow("no such article") << TextAnchor{7, 0, 3} << std::optional<TextAnchor>() << u"article 8, but 2"_s;
        QTest::newRow("an article in no column") << TextAnchor{-1, 0, 3} << std::optional<TextAnchor>() << u"not one of"_s;
        QTest::newRow("link end beyond the text")
            << TextAnchor{0, 0, 5} << std::optional<TextAnchor>(TextAnchor{1, 0, 99999}) << u"outside the text"_s;
        QTest::newRow("link in one article")
            << TextAnchor{0, 0, 5} << std::optional<TextAnchor>(TextAnchor{0, 30, 40}) << u"both of its passages"_s;
    }

    void unplaceable()
    {
        QFETCH(TextAnchor, where);
        QFETCH(std::optional<TextAnchor>, linkedTo);
        QFETCH(QString, problem);
        const Comparison c = compare();
        const NotePlacement p = NotePlacer(c).place({where, linkedTo, NoteVerdict::Unclear, u"?"_s, {}});
        QVERIFY(!p.at);
        QVERIFY(!p.linkedAt);
        QVERIFY(!p.onComparison());
        QVERIFY2(p.problem.contains(problem), qPrintable(p.problem));
    }

    // A caret (an empty range) marks the sentence it is in; the blank line between paragraphs is
    // in no sentence.
    void caretAndGap()
    {
        const Comparison c = compare();
        TextAnchor caret = anchor(c, 1, u"mayor"_s);
        caret.end = caret.start;
        const NotePlacement p = NotePlacer(c).place({caret, std::nullopt, NoteVerdict::None, u"x"_s, {}});
        QVERIFY2(p.at, qPrintable(p.problem));
        QCOMPARE(p.at->units, (UnitRange{unitOf(c, 1, u"mayor"_s), 1}));
        TextAnchor gap = anchor(c, 0, u"\n\n"_s);
        gap.start += 1;
        gap.end = gap.start + 1;
        const NotePlacement between = NotePlacer(c).place({gap, std::nullopt, NoteVerdict::None, u"x"_s, {}});
        QVERIFY(!between.at);
        QVERIFY2(between.problem.contains(u"no sentence"_s), qPrintable(between.problem));
    }

    // Articles are stored in any order; notes come out counted by column, like manual links, and
    // a session described again keeps them.
    void sessionColumns()
    {
        Session s;
        s.articles.resize(3);
        s.columnOrder = {2, 0, 1};
        const QDateTime when(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::utc());
        s.notes = {{SessionAnchor{0, 4, 9}, SessionAnchor{2, 1, 3}, NoteVerdict::Disputed, u"<b>x</b>"_s, when},
                   {std::nullopt, std::nullopt, NoteVerdict::None, u"all"_s, {}}};
        const std::vector<ComparisonNote> notes = s.comparisonNotes();
        QCOMPARE(notes.size(), size_t(2));
        QCOMPARE(*notes[0].anchor, (TextAnchor{1, 4, 9}));
        QCOMPARE(*notes[0].linkedTo, (TextAnchor{0, 1, 3}));
        QCOMPARE(notes[0].verdict, NoteVerdict::Disputed);
        QCOMPARE(notes[0].text, u"<b>x</b>"_s);
        QCOMPARE(notes[0].created, when);
        QVERIFY(!notes[1].anchor);

        const Comparison c = compare();
        const Session again = SessionLoader::describe(c.documents, c.options, false, notes);
        QCOMPARE(again.comparisonNotes(), notes);
    }
};

QTEST_GUILESS_MAIN(TestNotePlacer)
#include "tst_noteplacer.moc"
