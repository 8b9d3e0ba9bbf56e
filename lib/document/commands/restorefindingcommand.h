// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/dismissedfinding.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Brings a dismissed chain-check finding back; undo dismisses it again with its reason.
class RestoreFindingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreFindingCommand)

public:
    RestoreFindingCommand(SessionDocument *document, const QString &checkId, const QString &itemId,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    DismissedFinding m_finding;
    int m_index = -1;
};

} // namespace Whyboard
