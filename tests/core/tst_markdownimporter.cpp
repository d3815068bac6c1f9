#include "core/import/documentloader.h"
#include "core/import/markdownimporter.h"
#include "tests/common/testfiles.h"
#include "tests/common/testprinters.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One letter per kind keeps the expected lists short: P, H, L, Q, and C (code) for Preformatted.
QString kindLetter(BlockKind kind)
{
    return kind == BlockKind::Preformatted ? u"C"_s : TestPrinters::nameOf(kind).left(1);
}

// One "K: text" line per block, so a failed comparison shows every block and its kind.
QString describe(const ExtractedText &t)
{
    QStringList lines;
    for (const TextBlock &b : t.blocks)
        lines << kindLetter(b.kind) + u": "_s + (b.kind == BlockKind::Preformatted ? b.text : b.text.simplified());
    return lines.join(u'\n');
}

QString blocksOf(const QString &markdown)
{
    return describe(MarkdownImporter::fromText(markdown));
}

QByteArray readFixture(const QString &name)
{
    return TestFiles::readFixture(u"import/markdown/"_s + name);
}

Extraction extract(const QByteArray &data)
{
    return MarkdownImporter().extract(data, u"test.md"_s, ImportLimits());
}

} // namespace

class TestMarkdownImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void articleFixture()
    {
        const Extraction e = extract(readFixture(u"article.md"_s));
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.text.title, u"Harbour Bridge Opens to Walkers"_s); // front matter wins over the # heading
        const QStringList expected{
            u"H: Harbour bridge opens"_s,
            u"P: The new footbridge across the old harbour opened on Saturday, two years after the council approved the "
            u"project. Thousands of residents walked across it in the first three hours, according to the city's "
            u"transport office."_s,
            u"P: Officials said the bridge cost 41 million euros \u2014 about 4% more than planned & well within the "
            u"contingency. The mayor called it\u2026 \u201Ca bridge for everyone\u201D."_s,
            u"H: Setext headings work too"_s,
            u"P: The opening programme included:"_s,
            u"L: a concert by the harbour brass band"_s,
            u"L: guided walks led by the engineers who built the bridge"_s,
            u"L: with a stop at the viewing platform"_s,
            u"L: food stalls run by local restaurants"_s,
            u"L: First, the ribbon was cut."_s,
            u"L: Then the mayor spoke."_s,
            u"L: She thanked the workers."_s,
            u"Q: The bridge connects two parts of the city that have been apart for too long."_s,
            u"Q: It is a good day."_s,
            u"P: Timetable for the shuttle boats, which keep running:"_s,
            u"P: Stop | First boat | Last boat"_s,
            u"P: Old Harbour | 06:30 | 23:10"_s,
            u"P: Station Quay | 06:45 | 23:25"_s,
            u"C: if (bridge.isOpen())\n    walk();"_s,
            u"P: Lines ending in a backslash or two spaces are hard breaks, and inline code keeps its text. Some struck "
            u"words and an autolink https://example.org/bridge stay as text."_s,
            u"L: Bridge opened"_s,
            u"L: Second bridge planned"_s,
        };
        QCOMPARE(describe(e.text), expected.join(u'\n'));
    }

    void inlineMarkup_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::newRow("emphasis") << u"Some *light* and **strong** and ***both*** and _under_ __score__."_s
                                  << u"Some light and strong and both and under score."_s;
        QTest::newRow("link keeps its text") << u"Read [the report](https://example.org \"Title\") now."_s
                                             << u"Read the report now."_s;
        QTest::newRow("reference link") << u"See [the map][m].\n\n[m]: https://example.org/map"_s << u"See the map."_s;
        QTest::newRow("image dropped") << u"Before ![alt text](x.png) after."_s << u"Before after."_s;
        QTest::newRow("image inside link dropped") << u"A [![logo](l.png) Home](/) link."_s << u"A Home link."_s;
        QTest::newRow("inline code") << u"Call `open()` first."_s << u"Call open() first."_s;
        QTest::newRow("inline html dropped") << u"A <span class=\"x\">styled</span> word."_s << u"A styled word."_s;
        QTest::newRow("br tag separates") << u"one<br>two"_s << u"one two"_s;
        QTest::newRow("strikethrough") << u"It was ~~cheap~~ dear."_s << u"It was cheap dear."_s;
        QTest::newRow("backslash escapes") << u"Not \\*emphasis\\* and a \\# sign."_s << u"Not *emphasis* and a # sign."_s;
        QTest::newRow("named entities") << u"Caf&eacute; &laquo;Le&nbsp;Monde&raquo; &copy;&trade;"_s
                                        << u"Café «Le\u00A0Monde» ©™"_s;
        QTest::newRow("numeric entities") << u"&#65;&#x42;&#X43; &#128512;"_s << u"ABC \U0001F600"_s;
        QTest::newRow("invalid code points") << u"a&#0;b&#xD800;c&#1114112;d"_s << u"a\uFFFDb\uFFFDc\uFFFDd"_s;
        QTest::newRow("unknown entity kept") << u"&bogus; stays"_s << u"&bogus; stays"_s;
        QTest::newRow("soft break is a space") << u"one\ntwo"_s << u"one two"_s;
    }

    void inlineMarkup()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        const ExtractedText t = MarkdownImporter::fromText(markdown);
        QCOMPARE(t.blocks.size(), size_t(1));
        QCOMPARE(t.blocks[0].kind, BlockKind::Paragraph);
        QCOMPARE(t.blocks[0].text.simplified(), text.simplified());
        QCOMPARE(t.blocks[0].text.contains(u'\u00A0'), text.contains(u'\u00A0'));
    }

    void hardWrappedParagraphIsJoined()
    {
        const QString md = u"North Korea said on Tuesday its top diplomat is visiting Russia, in\n"
                           u"another sign of their deepening relations as rival South Korea and\n"
                           u"Western nations say the North has sent thousands of troops.\n"
                           u"\n"
                           u"A second paragraph.\n"_s;
        QCOMPARE(blocksOf(md), u"P: North Korea said on Tuesday its top diplomat is visiting Russia, in another sign of "
                               u"their deepening relations as rival South Korea and Western nations say the North has "
                               u"sent thousands of troops.\nP: A second paragraph."_s);
    }

    void headingsAreTheirOwnBlocks()
    {
        // A heading directly followed by text (no blank line) still stands alone.
        QCOMPARE(blocksOf(u"## Background\nThe talks began in May.\n### Details ###\nMore."_s),
                 u"H: Background\nP: The talks began in May.\nH: Details\nP: More."_s);
    }

    void nestedContainers()
    {
        QCOMPARE(blocksOf(u"> Quoted text.\n>\n> - a listed point\n> - another\n"_s),
                 u"Q: Quoted text.\nL: a listed point\nL: another"_s);
        QCOMPARE(blocksOf(u"- item\n\n  > a quote in the item\n\n  continued item text\n"_s),
                 u"L: item\nQ: a quote in the item\nL: continued item text"_s);
        QCOMPARE(blocksOf(u"1. outer\n   - inner\n\n   outer again\n"_s), u"L: outer\nL: inner\nL: outer again"_s);
    }

    void codeBlocks()
    {
        QCOMPARE(blocksOf(u"Text:\n\n    indented code\n      keeps indent\n\nAfter."_s),
                 u"P: Text:\nC: indented code\n  keeps indent\nP: After."_s);
        QCOMPARE(blocksOf(u"~~~python\nprint('hi')\n\n# not a heading\n~~~\n"_s),
                 u"C: print('hi')\n\n# not a heading"_s);
    }

    void htmlBlocksDropped()
    {
        QCOMPARE(blocksOf(u"Before.\n\n<table>\n<tr><td>cell</td></tr>\n</table>\n\n<!-- a comment -->\n\nAfter."_s),
                 u"P: Before.\nP: After."_s);
    }

    void frontMatter_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("blocks");
        QTest::newRow("yaml plain") << u"---\nlayout: post\ntitle: Plain title # a comment\n---\nBody."_s
                                    << u"Plain title"_s << u"P: Body."_s;
        QTest::newRow("yaml double quoted") << u"---\ntitle: \"Say \\\"hi\\\": now\"\n---\n\nBody."_s
                                            << u"Say \"hi\": now"_s << u"P: Body."_s;
        QTest::newRow("yaml single quoted, closed by ...") << u"---\ntitle: 'It''s here'\n...\nBody."_s
                                                           << u"It's here"_s << u"P: Body."_s;
        QTest::newRow("toml") << u"+++\ntitle = \"From Hugo\"\ndraft = false\n+++\n# Heading\n\nBody."_s
                              << u"From Hugo"_s << u"H: Heading\nP: Body."_s;
        QTest::newRow("no title key: first level-1 heading") << u"---\nauthor: A. Writer\n---\n# The Heading\nBody."_s
                                                             << u"The Heading"_s << u"H: The Heading\nP: Body."_s;
        QTest::newRow("thematic break, not front matter") << u"---\nJust text.\n\n---\nMore."_s << QString()
                                                          << u"P: Just text.\nP: More."_s;
        QTest::newRow("yaml folded block") << u"---\ntitle: >-\n  A long title\n  on two lines\ntags:\n  - a\n---\nBody."_s
                                           << u"A long title on two lines"_s << u"P: Body."_s;
        QTest::newRow("prose between rules") << u"---\nkey: value\nJust a sentence here.\n---\nMore."_s << QString()
                                             << u"H: key: value Just a sentence here.\nP: More."_s;
        QTest::newRow("never closed") << u"---\ntitle: Lost\nBody."_s << QString() << u"P: title: Lost Body."_s;
        QTest::newRow("only later") << u"Intro.\n\n---\ntitle: Not front matter\n---\n"_s << QString()
                                    << u"P: Intro.\nH: title: Not front matter"_s;
    }

    void frontMatter()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, title);
        QFETCH(QString, blocks);
        const ExtractedText t = MarkdownImporter::fromText(markdown);
        QCOMPARE(t.title, title);
        QCOMPARE(describe(t), blocks);
    }

    void titleFromFirstLevelOneHeading()
    {
        const Extraction e = extract(readFixture(u"no-front-matter.md"_s));
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.text.title, u"Night Trains Return"_s);
        QCOMPARE(describe(e.text), u"P: Posted in Local news\nH: Background\nH: Night Trains Return\n"
                                   u"P: Three railway companies announced on Wednesday that they will run sleeper trains again."_s);
    }

    void encodings()
    {
        const Extraction cp1252 = extract(readFixture(u"windows-1252.md"_s));
        QVERIFY2(cp1252.ok(), qPrintable(cp1252.error));
        QCOMPARE(cp1252.text.title, u"Café Opens"_s);
        QCOMPARE(describe(cp1252.text), u"H: Café Opens\nP: \u201CGood coffee,\u201D said the owner \u2013 and she meant it."_s);

        const QString md = u"# Заголовок\n\nТекст *статьи* о мосте.\n"_s;
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const Extraction e = extract(utf16.encode(md));
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(describe(e.text), u"H: Заголовок\nP: Текст статьи о мосте."_s);
    }

    void binaryIsRefused()
    {
        const Extraction e = extract(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
        QVERIFY(!e.ok());
        QVERIFY(e.text.blocks.empty());
    }

    void loaderPicksMarkdown_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow(".md") << u"story.md"_s;
        QTest::newRow(".markdown") << u"story.markdown"_s;
    }

    void loaderPicksMarkdown()
    {
        QFETCH(QString, fileName);
        const QString path = TestFiles::write(m_dir, fileName, readFixture(u"article.md"_s));
        const LoadResult r = DocumentLoader().load(path);
        QVERIFY2(r.ok(), qPrintable(r.failure.message()));
        QCOMPARE(r.document->format, u"text/markdown"_s);
        QCOMPARE(r.document->title, u"Harbour Bridge Opens to Walkers"_s);
        QCOMPARE(r.document->paragraphs.size(), size_t(22));
        QCOMPARE(r.document->paragraphs[0].kind, BlockKind::Heading);
        const QString text = r.document->text;
        QVERIFY(!text.contains(u'*') && !text.contains(u"](")  && !text.contains(u"&mdash;"_s));
        QVERIFY(!text.contains(u"Subscribe"_s) && !text.contains(u"author:"_s) && !text.contains(u"dusk"_s));
    }

    void loaderWithMimeHint()
    {
        const LoadResult r = DocumentLoader().loadData("# Pasted\n\nSome **bold** text.", u"-"_s, u"text/x-markdown"_s);
        QVERIFY2(r.ok(), qPrintable(r.failure.message()));
        QCOMPARE(r.document->title, u"Pasted"_s);
        QCOMPARE(r.document->text, u"Pasted\n\nSome bold text."_s);
    }

    void onlyFrontMatterHasNoText()
    {
        const QString path = TestFiles::write(m_dir, u"empty.md"_s, "---\ntitle: Nothing here\n---\n\n<!-- draft -->\n");
        const LoadResult r = DocumentLoader().load(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.failure.reason.contains(u"no text"_s), qPrintable(r.failure.reason));
    }
};

QTEST_APPLESS_MAIN(TestMarkdownImporter)
#include "tst_markdownimporter.moc"
