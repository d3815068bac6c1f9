#include "core/present/wordelision.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What a differences-only export leaves out of a passage: the words left, as text, with "…" for
// each gap and its word count, so a failure reads as the page would.
class TestWordElision : public QObject
{
    Q_OBJECT

    static QString shown(const QString &text, const std::vector<TextSpan> &changed)
    {
        QString out;
        qsizetype at = 0;
        for (const WordElision::Gap &g : WordElision::gaps(text, {0, text.size()}, changed)) {
            out += text.mid(at, g.span.start - at) + u"…%1"_s.arg(g.words);
            at = g.span.end;
        }
        return out + text.mid(at);
    }

    // The span of `word` in `text`.
    static TextSpan at(const QString &text, const QString &word)
    {
        const qsizetype i = text.indexOf(word);
        return {i, i + word.size()};
    }

private slots:
    void gaps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("changed");
        QTest::addColumn<QString>("expected");
        const QString abc = u"a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 o15 p16 q17 r18 s19 t20"_s;
        // Three words after it are fewer than kMinLeftOut: they stay.
        QTest::newRow("one change in the middle") << abc << QStringList{u"k11"_s}
                                                  << u"…4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 o15 p16 q17 r18 s19 t20"_s;
        QTest::newRow("two changes close together share their context")
            << abc << QStringList{u"e5"_s, u"h8"_s} << u"a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 …6"_s;
        QTest::newRow("too few words to leave out") << abc << QStringList{u"h8"_s, u"t20"_s}
                                                    << abc;
        QTest::newRow("no change: the two ends stay")
            << abc << QStringList{} << u"a1 b2 c3 d4 e5 f6 …8 o15 p16 q17 r18 s19 t20"_s;
        QTest::newRow("a short passage stays whole") << u"one two three four five"_s << QStringList{} << u"one two three four five"_s;
        QTest::newRow("a changed comma keeps its word")
            << u"w1 w2 w3 w4 w5 w6 w7 w8 w9 w10, w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21"_s << QStringList{u","_s}
            << u"w1 w2 w3 w4 w5 w6 w7 w8 w9 w10, w11 w12 w13 w14 w15 w16 …5"_s;
    }

    void gaps()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, changed);
        QFETCH(QString, expected);
        std::vector<TextSpan> spans;
        for (const QString &word : changed)
            spans.push_back(at(text, word));
        QCOMPARE(shown(text, spans), expected);
    }

    // A gap never covers a changed stretch, even white space marked between two far words.
    void gapsStopAtMarkedSpace()
    {
        const QString text = u"a b c d e f g h i j k l m n o p q r s t u v w x y z"_s;
        const std::vector<TextSpan> changed{at(text, u"a"_s), {text.indexOf(u"r"_s) + 1, text.indexOf(u"r"_s) + 2}};
        for (const WordElision::Gap &g : WordElision::gaps(text, {0, text.size()}, changed)) {
            for (const TextSpan &c : changed)
                QVERIFY(!g.span.overlaps(c));
        }
    }
};

QTEST_APPLESS_MAIN(TestWordElision)
#include "tst_wordelision.moc"
