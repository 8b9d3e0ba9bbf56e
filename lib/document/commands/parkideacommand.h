// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/parkedidea.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Adds an idea to the end of the session's parking lot. One without an id gets a fresh one.
class ParkIdeaCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ParkIdeaCommand)

public:
    ParkIdeaCommand(SessionDocument *document, const ParkedIdea &idea, QUndoCommand *parent = nullptr);

    QString ideaId() const { return m_idea.id; }

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    ParkedIdea m_idea;
};

} // namespace Whyboard
