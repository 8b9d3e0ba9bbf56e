// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/dismissfindingcommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

DismissFindingCommand::DismissFindingCommand(SessionDocument *document, const DismissedFinding &finding,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_finding(finding)
{
    setText(tr("Dismiss finding"));
}

void DismissFindingCommand::redo()
{
    Q_ASSERT(m_document->indexOfDismissedFinding(m_finding.checkId, m_finding.itemId) < 0);
    m_document->insertDismissedFinding(m_document->session().dismissedFindings.size(), m_finding);
}

void DismissFindingCommand::undo()
{
    const int index = m_document->indexOfDismissedFinding(m_finding.checkId, m_finding.itemId);
    Q_ASSERT(index >= 0);
    m_document->removeDismissedFinding(index);
}

} // namespace Whyboard
