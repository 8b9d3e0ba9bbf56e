// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"

#include "document/commands/removedfindings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <utility>

namespace Whyboard {

class SessionDocument;

// Deletes action items; undo puts them back in their rows.
class RemoveActionsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveActionsCommand)

public:
    RemoveActionsCommand(SessionDocument *document, const QStringList &actionIds, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    QStringList m_actionIds;
    bool m_planned = false;
    QList<std::pair<int, ActionItem>> m_removed; // ascending row
    RemovedFindings m_findings; // set aside for the deleted items
};

} // namespace Whyboard
