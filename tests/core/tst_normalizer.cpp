#include "core/text/normalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void folds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("stripDiacritics");
        QTest::newRow("ascii case") << u"Korea"_s << u"korea"_s << false;
        QTest::newRow("curly apostrophe") << u"Korea\u2019s"_s << u"korea's"_s << false;
        QTest::newRow("curly double quote") << u"\u201Cmajor"_s << u"\"major"_s << false;
        QTest::newRow("en dash") << u"\u2013"_s << u"-"_s << false;
        QTest::newRow("em dash") << u"\u2014"_s << u"-"_s << false;
        QTest::newRow("nfkc ligature") << u"\uFB01nance"_s << u"finance"_s << false;
        QTest::newRow("nfkc fullwidth") << u"\uFF21\uFF22\uFF23"_s << u"abc"_s << false;
        QTest::newRow("german sharp s casefold") << u"STRASSE"_s << u"strasse"_s << false;
        QTest::newRow("sharp s folds to ss") << u"Straße"_s << u"strasse"_s << false;
        QTest::newRow("greek final sigma") << u"ΟΔΟΣ"_s << u"οδοσ"_s << false;
        QTest::newRow("keeps diacritics by default") << u"Café"_s << u"café"_s << false;
        QTest::newRow("composed equals decomposed") << u"Cafe\u0301"_s << u"café"_s << false;
        QTest::newRow("strip diacritics") << u"Crème Brûlée"_s << u"creme brulee"_s << true;
        QTest::newRow("strip diacritics decomposed") << u"Cafe\u0301"_s << u"cafe"_s << true;
    }

    void folds()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, stripDiacritics);
        Normalizer::Options o;
        o.stripDiacritics = stripDiacritics;
        QCOMPARE(Normalizer(o).normalize(input), expected);
    }

    void caseKeptWhenAsked()
    {
        Normalizer::Options o;
        o.foldCase = false;
        QCOMPARE(Normalizer(o).normalize(u"Korea\u2019s"_s), u"Korea's"_s);
    }
};

QTEST_APPLESS_MAIN(TestNormalizer)
#include "tst_normalizer.moc"
