// Each article's language in the real window: the column headers show the language it was read
// in, the header menu reads an article in another language (aligning again without importing
// again) and back in the identified one, and the choice follows its article and its session.
#include "tests/common/testwindow.h"
#include "ui/session/appsettings.h"
#include "ui/session/comparisonsession.h"
#include "ui/views/columnheaderbar.h"
#include "ui/views/comparisonview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/sessioncontroller.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Portuguese = QStringLiteral(SYNOPTIC_TEST_DATA "/language/pt-nk-fm-russia.txt");
const QString English = QStringLiteral(SYNOPTIC_TEST_DATA "/ap-nk-fm-russia.txt");
constexpr int Timeout = 30000;

using TestWindow::makeWindow;
using TestWindow::settled;

const Comparison &shown(const MainWindow &window)
{
    return window.view()->presented()->comparison();
}

QAction *languageAction(ColumnHeaderBar *header, int column, const QString &name, std::unique_ptr<QMenu> &menu)
{
    menu = header->createMenu(column);
    return menu->findChild<QAction *>(name);
}

} // namespace

class TestArticleLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestWindow::isolateSettings(u"tst_articlelanguage"_s); }
    void init() { QVERIFY(TestWindow::clearSettings()); }

    void headerShowsAndOverridesTheLanguage()
    {
        auto window = makeWindow();
        window->openFiles({Portuguese, English});
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->documentCount() == 2 && settled(*window), Timeout);
        auto *header = window->view()->findChild<ColumnHeaderBar *>();
        QVERIFY(header);

        // Identified on import and shown as such.
        QCOMPARE(shown(*window).languages, (std::vector<QString>{u"pt"_s, u"en"_s}));
        QCOMPARE(header->languageLabel(0), u"PT"_s);
        QCOMPARE(header->languageLabel(1), u"EN"_s);
        QVERIFY2(header->toolTipText(0).contains(u"Language: Portuguese"_s), qPrintable(header->toolTipText(0)));
        QVERIFY2(header->toolTipText(1).contains(u"Language: English"_s), qPrintable(header->toolTipText(1)));

        // The menu offers the stemmers' languages, the identified one checked as "Detected".
        std::unique_ptr<QMenu> menu;
        QAction *detected = languageAction(header, 1, u"languageDetected"_s, menu);
        QVERIFY(detected);
        QCOMPARE(detected->text(), u"Detected (en)"_s);
        QVERIFY(detected->isChecked());
        for (const QString &code : {u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"pt"_s, u"ru"_s})
            QVERIFY2(menu->findChild<QAction *>(u"language-"_s + code), qPrintable(code));
        QAction *portuguese = menu->findChild<QAction *>(u"language-pt"_s);
        QCOMPARE(portuguese->text(), u"Portuguese (pt)"_s);
        QVERIFY(!portuguese->isChecked());

        // Reading the English article as Portuguese: aligned again, not imported again.
        QSignalSpy comparisons(window.get(), &MainWindow::comparisonShown);
        QSignalSpy documentsChanged(window->session(), &ComparisonSession::documentsChanged);
        portuguese->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!comparisons.isEmpty() && settled(*window), Timeout);
        QCOMPARE(documentsChanged.count(), 0);
        // The engine's own record of what it read each article in (UnitTable::language).
        QCOMPARE(shown(*window).languages, (std::vector<QString>{u"pt"_s, u"pt"_s}));
        QCOMPARE(shown(*window).documents[1].language, u"en"_s); // what was identified is kept
        QCOMPARE(header->languageLabel(1), u"PT*"_s);
        QVERIFY2(header->toolTipText(1).contains(u"Read as Portuguese (chosen; identified as English)"_s),
                 qPrintable(header->toolTipText(1)));
        QVERIFY(languageAction(header, 1, u"language-pt"_s, menu)->isChecked());
        QVERIFY(!menu->findChild<QAction *>(u"languageDetected"_s)->isChecked());
        QCOMPARE(window->session()->toSession(false).articles[1].language, u"pt"_s);

        // The choice follows the article when the columns move.
        comparisons.clear();
        window->session()->moveDocument(1, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!comparisons.isEmpty() && settled(*window), Timeout);
        QCOMPARE(shown(*window).documents[0].path, English);
        QCOMPARE(shown(*window).languages, (std::vector<QString>{u"pt"_s, u"pt"_s}));
        QCOMPARE(header->languageLabel(0), u"PT*"_s);
        QCOMPARE(header->languageLabel(1), u"PT"_s);

        // "Detected" reads it as identified again.
        comparisons.clear();
        languageAction(header, 0, u"languageDetected"_s, menu)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!comparisons.isEmpty() && settled(*window), Timeout);
        QCOMPARE(shown(*window).languages, (std::vector<QString>{u"en"_s, u"pt"_s}));
        QCOMPARE(header->languageLabel(0), u"EN"_s);
        QVERIFY(window->session()->options().languages.empty());
        QCOMPARE(window->session()->toSession(false).articles[0].language, QString());
    }

    // A comparison saved with a chosen language opens with it, in the column its article is in.
    void savedComparisonRestoresTheChoice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"languages.synoptic"_s);
        {
            auto window = makeWindow();
            window->openFiles({Portuguese, English});
            QTRY_VERIFY_WITH_TIMEOUT(window->session()->documentCount() == 2 && settled(*window), Timeout);
            window->session()->setLanguage(1, u"es"_s);
            QTRY_VERIFY_WITH_TIMEOUT(settled(*window) && shown(*window).languages[1] == u"es"_s, Timeout);
            window->session()->moveDocument(1, 0);
            QTRY_VERIFY_WITH_TIMEOUT(settled(*window) && shown(*window).languages[0] == u"es"_s, Timeout);
            QVERIFY(window->sessions()->save(path));
        }
        QVERIFY(QFile::exists(path));
        auto window = makeWindow();
        window->openFiles({path});
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->documentCount() == 2 && settled(*window), Timeout);
        QCOMPARE(window->session()->paths(), (QStringList{English, Portuguese}));
        QCOMPARE(shown(*window).languages, (std::vector<QString>{u"es"_s, u"pt"_s}));
        QCOMPARE(shown(*window).documents[0].language, u"en"_s);
        auto *header = window->view()->findChild<ColumnHeaderBar *>();
        QCOMPARE(header->languageLabel(0), u"ES*"_s);
        QCOMPARE(header->languageLabel(1), u"PT"_s);
        std::unique_ptr<QMenu> menu;
        QVERIFY(languageAction(header, 0, u"language-es"_s, menu)->isChecked());
    }
};

QTEST_MAIN(TestArticleLanguage)
#include "tst_articlelanguage.moc"
