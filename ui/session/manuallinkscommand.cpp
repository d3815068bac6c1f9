#include "ui/session/manuallinkscommand.h"

#include "ui/session/comparisonsession.h"

ManualLinksCommand::ManualLinksCommand(ComparisonSession *session, std::vector<LinkConstraint> before,
                                       std::vector<LinkConstraint> after, const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

void ManualLinksCommand::undo()
{
    m_session->setManualLinks(m_before);
}

void ManualLinksCommand::redo()
{
    m_session->setManualLinks(m_after);
}
