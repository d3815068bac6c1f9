// Notes in the real window on the offscreen platform, with the seed articles: Add Note on a
// passage (Ctrl+Alt+M and the dialog) and on a link, their markers in both modes and their
// tool tips, the Notes list, edit and delete, undo and redo on the stack Link Passages uses,
// hostile text shown literally, a saved comparison with a manual link, an unlink and a note
// reopened the same, the autosave, closing an article, a reload that changes a note's text, and
// the window's HTML export.
#include "tests/common/testfiles.h"
#include "tests/common/testwindow.h"
#include "tests/common/windowdriver.h"
#include "ui/panels/notelist.h"
#include "ui/panels/notelistmodel.h"
#include "ui/panels/sidepanel.h"
#include "core/session/sessionfile.h"
#include "ui/session/autosave.h"
#include "ui/session/comparisonsession.h"
#include "ui/session/exportcontroller.h"
#include "ui/views/comparisonview.h"
#include "ui/views/notemarker.h"
#include "ui/views/notemarkers.h"
#include "ui/views/synopticpane.h"
#include "ui/window/mainwindow.h"
#include "ui/window/notedialog.h"
#include "ui/window/noteeditor.h"
#include "ui/window/passagelinker.h"
#include "ui/window/sessioncontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

#include <optional>

using namespace Qt::StringLiterals;
using TestWindow::makeWindow;
using TestWindow::settled;
using TestWindow::clearSettings;
using TestWindow::isolateSettings;
using namespace WindowDriver;

namespace {

const QString SeedA = TestFiles::fixture(u"newszop-nk-troops.txt"_s);
const QString SeedB = TestFiles::fixture(u"ap-nk-fm-russia.txt"_s);
const QString Hostile = u"<b>bold</b><img src=x> & <script>alert(1)</script>"_s;

/// A unit of article 1 in a one-to-one divergent link the engine made with article 2, and that counterpart.
std::pair<UnitRef, UnitRef> linkedPair(const Comparison &c)
{
    for (const Link &l : c.links) {
        if (l.kind == LinkKind::Divergent && !l.manual && l.ends[0].units.count == 1 && l.ends[1].units.count == 1
            && c.units[size_t(l.ends[0].doc)][size_t(l.ends[0].units.first)].links.size() == 1)
            return {{l.ends[0].doc, l.ends[0].units.first}, {l.ends[1].doc, l.ends[1].units.first}};
    }
    qFatal("the seed articles have no one-to-one divergent link");
}

/// Fills the note dialog that is open as the user does, and presses OK.
void fillDialog(MainWindow &window, NoteVerdict verdict, const QString &text)
{
    NoteDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<NoteDialog *>()) != nullptr && dialog->isVisible(), Timeout);
    dialog->verdictBox()->setCurrentIndex(dialog->verdictBox()->findData(int(verdict)));
    dialog->textEdit()->selectAll();
    QTest::keyClicks(dialog->textEdit(), text);
    QCOMPARE(dialog->text(), text);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(window.findChild<NoteDialog *>() == nullptr);
}

/// The markers on screen.
std::vector<NoteMarker *> visibleMarkers(const MainWindow &window)
{
    std::vector<NoteMarker *> out;
    for (NoteMarker *m : window.notes()->markers()->markers()) {
        if (m->isVisible())
            out.push_back(m);
    }
    return out;
}

/// The marker's centre in the view's coordinates.
QPoint centreInView(const MainWindow &window, const NoteMarker *marker)
{
    return marker->mapTo(window.view(), marker->rect().center());
}

/// The tool tip as a QToolTip shows it: rich text when Qt takes it for rich text.
QString shownText(const QString &toolTip)
{
    QTextDocument doc;
    if (Qt::mightBeRichText(toolTip))
        doc.setHtml(toolTip);
    else
        doc.setPlainText(toolTip);
    return doc.toPlainText();
}

NoteListModel *listModel(const MainWindow &window)
{
    return window.sidePanel()->notes()->model();
}

} // namespace

class TestNotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(u"tst_notes"_s); }
    void init() { QVERIFY(clearSettings()); }

    // Ctrl+Alt+M on a clicked passage, Disputed and a text: the note is in the session, the
    // list and the margin (drawn: the pixels change), in both modes; undo and redo.
    void addNoteOnPassageUndoRedo()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const std::optional<UnitRef> unit = firstUnit(shown(*window), 0, UnitStatus::Unique);
        QVERIFY(unit);
        clickUnit(*window, *unit);
        const QImage before = grab(*window, *unit);
        press(*window, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        fillDialog(*window, NoteVerdict::Disputed, u"AP gives no figure"_s);

        QCOMPARE(window->session()->notes().size(), size_t(1));
        const ComparisonNote &note = window->session()->notes().front().note;
        QCOMPARE(note.verdict, NoteVerdict::Disputed);
        QCOMPARE(note.text, u"AP gives no figure"_s);
        QVERIFY(note.anchor && !note.linkedTo);
        QCOMPARE(note.anchor->doc, 0);
        QCOMPARE(listModel(*window)->rowCount(), 1);
        const QString row = listModel(*window)->index(0).data().toString();
        QVERIFY2(row.contains(u"Disputed"_s) && row.contains(u"AP gives no figure"_s), qPrintable(row));
        QTRY_COMPARE(visibleMarkers(*window).size(), size_t(1));
        NoteMarker *marker = visibleMarkers(*window).front();
        QCOMPARE(marker->verdict(), NoteVerdict::Disputed);
        QVERIFY(shownText(marker->toolTip()).contains(u"AP gives no figure"_s));
        // Beside its passage: level with its top, at its leading edge.
        const QRect passage = window->view()->unitRect(*unit);
        const QPoint centre = centreInView(*window, marker);
        QVERIFY2(std::abs(centre.x() - passage.left()) <= NoteMarker::Size && centre.y() >= passage.top()
                     && centre.y() <= passage.bottom(),
                 qPrintable(u"marker at %1,%2"_s.arg(centre.x()).arg(centre.y())));
        QVERIFY(grab(*window, *unit) != before);
        QCOMPARE(window->actions().undo->text(), u"&Undo Add Note"_s);

        press(*window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window->session()->notes().empty());
        QCOMPARE(listModel(*window)->rowCount(), 0);
        QTRY_VERIFY(visibleMarkers(*window).empty());
        QCOMPARE(grab(*window, *unit), before);

        press(*window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->session()->notes().size(), size_t(1));
        QCOMPARE(listModel(*window)->rowCount(), 1);
        QTRY_COMPARE(visibleMarkers(*window).size(), size_t(1));

        // Continuous mode marks it too, beside the passage's text.
        press(*window, Qt::Key_2, Qt::ControlModifier);
        window->view()->scrollToUnit(unit->doc, unit->unit);
        QTRY_COMPARE(visibleMarkers(*window).size(), size_t(1));
        const QRect text = window->view()->unitRect(*unit);
        QTRY_VERIFY(std::abs(centreInView(*window, visibleMarkers(*window).front()).y() - text.top()) <= 2 * NoteMarker::Size);
        // Redline mode has no margin for them.
        press(*window, Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(visibleMarkers(*window).empty());
    }

    // A note on a link is marked at both ends, each in its own article's column, and says so.
    void noteOnLinkShowsAtBothEnds()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const auto [a, b] = linkedPair(shown(*window));
        clickUnit(*window, a);
        QCOMPARE(window->linker()->linkedColumns(), std::vector<int>{b.doc});
        window->notes()->addOnLink(b.doc);
        fillDialog(*window, NoteVerdict::Confirmed, u"Both name the minister"_s);
        const ComparisonNote &note = window->session()->notes().front().note;
        QVERIFY(note.anchor && note.linkedTo);
        QCOMPARE(note.linkedTo->doc, b.doc);
        QTRY_COMPARE(visibleMarkers(*window).size(), size_t(2));
        for (UnitRef end : {a, b}) {
            const QRect passage = window->view()->unitRect(end);
            const std::vector<NoteMarker *> markers = visibleMarkers(*window);
            const auto beside = std::count_if(markers.begin(), markers.end(), [&](NoteMarker *m) {
                const QPoint c = centreInView(*window, m);
                return std::abs(c.x() - passage.left()) <= NoteMarker::Size && c.y() >= passage.top() && c.y() <= passage.bottom();
            });
            QCOMPARE(beside, 1);
        }
        for (NoteMarker *m : visibleMarkers(*window)) {
            QCOMPARE(m->verdict(), NoteVerdict::Confirmed);
            QVERIFY2(shownText(m->toolTip()).contains(u"Confirmed on the link with"_s), qPrintable(m->toolTip()));
        }
        const QString row = listModel(*window)->index(0).data().toString();
        QVERIFY2(row.contains(u"↔"_s), qPrintable(row));
    }

    // Edit from the list (double click) and Delete (the Delete key in the list), each undone.
    void editAndDeleteFromTheList()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const std::optional<UnitRef> unit = firstUnit(shown(*window), 1, UnitStatus::Unique);
        QVERIFY(unit);
        clickUnit(*window, *unit);
        window->actions().addNote->trigger();
        fillDialog(*window, NoteVerdict::Unclear, u"first thought"_s);
        window->sidePanel()->setCurrentWidget(window->sidePanel()->notes());
        QListView *list = window->sidePanel()->notes()->view();
        QTRY_VERIFY(list->isVisible());
        const QModelIndex index = list->model()->index(0, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        NoteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<NoteDialog *>()) != nullptr);
        QCOMPARE(dialog->text(), u"first thought"_s);
        QCOMPARE(dialog->verdict(), NoteVerdict::Unclear);
        fillDialog(*window, NoteVerdict::Confirmed, u"checked"_s);
        QCOMPARE(window->session()->notes().front().note.text, u"checked"_s);
        QCOMPARE(window->session()->notes().front().note.verdict, NoteVerdict::Confirmed);
        QCOMPARE(window->actions().undo->text(), u"&Undo Edit Note"_s);
        QTRY_COMPARE(visibleMarkers(*window).size(), size_t(1));
        QCOMPARE(visibleMarkers(*window).front()->verdict(), NoteVerdict::Confirmed);

        list->setCurrentIndex(list->model()->index(0, 0));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(window->session()->notes().empty());
        QTRY_VERIFY(visibleMarkers(*window).empty());
        window->session()->undoStack()->undo();
        QCOMPARE(window->session()->notes().size(), size_t(1));
        window->session()->undoStack()->undo();
        QCOMPARE(window->session()->notes().front().note.text, u"first thought"_s);

        // A click on the entry goes to the passage and makes it the chosen one.
        window->view()->scrollToUnit(0, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 0)).center());
        QTRY_COMPARE(window->view()->selectedPassage().first, unit->doc);
        QVERIFY(window->view()->selectedPassage().second.overlaps(shown(*window).unitSpan(unit->doc, unit->unit)));
        QVERIFY(!window->view()->unitRect(*unit).isEmpty());
    }

    // The text is shown as written, in the marker's tool tip and the list's: never as markup.
    void hostileTextShowsLiterally()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const std::optional<UnitRef> unit = firstUnit(shown(*window), 0, UnitStatus::Unique);
        clickUnit(*window, *unit);
        window->actions().addNote->trigger();
        fillDialog(*window, NoteVerdict::None, Hostile);
        QCOMPARE(window->session()->notes().front().note.text, Hostile);
        QTRY_COMPARE(visibleMarkers(*window).size(), size_t(1));
        const QString tip = visibleMarkers(*window).front()->toolTip();
        QVERIFY2(shownText(tip).contains(Hostile), qPrintable(shownText(tip)));
        const QString listTip = listModel(*window)->index(0).data(Qt::ToolTipRole).toString();
        QVERIFY2(shownText(listTip).contains(Hostile), qPrintable(shownText(listTip)));
        QVERIFY(listModel(*window)->index(0).data().toString().contains(Hostile));
    }

    // The "done when": a manual link, an unlink and a note saved together come back the
    // same in a new window, markers and list included; the history does not.
    void savedComparisonKeepsNotesWithLinks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.synoptic"_s);
        std::vector<LinkConstraint> links;
        std::vector<OpenNote> notes;
        QStringList rows, tips;
        std::vector<std::pair<UnitRef, UnitRef>> manual;
        {
            auto window = makeWindow();
            openAndWait(*window, {SeedA, SeedB});
            const Comparison &c = shown(*window);
            const std::optional<UnitRef> a = firstUnit(c, 0, UnitStatus::Unique);
            const std::optional<UnitRef> b = firstUnit(c, 1, UnitStatus::Unique);
            clickUnit(*window, *a);
            press(*window, Qt::Key_L, Qt::ControlModifier);
            clickUnit(*window, *b);
            andWait(*window, [&] { press(*window, Qt::Key_L, Qt::ControlModifier); });
            QCOMPARE(window->session()->options().manualLinks.size(), size_t(1));
            const auto [x, y] = linkedPair(shown(*window));
            clickUnit(*window, x);
            andWait(*window, [&] { press(*window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); });
            QCOMPARE(window->session()->options().manualLinks.size(), size_t(2));
            clickUnit(*window, *a);
            press(*window, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
            fillDialog(*window, NoteVerdict::Disputed, u"Linked by hand; AP disagrees"_s);
            window->actions().addNoteOnComparison->trigger();
            fillDialog(*window, NoteVerdict::None, u"Checked on Tuesday"_s);
            links = window->session()->options().manualLinks;
            QCOMPARE(links.size(), size_t(2));
            notes = window->session()->notes();
            QCOMPARE(notes.size(), size_t(2));
            for (const Link &l : shown(*window).links) {
                if (l.manual)
                    manual.push_back({{l.ends[0].doc, l.ends[0].units.first}, {l.ends[1].doc, l.ends[1].units.first}});
            }
            QCOMPARE(manual.size(), size_t(1));
            for (int r = 0; r < listModel(*window)->rowCount(); ++r)
                rows << listModel(*window)->index(r).data().toString();
            window->view()->scrollToUnit(a->doc, a->unit);
            QTRY_COMPARE(visibleMarkers(*window).size(), size_t(1));
            tips << visibleMarkers(*window).front()->toolTip();
            QVERIFY(window->sessions()->save(path));
        }
        auto window = makeWindow();
        window->openFiles({path});
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->documentCount() == 2 && settled(*window), Timeout);
        QCOMPARE(window->session()->options().manualLinks, links);
        const std::vector<OpenNote> &reopened = window->session()->notes();
        QCOMPARE(reopened.size(), notes.size());
        for (size_t k = 0; k < notes.size(); ++k) {
            QCOMPARE(reopened[k].note.anchor, notes[k].note.anchor);
            QCOMPARE(reopened[k].note.linkedTo, notes[k].note.linkedTo);
            QCOMPARE(reopened[k].note.verdict, notes[k].note.verdict);
            QCOMPARE(reopened[k].note.text, notes[k].note.text);
            QVERIFY(reopened[k].note.created.isValid());
        }
        QStringList rowsAgain;
        for (int r = 0; r < listModel(*window)->rowCount(); ++r)
            rowsAgain << listModel(*window)->index(r).data().toString();
        QCOMPARE(rowsAgain, rows);
        const Comparison &c = shown(*window);
        bool manualKept = false;
        for (int k : c.units[size_t(manual[0].first.doc)][size_t(manual[0].first.unit)].links)
            manualKept = manualKept || (c.links[size_t(k)].manual && c.links[size_t(k)].end(manual[0].second.doc).units.contains(manual[0].second.unit));
        QVERIFY(manualKept);
        const std::optional<UnitRef> a = UnitRef{notes[0].note.anchor->doc, manual[0].first.unit};
        window->view()->scrollToUnit(a->doc, a->unit);
        QTRY_COMPARE(visibleMarkers(*window).size(), size_t(1));
        QCOMPARE(visibleMarkers(*window).front()->toolTip(), tips.front());
        QCOMPARE(window->session()->undoStack()->count(), 0);
    }

    // Closing an article drops the notes on it and on links to it; the others stay and move
    // with their article's column.
    void closingAnArticleDropsItsNotes()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const auto [a, b] = linkedPair(shown(*window));
        clickUnit(*window, a);
        window->notes()->addOnLink(b.doc);
        fillDialog(*window, NoteVerdict::Confirmed, u"on the link"_s);
        clickUnit(*window, b);
        window->actions().addNote->trigger();
        fillDialog(*window, NoteVerdict::Unclear, u"on the second article"_s);
        window->session()->closeDocument(0);
        QCOMPARE(window->session()->notes().size(), size_t(1));
        QCOMPARE(window->session()->notes().front().note.text, u"on the second article"_s);
        QCOMPARE(window->session()->notes().front().note.anchor->doc, 0);
        const QStringList messages = window->messageBar()->messages();
        QVERIFY2(std::any_of(messages.begin(), messages.end(), [](const QString &m) { return m.contains(u"notes on"_s); }),
                 qPrintable(messages.join(u" | "_s)));
    }

    // A reload that changes the text under one note keeps that note, unplaced and listed with the
    // reason, and leaves one whose text is still where it was on its passage.
    void reloadKeepsChangedNotesUnplaced()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"article.txt"_s);
        QVERIFY(QFile::copy(SeedA, copy));
        auto window = makeWindow();
        window->session()->setReloadDelay(0);
        openAndWait(*window, {copy, SeedB});
        const Comparison &c = shown(*window);
        std::vector<UnitRef> unique;
        for (int u = 0; u < int(c.units[0].size()); ++u) {
            if (c.units[0][size_t(u)].status == UnitStatus::Unique && c.units[0][size_t(u)].span.length() >= 40)
                unique.push_back({0, u});
        }
        QVERIFY(unique.size() >= 2);
        const UnitRef kept = unique.front(), changed = unique.back();
        const QString changedText = c.documents[0].text.mid(c.unitSpan(0, changed.unit).start, 30);
        for (const UnitRef &u : {kept, changed}) {
            clickUnit(*window, u);
            window->actions().addNote->trigger();
            fillDialog(*window, NoteVerdict::Unclear, u == kept ? u"kept"_s : u"changed"_s);
        }
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString content = QString::fromUtf8(file.readAll());
        file.close();
        const qsizetype at = content.lastIndexOf(changedText);
        QVERIFY(at >= 0);
        content.replace(at, changedText.size(), changedText.toUpper());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content.toUtf8());
        file.close();
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->notes()[1].unplaced.isEmpty(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*window), Timeout);
        QVERIFY(window->session()->notes()[0].unplaced.isEmpty());
        QCOMPARE(window->session()->notes().size(), size_t(2));
        QVERIFY(listModel(*window)->index(1).data().toString().contains(u"Unplaced"_s));
        QVERIFY(!listModel(*window)->index(0).data().toString().contains(u"Unplaced"_s));
        window->view()->scrollToUnit(kept.doc, kept.unit);
        QTRY_COMPARE(visibleMarkers(*window).size(), size_t(1));
        QCOMPARE(window->notes()->markers()->markers().size(), size_t(1));
    }

    // A note is autosaved (the write follows a note's change alone) and restored with the rest.
    void autosaveKeepsNotes()
    {
        QTemporaryDir data;
        {
            auto window = makeWindow();
            window->sessions()->startAutosave(data.path(), false);
            window->sessions()->autosave()->setDelay(10);
            openAndWait(*window, {SeedA, SeedB});
            const QString path = window->sessions()->autosave()->path();
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), Timeout);
            clickUnit(*window, *firstUnit(shown(*window), 0, UnitStatus::Unique));
            window->actions().addNote->trigger();
            fillDialog(*window, NoteVerdict::Confirmed, u"autosaved note"_s);
            QTRY_VERIFY_WITH_TIMEOUT(SessionFile::read(path).ok() && SessionFile::read(path).session->notes.size() == 1,
                                     Timeout);
            QCOMPARE(SessionFile::read(path).session->notes.front().text, u"autosaved note"_s);
            QVERIFY(window->close());
        }
        auto window = makeWindow();
        window->sessions()->startAutosave(data.path(), true);
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->documentCount() == 2 && settled(*window), Timeout);
        QCOMPARE(window->session()->notes().size(), size_t(1));
        QCOMPARE(window->session()->notes().front().note.verdict, NoteVerdict::Confirmed);
        QTRY_COMPARE(listModel(*window)->rowCount(), 1);
    }

    // The window's HTML export carries the note beside its passage and in the list.
    void htmlExportCarriesNotes()
    {
        auto window = makeWindow();
        openAndWait(*window, {SeedA, SeedB});
        const std::optional<UnitRef> unit = firstUnit(shown(*window), 0, UnitStatus::Unique);
        clickUnit(*window, *unit);
        window->actions().addNote->trigger();
        fillDialog(*window, NoteVerdict::Disputed, u"Exported <note> text"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.html"_s);
        QSignalSpy exported(window->exporter(), &ExportController::exported);
        QVERIFY(window->exporter()->exportTo(ExportFormat::Html, path));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, Timeout);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(u"Exported &lt;note&gt; text"_s));
        QVERIFY(!html.contains(u"Exported <note> text"_s));
        QVERIFY(html.contains(u"class=\"nm "_s));
    }
};

QTEST_MAIN(TestNotes)
#include "tst_notes.moc"
