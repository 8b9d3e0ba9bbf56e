// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editparkedideacommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

EditParkedIdeaCommand::EditParkedIdeaCommand(SessionDocument *document, const ParkedIdea &newIdea, QUndoCommand *parent)
    : EditItemCommand(document, document->session().parkingLot, document->session().indexOfParkedIdea(newIdea.id),
                      newIdea, {&ParkedIdea::text}, MergeId::EditParkedIdea, parent)
{
    setText(tr("Edit parked idea"));
}

void EditParkedIdeaCommand::apply(const ParkedIdea &item) { document()->updateParkedIdea(item); }

} // namespace Whyboard
