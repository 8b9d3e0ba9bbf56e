#include "document/commands/editactioncommand.h"

#include "document/commands/mergeid.h"
#include "document/sessiondocument.h"

namespace Whyboard {

namespace {

// Which text field is the only difference between the two, or -1.
int typingField(const ActionItem &before, const ActionItem &after)
{
    if (before.text != after.text) {
        ActionItem onlyThat = before;
        onlyThat.text = after.text;
        return onlyThat == after ? 0 : -1;
    }
    if (before.owner != after.owner) {
        ActionItem onlyThat = before;
        onlyThat.owner = after.owner;
        return onlyThat == after ? 1 : -1;
    }
    if (before.link != after.link) {
        ActionItem onlyThat = before;
        onlyThat.link = after.link;
        return onlyThat == after ? 2 : -1;
    }
    return -1;
}

} // namespace

EditActionCommand::EditActionCommand(SessionDocument *document, const ActionItem &newAction,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_new(newAction)
{
    const int row = document->session().indexOfAction(newAction.id);
    Q_ASSERT(row >= 0);
    m_old = row >= 0 ? document->session().actions.at(row) : newAction;
    m_typingField = typingField(m_old, m_new);
    switch (m_typingField) {
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
    setObsolete(m_old == m_new);
}

void EditActionCommand::redo() { m_document->updateAction(m_new); }

void EditActionCommand::undo() { m_document->updateAction(m_old); }

int EditActionCommand::id() const { return int(MergeId::EditAction); }

bool EditActionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditActionCommand *>(other);
    if (m_typingField < 0 || next->m_document != m_document || next->m_new.id != m_new.id
        || next->m_typingField != m_typingField)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace Whyboard
