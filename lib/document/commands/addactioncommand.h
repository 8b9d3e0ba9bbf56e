// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Appends one of the session's action items. One without an id gets a fresh one (see actionId()).
class AddActionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddActionCommand)

public:
    AddActionCommand(SessionDocument *document, const ActionItem &action, QUndoCommand *parent = nullptr);

    QString actionId() const { return m_action.id; }

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    ActionItem m_action;
};

} // namespace Whyboard
