#include "ui/session/notescommand.h"

#include "ui/session/comparisonsession.h"

NotesCommand::NotesCommand(ComparisonSession *session, std::vector<OpenNote> before, std::vector<OpenNote> after,
                           const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

void NotesCommand::undo()
{
    m_session->setNotes(m_before);
}

void NotesCommand::redo()
{
    m_session->setNotes(m_after);
}
