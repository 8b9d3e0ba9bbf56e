// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removeactionscommand.h"

#include "document/sessiondocument.h"

#include <QSet>

namespace Whyboard {

RemoveActionsCommand::RemoveActionsCommand(SessionDocument *document, const QStringList &actionIds,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    QSet<QString> seen;
    for (const QString &id : actionIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            m_actionIds.append(id);
        }
    }
    setText(tr("Delete %n action item(s)", nullptr, int(m_actionIds.size())));
    setObsolete(m_actionIds.isEmpty());
}

void RemoveActionsCommand::redo()
{
    if (!m_planned) {
        const QSet<QString> removed(m_actionIds.cbegin(), m_actionIds.cend());
        const QList<ActionItem> &actions = m_document->session().actions;
        for (int row = 0; row < actions.size(); ++row) {
            if (removed.contains(actions.at(row).id))
                m_removed.append({row, actions.at(row)});
        }
        Q_ASSERT(m_removed.size() == m_actionIds.size());
        m_findings.plan(m_document, removed);
        m_planned = true;
    }
    m_findings.remove(m_document);
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        m_document->removeActionItem(it->first);
}

void RemoveActionsCommand::undo()
{
    for (const auto &[row, action] : std::as_const(m_removed))
        m_document->insertActionItem(row, action);
    m_findings.restore(m_document);
}

} // namespace Whyboard
