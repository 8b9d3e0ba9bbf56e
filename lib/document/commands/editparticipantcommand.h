#pragma once

#include "model/participant.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Replaces a participant (name, roles), found by id.
// Consecutive edits of the same text field (name) of the same item merge: typing is
// one undo step.
class EditParticipantCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditParticipantCommand)

public:
    EditParticipantCommand(SessionDocument *document, const Participant &newParticipant,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SessionDocument *m_document;
    Participant m_old;
    Participant m_new;
    int m_typingField = -1; // the one text field this edit changes, or -1
};

} // namespace Whyboard
