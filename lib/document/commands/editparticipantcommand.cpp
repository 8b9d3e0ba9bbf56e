#include "document/commands/editparticipantcommand.h"

#include "document/commands/mergeid.h"
#include "document/sessiondocument.h"

namespace Whyboard {

namespace {

// Which text field is the only difference between the two, or -1.
int typingField(const Participant &before, const Participant &after)
{
    if (before.name != after.name) {
        Participant onlyThat = before;
        onlyThat.name = after.name;
        return onlyThat == after ? 0 : -1;
    }
    return -1;
}

} // namespace

EditParticipantCommand::EditParticipantCommand(SessionDocument *document, const Participant &newParticipant,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_new(newParticipant)
{
    const int row = document->session().indexOfParticipant(newParticipant.id);
    Q_ASSERT(row >= 0);
    m_old = row >= 0 ? document->session().participants.at(row) : newParticipant;
    m_typingField = typingField(m_old, m_new);
    switch (m_typingField) {
    case 0:
        setText(tr("Rename participant"));
        break;
    default:
        setText(tr("Edit participant"));
        break;
    }
    setObsolete(m_old == m_new);
}

void EditParticipantCommand::redo() { m_document->updateParticipant(m_new); }

void EditParticipantCommand::undo() { m_document->updateParticipant(m_old); }

int EditParticipantCommand::id() const { return int(MergeId::EditParticipant); }

bool EditParticipantCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditParticipantCommand *>(other);
    if (m_typingField < 0 || next->m_document != m_document || next->m_new.id != m_new.id
        || next->m_typingField != m_typingField)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace Whyboard
