// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/participant.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Appends one of the session's participants. One without an id gets a fresh one
// (see participantId()).
class AddParticipantCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddParticipantCommand)

public:
    AddParticipantCommand(SessionDocument *document, const Participant &participant,
                          QUndoCommand *parent = nullptr);

    QString participantId() const { return m_participant.id; }

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    Participant m_participant;
};

} // namespace Whyboard
