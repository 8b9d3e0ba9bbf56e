#include "document/commands/removeactionscommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

RemoveActionsCommand::RemoveActionsCommand(SessionDocument *document, const QStringList &actionIds,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    for (const QString &id : actionIds) {
        if (!m_actionIds.contains(id))
            m_actionIds.append(id);
    }
    setText(tr("Delete %n action item(s)", nullptr, int(m_actionIds.size())));
    setObsolete(m_actionIds.isEmpty());
}

void RemoveActionsCommand::redo()
{
    if (!m_planned) {
        const QList<ActionItem> &actions = m_document->session().actions;
        for (int row = 0; row < actions.size(); ++row) {
            if (m_actionIds.contains(actions.at(row).id))
                m_removed.append({row, actions.at(row)});
        }
        Q_ASSERT(m_removed.size() == m_actionIds.size());
        m_planned = true;
    }
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        m_document->removeAction(it->first);
}

void RemoveActionsCommand::undo()
{
    for (const auto &[row, action] : std::as_const(m_removed))
        m_document->insertAction(row, action);
}

} // namespace Whyboard
