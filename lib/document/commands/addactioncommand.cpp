// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addactioncommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

AddActionCommand::AddActionCommand(SessionDocument *document, const ActionItem &action, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_action(action)
{
    if (m_action.id.isEmpty())
        m_action.id = document->newActionId();
    setText(tr("Add action item"));
}

void AddActionCommand::redo() { m_document->insertActionItem(m_document->session().actions.size(), m_action); }

void AddActionCommand::undo()
{
    const int row = m_document->session().indexOfAction(m_action.id);
    Q_ASSERT(row >= 0);
    m_document->removeActionItem(row);
}

} // namespace Whyboard
