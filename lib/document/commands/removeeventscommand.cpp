// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removeeventscommand.h"

#include "document/sessiondocument.h"

#include <QSet>

namespace Whyboard {

RemoveEventsCommand::RemoveEventsCommand(SessionDocument *document, const QStringList &eventIds,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    QSet<QString> seen;
    for (const QString &id : eventIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            m_eventIds.append(id);
        }
    }
    setText(tr("Delete %n timeline event(s)", nullptr, int(m_eventIds.size())));
    setObsolete(m_eventIds.isEmpty());
}

void RemoveEventsCommand::plan()
{
    const Session &session = m_document->session();
    const QSet<QString> removed(m_eventIds.cbegin(), m_eventIds.cend());
    for (int row = 0; row < session.timeline.size(); ++row) {
        if (removed.contains(session.timeline.at(row).id))
            m_removed.append({row, session.timeline.at(row)});
    }
    Q_ASSERT(m_removed.size() == m_eventIds.size());
    for (const ActionItem &action : session.actions) {
        ActionItem after = action;
        after.eventIds.removeIf([&](const QString &id) { return removed.contains(id); });
        if (after != action)
            m_actions.append({action, after});
    }
    m_findings.plan(m_document, removed);
    m_planned = true;
}

void RemoveEventsCommand::redo()
{
    if (!m_planned)
        plan();
    m_findings.remove(m_document);
    for (const auto &change : std::as_const(m_actions))
        m_document->updateActionItem(change.second);
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        m_document->removeEvent(it->first);
}

void RemoveEventsCommand::undo()
{
    for (const auto &[row, event] : std::as_const(m_removed))
        m_document->insertEvent(row, event);
    for (auto it = m_actions.crbegin(); it != m_actions.crend(); ++it)
        m_document->updateActionItem(it->first);
    m_findings.restore(m_document);
}

} // namespace Whyboard
