// Wording: the short texts the window and every export share (quotes of passages).
#include "core/present/wording.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestWording : public QObject
{
    Q_OBJECT

private slots:
    void quoteKeepsWordsOfSeveralParagraphsApart()
    {
        // A note or a fact may span paragraphs: their words must not run together.
        QCOMPARE(Wording::quote(u"Top News\n\nNext Story\tNewszop"_s, 50), u"Top News Next Story Newszop"_s);
    }

    void quoteDropsControlsAndBidiOverrides()
    {
        QCOMPARE(Wording::quote(u"exe\u202E.png\u202C \u0007bell"_s, 50), u"exe.png bell"_s);
    }

    void quoteIsCutWithAnEllipsisNeverInsideASurrogatePair()
    {
        QCOMPARE(Wording::quote(u"abcdefghij"_s, 4), u"abcd…"_s);
        // 🙂 is two UTF-16 units: a cut after "ab" and half of it keeps "ab".
        QCOMPARE(Wording::quote(u"ab🙂cd"_s, 3), u"ab…"_s);
    }

    // An entry whose articles give several values that contradict nothing (ages of different
    // people, in different sentences) is no "Agreement".
    void factStatusSaysWhetherTheValuesAgree()
    {
        const auto mention = [](int doc, const QString &value) {
            FactMention m;
            m.doc = doc;
            m.value = value;
            m.text = value;
            return m;
        };
        FactTableEntry e;
        e.mentions = {mention(0, u"79"_s), mention(1, u"79"_s)};
        QCOMPARE(Wording::factStatus(e), u"Agreement"_s);
        e.mentions.push_back(mention(1, u"28"_s));
        QCOMPARE(Wording::factStatus(e), u"No conflict"_s);
        e.status = FactTableEntry::Status::Conflict;
        QCOMPARE(Wording::factStatus(e), u"Conflict"_s);
    }
};

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
