// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editparticipantcommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

EditParticipantCommand::EditParticipantCommand(SessionDocument *document, const Participant &newParticipant, QUndoCommand *parent)
    : EditItemCommand(document, document->session().participants, document->session().indexOfParticipant(newParticipant.id), newParticipant,
                      {&Participant::name}, MergeId::EditParticipant, parent)
{
    switch (typingField()) {
    case 0:
        setText(tr("Rename participant"));
        break;
    default:
        setText(tr("Edit participant"));
        break;
    }
}

void EditParticipantCommand::apply(const Participant &item) { document()->updateParticipant(item); }

} // namespace Whyboard
