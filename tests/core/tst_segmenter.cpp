#include "core/segment/documentbuilder.h"
#include "core/segment/segmenter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSegmenter : public QObject
{
    Q_OBJECT

private:
    static QStringList sentences(const QString &text)
    {
        Segmenter s;
        QStringList out;
        for (const TextSpan &span : s.sentences(text))
            out << text.mid(span.start, span.length());
        return out;
    }

    static QStringList words(const QString &text, QList<WordKind> *kinds = nullptr)
    {
        Segmenter s;
        QStringList out;
        for (const Segmenter::WordToken &t : s.words(text)) {
            if (t.kind == WordKind::Symbol)
                continue;
            out << text.mid(t.span.start, t.span.length());
            if (kinds)
                kinds->append(t.kind);
        }
        return out;
    }

private slots:
    void abbreviationsDoNotSplit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("month abbreviation") << u"Singh told reporters on Oct. 28 that troops moved. They arrived later."_s << 2;
        QTest::newRow("U.S.") << u"The U.S. military said so. Officials agreed."_s << 2;
        QTest::newRow("Mr. and Dr.") << u"Mr. Lee met Dr. Park in Seoul. They talked."_s << 2;
        QTest::newRow("initials") << u"John F. Kennedy was elected in 1960. He was young."_s << 2;
        QTest::newRow("two initials") << u"The book by J. R. Tolkien sold well. It still does."_s << 2;
        QTest::newRow("decimals") << u"Growth was 3.5 percent in the quarter. It was 2.1 before."_s << 2;
        QTest::newRow("title Gen.") << u"Gen. Mark Milley spoke on Sept. 3 in Washington. He left."_s << 2;
        QTest::newRow("question and exclamation") << u"Is it true? Yes! It is."_s << 3;
        QTest::newRow("section number") << u"§ 597. Every action must be prosecuted. It is so."_s << 2;
        QTest::newRow("list number") << u"2. The guardian must be appointed. Then more."_s << 2;
        // A day of the month written as an ordinal before a capitalised month (German) is no
        // sentence end; a number ending a sentence before another word still is one.
        QTest::newRow("German ordinal day") << u"Der Gipfel beginnt am 8. März in Genf. Am 1. Mai endet er."_s << 2;
        QTest::newRow("German abbreviated month") << u"Er kam am 3. Sept. 2024 an. Dann ging er."_s << 2;
        QTest::newRow("number ends a sentence") << u"Die Delegationen reisen am 7. An der Grenze warten sie."_s << 2;
        QTest::newRow("quoted sentence end") << u"\"We are ready,\" he said. \"Go.\" Then silence."_s << 3;
    }

    void abbreviationsDoNotSplit()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        const QStringList s = sentences(text);
        QVERIFY2(s.size() == count, qPrintable(s.join(u" | "_s)));
    }

    void caselessTextIsSplit()
    {
        // A lower-cased dump (as some corpora are): ICU sees no sentence starts.
        QString text = u"hawaiian is the language of the islands. it is notable for having a small phoneme inventory, "
                       u"e.g. the lack of /t/. see hawai'i. the end is near!"_s;
        QVERIFY(Segmenter::isCaseless(text.repeated(3)));
        Segmenter s;
        QStringList out;
        for (const TextSpan &span : s.sentences(text, true))
            out << text.mid(span.start, span.length());
        QCOMPARE(out, (QStringList{u"hawaiian is the language of the islands."_s,
                                   u"it is notable for having a small phoneme inventory, e.g. the lack of /t/."_s,
                                   u"see hawai'i."_s, u"the end is near!"_s}));
        QVERIFY(!Segmenter::isCaseless(u"Normal Text. With capitals here and there, as usual."_s.repeated(10)));
    }

    void sentencesAreTrimmed()
    {
        const QStringList s = sentences(u"  First one.   Second one.  "_s);
        QCOMPARE(s, (QStringList{u"First one."_s, u"Second one."_s}));
    }

    void wordsAndNumbers()
    {
        QList<WordKind> kinds;
        const QStringList w = words(u"Troops: about 10,000 (or 3.5%) left."_s, &kinds);
        QCOMPARE(w, (QStringList{u"Troops"_s, u"about"_s, u"10,000"_s, u"or"_s, u"3.5"_s, u"left"_s}));
        QCOMPARE(kinds[2], WordKind::Number);
        QCOMPARE(kinds[0], WordKind::Letter);
    }

    void chineseIsSegmentedIntoWords()
    {
        QList<WordKind> kinds;
        const QStringList w = words(u"朝鲜外务相星期二抵达俄罗斯。"_s, &kinds);
        // ICU's dictionary segments the run of ideographs into words, not one blob.
        QVERIFY2(w.size() >= 4, qPrintable(w.join(u'|')));
        QVERIFY(w.contains(u"俄罗斯"_s));
        QCOMPARE(kinds.first(), WordKind::Ideographic);
    }

    void japaneseIsSegmentedIntoWords()
    {
        const QStringList w = words(u"北朝鮮の外相が火曜日にロシアを訪問した"_s);
        QVERIFY2(w.size() >= 6, qPrintable(w.join(u'|')));
        QVERIFY(w.contains(u"ロシア"_s));
    }

    void thaiIsSegmentedIntoWords()
    {
        const QStringList w = words(u"ภาษาไทยเป็นภาษาที่สวยงาม"_s);
        QVERIFY2(w.size() >= 4, qPrintable(w.join(u'|')));
        QVERIFY(w.contains(u"ภาษา"_s));
    }

    void koreanWords()
    {
        const QStringList w = words(u"북한 외무상이 화요일 러시아를 방문했다"_s);
        QCOMPARE(w.size(), 5);
    }

    void documentSpansMapBackToText()
    {
        ExtractedText ex;
        ex.blocks = {{u"Headline Here"_s, BlockKind::Heading},
                     {u"Korea\u2019s  minister   left on Oct. 28.  She met Mr. Lavrov."_s, BlockKind::Paragraph}};
        const Document d = DocumentBuilder::build(ex, u"x.txt"_s, u"text/plain"_s);
        QCOMPARE(d.text, u"Headline Here\n\nKorea\u2019s minister left on Oct. 28. She met Mr. Lavrov."_s);
        QCOMPARE(d.paragraphs.size(), size_t(2));
        QCOMPARE(d.sentences.size(), size_t(3));
        QCOMPARE(d.slice(d.sentences[1].span), u"Korea\u2019s minister left on Oct. 28."_s);
        QCOMPARE(d.title, u"Headline Here"_s);
        for (size_t i = 0; i < d.words.size(); ++i) {
            const Sentence &s = d.sentences[size_t(d.sentenceOf(int(i)))];
            QVERIFY(d.words[i].span.start >= s.span.start);
            QVERIFY(d.words[i].span.end <= s.span.end);
            QVERIFY(int(i) >= s.firstWord && int(i) < s.firstWord + s.wordCount);
        }
        // "Korea’s" is one word whose normal form folds case and the apostrophe.
        const Word &korea = d.words[size_t(d.sentences[1].firstWord)];
        QCOMPARE(d.slice(korea.span), u"Korea\u2019s"_s);
        QCOMPARE(d.norm(korea), u"korea's"_s);
        // Words of one form share one norm: the four full stops ("Oct." is two words) are one.
        std::vector<int> periods;
        for (const Word &w : d.words) {
            if (d.slice(w.span) == u"."_s)
                periods.push_back(w.norm);
        }
        QCOMPARE(periods.size(), size_t(4));
        QCOMPARE(std::count(periods.begin(), periods.end(), periods[0]), 4);
        QCOMPARE(d.words.size(), size_t(16));
        QCOMPARE(d.norms.size(), size_t(13));
    }

    void surrogatePairsSurvive()
    {
        ExtractedText ex;
        ex.blocks = {{u"Party time \U0001F389 and more \U0001F600 fun."_s, BlockKind::Paragraph}};
        const Document d = DocumentBuilder::build(ex, {}, u"text/plain"_s);
        QVERIFY(d.text.contains(u"\U0001F389"_s));
        QCOMPARE(d.wordCount(), 5);
    }
};

QTEST_APPLESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
