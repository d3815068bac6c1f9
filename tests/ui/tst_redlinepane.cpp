#include "core/align/aligner.h"
#include "core/import/documentloader.h"
#include "ui/views/comparisonview.h"
#include "ui/views/redlinepane.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

PresentedComparisonPtr compare(const QStringList &names)
{
    std::vector<Document> docs;
    for (const QString &name : names) {
        LoadResult r = DocumentLoader().load(QStringLiteral(SYNOPTIC_TEST_DATA "/") + name);
        if (!r.ok())
            qFatal("%s", qPrintable(r.failure.message()));
        docs.push_back(std::move(*r.document));
    }
    return PresentedComparison::make(*Aligner::align(std::move(docs), AlignOptions()));
}

PresentedComparisonPtr compareTexts(const QStringList &texts)
{
    std::vector<Document> docs;
    for (qsizetype i = 0; i < texts.size(); ++i)
        docs.push_back(*DocumentLoader().loadData(texts[i].toUtf8(), u"%1.txt"_s.arg(i), u"text/plain"_s).document);
    return PresentedComparison::make(*Aligner::align(std::move(docs), AlignOptions()));
}

// The character format at the start of the first occurrence of `text`; invalid when absent.
QTextCharFormat formatOf(const QTextDocument *doc, const QString &text)
{
    const QTextCursor found = doc->find(text, 0, QTextDocument::FindCaseSensitively);
    if (found.isNull())
        return {};
    QTextCursor at = found;
    at.setPosition(found.selectionStart() + 1);
    return at.charFormat();
}

} // namespace

// The window's third mode, on the offscreen platform: the redline of the reference against a
// chosen article, in the view's colours.
class TestRedlinePane : public QObject
{
    Q_OBJECT

private slots:
    void thirdModeShowsTheRedline()
    {
        ComparisonView view;
        view.resize(1100, 800);
        view.setComparison(compare({u"ap-nk-fm-russia.txt"_s, u"newszop-nk-troops.txt"_s}));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMode(ComparisonView::Mode::Redline);
        QCOMPARE(view.mode(), ComparisonView::Mode::Redline);
        RedlinePane *pane = view.redlinePane();
        QVERIFY(pane->isVisible());
        QCOMPARE(view.findChild<QStackedWidget *>()->currentWidget(), pane);

        QTextBrowser *browser = pane->findChild<QTextBrowser *>(u"redlineText"_s);
        QVERIFY(browser);
        QVERIFY(browser->isReadOnly());
        const QTextDocument *doc = browser->document();
        // The Newszop text is the reference: its "headed" is struck, the AP's "departed" underlined.
        const QTextCharFormat headed = formatOf(doc, u"headed"_s), departed = formatOf(doc, u"departed"_s);
        QVERIFY(headed.fontStrikeOut());
        QVERIFY(!departed.fontStrikeOut());
        QVERIFY(departed.fontUnderline());
        QCOMPARE(headed.background().color(), view.viewPalette().background(HighlightRole::Unique));
        Highlight inserted;
        inserted.role = HighlightRole::Inserted;
        QCOMPARE(departed.background().color(), view.viewPalette().format(inserted).background().color());
        // Shared text is plain.
        const QTextCharFormat shared = formatOf(doc, u"Pentagon spokesperson"_s);
        QVERIFY(!shared.fontStrikeOut() && !shared.fontUnderline());
        QCOMPARE(shared.background().style(), Qt::NoBrush);
        // It opens at the start of the text.
        QTest::qWait(50);
        QCOMPARE(browser->verticalScrollBar()->value(), 0);
        // Paragraphs stay paragraphs.
        QVERIFY(doc->blockCount() > 10);

        const QComboBox *other = pane->findChild<QComboBox *>(u"redlineArticle"_s);
        QCOMPARE(other->count(), 1);
        QVERIFY(pane->findChild<QLabel *>(u"redlineReference"_s)->text().contains(u"North Korea 'plots'"_s));

        view.setMode(ComparisonView::Mode::Synoptic);
        QVERIFY(!pane->isVisible());
    }

    void chooseTheOtherArticle()
    {
        RedlinePane pane;
        pane.resize(900, 700);
        const PresentedComparisonPtr c = compare({u"wikipedia/hawaiian-language-v0.txt"_s, u"wikipedia/hawaiian-language-v1.txt"_s,
                                                  u"wikipedia/hawaiian-language-v2.txt"_s});
        pane.setComparison(c);
        auto *combo = pane.findChild<QComboBox *>(u"redlineArticle"_s);
        QCOMPARE(combo->count(), 2);
        const int base = c->comparison().baseDocument;
        QVERIFY(pane.otherArticle() != base);
        const int first = pane.otherArticle();
        const QString before = pane.browser()->toPlainText();
        combo->setCurrentIndex(1);
        QVERIFY(pane.otherArticle() != first);
        QVERIFY(pane.otherArticle() != base);
        QVERIFY(pane.browser()->toPlainText() != before);
        // A new comparison of the same articles keeps the choice.
        const int chosen = pane.otherArticle();
        pane.setComparison(c);
        QCOMPARE(pane.otherArticle(), chosen);
        pane.setComparison(nullptr);
        QCOMPARE(pane.otherArticle(), -1);
        QVERIFY(pane.browser()->toPlainText().isEmpty());
    }

    void movedPassageLinksBothPlaces()
    {
        const QString p1 = u"The council met on Monday to discuss the new budget for the harbour district."_s;
        const QString p2 = u"Residents complained about the noise from the construction site near the old mill."_s;
        const QString p3 = u"The mayor promised a decision before the end of the month, aides said later."_s;
        const QString p4 = u"Opposition members called the plan reckless and demanded an independent review."_s;
        const QString p5 = u"Shipping companies welcomed the proposal, which would deepen the main channel."_s;
        const QString sep = u"\n\n"_s;
        RedlinePane pane;
        pane.resize(900, 300);
        pane.setComparison(compareTexts({p1 + sep + p2 + sep + p3 + sep + p4 + sep + p5, p1 + sep + p3 + sep + p4 + sep + p5 + sep + p2}));
        const QTextDocument *doc = pane.browser()->document();
        QStringList hrefs, names;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (f.isAnchor()) {
                    hrefs << f.anchorHref();
                    names << f.anchorNames();
                }
            }
        }
        QCOMPARE(hrefs.size(), 2);
        for (const QString &href : hrefs)
            QVERIFY2(names.contains(href.mid(1)), qPrintable(href));
        // Both places of the passage are in the text: struck where it was, underlined where it went.
        QCOMPARE(doc->toPlainText().count(u"Residents complained"_s), 2);
    }
};

QTEST_MAIN(TestRedlinePane)
#include "tst_redlinepane.moc"
