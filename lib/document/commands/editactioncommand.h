// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/edititemcommand.h"
#include "data/actionitem.h"

#include <QCoreApplication>

namespace Whyboard {

// Replaces an action item (every field), found by id.
// Typing in its text, owner or tracker link merges into one undo step.
class EditActionCommand : public EditItemCommand<ActionItem>
{
    Q_DECLARE_TR_FUNCTIONS(EditActionCommand)

public:
    EditActionCommand(SessionDocument *document, const ActionItem &newAction, QUndoCommand *parent = nullptr);

private:
    void apply(const ActionItem &item) override;
};

} // namespace Whyboard
