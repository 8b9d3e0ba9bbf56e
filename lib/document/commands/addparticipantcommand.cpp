// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addparticipantcommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

AddParticipantCommand::AddParticipantCommand(SessionDocument *document, const Participant &participant,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_participant(participant)
{
    if (m_participant.id.isEmpty())
        m_participant.id = document->newParticipantId();
    setText(tr("Add participant"));
}

void AddParticipantCommand::redo()
{
    m_document->insertParticipant(m_document->session().participants.size(), m_participant);
}

void AddParticipantCommand::undo()
{
    const int row = m_document->session().indexOfParticipant(m_participant.id);
    Q_ASSERT(row >= 0);
    m_document->removeParticipant(row);
}

} // namespace Whyboard
