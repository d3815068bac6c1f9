#include "core/import/documentloader.h"
#include "core/import/htmlimporter.h"
#include "core/import/htmlnestinglimiter.h"
#include "tests/common/testfiles.h"
#include "tests/common/testprinters.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestPrinters::describe;

using Blocks = std::vector<TextBlock>;

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray readFixture(const QString &name) { return TestFiles::readFixture(u"import/html/"_s + name); }

    static Extraction extract(const QByteArray &html) { return HtmlImporter().extract(html, u"page.html"_s, ImportLimits()); }

    static TextBlock para(const QString &text) { return {text, BlockKind::Paragraph}; }
    static TextBlock heading(const QString &text) { return {text, BlockKind::Heading}; }
    static TextBlock item(const QString &text) { return {text, BlockKind::ListItem}; }
    static TextBlock quote(const QString &text) { return {text, BlockKind::Quote}; }
    static TextBlock pre(const QString &text) { return {text, BlockKind::Preformatted}; }

    static QString allText(const Extraction &e)
    {
        QStringList parts{e.text.title};
        for (const TextBlock &b : e.text.blocks)
            parts << b.text;
        return parts.join(u'\n');
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newsArticle()
    {
        const Extraction e = extract(readFixture(u"news-article.html"_s));
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.text.title, u"Pact signed after marathon talks"_s);
        const Blocks expected{
            heading(u"Pact signed after marathon talks"_s),
            para(u"By Jane Reporter"_s),
            para(u"Negotiators from both countries signed the agreement on Wednesday after talks that lasted "
                 u"nearly twenty hours, officials said."_s),
            para(u"The deal, which covers trade and border crossings, was described as \u201Ca turning point\u201D "
                 u"by the EU's envoy."_s),
            quote(u"We have waited a decade for this moment."_s),
            para(u"The agreement includes three main points:"_s),
            item(u"Tariffs on farm goods will be cut by half."_s),
            item(u"Two new border crossings will open next year."_s),
            item(u"A joint commission will meet every six months."_s),
            para(u"Critics said the text leaves key questions unanswered."_s),
            para(u"Parliament is expected to vote on it next month."_s),
        };
        QCOMPARE(describe(e.text.blocks), describe(expected));

        const QString text = allText(e);
        for (const QString &leak : {u"SCRIPT TEXT"_s, u"Politics"_s, u"cookies"_s, u"Accept all"_s,
                                    u"Share on"_s, u"Related stories"_s, u"Trade minister resigns"_s,
                                    u"shake hands"_s, u"All rights reserved"_s, u"Privacy"_s, u"display: flex"_s,
                                    u"The Daily Outlet"_s})
            QVERIFY2(!text.contains(leak), qPrintable(leak));
    }

    void articleBodyWithoutArticleElement()
    {
        const Extraction e = extract(readFixture(u"article-body.html"_s));
        QVERIFY2(e.ok(), qPrintable(e.error));
        // The headline is outside the articleBody: it is the title but not a block.
        QCOMPARE(e.text.title, u"Storm closes schools across the region"_s);
        const Blocks expected{
            para(u"Heavy rain and gale-force winds forced more than forty schools to close on Monday, the "
                 u"regional education office said."_s),
            para(u"Coastal roads were flooded in several places and ferry services were suspended until further notice."_s),
            para(u"Forecasters expect the storm to weaken overnight as it moves inland."_s),
            para(u"Schools are expected to reopen on Wednesday."_s),
        };
        QCOMPARE(describe(e.text.blocks), describe(expected));
    }

    void densestBlockBeatsLinkSidebar()
    {
        // The sidebar has more text than the story, all of it in links.
        const Extraction e = extract(readFixture(u"densest-block.html"_s));
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.text.title, u"Council approves new library"_s);
        const Blocks expected{
            heading(u"Council approves new library"_s),
            para(u"The town council voted on Tuesday to build a new library on the site of the old fire station."_s),
            para(u"The building will include a children's reading room, a cafe and space for community groups."_s),
            para(u"Work is due to start in the spring and should take about eighteen months, the council said."_s),
            para(u"Opening hours"_s),
            para(u"9am to 8pm"_s),
        };
        QCOMPARE(describe(e.text.blocks), describe(expected));
    }

    void storySplitAcrossContainersIsKeptWhole()
    {
        // Paragraph containers side by side: the densest one alone would lose half the story.
        const QByteArray html = "<body><div id=page>"
                                "<div class=chunk><p>First paragraph of the story, long enough to count.</p>"
                                "<p>Second paragraph of the story, also long enough.</p></div>"
                                "<div class=chunk><p>Third paragraph of the story continues the report.</p>"
                                "<p>Fourth paragraph ends the report with a quote.</p></div>"
                                "</div><div id=side><p><a href=/x>A link elsewhere on the site</a></p></div></body>";
        const Extraction e = extract(html);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.text.blocks.size(), size_t(4));
        QCOMPARE(e.text.blocks.front().text, u"First paragraph of the story, long enough to count."_s);
        QCOMPARE(e.text.blocks.back().text, u"Fourth paragraph ends the report with a quote."_s);
    }

    void largestArticleWins()
    {
        const QByteArray html = "<body><article><p>Teaser card.</p></article>"
                                "<article><h2>Main story</h2><p>The main story has far more text than the teaser "
                                "card next to it, and it is the one to compare.</p></article></body>";
        const Extraction e = extract(html);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(describe(e.text.blocks), describe((Blocks{heading(u"Main story"_s),
                                        para(u"The main story has far more text than the teaser card next to it, "
                                             u"and it is the one to compare."_s)})));
    }

    void blocks_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<Blocks>("expected");
        QTest::newRow("inline spacing follows the source")
            << QByteArray("<p><b>foo</b>bar <i>baz</i> qux<span> quux</span>. A<sup>2</sup> <a href=#>link</a>!</p>")
            << Blocks{para(u"foobar baz qux quux. A2 link!"_s)};
        QTest::newRow("entities")
            << QByteArray("<p>Fish &amp; chips at the caf&eacute;&#8217;s terrace&nbsp;&nbsp;today &lt;3&gt; &#x4E2D;</p>")
            << Blocks{para(u"Fish & chips at the caf\u00E9\u2019s terrace today <3> \u4E2D"_s)};
        QTest::newRow("nbsp-only paragraph is empty")
            << QByteArray("<p>&nbsp;</p><p>Text.</p>") << Blocks{para(u"Text."_s)};
        QTest::newRow("single br joins, double br splits")
            << QByteArray("<div>Line one<br>line two<br> <br>\nSecond paragraph</div>")
            << Blocks{para(u"Line one line two"_s), para(u"Second paragraph"_s)};
        QTest::newRow("inline runs in a div around a p")
            << QByteArray("<div>Before <em>the</em> block<p>Inside.</p>after it</div>")
            << Blocks{para(u"Before the block"_s), para(u"Inside."_s), para(u"after it"_s)};
        QTest::newRow("headings")
            << QByteArray("<h2>Section <span>two</span></h2><p>Body.</p><h6>Small</h6>")
            << Blocks{heading(u"Section two"_s), para(u"Body."_s), heading(u"Small"_s)};
        QTest::newRow("nested lists")
            << QByteArray("<ol><li>First<ul><li>Nested <b>one</b></li></ul></li><li><p>Second</p></li></ol>")
            << Blocks{item(u"First"_s), item(u"Nested one"_s), item(u"Second"_s)};
        QTest::newRow("blockquote without p")
            << QByteArray("<blockquote>Plain quoted text<cite> - Someone</cite></blockquote>")
            << Blocks{quote(u"Plain quoted text - Someone"_s)};
        QTest::newRow("blockquote with several p")
            << QByteArray("<blockquote><p>One.</p><p>Two.</p></blockquote>") << Blocks{quote(u"One."_s), quote(u"Two."_s)};
        QTest::newRow("pre keeps lines")
            << QByteArray("<pre>\n  x = 1\n  y = <b>2</b><br>z\n\n</pre>")
            << Blocks{pre(u"  x = 1\n  y = 2\nz"_s)};
        QTest::newRow("table cells")
            << QByteArray("<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Greens</td><td>12</td></tr></table>")
            << Blocks{para(u"Party"_s), para(u"Seats"_s), para(u"Greens"_s), para(u"12"_s)};
        QTest::newRow("hidden elements")
            << QByteArray("<p>Shown.</p><p hidden>Hidden.</p><div aria-hidden=\"true\">Aria.</div>"
                          "<span style=\"display: none\">Styled.</span><p style=\"visibility:hidden\">Invisible.</p>")
            << Blocks{para(u"Shown."_s)};
        QTest::newRow("furniture tags")
            << QByteArray("<p>Story.</p><form><input value=x><label>Search</label></form><select><option>One</select>"
                          "<iframe>frame</iframe><noscript>Enable JavaScript</noscript><svg><text>Chart</text></svg>"
                          "<figure><img alt=x><figcaption>Caption.</figcaption></figure><button>Play</button>")
            << Blocks{para(u"Story."_s)};
        QTest::newRow("header inside article is kept")
            << QByteArray("<header><h1>Headline</h1><p>Byline.</p></header><p>Story.</p>")
            << Blocks{heading(u"Headline"_s), para(u"Byline."_s), para(u"Story."_s)};
        QTest::newRow("comments and newsletter widgets")
            << QByteArray("<p>Story text.</p><div id=comments><p>Great.</p></div><div class=\"newsletter-signup\">"
                          "Sign up</div><div class=ad>Advertisement</div><div class=header-image>Kept.</div>")
            << Blocks{para(u"Story text."_s), para(u"Kept."_s)};
    }

    void blocks()
    {
        QFETCH(QByteArray, html);
        QFETCH(Blocks, expected);
        // Wrapped in an article like a real page ("header inside article" relies on it).
        const Extraction e = extract("<!DOCTYPE html><html><body><article>" + html + "</article></body></html>");
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(describe(e.text.blocks), describe(expected));
    }

    void broadClassMatchKeepsTheStory()
    {
        // The story container's class contains "comments" and "share": it holds the page's text,
        // so it is not a widget, while the real share bar is dropped.
        const QByteArray html = "<body><div class=\"story has-comments share-enabled\">"
                                "<p>A long paragraph of article text that makes up most of the page.</p>"
                                "<p>Another long paragraph of article text that follows the first.</p>"
                                "<div class=share-bar>Share this</div></div></body>";
        const Extraction e = extract(html);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(describe(e.text.blocks), describe((Blocks{para(u"A long paragraph of article text that makes up most of the page."_s),
                                        para(u"Another long paragraph of article text that follows the first."_s)})));
    }

    void title_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("title");
        const QByteArray head = "<title>Headline from title | Outlet</title>"
                                "<meta property=\"og:title\" content=\"Headline from og\">";
        QTest::newRow("h1 first") << head << QByteArray("<h1>Headline <i>from</i> h1</h1><p>x</p>") << u"Headline from h1"_s;
        QTest::newRow("og:title") << head << QByteArray("<p>x</p>") << u"Headline from og"_s;
        QTest::newRow("title suffix") << QByteArray("<title>Headline from title | Outlet</title>") << QByteArray("<p>x</p>")
                                      << u"Headline from title"_s;
        QTest::newRow("logo h1 in page header ignored")
            << QByteArray("<title>Real headline - Outlet</title>")
            << QByteArray("<header><h1>Outlet</h1></header><p>x</p>") << u"Real headline"_s;
        QTest::newRow("no title") << QByteArray() << QByteArray("<p>x</p>") << QString();
    }

    void title()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, body);
        QFETCH(QString, title);
        const Extraction e = extract("<html><head>" + head + "</head><body>" + body + "</body></html>");
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.text.title, title);
    }

    void stripSiteSuffix_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pipe") << u"Headline | Outlet"_s << u"Headline"_s;
        QTest::newRow("dash, last one") << u"Biden - Trump debate - BBC News"_s << u"Biden - Trump debate"_s;
        QTest::newRow("en dash") << u"Storm hits coast \u2013 The Herald"_s << u"Storm hits coast"_s;
        QTest::newRow("hyphenated word") << u"Gale-force winds hit coast"_s << u"Gale-force winds hit coast"_s;
        QTest::newRow("site first") << u"Outlet | A much longer headline here"_s << u"Outlet | A much longer headline here"_s;
        QTest::newRow("no separator") << u"Plain headline"_s << u"Plain headline"_s;
    }

    void stripSiteSuffix()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(HtmlImporter::stripSiteSuffix(title), expected);
    }

    void declaredEncoding_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("meta charset") << QByteArray("<meta charset=\"Shift_JIS\">") << u"shift_jis"_s;
        QTest::newRow("unquoted") << QByteArray("<META CHARSET=koi8-r>") << u"koi8-r"_s;
        QTest::newRow("http-equiv")
            << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")
            << u"windows-1251"_s;
        QTest::newRow("latin-1 means windows-1252") << QByteArray("<meta charset=iso-8859-1>") << u"windows-1252"_s;
        QTest::newRow("utf-16 label means utf-8") << QByteArray("<meta charset=utf-16le>") << u"UTF-8"_s;
        QTest::newRow("none") << QByteArray("<html><head><title>charset=x</title>") << QString();
        QTest::newRow("too late") << QByteArray(5000, ' ') + "<meta charset=koi8-r>" << QString();
    }

    void declaredEncoding()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, encoding);
        QCOMPARE(HtmlImporter::declaredEncoding(html), encoding);
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::newRow("windows-1252 meta")
            << u"windows-1252.html"_s << u"Caf\u00E9 owners \u201Cdelighted\u201D by ruling"_s
            << u"The caf\u00E9\u2019s owners said they were \u201Cdelighted\u201D by the court\u2019s ruling \u2013 and relieved."_s;
        QTest::newRow("utf-8 bom") << u"utf8-bom.html"_s << u"R\u00E9sum\u00E9 of the week"_s
                                   << u"Na\u00EFve r\u00E9sum\u00E9s \u2014 a \u201Cfresh\u201D look at \u65E5\u672C."_s;
    }

    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, text);
        const QByteArray bytes = readFixture(file);
        // Guard against an editor re-encoding the fixture: the 1252 one must not be valid UTF-8.
        if (file.startsWith(u"windows"_s))
            QVERIFY(bytes.contains('\x93') && bytes.contains('\xE9'));
        const Extraction e = extract(bytes);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.text.title, title);
        QCOMPARE(describe(e.text.blocks), describe(Blocks{para(text)}));
    }

    void httpEquivLatin1Label()
    {
        // Labelled ISO-8859-1 but using 0x80-0x9F for punctuation, as such pages do.
        const QByteArray html = "<html><head><meta http-equiv=content-type content=\"text/html; charset=ISO-8859-1\">"
                                "</head><body><p>\x93Quoted\x94 na\xEFve text \x96 dash</p></body></html>";
        const Extraction e = extract(html);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(describe(e.text.blocks), describe(Blocks{para(u"\u201CQuoted\u201D na\u00EFve text \u2013 dash"_s)}));
    }

    void loadsThroughDocumentLoader_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::newRow("html") << u"story.html"_s << u"text/html"_s;
        QTest::newRow("htm") << u"story.htm"_s << u"text/html"_s;
        QTest::newRow("no extension, sniffed") << u"story"_s << u"text/html"_s;
        QTest::newRow("xhtml") << u"story.xhtml"_s << u"application/xhtml+xml"_s;
    }

    void loadsThroughDocumentLoader()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        const QString path = TestFiles::write(m_dir, name, readFixture(u"news-article.html"_s));
        const LoadResult r = DocumentLoader().load(path);
        QVERIFY2(r.ok(), qPrintable(r.failure.message()));
        QCOMPARE(r.document->format, format);
        QCOMPARE(r.document->title, u"Pact signed after marathon talks"_s);
        QCOMPARE(r.document->paragraphs.size(), size_t(11));
        QVERIFY(!r.document->text.contains(u"INLINE SCRIPT"_s));
    }

    void noTextFails_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("scripts and nav only")
            << QByteArray("<!DOCTYPE html><html><head><title>Outlet</title><script>var a = 'text';</script></head>"
                          "<body><nav><a href=/>Home</a> <a href=/news>News</a></nav>"
                          "<script>document.write('hello world')</script><footer>Copyright</footer></body></html>");
        QTest::newRow("empty body") << QByteArray("<!DOCTYPE html><html><head><title>Empty</title></head><body> </body></html>");
    }

    void noTextFails()
    {
        QFETCH(QByteArray, html);
        const QString path = TestFiles::write(m_dir, u"empty-page.html"_s, html);
        const LoadResult r = DocumentLoader().load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.failure.reason, u"no article text found in the HTML page"_s);
        QVERIFY(r.failure.message().startsWith(path + u": "_s));
    }

    void hugeAttributeListsAreCapped()
    {
        // gumbo checks each attribute against the others: 200,000 on one element took 20 s and
        // then failed as "too complex"; past the cap they are dropped and the text imports.
        QByteArray html = "<!DOCTYPE html><html><body><article><p";
        for (int i = 0; i < 200'000; ++i)
            html += " a" + QByteArray::number(i) + (i % 2 ? "=\"1\"" : "=1");
        html += ">Hello from a crowded paragraph.</p></article></body></html>";
        const Extraction e = extract(html);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(allText(e).simplified(), u"Hello from a crowded paragraph."_s);
    }

    void deepNesting_data()
    {
        QTest::addColumn<QByteArray>("open");
        QTest::addColumn<QByteArray>("close");
        QTest::addColumn<int>("depth");
        QTest::newRow("div") << QByteArray("<div>") << QByteArray("</div>") << 200000;
        QTest::newRow("span") << QByteArray("<span>") << QByteArray("</span>") << 200000;
        QTest::newRow("b") << QByteArray("<b>") << QByteArray("</b>") << 200000;
        QTest::newRow("unclosed div") << QByteArray("<div>") << QByteArray() << 200000;
        QTest::newRow("list") << QByteArray("<ul><li>") << QByteArray("</li></ul>") << 100000;
        QTest::newRow("table") << QByteArray("<table><tr><td>") << QByteArray("</td></tr></table>") << 100000;
        QTest::newRow("svg") << QByteArray("<svg><g>") << QByteArray("</g></svg>") << 100000;
    }

    void deepNesting()
    {
        QFETCH(QByteArray, open);
        QFETCH(QByteArray, close);
        QFETCH(int, depth);
        QByteArray html = "<!DOCTYPE html><html><body><article><p>Before the nest.</p>";
        html.reserve(html.size() + qsizetype(depth) * (open.size() + close.size() + 8));
        for (int i = 0; i < depth; ++i)
            html += open + "w" + QByteArray::number(i % 10) + ' ';
        for (int i = 0; i < depth; ++i)
            html += close;
        html += "<p>After the nest.</p></article></body></html>";

        // How long this takes is measured by the bench target (BM_ImportDeepHtml); CTest's
        // timeout guards against a hang.
        const Extraction e = extract(html);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(describe({e.text.blocks.front()}), describe({para(u"Before the nest."_s)}));
        // Unclosed, the nest swallows the rest of the page, flattened into its deepest kept level.
        if (!close.isEmpty())
            QCOMPARE(describe({e.text.blocks.back()}), describe({para(u"After the nest."_s)}));
        if (open != "<svg><g>") {
            // The flattened levels keep their text.
            const QString text = allText(e).simplified();
            QVERIFY(text.contains(u"w0 w1 w2"_s));
            QCOMPARE(text.count(u'w'), depth);
        }
    }

    void sloppyMarkupIsNotFlattened_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::newRow("unclosed p") << QByteArray("<p>Paragraph <b>bold</b> text");
        QTest::newRow("unclosed li") << QByteArray("<ul><li>One<li>Two</ul>");
        QTest::newRow("unclosed cells") << QByteArray("<table><tr><td>a<td>b<tr><td>c</table>");
        QTest::newRow("unclosed dd") << QByteArray("<dl><dt>Term<dd>Definition</dl>");
        QTest::newRow("unclosed option") << QByteArray("<select><option>a<option>b</select>");
        QTest::newRow("p closed by div") << QByteArray("<p>Text<div>block</div>");
        QTest::newRow("void elements") << QByteArray("<br><img src=x><hr><input><meta charset=x>");
        QTest::newRow("scripts with tags") << QByteArray("<script>var s = '<div><div><div>';</script>");
        QTest::newRow("comments with tags") << QByteArray("<!-- <div><div> --><!--> <p>x</p>");
        QTest::newRow("quoted attributes") << QByteArray("<a title=\"<div>\" href='>'>link</a>");
    }

    void sloppyMarkupIsNotFlattened()
    {
        // Repeated far past the depth limit: a model that missed an implied closing would pile up.
        QFETCH(QByteArray, unit);
        const QByteArray html = "<body>" + unit.repeated(3000) + "</body>";
        const HtmlNestingLimiter::Result r = HtmlNestingLimiter::limit(html, 512, 200'000'000);
        QCOMPARE(r.removedTags, qsizetype(0));
        QVERIFY(!r.tooComplex);
        QCOMPARE(r.html, html);
    }

    void limiterFlattensOnlyPastTheLimit()
    {
        const QByteArray html = QByteArray("<div>").repeated(10) + "text" + QByteArray("</div>").repeated(10);
        const HtmlNestingLimiter::Result r = HtmlNestingLimiter::limit(html, 4, 1'000'000);
        QCOMPARE(r.removedTags, qsizetype(12)); // six start tags and their end tags
        QCOMPARE(r.html.count("<div>"), 4);
        QCOMPARE(r.html.count("</div>"), 4);
        QVERIFY(r.html.contains("text"));
    }

    void limiterRefusesTooMuchWork()
    {
        const QByteArray html = QByteArray("<div>").repeated(100) + QByteArray("<i></i>").repeated(100000);
        QVERIFY(HtmlNestingLimiter::limit(html, 512, 1'000'000).tooComplex);
        QVERIFY(!HtmlNestingLimiter::limit(html, 512, 100'000'000).tooComplex);
    }
};

QTEST_APPLESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
