#include "ui/window/noteeditor.h"

#include "core/present/wording.h"
#include "core/text/codepointindex.h"
#include "ui/panels/notelist.h"
#include "ui/panels/notelistmodel.h"
#include "ui/session/comparisonsession.h"
#include "ui/session/exportcontroller.h"
#include "ui/session/linkedits.h"
#include "ui/session/noteedits.h"
#include "ui/session/notescommand.h"
#include "ui/views/comparisonview.h"
#include "ui/views/notemarkers.h"
#include "ui/views/synopticpane.h"
#include "ui/window/notedialog.h"
#include "ui/window/passagelinker.h"

#include <QMenu>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int StatusTimeout = 5000;
constexpr qsizetype QuoteLength = 80;

} // namespace

NoteEditor::NoteEditor(ComparisonSession *session, ComparisonView *view, PassageLinker *linker, NoteList *list,
                       ExportController *exporter, QWidget *window)
    : QObject(window), m_session(session), m_view(view), m_linker(linker), m_list(list), m_export(exporter),
      m_window(window), m_markers(new NoteMarkers(view))
{
    connect(session, &ComparisonSession::notesChanged, this, &NoteEditor::refresh);
    connect(session, &ComparisonSession::comparisonReady, this, &NoteEditor::refresh);
    connect(session, &ComparisonSession::comparisonCleared, this, &NoteEditor::refresh);
    connect(m_markers, &NoteMarkers::editRequested, this, &NoteEditor::edit);
    connect(m_markers, &NoteMarkers::deleteRequested, this, &NoteEditor::remove);
    connect(m_markers, &NoteMarkers::activated, this, &NoteEditor::goTo);
    connect(list, &NoteList::editRequested, this, &NoteEditor::edit);
    connect(list, &NoteList::deleteRequested, this, &NoteEditor::remove);
    connect(list, &NoteList::activated, this, &NoteEditor::goTo);
    connect(view, &ComparisonView::passageMenuRequested, this, [this](QMenu *menu, UnitRef) {
        menu->addSeparator();
        menu->addAction(tr("Add &Note…"), this, &NoteEditor::addOnPassage);
        if (!m_linker->linkedColumns().empty())
            fillLinkMenu(menu->addMenu(tr("Add Note on Lin&k with")));
    });
}

void NoteEditor::refresh()
{
    const PresentedComparisonPtr presented = m_session->presented();
    const std::vector<OpenNote> &notes = m_session->notes();
    std::vector<NotePlacement> placements;
    if (presented)
        placements = NoteEdits::place(presented->comparison(), notes);
    std::vector<ComparisonNote> plain;
    for (const OpenNote &n : notes)
        plain.push_back(n.note);
    m_markers->setNotes(presented, plain, placements);
    m_list->model()->setNotes(presented ? &presented->comparison() : nullptr, notes, placements, m_view->viewPalette());
    m_export->setNotes(NoteEdits::exported(notes));
}

void NoteEditor::fillLinkMenu(QMenu *menu)
{
    menu->clear();
    const PresentedComparisonPtr presented = m_session->presented();
    const std::vector<int> columns = presented ? m_linker->linkedColumns() : std::vector<int>{};
    for (int column : columns) {
        const QString name = Wording::sourceName(presented->comparison().documents[size_t(column)]);
        menu->addAction(u"&%1  %2"_s.arg(column + 1).arg(name), this, [this, column] { addOnLink(column); });
    }
    if (columns.empty())
        menu->addAction(tr("The passage chosen is not linked"))->setEnabled(false);
}

void NoteEditor::addOnPassage()
{
    const PresentedComparisonPtr presented = m_session->presented();
    const auto [doc, span] = m_view->selectedPassage();
    if (!presented || doc < 0) {
        emit statusMessage(tr("Click a passage first, then press Ctrl+Alt+M."), StatusTimeout);
        return;
    }
    OpenNote draft;
    draft.note.anchor = LinkEdits::anchor(presented->comparison(), doc, span);
    draft.note.created = QDateTime::currentDateTimeUtc();
    ask(-1, draft, tr("Add Note"), tr("Add Note"));
}

void NoteEditor::addOnLink(int column)
{
    const PresentedComparisonPtr presented = m_session->presented();
    const auto [doc, span] = m_view->selectedPassage();
    if (!presented || doc < 0)
        return;
    const Comparison &c = presented->comparison();
    // The counterpart: every passage of `column` the chosen passage's units are linked to.
    TextSpan other{-1, -1};
    for (const UnitInfo &u : c.units[size_t(doc)]) {
        if (!u.span.overlaps(span))
            continue;
        for (int k : u.links) {
            const Link &l = c.links[size_t(k)];
            if (l.other(doc) != column)
                continue;
            const TextSpan &s = l.end(column).span;
            other = other.start < 0 ? s : TextSpan{std::min(other.start, s.start), std::max(other.end, s.end)};
        }
    }
    if (other.start < 0) {
        emit statusMessage(tr("The passage chosen is not linked to that article."), StatusTimeout);
        return;
    }
    OpenNote draft;
    draft.note.anchor = LinkEdits::anchor(c, doc, span);
    draft.note.linkedTo = LinkEdits::anchor(c, column, other);
    draft.note.created = QDateTime::currentDateTimeUtc();
    ask(-1, draft, tr("Add Note on Link"), tr("Add Note on Link"));
}

void NoteEditor::addOnComparison()
{
    OpenNote draft;
    draft.note.created = QDateTime::currentDateTimeUtc();
    ask(-1, draft, tr("Add Note on Comparison"), tr("Add Note on Comparison"));
}

void NoteEditor::edit(int note)
{
    const std::vector<OpenNote> &notes = m_session->notes();
    if (note < 0 || note >= int(notes.size()))
        return;
    ask(note, notes[size_t(note)], tr("Edit Note"), tr("Edit Note"));
}

void NoteEditor::remove(int note)
{
    std::vector<OpenNote> after = m_session->notes();
    if (note < 0 || note >= int(after.size()))
        return;
    after.erase(after.begin() + note);
    m_session->undoStack()->push(new NotesCommand(m_session, m_session->notes(), after, tr("Delete Note")));
}

void NoteEditor::goTo(int note)
{
    const PresentedComparisonPtr presented = m_session->presented();
    if (!presented || note < 0 || note >= int(m_session->notes().size()))
        return;
    const NotePlacement placed = NoteEdits::place(presented->comparison(), {m_session->notes()[size_t(note)]}).front();
    if (!placed.at) {
        emit statusMessage(placed.problem.isEmpty() ? tr("This note is on the comparison as a whole.")
                                                    : tr("This note is not placed: %1.").arg(placed.problem),
                           StatusTimeout);
        return;
    }
    const UnitRef unit{placed.at->doc, placed.at->units.first};
    m_view->scrollToUnit(unit.doc, unit.unit);
    // The synoptic pane's own step makes the passage the chosen one, as a click does.
    if (m_view->mode() == ComparisonView::Mode::Synoptic) {
        if (auto *pane = m_view->findChild<SynopticPane *>())
            pane->goToUnit(unit);
    }
}

void NoteEditor::ask(int index, OpenNote draft, const QString &title, const QString &commandText)
{
    const QString what = draft.unplaced.isEmpty() ? describe(draft.note) : tr("Not placed: %1.").arg(draft.unplaced);
    auto *dialog = new NoteDialog(title, what, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNote(draft.note.verdict, draft.note.text);
    connect(dialog, &QDialog::accepted, this, [this, dialog, index, draft, commandText]() mutable {
        draft.note.verdict = dialog->verdict();
        draft.note.text = dialog->text();
        const std::vector<OpenNote> before = m_session->notes();
        std::vector<OpenNote> after = before;
        if (index < 0)
            after.push_back(draft);
        else if (index < int(after.size()))
            after[size_t(index)] = draft;
        else
            return; // the note went while the dialog was open
        m_session->undoStack()->push(new NotesCommand(m_session, before, after, commandText));
    });
    dialog->open();
}

QString NoteEditor::describe(const ComparisonNote &note) const
{
    const PresentedComparisonPtr presented = m_session->presented();
    if (!note.anchor || !presented)
        return tr("On the comparison as a whole.");
    const Comparison &c = presented->comparison();
    const auto quote = [&c](const TextAnchor &a) {
        if (a.doc < 0 || a.doc >= int(c.documents.size()))
            return QString();
        const QString &text = c.documents[size_t(a.doc)].text;
        const CodePointIndex index(text);
        const qsizetype start = index.toUtf16(a.start);
        QString q = text.mid(start, index.toUtf16(a.end) - start).simplified();
        if (q.size() > QuoteLength)
            q = q.left(QuoteLength - 1) + u"…"_s;
        return tr("“%1” (%2)").arg(q, Wording::sourceName(c.documents[size_t(a.doc)]));
    };
    if (note.linkedTo)
        return tr("On the link between %1 and %2.").arg(quote(*note.anchor), quote(*note.linkedTo));
    return tr("On %1.").arg(quote(*note.anchor));
}
