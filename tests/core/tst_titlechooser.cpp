#include "core/import/documentloader.h"
#include "core/segment/titlechooser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString titleOf(const QString &text, const QString &name = u"article.txt"_s)
{
    const LoadResult r = DocumentLoader().loadData(text.toUtf8(), name, u"text/plain"_s);
    if (!r.ok())
        qFatal("%s", qPrintable(r.failure.message()));
    return r.document->title;
}

} // namespace

class TestTitleChooser : public QObject
{
    Q_OBJECT

private slots:
    void seedArticleDropsItsDateStamp()
    {
        const LoadResult r = DocumentLoader().load(QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r.document->title, u"N Korean FM in Russia as its troops train to fight in Ukraine"_s);
    }

    void metadataStamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("key and date") << u"date 2024-10-29 Floods close the bridge"_s << u"Floods close the bridge"_s;
        QTest::newRow("key, colon, time") << u"Updated: 2024-10-29T09:15Z — Floods close the bridge"_s
                                          << u"Floods close the bridge"_s;
        QTest::newRow("date alone") << u"2024-10-29"_s << QString();
        QTest::newRow("words kept") << u"March 8: Floods close the bridge"_s << u"March 8: Floods close the bridge"_s;
        QTest::newRow("no stamp") << u"Floods close the bridge"_s << u"Floods close the bridge"_s;
    }

    void metadataStamps()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TitleChooser::withoutMetadata(text), expected);
    }

    void metadataOnlyLineIsSkipped()
    {
        QCOMPARE(titleOf(u"Published: 2024-10-29\n\nFloods close the bridge\n\nThe river rose overnight. "
                         "Traffic was diverted."_s),
                 u"Floods close the bridge"_s);
    }

    void headlinesInEveryScript_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("headline");
        QTest::newRow("english") << u"Floods close the bridge"_s << true;
        QTest::newRow("english sentence") << u"The river rose overnight."_s << false;
        QTest::newRow("question") << u"Will the bridge reopen?"_s << true;
        QTest::newRow("quoted") << u"Mayor: “We will rebuild”"_s << true;
        QTest::newRow("japanese headline") << u"北朝鮮外相がロシアを訪問"_s << true;
        QTest::newRow("japanese sentence") << u"北朝鮮の外相が火曜日にロシアを訪問した。"_s << false;
        QTest::newRow("chinese sentence") << u"朝鲜外长星期二访问俄罗斯。"_s << false;
        QTest::newRow("hindi sentence") << u"विदेश मंत्री मास्को पहुंचे।"_s << false;
    }

    void headlinesInEveryScript()
    {
        QFETCH(QString, text);
        QFETCH(bool, headline);
        QCOMPARE(TitleChooser::looksLikeHeadline(text), headline);
    }

    // A Japanese article whose first paragraph is prose: not its title (it used to be, whole).
    void japaneseProseIsNotATitle()
    {
        QCOMPARE(titleOf(u"北朝鮮の外相が火曜日にロシアを訪問した。両国の関係が深まっている。\n\n"
                         "韓国の情報機関によると、数千人の兵士が派遣された。"_s,
                         u"nk.txt"_s),
                 u"nk.txt"_s);
    }

    void cappedForEveryScript()
    {
        const QString latin = u"word "_s.repeated(60).trimmed();
        const QString cut = TitleChooser::capped(latin);
        QVERIFY(cut.endsWith(u'…'));
        QVERIFY(cut.size() <= 120);
        QVERIFY(!cut.chopped(1).endsWith(u' ')); // cut at a word boundary
        QVERIFY(latin.startsWith(cut.chopped(1)));

        const QString wide = QString(100, QChar(0x6F22)); // 漢 ×100: 200 columns
        const QString wideCut = TitleChooser::capped(wide);
        QVERIFY(wideCut.endsWith(u'…'));
        QCOMPARE(wideCut.size(), 60); // 59 wide characters and the ellipsis make 119 columns
        QCOMPARE(TitleChooser::capped(u"Short"_s), u"Short"_s);
    }
};

QTEST_APPLESS_MAIN(TestTitleChooser)
#include "tst_titlechooser.moc"
