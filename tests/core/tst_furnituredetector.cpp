#include "core/import/documentloader.h"
#include "core/segment/furnituredetector.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFurnitureDetector : public QObject
{
    Q_OBJECT

private slots:
    void lines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("furniture");
        for (const QString &s : {u"Top News"_s, u"Next Story"_s, u"Send Push"_s, u"READ MORE:"_s, u"image"_s,
                                 u"Download the app now"_s, u"Loving Newspoint? Download the app now"_s,
                                 u"Share this article"_s, u"Subscribe now"_s, u"Follow us on Twitter"_s,
                                 u"Advertisement"_s, u"Skip to main content"_s})
            QTest::newRow(qPrintable(s)) << s << true;
        for (const QString &s : {u"North Korea has also been accused of providing millions of shells."_s,
                                 u"Top news executives met on Tuesday to discuss the merger."_s,
                                 u"Images from the scene showed damage to the building."_s,
                                 u"He said: \"Read more books.\""_s})
            QTest::newRow(qPrintable(s.left(30))) << s << false;
    }

    void lines()
    {
        QFETCH(QString, line);
        QFETCH(bool, furniture);
        QCOMPARE(FurnitureDetector::isFurnitureLine(line), furniture);
    }

    void seedArticleFurniture()
    {
        const LoadResult r = DocumentLoader().load(QStringLiteral(SYNOPTIC_TEST_DATA "/newszop-nk-troops.txt"));
        QVERIFY2(r.ok(), qPrintable(r.failure.message()));
        const Document &d = *r.document;
        QStringList furniture, story;
        for (const Paragraph &p : d.paragraphs)
            (p.furniture ? furniture : story) << d.slice(p.span).toString();
        QCOMPARE(furniture, (QStringList{u"Top News"_s, u"Next Story"_s, u"Newszop"_s, u"Send Push"_s, u"READ MORE:"_s,
                                         u"image"_s, u"image"_s, u"Loving Newspoint? Download the app now"_s}));
        // The furniture stays in the text, and the story paragraphs are all there.
        QVERIFY(d.text.startsWith(u"Top News"_s));
        QCOMPARE(story.size(), 12);
        QCOMPARE(d.title, u"North Korea 'plots' extra support for Russia by 'sending thousands of troops'"_s);
        for (const Sentence &s : d.sentences)
            QCOMPARE(s.furniture, d.paragraphs[size_t(s.paragraph)].furniture);
    }

    void headlineListsHaveNoBylines()
    {
        // A list of short headlines is not an article: short blocks are not bylines there.
        const LoadResult r = DocumentLoader().loadData("Obama wins\n\nMarkets fall\n\nRain expected\n", u"h.txt"_s);
        QVERIFY(r.ok());
        for (const Paragraph &p : r.document->paragraphs)
            QVERIFY(!p.furniture);
    }
};

QTEST_APPLESS_MAIN(TestFurnitureDetector)
#include "tst_furnituredetector.moc"
