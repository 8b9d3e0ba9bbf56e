// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/parkideacommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

ParkIdeaCommand::ParkIdeaCommand(SessionDocument *document, const ParkedIdea &idea, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_idea(idea)
{
    if (m_idea.id.isEmpty())
        m_idea.id = document->newParkedIdeaId();
    setText(tr("Park idea"));
}

void ParkIdeaCommand::redo() { m_document->insertParkedIdea(m_document->session().parkingLot.size(), m_idea); }

void ParkIdeaCommand::undo()
{
    const int row = m_document->session().indexOfParkedIdea(m_idea.id);
    Q_ASSERT(row >= 0);
    m_document->removeParkedIdea(row);
}

} // namespace Whyboard
