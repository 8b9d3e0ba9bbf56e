// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removeparticipantcommand.h"

#include "document/sessiondocument.h"

#include <QSet>

namespace Whyboard {

RemoveParticipantCommand::RemoveParticipantCommand(SessionDocument *document, const QString &participantId,
                                                   QUndoCommand *parent)
    : RemoveParticipantCommand(document, QStringList{participantId}, parent)
{
}

RemoveParticipantCommand::RemoveParticipantCommand(SessionDocument *document, const QStringList &participantIds,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    QSet<QString> seen;
    for (const QString &id : participantIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            m_participantIds.append(id);
        }
    }
    setText(tr("Remove %n participant(s)", nullptr, int(m_participantIds.size())));
    setObsolete(m_participantIds.isEmpty());
}

void RemoveParticipantCommand::redo()
{
    if (!m_planned) {
        const QSet<QString> removed(m_participantIds.cbegin(), m_participantIds.cend());
        const QList<Participant> &participants = m_document->session().participants;
        for (int row = 0; row < participants.size(); ++row) {
            if (removed.contains(participants.at(row).id))
                m_removed.append({row, participants.at(row)});
        }
        Q_ASSERT(m_removed.size() == m_participantIds.size());
        m_findings.plan(m_document, removed);
        m_planned = true;
    }
    m_findings.remove(m_document);
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        m_document->removeParticipant(it->first);
}

void RemoveParticipantCommand::undo()
{
    for (const auto &[row, participant] : std::as_const(m_removed))
        m_document->insertParticipant(row, participant);
    m_findings.restore(m_document);
}

} // namespace Whyboard
