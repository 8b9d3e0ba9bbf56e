#include "document/commands/editeventcommand.h"

#include "document/commands/mergeid.h"
#include "document/sessiondocument.h"

namespace Whyboard {

namespace {

// Which text field is the only difference between the two, or -1.
int typingField(const TimelineEvent &before, const TimelineEvent &after)
{
    if (before.text != after.text) {
        TimelineEvent onlyThat = before;
        onlyThat.text = after.text;
        return onlyThat == after ? 0 : -1;
    }
    return -1;
}

} // namespace

EditEventCommand::EditEventCommand(SessionDocument *document, const TimelineEvent &newEvent,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_new(newEvent)
{
    const int row = document->session().indexOfEvent(newEvent.id);
    Q_ASSERT(row >= 0);
    m_old = row >= 0 ? document->session().timeline.at(row) : newEvent;
    m_typingField = typingField(m_old, m_new);
    switch (m_typingField) {
    case 0:
        setText(tr("Edit event text"));
        break;
    default:
        setText(tr("Edit timeline event"));
        break;
    }
    setObsolete(m_old == m_new);
}

void EditEventCommand::redo() { m_document->updateEvent(m_new); }

void EditEventCommand::undo() { m_document->updateEvent(m_old); }

int EditEventCommand::id() const { return int(MergeId::EditEvent); }

bool EditEventCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditEventCommand *>(other);
    if (m_typingField < 0 || next->m_document != m_document || next->m_new.id != m_new.id
        || next->m_typingField != m_typingField)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace Whyboard
