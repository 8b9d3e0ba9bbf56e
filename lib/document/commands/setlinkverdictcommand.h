// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/causallink.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Records the room's read-back verdict on one link.
class SetLinkVerdictCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetLinkVerdictCommand)

public:
    SetLinkVerdictCommand(SessionDocument *document, const QString &causeId, const QString &effectId,
                          ReadBackVerdict verdict, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    CausalLink m_old;
    CausalLink m_new;
};

} // namespace Whyboard
