// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/restorefindingcommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

RestoreFindingCommand::RestoreFindingCommand(SessionDocument *document, const QString &checkId,
                                             const QString &itemId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_finding{checkId, itemId, QString()}
{
    setText(tr("Restore finding"));
}

void RestoreFindingCommand::redo()
{
    m_index = m_document->indexOfDismissedFinding(m_finding.checkId, m_finding.itemId);
    Q_ASSERT(m_index >= 0);
    m_finding = m_document->session().dismissedFindings.at(m_index);
    m_document->removeDismissedFinding(m_index);
}

void RestoreFindingCommand::undo() { m_document->insertDismissedFinding(m_index, m_finding); }

} // namespace Whyboard
