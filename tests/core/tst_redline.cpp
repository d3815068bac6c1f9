#include "core/align/aligner.h"
#include "core/export/redlineexporter.h"
#include "core/import/documentloader.h"
#include "core/model/version.h"
#include "core/present/redlineplan.h"
#include "tests/common/testfiles.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Kind = RedlineRun::Kind;

Document load(const QString &path)
{
    const LoadResult r = DocumentLoader().load(path);
    if (!r.ok())
        qFatal("%s", qPrintable(r.failure.message()));
    return *r.document;
}

Document fromText(const QString &text, const QString &name)
{
    const LoadResult r = DocumentLoader().loadData(text.toUtf8(), name);
    if (!r.ok())
        qFatal("%s", qPrintable(r.failure.message()));
    return *r.document;
}

Comparison compare(std::vector<Document> docs)
{
    return *Aligner::align(std::move(docs), AlignOptions());
}

Comparison seed()
{
    return compare({load(TestFiles::fixture(u"ap-nk-fm-russia.txt"_s)), load(TestFiles::fixture(u"newszop-nk-troops.txt"_s))});
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

// The text a run shows from `doc`'s side, or nothing when it shows the other's.
QString sideText(const Comparison &c, const RedlinePlan &plan, const RedlineRun &run, bool reference)
{
    const bool refKinds = run.kind == Kind::Deleted || run.kind == Kind::MovedAway;
    const bool otherKinds = run.kind == Kind::Inserted || run.kind == Kind::MovedHere;
    if (run.kind == Kind::Equal)
        return reference ? c.documents[size_t(plan.reference)].slice(run.reference).toString()
                         : c.documents[size_t(plan.other)].slice(run.other).toString();
    if (reference && refKinds)
        return c.documents[size_t(plan.reference)].slice(run.reference).toString();
    if (!reference && otherKinds)
        return c.documents[size_t(plan.other)].slice(run.other).toString();
    return {};
}

// Index of the first run of `kind` whose text contains `needle`, -1 for none.
int find(const Comparison &c, const RedlinePlan &plan, Kind kind, const QString &needle)
{
    for (size_t i = 0; i < plan.runs.size(); ++i) {
        const RedlineRun &r = plan.runs[i];
        if (r.kind != kind)
            continue;
        const bool refSide = kind == Kind::Equal || kind == Kind::Deleted || kind == Kind::MovedAway;
        if (sideText(c, plan, r, refSide).contains(needle))
            return int(i);
    }
    return -1;
}

} // namespace

class TestRedline : public QObject
{
    Q_OBJECT

private slots:
    void seedChangedWord()
    {
        const Comparison c = seed();
        const std::vector<int> others = RedlinePlanner::othersOf(c);
        QCOMPARE(others.size(), size_t(1));
        const RedlinePlan plan = RedlinePlanner::build(c, c.baseDocument, others.front());
        // The Newszop text is the longer, so it is the reference: its "headed" became the AP's "departed".
        QCOMPARE(c.documents[size_t(plan.reference)].path.endsWith(u"newszop-nk-troops.txt"_s), true);
        const int del = find(c, plan, Kind::Deleted, u"headed"_s);
        QVERIFY(del >= 0);
        QCOMPARE(plan.runs[size_t(del + 1)].kind, Kind::Inserted);
        QCOMPARE(sideText(c, plan, plan.runs[size_t(del + 1)], false), u"departed"_s);
        QCOMPARE(plan.runs[size_t(del)].link, plan.runs[size_t(del + 1)].link);
    }

    void seedUniqueParagraphInPlace()
    {
        const Comparison c = seed();
        const RedlinePlan plan = RedlinePlanner::build(c, c.baseDocument, RedlinePlanner::othersOf(c).front());
        // Only the AP has this paragraph; it stands between "about 10,000 troops" and "Pentagon
        // spokesperson" there, so it is inserted between them, as a paragraph of its own.
        const int ins = find(c, plan, Kind::Inserted, u"South Korean and Western leaders have expressed concern"_s);
        const int before = find(c, plan, Kind::Inserted, u"about 10,000"_s);
        const int after = find(c, plan, Kind::Equal, u"Pentagon spokesperson"_s);
        QVERIFY(ins >= 0 && before >= 0 && after >= 0);
        QVERIFY(before < ins);
        QVERIFY(ins < after);
        QVERIFY(plan.runs[size_t(ins)].paragraphStart);
        QCOMPARE(plan.runs[size_t(ins)].link, -1);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("seed") << u"ap-nk-fm-russia.txt"_s << u"newszop-nk-troops.txt"_s;
        QTest::newRow("wikipedia") << u"wikipedia/hawaiian-language-v1.txt"_s << u"wikipedia/hawaiian-language-v2.txt"_s;
        QTest::newRow("wikipedia-far") << u"wikipedia/history-of-wikipedia-v0.txt"_s << u"wikipedia/history-of-wikipedia-v5.txt"_s;
    }

    // Equal and deleted runs spell the reference, equal and inserted runs the other article, in
    // reading order: nothing is lost, doubled or out of place.
    void roundTrip()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const Comparison c = compare({load(TestFiles::fixture(a)), load(TestFiles::fixture(b))});
        for (int other : {0, 1}) {
            const int ref = 1 - other;
            const RedlinePlan plan = RedlinePlanner::build(c, ref, other);
            QString refText, otherText;
            for (const RedlineRun &run : plan.runs) {
                refText += sideText(c, plan, run, true);
                otherText += sideText(c, plan, run, false);
            }
            QCOMPARE(withoutSpace(refText), withoutSpace(c.documents[size_t(ref)].text));
            QCOMPARE(withoutSpace(otherText), withoutSpace(c.documents[size_t(other)].text));
        }
    }

    void movedParagraph()
    {
        const QString p1 = u"The council met on Monday to discuss the new budget for the harbour district."_s;
        const QString p2 = u"Residents complained about the noise from the construction site near the old mill."_s;
        const QString p3 = u"The mayor promised a decision before the end of the month, aides said later."_s;
        const QString p4 = u"Opposition members called the plan reckless and demanded an independent review."_s;
        const QString p5 = u"Shipping companies welcomed the proposal, which would deepen the main channel."_s;
        const Comparison c = compare({fromText(p1 + u"\n\n"_s + p2 + u"\n\n"_s + p3 + u"\n\n"_s + p4 + u"\n\n"_s + p5, u"a.txt"_s),
                                      fromText(p1 + u"\n\n"_s + p3 + u"\n\n"_s + p4 + u"\n\n"_s + p5 + u"\n\n"_s + p2, u"b.txt"_s)});
        const RedlinePlan plan = RedlinePlanner::build(c, 0, 1);
        const int away = find(c, plan, Kind::MovedAway, u"Residents complained"_s);
        const int here = find(c, plan, Kind::MovedHere, u"Residents complained"_s);
        QVERIFY(away >= 0);
        QVERIFY(here > away);
        QCOMPARE(plan.runs[size_t(away)].link, plan.runs[size_t(here)].link);
        QVERIFY(c.links[size_t(plan.runs[size_t(here)].link)].moved);
        // In the other article's order: after the last paragraph, not at its old place.
        QVERIFY(here > find(c, plan, Kind::Equal, u"Shipping companies"_s));
        QCOMPARE(find(c, plan, Kind::Deleted, u"Residents"_s), -1);

        ExportOptions options;
        const QString html = QString::fromUtf8(RedlineExporter::toHtml(PresentedComparison(c), options));
        const qsizetype from = html.indexOf(u"id=\"from-"_s);
        QVERIFY(from > 0);
        const QString id = html.mid(from + 9, html.indexOf(u'"', from + 9) - from - 9);
        QVERIFY(html.contains(u"href=\"#to-"_s + id + u'"'));
        QVERIFY(html.contains(u"id=\"to-"_s + id + u'"'));
        QVERIFY(html.contains(u"href=\"#from-"_s + id + u'"'));
    }

    void exportIsSafe()
    {
        const QString hostile = u"Tom said: if 5 < 6 & 7 > 3 \"quoted\". The council met on Monday \u202e gnp.exe to discuss the budget."_s;
        const Comparison c = compare({fromText(hostile, u"a.txt"_s),
                                      fromText(u"The council met on Tuesday to discuss the budget."_s, u"b.txt"_s)});
        ExportOptions options;
        options.palette.light.text = u"red;} body{display:none"_s;
        const QString html = QString::fromUtf8(RedlineExporter::toHtml(PresentedComparison(c), options));
        QVERIFY(html.contains(u"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(html.contains(u"if 5 &lt; 6 &amp; 7 &gt; 3 &quot;quoted&quot;"_s));
        QVERIFY(html.contains(u"class=\"bidi\""_s));
        QVERIFY(!html.contains(u"display:none"_s));
        QVERIFY(html.contains(u"@media print"_s));
        QVERIFY(html.contains(u"prefers-color-scheme:dark"_s));
        QVERIFY(html.contains(u"Synoptic "_s + synopticVersion()));
    }

    void exportCountsMatchPlan()
    {
        const Comparison c = seed();
        const RedlinePlan plan = RedlinePlanner::build(c, c.baseDocument, RedlinePlanner::othersOf(c).front());
        qsizetype deleted = 0, inserted = 0;
        for (const RedlineRun &run : plan.runs) {
            deleted += run.kind == Kind::Deleted;
            inserted += run.kind == Kind::Inserted;
        }
        QString html = QString::fromUtf8(RedlineExporter::toHtml(PresentedComparison(c), ExportOptions()));
        html = html.mid(html.indexOf(u"<main>"_s)); // the legend has one of each
        QCOMPARE(html.count(u"<del"_s), deleted);
        QCOMPARE(html.count(u"<ins"_s), inserted);
        QVERIFY(html.contains(u"%1 deletions · %2 insertions"_s.arg(deleted).arg(inserted)));
    }

    void sectionPerOtherArticle()
    {
        const Comparison c = compare({load(TestFiles::fixture(u"wikipedia/hawaiian-language-v0.txt"_s)),
                                      load(TestFiles::fixture(u"wikipedia/hawaiian-language-v1.txt"_s)),
                                      load(TestFiles::fixture(u"wikipedia/hawaiian-language-v2.txt"_s))});
        QCOMPARE(RedlinePlanner::othersOf(c).size(), size_t(2));
        const QString html = QString::fromUtf8(RedlineExporter::toHtml(PresentedComparison(c), ExportOptions()));
        QCOMPARE(html.count(u"<section class=\"rl\""_s), 2);
        QVERIFY(!html.contains(u"id=\"vs-%1\""_s.arg(c.baseDocument + 1)));
    }
};

QTEST_GUILESS_MAIN(TestRedline)
#include "tst_redline.moc"
