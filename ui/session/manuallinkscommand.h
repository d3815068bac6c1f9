#pragma once

#include "core/model/linkconstraint.h"

#include <QUndoCommand>

#include <vector>

class ComparisonSession;

/// One change of the manual links (a link or an unlink) on the session's undo stack: it holds
/// the whole list before and after, so undoing is setting the list back and the engine aligns
/// around it again.
class ManualLinksCommand : public QUndoCommand
{
public:
    ManualLinksCommand(ComparisonSession *session, std::vector<LinkConstraint> before,
                       std::vector<LinkConstraint> after, const QString &text);

    void undo() override;
    void redo() override;

private:
    ComparisonSession *m_session;
    std::vector<LinkConstraint> m_before;
    std::vector<LinkConstraint> m_after;
};
