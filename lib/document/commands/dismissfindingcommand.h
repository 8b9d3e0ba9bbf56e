// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/dismissedfinding.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Sets a chain-check finding aside for one item, keeping the room's reason.
class DismissFindingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DismissFindingCommand)

public:
    DismissFindingCommand(SessionDocument *document, const DismissedFinding &finding, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    DismissedFinding m_finding;
};

} // namespace Whyboard
