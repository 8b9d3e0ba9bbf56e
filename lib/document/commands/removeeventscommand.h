// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"
#include "data/timelineevent.h"

#include "document/commands/removedfindings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <utility>

namespace Whyboard {

class SessionDocument;

// Deletes timeline events; action items forget them. Undo restores rows and references.
class RemoveEventsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveEventsCommand)

public:
    RemoveEventsCommand(SessionDocument *document, const QStringList &eventIds, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void plan();

    SessionDocument *m_document;
    QStringList m_eventIds;
    bool m_planned = false;
    QList<std::pair<int, TimelineEvent>> m_removed;     // ascending row
    QList<std::pair<ActionItem, ActionItem>> m_actions; // before, after
    RemovedFindings m_findings; // set aside for the deleted items
};

} // namespace Whyboard
