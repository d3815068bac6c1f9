#pragma once

#include "ui/session/opennote.h"

#include <QUndoCommand>

#include <vector>

class ComparisonSession;

/// One change of the notes (added, edited or deleted) on the session's undo stack, which Link
/// Passages shares: like ManualLinksCommand it holds the whole list before and after.
class NotesCommand : public QUndoCommand
{
public:
    NotesCommand(ComparisonSession *session, std::vector<OpenNote> before, std::vector<OpenNote> after,
                 const QString &text);

    void undo() override;
    void redo() override;

private:
    ComparisonSession *m_session;
    std::vector<OpenNote> m_before;
    std::vector<OpenNote> m_after;
};
