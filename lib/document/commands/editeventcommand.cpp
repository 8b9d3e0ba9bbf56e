// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editeventcommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

EditEventCommand::EditEventCommand(SessionDocument *document, const TimelineEvent &newEvent, QUndoCommand *parent)
    : EditItemCommand(document, document->session().timeline, document->session().indexOfEvent(newEvent.id), newEvent,
                      {&TimelineEvent::text}, MergeId::EditEvent, parent)
{
    switch (typingField()) {
    case 0:
        setText(tr("Edit event text"));
        break;
    default:
        setText(tr("Edit timeline event"));
        break;
    }
}

void EditEventCommand::apply(const TimelineEvent &item) { document()->updateEvent(item); }

} // namespace Whyboard
