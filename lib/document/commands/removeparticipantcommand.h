// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/participant.h"

#include "document/commands/removedfindings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <utility>

namespace Whyboard {

class SessionDocument;

// Takes one participant (or several) off the session; undo puts them back in their rows.
class RemoveParticipantCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveParticipantCommand)

public:
    RemoveParticipantCommand(SessionDocument *document, const QString &participantId,
                             QUndoCommand *parent = nullptr);
    RemoveParticipantCommand(SessionDocument *document, const QStringList &participantIds,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    QStringList m_participantIds;
    bool m_planned = false;
    QList<std::pair<int, Participant>> m_removed; // ascending row
    RemovedFindings m_findings; // set aside for the deleted items
};

} // namespace Whyboard
