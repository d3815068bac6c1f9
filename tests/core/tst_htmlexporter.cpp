#include "core/align/aligner.h"
#include "core/present/exportoutline.h"
#include "core/present/legend.h"
#include "core/present/rowfolding.h"
#include "core/export/htmlexporter.h"
#include "core/import/documentloader.h"
#include "core/present/highlightplan.h"
#include "core/present/presentedcomparison.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHtmlExporter : public QObject
{
    Q_OBJECT

private:
    struct Export
    {
        Comparison comparison;
        HighlightPlan plan;
        QByteArray html;
        QString text; ///< html decoded
    };

    static Document load(const QString &path)
    {
        const LoadResult r = DocumentLoader().load(path);
        if (!r.ok())
            qFatal("%s", qPrintable(r.failure.message()));
        return *r.document;
    }

    static Document fromText(const QString &text, const QString &name)
    {
        const LoadResult r = DocumentLoader().loadData(text.toUtf8(), name);
        if (!r.ok())
            qFatal("%s", qPrintable(r.failure.message()));
        return *r.document;
    }

    static ExportOptions fixedOptions()
    {
        ExportOptions o;
        o.exportedAt = QDateTime(QDate(2024, 10, 30), QTime(9, 15), Qt::UTC);
        return o;
    }

    static Export run(std::vector<Document> docs, const ExportOptions &options = fixedOptions())
    {
        Export e;
        e.comparison = *Aligner::align(std::move(docs), AlignOptions());
        const PresentedComparison presented(e.comparison);
        e.plan = presented.plan();
        e.html = HtmlExporter::toHtml(presented, options);
        e.text = QString::fromUtf8(e.html);
        return e;
    }

    static Export seed(const ExportOptions &options = fixedOptions())
    {
        return run({load(QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt")),
                    load(QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt"))},
                   options);
    }

    static Export hostile()
    {
        return run({load(QStringLiteral(SYNOPTIC_TEST_DATA "/hostile/hostile.txt")),
                    load(QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt"))});
    }

    // The text between the first `open` tag (its end) and the following `close`.
    static QString element(const QString &html, const QString &open, const QString &close)
    {
        const qsizetype start = html.indexOf(open);
        if (start < 0)
            return {};
        const qsizetype from = html.indexOf(u'>', start) + 1;
        return html.mid(from, html.indexOf(close, from) - from);
    }

    static QString sha256(const QString &block)
    {
        return u"'sha256-"_s + QString::fromLatin1(QCryptographicHash::hash(block.toUtf8(), QCryptographicHash::Sha256).toBase64())
            + u"'"_s;
    }

    // A comparison whose rows are identical except where `pattern` has an 'x' (one sentence
    // per character; 'x' sentences are reworded in the second article).
    static Export patterned(const QString &pattern, bool differencesOnly)
    {
        QStringList a, b;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QString s = u"Sentence number %1 tells about the harbour of town %1 and its boats."_s.arg(i + 1);
            a << s;
            // 'x': another sentence; 'e': the same one with a word changed.
            if (pattern[i] == u'x')
                b << u"Completely different words here, %1 zebras dance quietly tonight."_s.arg(i + 1);
            else
                b << (pattern[i] == u'e' ? QString(s).replace(u"harbour"_s, u"bay"_s) : s);
        }
        ExportOptions o = fixedOptions();
        o.differencesOnly = differencesOnly;
        return run({fromText(a.join(u"\n\n"_s), u"a.txt"_s), fromText(b.join(u"\n\n"_s), u"b.txt"_s)}, o);
    }

private slots:
    void structure()
    {
        const Export e = seed();
        const QString &h = e.text;
        QVERIFY(h.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\">"_s));
        QVERIFY(h.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(h.trimmed().endsWith(u"</html>"_s));
        // One row element per plan row, each with one cell per article, ids in order.
        const qsizetype rows = h.count(QRegularExpression(u"<(tr|div) class=\"row( diff)?\" id=\"row-\\d+\">"_s));
        QCOMPARE(rows, qsizetype(e.plan.rows.size()));
        QCOMPARE(h.count(QRegularExpression(u"<t[dh] class=\"c a0"_s)), rows + 1); // + the column heads
        QCOMPARE(h.count(QRegularExpression(u"<t[dh] class=\"c a1"_s)), rows + 1);
        QVERIFY(h.contains(u"id=\"row-1\""_s));
        QVERIFY(h.contains(u"id=\"row-%1\""_s.arg(e.plan.rows.size())));
        // Statuses, word marks and facts, each with its class.
        for (const QString &cls : {u"c a0 m"_s, u"c a0 d"_s, u"c a0 u"_s, u"c a1 f"_s, u"s m"_s, u"s d"_s, u"s u"_s, u"s f"_s,
                                   u"class=\"chg\""_s, u"class=\"ins\""_s, u"fact fact-number"_s, u"fact fact-date"_s,
                                   u"c a0 e"_s})
            QVERIFY2(h.contains(cls), qPrintable(cls));
        // Colour is never the only signal: tooltips say what changed.
        // Once per passage, on its sentence, not on every marked fragment.
        QVERIFY(h.contains(u"Changed number: &#39;thousands&#39; vs &#39;about 10,000&#39;"_s));
        QVERIFY(h.contains(QRegularExpression(u"<span class=\"s d\"[^>]* title=\"[^\"]*Changed number: "_s)));
        QVERIFY(!h.contains(QRegularExpression(u"<span class=\"(chg|ins|fact)[^\"]*\" title="_s)));
        QVERIFY(h.contains(u"Changed number: &#39;about 10,000&#39; vs &#39;thousands&#39;"_s));
        QVERIFY(h.contains(u"<span class=\"sy\" title=\"Edited or paraphrased\">≈</span>"_s));
        // Header: titles, file names, word counts, shares, date, legend.
        QVERIFY(h.contains(
            u"<bdi>North Korea &#39;plots&#39; extra support for Russia by &#39;sending thousands of troops&#39;</bdi>"_s));
        QVERIFY(h.contains(u"<bdi>ap-nk-fm-russia.txt</bdi>"_s));
        QVERIFY(h.contains(u"<td class=\"num\">%1</td>"_s.arg(e.comparison.stats[0].words)));
        QVERIFY(h.contains(u"<td class=\"num\">%1</td>"_s.arg(e.comparison.stats[1].words)));
        QVERIFY(h.contains(ExportOutline::percent(e.comparison.stats[1].share(e.comparison.stats[1].uniqueWords))));
        QVERIFY(h.contains(u"<time datetime=\"2024-10-30T09:15:00Z\">2024-10-30 09:15</time>"_s));
        for (const LegendEntry &l : Legend::entries())
            QVERIFY2(h.contains(u"\">"_s + l.label + u"</span>"_s), qPrintable(l.label));
        // Two articles: one similarity figure, no matrix.
        QVERIFY(!h.contains(u"class=\"sim\""_s));
        QVERIFY(h.contains(u" · similarity "_s));
        // Nothing to fetch: no external URL anywhere.
        QVERIFY(!h.contains(u"http://"_s));
        QVERIFY(!h.contains(u"https://"_s));
        QVERIFY(!h.contains(u" src="_s));
    }

    void threeArticlesHaveAMatrix()
    {
        std::vector<Document> docs;
        for (int v = 0; v < 3; ++v)
            docs.push_back(load(QStringLiteral(SYNOPTIC_TEST_DATA "/wikipedia/hawaiian-language-v%1.txt").arg(v)));
        const Export e = run(std::move(docs));
        QVERIFY(e.text.contains(u"<table class=\"sim\">"_s));
        QCOMPARE(e.text.count(u"<td class=\"num self\">—</td>"_s), 3);
        QVERIFY(e.text.contains(u"--cols:2.4rem repeat(3,minmax(9rem,1fr))"_s));
        const qsizetype rows = e.text.count(QRegularExpression(u"<(tr|div) class=\"row( diff)?\" id=\"row-\\d+\">"_s));
        QCOMPARE(e.text.count(QRegularExpression(u"<t[dh] class=\"c a2"_s)), rows + 1);
    }

    void contentSecurityPolicyHashesTheInlineBlocks()
    {
        for (const Export &e : {seed(), hostile()}) {
            const QString &h = e.text;
            QCOMPARE(h.count(u"<style"_s), 1);
            QCOMPARE(h.count(u"</style>"_s), 1);
            QCOMPARE(h.count(u"<script"_s), 1);
            QCOMPARE(h.count(u"</script>"_s), 1);
            const QRegularExpressionMatch csp = QRegularExpression(
                u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src ('sha256-[A-Za-z0-9+/=]+'); "
                "script-src ('sha256-[A-Za-z0-9+/=]+'); img-src 'none'[^\"]*\">"_s).match(h);
            QVERIFY(csp.hasMatch());
            // The policy comes before anything it governs.
            QVERIFY(csp.capturedStart() < h.indexOf(u"<style>"_s));
            QCOMPARE(csp.captured(1), sha256(element(h, u"<style>"_s, u"</style>"_s)));
            QCOMPARE(csp.captured(2), sha256(element(h, u"<script>"_s, u"</script>"_s)));
        }
    }

    void hostileArticleStaysText()
    {
        const Export e = hostile();
        const QString &h = e.text;
        // Markup in the article shows as text.
        QVERIFY(h.contains(u"&lt;script&gt;document.title=&#39;pwned&#39;;window.pwned=1&lt;/script&gt;"_s));
        QVERIFY(h.contains(u"&lt;img src=x onerror=&quot;window.pwned=2&quot;&gt;"_s)
                || (h.contains(u"&lt;img src=x onerror="_s) && h.contains(u"&quot;window.pwned=2&quot;"_s)));
        QVERIFY(h.contains(u"&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;"_s)
                || h.contains(u"&quot;javascript:alert(1)&quot;"_s));
        QVERIFY(h.contains(u"&lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt;"_s));
        QVERIFY(h.contains(u"&lt;/script&gt;&lt;script&gt;window.pwned=3&lt;/script&gt;"_s));
        QVERIFY(h.contains(u"Entities stay text: &amp;amp; &amp;lt;b&amp;gt; &amp;#x3C;script&amp;#x3E;"_s));
        for (const QString &live : {u"<img"_s, u"<a href=\"javascript"_s, u"onerror=\""_s, u"window.pwned=1</script>"_s,
                                    u"<style>body"_s})
            QVERIFY2(!h.contains(live), qPrintable(live));
        // C0 controls are gone (tab and newline may stay).
        for (const char ch : e.html) {
            if (uchar(ch) < 0x20)
                QVERIFY2(ch == '\n' || ch == '\t', qPrintable(u"control 0x%1 in output"_s.arg(int(ch), 2, 16)));
        }
        QVERIFY(h.contains(u"Controlcharactersare[31m dropped here"_s));
        QVERIFY(h.contains(u"andthere."_s));
        // The 100,000-character word is kept whole; the cell wraps it anywhere.
        QVERIFY(h.contains(u"Pneumonoultramicroscopicsilicovolcanoconiosis"_s.repeated(2200)));
        QVERIFY(h.contains(u"overflow-wrap:anywhere"_s));
        // Every right-to-left override sits inside an isolating element, never in an attribute.
        const QChar rlo(0x202e);
        QVERIFY(h.contains(rlo));
        const QRegularExpression isolating(u"^<(bdi|span class=\"(s [mduf]|chg|ins|fact|bidi)[^\"]*\"[^>]*)>"_s);
        for (qsizetype at = h.indexOf(rlo); at >= 0; at = h.indexOf(rlo, at + 1)) {
            const qsizetype tag = h.lastIndexOf(u'<', at);
            QVERIFY2(isolating.match(QStringView(h).mid(tag)).hasMatch(), qPrintable(h.mid(tag, at - tag)));
            QVERIFY(h.lastIndexOf(u'>', at) > tag); // in text, not inside the tag's attributes
        }
        QVERIFY(h.contains(u"bdi{unicode-bidi:isolate}"_s));
        QVERIFY(h.contains(u".s{unicode-bidi:isolate}"_s));
    }

    void escapesTheFiveCharacters()
    {
        const Export e = run({fromText(u"Tom & Jerry <said> \"yes\" and 'no' today.\n\nA shared sentence stays here."_s, u"a&b.txt"_s),
                              fromText(u"A shared sentence stays here."_s, u"<b>.txt"_s)});
        QVERIFY(e.text.contains(u"Tom &amp; Jerry &lt;said&gt; &quot;yes&quot; and &#39;no&#39; today."_s));
        QVERIFY(e.text.contains(u"<bdi>a&amp;b.txt</bdi>"_s));
        QVERIFY(e.text.contains(u"<bdi>&lt;b&gt;.txt</bdi>"_s));
        QVERIFY(!e.text.contains(u"<b>.txt"_s));
    }

    void paletteIsValidated()
    {
        ExportOptions o = fixedOptions();
        o.palette.light.match = u"#123456"_s;
        o.palette.dark.unique = u"red}</style><script>alert(1)</script>"_s;
        const Export e = seed(o);
        QVERIFY(e.text.contains(u"--m:#123456;"_s));
        QVERIFY(e.text.contains(u"--u:"_s + HtmlPalette::defaults().dark.unique + u";"_s));
        QVERIFY(!e.text.contains(u"alert(1)"_s));
    }

    void rowRuns_data()
    {
        QTest::addColumn<QString>("identical"); // '=' identical row, 'x' a difference
        QTest::addColumn<QString>("expected");  // 'f' folded, 's' shown
        QTest::newRow("all different") << u"xxx"_s << u"sss"_s;
        QTest::newRow("all identical") << u"===="_s << u"ffff"_s;
        QTest::newRow("leading run") << u"====x"_s << u"fffss"_s;
        QTest::newRow("trailing run") << u"x===="_s << u"ssfff"_s;
        QTest::newRow("middle run") << u"x=====x"_s << u"ssfffss"_s;
        QTest::newRow("two between") << u"x==x"_s << u"ssss"_s;
        QTest::newRow("three between") << u"x===x"_s << u"ssfss"_s;
        QTest::newRow("one between") << u"x=x"_s << u"sss"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void rowRuns()
    {
        QFETCH(QString, identical);
        QFETCH(QString, expected);
        HighlightPlan plan;
        for (QChar c : identical) {
            RowPlan row;
            row.identical = c == u'=';
            plan.rows.push_back(row);
        }
        QString got;
        int next = 0;
        for (const RowRun &run : RowFolding::runs(plan, true)) {
            QCOMPARE(run.first, next);
            QVERIFY(run.count > 0);
            got += QString(run.count, run.folded ? u'f' : u's');
            next += run.count;
        }
        QCOMPARE(got, expected);
        const std::vector<RowRun> all = RowFolding::runs(plan, false);
        QCOMPARE(all.size(), identical.isEmpty() ? size_t(0) : size_t(1));
    }

    void differencesOnlyLeavesOutIdenticalRuns()
    {
        const Export full = patterned(u"==========x=========="_s, false);
        QVERIFY(!full.text.contains(u"class=\"gap\""_s));
        const Export e = patterned(u"==========x=========="_s, true);
        QVERIFY(e.text.contains(u"differences only, 1 row of context"_s));
        QVERIFY(e.text.contains(u"Differences only: 18 identical passages are left out"_s));
        // Each run left out is one line naming its rows, at its first row's id; its text is gone.
        QVERIFY(e.text.contains(u"<tr class=\"fr\" id=\"row-1\"><td colspan=\"3\"><p class=\"gap\">\u22ef 9 identical passages left out, rows 1\u20139 \u22ef</p></td></tr>"_s));
        QVERIFY(e.text.contains(u"<tr class=\"fr\" id=\"row-13\"><td colspan=\"3\"><p class=\"gap\">\u22ef 9 identical passages left out, rows 13\u201321 \u22ef</p></td></tr>"_s));
        QVERIFY(!e.text.contains(u"harbour of town 5 and"_s));
        QVERIFY(!e.text.contains(u"<details class=\"fold\""_s));
        // The difference, and one row of context on each side written once across the columns,
        // its words nearest the difference kept.
        QVERIFY(e.text.contains(u"zebras dance quietly tonight"_s));
        QVERIFY(e.text.contains(u"<tr class=\"row diff\" id=\"row-11\">"_s));
        QVERIFY(e.text.contains(u"<div class=\"same\"><p id=\"row-10\"><a>10</a> <i data-n=\"6\">\u2026</i> harbour of town 10 and its boats.</p>"_s));
        QVERIFY(e.text.contains(u"<div class=\"same\"><p id=\"row-12\"><a>12</a> Sentence number 12 tells about the harbour <i data-n=\"6\">\u2026</i></p>"_s));
        // The full export is untouched by the option's code: every row, every word.
        QVERIFY(full.text.contains(u"harbour of town 5 and"_s));
    }

    // A fact-checker's note on an identical row keeps the row: the runs on either side of it are
    // left out, it is not.
    void differencesOnlyKeepsNotedRows()
    {
        QStringList a, b;
        for (int i = 1; i <= 21; ++i) {
            const QString s = u"Sentence number %1 tells about the harbour of town %1 and its boats."_s.arg(i);
            a << s;
            b << (i == 11 ? u"Completely different words here, %1 zebras dance quietly tonight."_s.arg(i) : s);
        }
        const QString text = a.join(u"\n\n"_s);
        const qsizetype at = text.indexOf(u"Sentence number 5 "_s);
        ExportOptions o = fixedOptions();
        o.differencesOnly = true;
        o.notes = {{TextAnchor{0, at, at + 10}, std::nullopt, NoteVerdict::Disputed, u"Check the harbour"_s, {}}};
        const Export e = run({fromText(text, u"a.txt"_s), fromText(b.join(u"\n\n"_s), u"b.txt"_s)}, o);
        QVERIFY(e.text.contains(u"<tr class=\"row\" id=\"row-5\">"_s));
        QVERIFY(e.text.contains(u"Check the harbour"_s));
        QVERIFY(e.text.contains(u"\u22ef 4 identical passages left out, rows 1\u20134 \u22ef"_s));
        QVERIFY(e.text.contains(u"\u22ef 4 identical passages left out, rows 6\u20139 \u22ef"_s));
        QVERIFY(e.text.contains(u"Differences only: 17 identical passages are left out"_s));
    }

    // Issue 14: a differences-only export of a pair with many identical rows is at least three
    // times smaller than the full one (Frankenstein's, 1,486,313 bytes, was 1,378,655).
    void differencesOnlyIsSmall()
    {
        QString pattern;
        for (int i = 0; i < 8; ++i)
            pattern += u"========================================e"_s;
        const Export full = patterned(pattern, false);
        const Export e = patterned(pattern, true);
        qInfo("full %lld bytes, differences only %lld bytes", qlonglong(full.html.size()), qlonglong(e.html.size()));
        QVERIFY2(e.html.size() * 3 <= full.html.size(), qPrintable(u"%1 vs %2"_s.arg(e.html.size()).arg(full.html.size())));
    }

    // A long edited sentence keeps its changed words, with WordElision::kContextWords on each side,
    // the same on both sides; the words between are "…" with their count. Unique passages stay whole.
    void differencesOnlyElidesUnchangedWords()
    {
        const QString words = u"alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november "
                              "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu"_s;
        const QString a = words + u" ends here.\n\nA passage only the first article has, with many more words than six on each side of nothing."_s;
        const QString b = QString(words).replace(u"mike"_s, u"MICHAEL"_s) + u" ends here."_s;
        ExportOptions o = fixedOptions();
        o.differencesOnly = true;
        const Export e = run({fromText(a, u"a.txt"_s), fromText(b, u"b.txt"_s)}, o);
        // "mike" is word 13: words 1-6 are left out, 7-12 kept, then after it 14-19 kept, 20-28 left out.
        // (The passage only the first article has is tucked below the edited one: the row keeps
        // its columns, differencesOnlyWritesEditsAsOneLine has the one-line form.)
        QCOMPARE(e.text.count(u"<i data-n=\"6\">\u2026</i> golf hotel india juliet kilo lima <span class=\"chg\">"_s), 2);
        QVERIFY(e.text.contains(u"<span class=\"chg\">mike</span>"_s));
        QVERIFY(e.text.contains(u"<span class=\"chg\">MICHAEL</span>"_s));
        QCOMPARE(e.text.count(u"</span> november oscar papa quebec romeo sierra <i data-n=\"9\">\u2026</i>"_s), 2);
        QVERIFY(!e.text.contains(u"alpha bravo"_s));
        QVERIFY(e.text.contains(u"A passage only the first article has, with many more words than six on each side of nothing."_s));
        // The full export has every word.
        const Export full = run({fromText(a, u"a.txt"_s), fromText(b, u"b.txt"_s)});
        QVERIFY(full.text.contains(u"alpha bravo"_s));
        QVERIFY(!full.text.contains(u"data-n"_s));
    }

    // Issue 14: with two articles a differences-only export writes a passage edited between them
    // as one line among its context lines, words once, the first article's struck and the
    // second's underlined; the row keeps its number, id and sign. With three articles, or a
    // passage split in two, the row keeps its columns.
    void differencesOnlyWritesEditsAsOneLine()
    {
        const Export e = patterned(u"=====e====="_s, true);
        QVERIFY(!e.text.contains(u"<tr class=\"row diff\""_s));
        QVERIFY2(e.text.contains(u"<div class=\"same\"><p id=\"row-5\"><a>5</a> <i data-n=\"6\">\u2026</i> harbour of town 5 and its boats.</p>\n"
                                 "<p class=\"rl\" id=\"row-6\"><a>6<b>\u2248</b></a> Sentence number 6 tells about the <del>harbour</del><ins>bay</ins> "
                                 "of town 6 and its boats.</p>\n<p id=\"row-7\">"_s),
                 qPrintable(element(e.text, u"<tbody class=\"sbody\">"_s, u"</tbody>"_s)));
        QCOMPARE(e.text.count(u"harbour"_s), 3);
        QVERIFY(e.text.contains(u"<del>struck</del> words are only in 1, <ins>underlined</ins> words only in 2"_s));

        // White space next to a change is the first article's, a space added where only the
        // second has one: no two words run together.
        ExportOptions o = fixedOptions();
        o.differencesOnly = true;
        const Export t = run({fromText(u"Intro line one stays the same here.\n\nMODERN PROMETHEUS rises again tonight."_s, u"a.txt"_s),
                              fromText(u"Intro line one stays the same here.\n\nTHE MODERN PROMETHEUS rises again tonight."_s, u"b.txt"_s)},
                             o);
        QVERIFY2(t.text.contains(u"<ins>THE</ins> MODERN PROMETHEUS rises again tonight.</p>"_s),
                 qPrintable(element(t.text, u"<tbody class=\"sbody\">"_s, u"</tbody>"_s)));

        // Three articles keep their columns.
        const QString a = u"One shared sentence about the harbour stays.\n\nThe mayor opened the harbour on Monday."_s;
        const Export three = run({fromText(a, u"a.txt"_s), fromText(QString(a).replace(u"Monday"_s, u"Tuesday"_s), u"b.txt"_s),
                                  fromText(a, u"c.txt"_s)},
                                 o);
        QVERIFY(!three.text.contains(u"class=\"rl\""_s));
        QVERIFY(three.text.contains(u"<tr class=\"row diff\""_s));
        QVERIFY(!three.text.contains(u"<del>"_s));
    }

    // A cell worded exactly as its row's first is written without its words, which the page's
    // script copies in (identicalCellsAreFilledIn in tests/html/export.test.mjs): a book's
    // identical rows carried 260 KB twice. A cell with a marked word keeps its own.
    void identicalCellsAreWrittenOnce()
    {
        const Export e = patterned(u"==x=="_s, false);
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(e.text.count(u"tells about the harbour of town %1 and"_s.arg(i)), 1);
        const QRegularExpression copy(u"<td class=\"c a1 m cp\"><span class=\"s m\"[^>]*></span></td>"_s);
        QCOMPARE(e.text.count(copy), 4);
        QVERIFY(e.text.contains(u"Completely different words here, 3 zebras"_s));
        QVERIFY(!e.text.contains(u"c a0 m cp"_s));
        QVERIFY(e.text.contains(u".cp>.s:empty::before{content:"_s));

        const Export s = patterned(u"=e=e="_s, false);
        QCOMPARE(s.text.count(u" cp\""_s), 3);
        QVERIFY(s.text.contains(u"class=\"chg\""_s));
        // No cell with a marked word is a copy: its words are its own.
        for (const QRegularExpressionMatch &m : QRegularExpression(u"<td class=\"[^\"]* cp\"[^>]*>(.*?)</td>"_s).globalMatch(s.text))
            QVERIFY2(!m.captured(1).contains(u"class=\"chg"_s) && !m.captured(1).contains(u"class=\"ins"_s)
                         && !m.captured(1).contains(u"class=\"fact"_s),
                     qPrintable(m.captured(1)));
    }

    void factsLinkToTheirRows()
    {
        const Export e = seed();
        const std::vector<FactEntry> facts = ExportOutline::facts(e.comparison);
        QVERIFY(facts.size() >= 5);
        const QString list = element(e.text, u"<ol class=\"facts\">"_s, u"</ol>"_s);
        QCOMPARE(list.count(u"<li>"_s), qsizetype(facts.size()));
        QVERIFY(list.contains(u"<span class=\"k\">Number</span> &#39;about 10,000&#39; in 1, &#39;thousands&#39; in 2"_s));
        const QRegularExpression href(u"href=\"#(row-\\d+)\""_s);
        int links = 0;
        for (const QRegularExpressionMatch &m : href.globalMatch(e.text)) {
            QVERIFY2(e.text.contains(u"id=\""_s + m.captured(1) + u"\""_s), qPrintable(m.captured(1)));
            ++links;
        }
        QVERIFY(links >= int(facts.size()));
        // The row each fact names holds a fact mark.
        for (const FactEntry &f : facts)
            QVERIFY(e.plan.rows[size_t(f.row)].hasFact);
    }

    // The fact table: one item per subject, conflicts first, every mention a link to its
    // sentence, which carries the anchor.
    void factTableLinksToMentions()
    {
        const Export e = seed();
        const FactTable &t = e.comparison.factTable;
        QVERIFY(t.conflictCount() > 0);
        const QString list = element(e.text, u"<ol class=\"ft\">"_s, u"</ol>"_s);
        QCOMPARE(list.count(u"<li>"_s), qsizetype(t.entries.size()));
        QVERIFY2(list.trimmed().startsWith(u"<li><span class=\"cf\">Conflict</span>"_s), qPrintable(list.left(200)));
        QVERIFY2(list.contains(u"</span> troops: "_s), qPrintable(list.left(2000)));
        // Left-to-right quotes need no isolation in the page's left-to-right wording (the hostile
        // export checks that quotes with bidi controls keep theirs).
        QVERIFY2(!list.contains(u"<bdi>"_s), qPrintable(list.left(2000)));
        QVERIFY(list.contains(u"&#39;about 10,000&#39;"_s));
        QVERIFY(list.contains(u"&#39;12,000&#39;"_s));
        const QRegularExpression href(u"href=\"#(u\\d+-\\d+)\""_s);
        int links = 0;
        for (const QRegularExpressionMatch &m : href.globalMatch(list)) {
            QCOMPARE(e.text.count(u"id=\""_s + m.captured(1) + u"\""_s), qsizetype(1));
            ++links;
        }
        size_t mentions = 0;
        for (const FactTableEntry &entry : t.entries)
            mentions += entry.mentions.size();
        QCOMPARE(size_t(links), mentions);
    }

    // The header names the language each article was read in, and says when it was chosen over
    // the identified one or when none was identified.
    void headerStatesTheLanguageRead()
    {
        const Export plain = seed();
        const QString files = element(plain.text, u"<ul class=\"files\">"_s, u"</ul>"_s);
        QCOMPARE(files.count(u"<span class=\"lang\">read in English (en)</span></li>"_s), 2);

        AlignOptions options;
        options.languages = {QString(), u"de"_s};
        Comparison c = *Aligner::align({load(QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt")),
                                        load(QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt"))},
                                       options);
        QCOMPARE(c.languages, (std::vector<QString>{u"en"_s, u"de"_s}));
        const QString chosen = QString::fromUtf8(HtmlExporter::toHtml(PresentedComparison(c), fixedOptions()));
        const QStringList items = element(chosen, u"<ul class=\"files\">"_s, u"</ul>"_s).split(u"</li>"_s);
        QVERIFY2(items[0].endsWith(u"<span class=\"lang\">read in English (en)</span>"_s), qPrintable(items[0]));
        QVERIFY2(items[1].endsWith(u"<span class=\"lang\">read in German (de)</span>, chosen over the identified English (en)"_s),
                 qPrintable(items[1]));

        // Too short to identify: read in the other article's language, and said so.
        const Export unknown = run({fromText(u"Troops crossed."_s, u"short.txt"_s),
                                    load(QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt"))});
        QVERIFY(unknown.comparison.documents[0].language.isEmpty());
        QVERIFY2(unknown.text.contains(u"read in English (en)</span>, its language not identified"_s), qPrintable(unknown.text.left(4000)));
    }

    void seedExportIsSmall()
    {
        const Export e = seed();
        QVERIFY2(e.html.size() < 200 * 1024, qPrintable(QString::number(e.html.size())));
        QVERIFY(e.html.size() > 10 * 1024);
    }
};

QTEST_APPLESS_MAIN(TestHtmlExporter)
#include "tst_htmlexporter.moc"
