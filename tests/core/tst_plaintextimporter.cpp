#include "core/import/documentloader.h"
#include "core/import/plaintextimporter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPlainTextImporter : public QObject
{
    Q_OBJECT

private:
    static QStringList blocks(const QString &text)
    {
        QStringList out;
        for (const TextBlock &b : PlainTextImporter::fromText(text).blocks)
            out << b.text.simplified();
        return out;
    }

private slots:
    void blankLinesSeparateParagraphs()
    {
        QCOMPARE(blocks(u"One paragraph.\n\nAnother one.\n\n\n\nA third."_s),
                 (QStringList{u"One paragraph."_s, u"Another one."_s, u"A third."_s}));
    }

    void lineEndings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("lf") << u"First line here.\n\nSecond."_s;
        QTest::newRow("crlf") << u"First line here.\r\n\r\nSecond."_s;
        QTest::newRow("cr") << u"First line here.\r\rSecond."_s;
    }

    void lineEndings()
    {
        QFETCH(QString, text);
        QCOMPARE(blocks(text), (QStringList{u"First line here."_s, u"Second."_s}));
    }

    void hardWrappedTextIsRejoined()
    {
        // The same two paragraphs wrapped at 72 and at 50 columns, and not wrapped at all.
        const QString para1 = u"North Korea said on Tuesday its top diplomat is visiting Russia, in another sign of their "
                              u"deepening relations as rival South Korea and Western nations say the North has sent thousands "
                              u"of troops to support Russia's war in Ukraine."_s;
        const QString para2 = u"The announcement of Choe's visit came hours after the Pentagon said North Korea has sent about "
                              u"10,000 troops to Russia, who are expected to arrive in battlefields within weeks."_s;
        auto wrap = [](const QString &para, int width) {
            QStringList lines;
            QString line;
            for (const QString &w : para.split(u' ')) {
                if (!line.isEmpty() && line.size() + 1 + w.size() > width) {
                    lines << line;
                    line.clear();
                }
                line += (line.isEmpty() ? QString() : u" "_s) + w;
            }
            lines << line;
            return lines.join(u'\n');
        };
        const QStringList expected{para1, para2};
        QCOMPARE(blocks(para1 + u"\n\n"_s + para2), expected);
        QCOMPARE(blocks(wrap(para1, 72) + u"\n\n"_s + wrap(para2, 72)), expected);
        QCOMPARE(blocks(wrap(para1, 50) + u"\r\n\r\n"_s + wrap(para2, 50).replace(u"\n"_s, u"\r\n"_s)), expected);
    }

    void shortLinesStaySeparate()
    {
        QCOMPARE(blocks(u"Top News\nNext Story\nNewszop\n\nThe body of the story."_s),
                 (QStringList{u"Top News"_s, u"Next Story"_s, u"Newszop"_s, u"The body of the story."_s}));
    }

    void longLinesAreParagraphsEach()
    {
        // No blank lines, one long paragraph per line (as saved by many editors): never joined.
        const QString a = QString(u"word "_s).repeated(60).trimmed() + u'.';
        const QString b = QString(u"other "_s).repeated(50).trimmed() + u'.';
        QCOMPARE(blocks(a + u'\n' + b + u'\n' + a), (QStringList{a, b, a}));
    }

    void listItemsStaySeparateInWrappedText()
    {
        const QString text = u"The report listed several findings that the committee considered in its\n"
                             u"review of the programme, and it made the following recommendations to the\n"
                             u"board:\n"
                             u"- close the regional office before the end of the coming financial year\n"
                             u"- publish the accounts of every subsidiary company in the group each year\n"_s;
        const QStringList b = blocks(text);
        QCOMPARE(b.size(), 3);
        QVERIFY(b[1].startsWith(u"- close"_s));
        QVERIFY(b[2].startsWith(u"- publish"_s));
    }

    void gutenbergStyleFileImports()
    {
        // Project Gutenberg wraps at about 70 columns; a real excerpt, wrapped as distributed.
        const QString text = u"I am by birth a Genevese, and my family is one of the most distinguished of\n"
                             u"that republic. My ancestors had been for many years counsellors and\n"
                             u"syndics, and my father had filled several public situations with honour\n"
                             u"and reputation.\n\n"
                             u"He was respected by all who knew him for his integrity and indefatigable\n"
                             u"attention to public business.\n"_s;
        const QStringList b = blocks(text);
        QCOMPARE(b.size(), 2);
        QVERIFY(b[0].contains(u"counsellors and syndics"_s));
        QVERIFY(b[0].endsWith(u"honour and reputation."_s));
    }

    void mixedWrapWidthsAndBrokenParagraphs()
    {
        // OCR text as published: lines wrapped at ~55 columns next to lines OCR joined, and a
        // stray blank line in the middle of a sentence.
        const QString text = u"§ 598. In the case of an assignment of a thing in\n\n"
                             u"action, the action by the assignee is without prejudice\n"
                             u"to any set-off or other defence existing at the time of, or\n\n"
                             u"before notice of, the assignment; but this section does not apply to a negotiable "
                             u"promissory note or bill of exchange transferred in good faith.\n\n"
                             u"§ 597. Every action must be prosecuted in the name\n"
                             u"of the real party in interest, except as otherwise provided.\n"_s;
        const QStringList b = blocks(text);
        QCOMPARE(b.size(), 2);
        QVERIFY(b[0].startsWith(u"§ 598. In the case of an assignment of a thing in action, the action by the assignee"_s));
        QVERIFY(b[0].endsWith(u"transferred in good faith."_s));
        QCOMPARE(b[1], u"§ 597. Every action must be prosecuted in the name of the real party in interest, except as otherwise provided."_s);
    }

    void seedArticleParagraphs()
    {
        const LoadResult r = DocumentLoader().load(QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt"));
        QVERIFY2(r.ok(), qPrintable(r.failure.message()));
        const Document &d = *r.document;
        QCOMPARE(d.format, u"text/plain"_s);
        QCOMPARE(d.paragraphs.size(), size_t(12));
        QCOMPARE(d.slice(d.paragraphs[1].span), u"WASHINGTON"_s);
        QVERIFY(!d.paragraphs[1].furniture); // a dateline is story text
    }
};

QTEST_APPLESS_MAIN(TestPlainTextImporter)
#include "tst_plaintextimporter.moc"
