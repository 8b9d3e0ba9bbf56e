// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/timelineevent.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Appends one of the session's timeline events. One without an id gets a fresh one (see eventId()).
class AddEventCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddEventCommand)

public:
    AddEventCommand(SessionDocument *document, const TimelineEvent &event, QUndoCommand *parent = nullptr);

    QString eventId() const { return m_event.id; }

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    TimelineEvent m_event;
};

} // namespace Whyboard
