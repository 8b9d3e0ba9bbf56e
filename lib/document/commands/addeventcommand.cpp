// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addeventcommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

AddEventCommand::AddEventCommand(SessionDocument *document, const TimelineEvent &event, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_event(event)
{
    if (m_event.id.isEmpty())
        m_event.id = document->newEventId();
    setText(tr("Add timeline event"));
}

void AddEventCommand::redo() { m_document->insertEvent(m_document->session().timeline.size(), m_event); }

void AddEventCommand::undo()
{
    const int row = m_document->session().indexOfEvent(m_event.id);
    Q_ASSERT(row >= 0);
    m_document->removeEvent(row);
}

} // namespace Whyboard
