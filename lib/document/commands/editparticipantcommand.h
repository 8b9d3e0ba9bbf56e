// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/edititemcommand.h"
#include "data/participant.h"

#include <QCoreApplication>

namespace Whyboard {

// Replaces a participant (name, roles), found by id.
// Typing in the name merges into one undo step.
class EditParticipantCommand : public EditItemCommand<Participant>
{
    Q_DECLARE_TR_FUNCTIONS(EditParticipantCommand)

public:
    EditParticipantCommand(SessionDocument *document, const Participant &newParticipant, QUndoCommand *parent = nullptr);

private:
    void apply(const Participant &item) override;
};

} // namespace Whyboard
