#include "document/commands/editactioncommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

EditActionCommand::EditActionCommand(SessionDocument *document, const ActionItem &newAction, QUndoCommand *parent)
    : EditItemCommand(document, document->session().actions, document->session().indexOfAction(newAction.id), newAction,
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
