// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editactioncommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

namespace {

// The day an action is marked done is kept (the follow-ups count what was done on time); it
// is stamped here, once, so that undo and redo put back exactly the same item.
ActionItem withDoneDay(const SessionDocument *document, ActionItem action)
{
    const int row = document->session().indexOfAction(action.id);
    const bool wasDone = row >= 0 && document->session().actions.at(row).status == ActionStatus::Done;
    if (action.status != ActionStatus::Done)
        action.doneOn = QDate();
    else if (!wasDone && !action.doneOn.isValid())
        action.doneOn = QDate::currentDate();
    return action;
}

} // namespace

EditActionCommand::EditActionCommand(SessionDocument *document, const ActionItem &newAction, QUndoCommand *parent)
    : EditItemCommand(document, document->session().actions, document->session().indexOfAction(newAction.id),
                      withDoneDay(document, newAction),
                      {&ActionItem::text, &ActionItem::owner, &ActionItem::link}, MergeId::EditAction, parent)
{
    switch (typingField()) {
    case 0:
        setText(tr("Edit action text"));
        break;
    case 1:
        setText(tr("Edit action owner"));
        break;
    case 2:
        setText(tr("Edit tracker link"));
        break;
    default:
        setText(tr("Edit action item"));
        break;
    }
}

void EditActionCommand::apply(const ActionItem &item) { document()->updateActionItem(item); }

} // namespace Whyboard
