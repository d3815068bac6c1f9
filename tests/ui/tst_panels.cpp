// The window's smaller parts on their own: message bar, options panel, fact list, watcher.
#include "core/align/aligner.h"
#include "core/export/htmlexporter.h"
#include "core/import/documentloader.h"
#include "ui/session/documentwatcher.h"
#include "core/present/legend.h"
#include "core/present/wording.h"
#include "ui/panels/factfiltermodel.h"
#include "ui/panels/factlist.h"
#include "ui/panels/facttablemodel.h"
#include "ui/panels/legendpanel.h"
#include "ui/window/messagebar.h"
#include "ui/panels/optionspanel.h"
#include "ui/window/progressindicator.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QTreeView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

std::optional<Comparison> seed()
{
    const DocumentLoader loader;
    std::vector<Document> docs;
    for (const char *name : {"/newszop-nk-troops.txt", "/ap-nk-fm-russia.txt"}) {
        const LoadResult r = loader.load(QStringLiteral(SYNOPTIC_TEST_DATA) + QString::fromLatin1(name));
        if (!r.ok())
            return std::nullopt;
        docs.push_back(*r.document);
    }
    return Aligner::align(docs, {});
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT

private slots:
    void messagesStackAndClose()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *bar = new MessageBar(&window);
        layout->addWidget(bar);
        window.show();
        QVERIFY(!bar->isVisible());
        bar->showMessage(MessageWidget::Type::Error, u"a.txt: no such file"_s);
        bar->showMessage(MessageWidget::Type::Warning, u"b.txt was deleted"_s);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->messages(), QStringList({u"a.txt: no such file"_s, u"b.txt was deleted"_s}));

        // The same text again moves to the end instead of doubling.
        bar->showMessage(MessageWidget::Type::Error, u"a.txt: no such file"_s);
        QCOMPARE(bar->messages(), QStringList({u"b.txt was deleted"_s, u"a.txt: no such file"_s}));

        // Closing one by its button leaves the other.
        MessageWidget *deleted = nullptr;
        for (MessageWidget *w : bar->findChildren<MessageWidget *>()) {
            if (!w->isDismissed() && w->text() == u"b.txt was deleted"_s)
                deleted = w;
        }
        QVERIFY(deleted);
        QTRY_VERIFY(deleted->isVisible());
        QTest::mouseClick(deleted->findChild<QToolButton *>(), Qt::LeftButton);
        QCOMPARE(bar->messages(), QStringList({u"a.txt: no such file"_s}));
        bar->clear();
        QVERIFY(!bar->isVisible());
    }

    void tooManyMessagesPushTheOldestOut()
    {
        MessageBar bar;
        for (int i = 0; i < 7; ++i)
            bar.showMessage(MessageWidget::Type::Error, u"error %1"_s.arg(i));
        const QStringList shown = bar.messages();
        QCOMPARE(shown.size(), 4);
        QCOMPARE(shown.back(), u"error 6"_s);
        QVERIFY(!shown.contains(u"error 0"_s));
    }

    void informationClosesItself()
    {
        MessageBar bar;
        bar.setInformationTimeout(30);
        bar.showMessage(MessageWidget::Type::Information, u"Reloaded a.txt"_s);
        bar.showMessage(MessageWidget::Type::Error, u"b.txt: empty"_s);
        QTRY_COMPARE(bar.messages(), QStringList({u"b.txt: empty"_s}));
    }

    void messageTextIsNeverMarkup()
    {
        MessageBar bar;
        bar.showMessage(MessageWidget::Type::Error, u"<b>odd</b>.txt: no such file"_s);
        QCOMPARE(bar.messages().front(), u"<b>odd</b>.txt: no such file"_s);
        int labels = 0;
        for (const QLabel *label : bar.findChildren<QLabel *>()) {
            if (label->text().contains(u"odd"_s)) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                ++labels;
            }
        }
        QCOMPARE(labels, 1);
    }

    void optionsRoundTripWithoutSignals()
    {
        OptionsPanel panel;
        QSignalSpy changed(&panel, &OptionsPanel::optionsChanged);
        AlignOptions o;
        o.granularity = Granularity::Paragraph;
        o.divergentThreshold = 0.45;
        o.ignoreCase = false;
        o.ignorePunctuation = true;
        o.ignoreDigits = true;
        o.ignoreDiacritics = true;
        o.ignoreFurniture = false;
        o.maxUnitsPerDocument = 1234; // no control: kept as given
        panel.setOptions(o);
        QCOMPARE(panel.options(), o);
        QTest::qWait(60);
        QVERIFY(changed.isEmpty());
    }

    void editsAreDebounced()
    {
        OptionsPanel panel;
        panel.setDebounce(40);
        QSignalSpy changed(&panel, &OptionsPanel::optionsChanged);
        auto *slider = panel.findChild<QSlider *>(u"threshold"_s);
        for (int v = 31; v <= 40; ++v)
            slider->setValue(v);
        panel.findChild<QComboBox *>(u"granularity"_s)->setCurrentIndex(1);
        QTRY_COMPARE(changed.size(), 1);
        QTest::qWait(80);
        QCOMPARE(changed.size(), 1);
        const auto o = changed.front().front().value<AlignOptions>();
        QCOMPARE(o.divergentThreshold, 0.40);
        QVERIFY(o.granularity == Granularity::Paragraph);
    }

    void restoreDefaults()
    {
        OptionsPanel panel;
        panel.setDebounce(0);
        AlignOptions o;
        o.ignoreDigits = true;
        o.divergentThreshold = 0.7;
        panel.setOptions(o);
        QSignalSpy changed(&panel, &OptionsPanel::optionsChanged);
        QTest::mouseClick(panel.findChild<QPushButton *>(u"restoreDefaults"_s), Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(panel.options(), AlignOptions());
    }

    // The fact table as a tree (subject -> mentions), filtered by kind and article; a click on
    // a mention asks for that mention's sentence.
    void factListShowsTheFactTableAndActivates()
    {
        const DocumentLoader loader;
        std::vector<Document> docs;
        for (const char *name : {"/newszop-nk-troops.txt", "/ap-nk-fm-russia.txt"}) {
            const LoadResult r = loader.load(QStringLiteral(SYNOPTIC_TEST_DATA) + QString::fromLatin1(name));
            QVERIFY2(r.ok(), qPrintable(r.failure.message()));
            docs.push_back(*r.document);
        }
        const std::optional<Comparison> c = Aligner::align(docs, {});
        QVERIFY(c);
        QVERIFY(c->factTable.conflictCount() > 0);

        FactList list;
        QAbstractItemModelTester tester(list.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(list.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setComparison(*c);
        QCOMPARE(size_t(list.entryCount()), c->factTable.entries.size());
        QCOMPARE(size_t(list.filter()->rowCount()), c->factTable.entries.size());
        // Conflicts first, opened on their mentions.
        const QModelIndex first = list.filter()->index(0, 0);
        QVERIFY(first.data(FactTableModel::ConflictRole).toBool());
        QVERIFY(list.view()->isExpanded(first));
        const FactTableEntry &entry = c->factTable.entries.front();
        QCOMPARE(list.filter()->rowCount(first), int(entry.mentions.size()));

        QSignalSpy activated(&list, &FactList::unitActivated);
        // As narrow as the side panel: the status column stays in view beside the longest
        // subject, which is cut short instead.
        list.resize(300, 400);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        const QHeaderView *header = list.view()->header();
        const auto statusEnd = [&] {
            return header->sectionViewportPosition(FactTableModel::StatusColumn)
                + header->sectionSize(FactTableModel::StatusColumn);
        };
        QTRY_VERIFY2(statusEnd() <= list.view()->viewport()->width(),
                     qPrintable(u"status ends at %1 of %2"_s.arg(statusEnd()).arg(list.view()->viewport()->width())));
        list.resize(600, 400);
        QTRY_COMPARE(list.view()->viewport()->width() > 400, true);
        const QModelIndex mention = list.filter()->index(1, 0, first);
        QTest::mouseClick(list.view()->viewport(), Qt::LeftButton, {}, list.view()->visualRect(mention).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.front().at(0).toInt(), entry.mentions[1].doc);
        QCOMPARE(activated.front().at(1).toInt(), entry.mentions[1].unit);

        // By kind: only numbers.
        list.kindFilter()->setCurrentIndex(list.kindFilter()->findData(int(FactChange::Kind::Number)));
        QVERIFY(list.filter()->rowCount() > 0);
        for (int r = 0; r < list.filter()->rowCount(); ++r)
            QCOMPARE(list.filter()->index(r, 0).data(FactTableModel::KindRole).toInt(), int(FactChange::Kind::Number));
        // By article: the second article's mentions only.
        list.kindFilter()->setCurrentIndex(0);
        list.articleFilter()->setCurrentIndex(list.articleFilter()->findData(1));
        for (int r = 0; r < list.filter()->rowCount(); ++r) {
            const QModelIndex subject = list.filter()->index(r, 0);
            for (int m = 0; m < list.filter()->rowCount(subject); ++m)
                QCOMPARE(list.filter()->index(m, 0, subject).data(FactTableModel::DocRole).toInt(), 1);
        }
        // Wording::factSides still words a link's own facts for the rows' tooltips.
        const Link *withFact = nullptr;
        for (const Link &l : c->links) {
            if (!l.facts.empty() && !withFact)
                withFact = &l;
        }
        QVERIFY(withFact);
        const QString sides = Wording::factSides(*c, *withFact, withFact->facts.front());
        QVERIFY2(sides.contains(u" in 1, "_s) && sides.endsWith(u" in 2"_s), qPrintable(sides));
    }

    // The window's legend and the exports' read one list (Legend): the same labels, in order.
    void legendIsTheExportsLegend()
    {
        QStringList labels;
        for (const LegendEntry &e : Legend::entries())
            labels << e.label;
        QCOMPARE(labels.size(), 8);
        const LegendPanel panel;
        QCOMPARE(panel.labels(), labels);

        std::optional<Comparison> c = seed();
        QVERIFY(c);
        const QString html = QString::fromUtf8(HtmlExporter::toHtml(PresentedComparison(std::move(*c)), {}));
        const qsizetype start = html.indexOf(u"<ul class=\"legend\">"_s);
        QVERIFY(start >= 0);
        const QString list = html.mid(start, html.indexOf(u"</ul>"_s, start) - start);
        // Swatches, not the row signs listed after them (class "sy").
        static const QRegularExpression sample(u"<li><span class=\"(?!sy)[^\"]*\">([^<]*)</span>"_s);
        QStringList exported;
        for (const QRegularExpressionMatch &m : sample.globalMatch(list))
            exported << m.captured(1);
        QCOMPARE(exported, labels);
    }

    void progressShowsOnlyForLongWorkAndCancels()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *progress = new ProgressIndicator(&window);
        layout->addWidget(progress);
        window.show();
        QSignalSpy cancel(progress, &ProgressIndicator::cancelRequested);

        // Quick work: never shown.
        progress->setBusy(true);
        progress->setBusy(false);
        QTest::qWait(400);
        QVERIFY(!progress->isVisible());

        progress->setBusy(true);
        progress->setProgress(u"Aligning 3 articles"_s, 2, 7);
        QTRY_VERIFY(progress->isVisible());
        QTest::mouseClick(progress->findChild<QToolButton *>(u"cancelButton"_s), Qt::LeftButton);
        QCOMPARE(cancel.size(), 1);
        progress->setBusy(false);
        QVERIFY(!progress->isVisible());
    }

    void watcherReportsChangeRemovalAndReturn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"watched.txt"_s);
        const auto write = [&](const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        };
        write("one");
        DocumentWatcher watcher;
        watcher.setSettleTime(30);
        watcher.watch(path);
        QSignalSpy changed(&watcher, &DocumentWatcher::changed);
        QSignalSpy removed(&watcher, &DocumentWatcher::removed);

        // Several writes in a row settle into one signal.
        write("two");
        write("three");
        QTRY_COMPARE(changed.size(), 1);
        QTest::qWait(60);
        QCOMPARE(changed.size(), 1);

        QVERIFY(QFile::remove(path));
        QTRY_COMPARE(removed.size(), 1);
        write("four");
        QTRY_COMPARE(changed.size(), 2);
        // Watched again after coming back.
        write("five");
        QTRY_COMPARE(changed.size(), 3);

        watcher.unwatch(path);
        write("six");
        QTest::qWait(80);
        QCOMPARE(changed.size(), 3);
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
