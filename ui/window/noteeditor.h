#pragma once

#include "ui/session/opennote.h"

#include <QObject>
#include <QString>

class ComparisonSession;
class ComparisonView;
class ExportController;
class NoteList;
class NoteMarkers;
class PassageLinker;
class QMenu;
class QWidget;

/// Add Note, Edit Note and Delete Note, and everything that shows the notes: the markers in the
/// view, the side panel's list and the exports. Each change is a NotesCommand on the session's
/// undo stack, the one Link Passages uses.
class NoteEditor : public QObject
{
    Q_OBJECT

public:
    NoteEditor(ComparisonSession *session, ComparisonView *view, PassageLinker *linker, NoteList *list,
               ExportController *exporter, QWidget *window);

    NoteMarkers *markers() const { return m_markers; }
    /// Fills `menu` with one "Add Note on Link with" entry per article the chosen passage is
    /// linked with.
    void fillLinkMenu(QMenu *menu);

public slots:
    /// Asks for a note on the chosen passage (a clicked passage, or text selected in continuous mode).
    void addOnPassage();
    /// Asks for a note on the link between the chosen passage and its counterpart in `column`.
    void addOnLink(int column);
    void addOnComparison();
    /// `note` indexes the session's notes.
    void edit(int note);
    void remove(int note);
    /// Scrolls to the note's passage and makes it the chosen one.
    void goTo(int note);

signals:
    /// A line for the status bar; `timeout` 0 keeps it until the next one.
    void statusMessage(const QString &text, int timeout);

private:
    /// Shows the dialog for `draft`; on OK, pushes the note as `index` (-1: a new one).
    void ask(int index, OpenNote draft, const QString &title, const QString &commandText);
    /// What a note is on, in words, for the dialog.
    QString describe(const ComparisonNote &note) const;
    void refresh();

    ComparisonSession *m_session;
    ComparisonView *m_view;
    PassageLinker *m_linker;
    NoteList *m_list;
    ExportController *m_export;
    QWidget *m_window;
    NoteMarkers *m_markers;
};
