#include "document/commands/editcardcommand.h"

#include "document/commands/mergeid.h"
#include "document/sessiondocument.h"

namespace Whyboard {

EditCardCommand::EditCardCommand(SessionDocument *document, const Card &newCard, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    const Card *card = document->session().card(newCard.id);
    Q_ASSERT(card);
    if (card)
        m_old = *card;
    m_new = m_old;
    m_new.text = newCard.text;
    m_new.evidence = newCard.evidence;
    m_new.verified = newCard.verified;
    m_field = changedField(m_old, m_new);
    switch (m_field) {
    case Field::Text:
        setText(tr("Edit card text"));
        break;
    case Field::Evidence:
        setText(tr("Edit evidence"));
        break;
    case Field::Verified:
        setText(m_new.verified ? tr("Mark evidence verified") : tr("Mark evidence unverified"));
        break;
    case Field::None:
    case Field::Several:
        setText(tr("Edit card"));
        break;
    }
    setObsolete(m_field == Field::None);
}

EditCardCommand::Field EditCardCommand::changedField(const Card &before, const Card &after)
{
    const int changes = int(before.text != after.text) + int(before.evidence != after.evidence)
                        + int(before.verified != after.verified);
    if (changes == 0)
        return Field::None;
    if (changes > 1)
        return Field::Several;
    if (before.text != after.text)
        return Field::Text;
    return before.evidence != after.evidence ? Field::Evidence : Field::Verified;
}

void EditCardCommand::redo() { m_document->updateCard(m_new); }

void EditCardCommand::undo() { m_document->updateCard(m_old); }

int EditCardCommand::id() const { return int(MergeId::EditCard); }

bool EditCardCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCardCommand *>(other);
    const bool typing = m_field == Field::Text || m_field == Field::Evidence;
    if (!typing || next->m_document != m_document || next->m_new.id != m_new.id || next->m_field != m_field)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace Whyboard
