// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addcardcommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

AddCardCommand::AddCardCommand(SessionDocument *document, const Card &card, const QString &explainsCardId,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_card(card)
    , m_explainsCardId(explainsCardId)
{
    if (m_card.id.isEmpty())
        m_card.id = document->newCardId();
    setText(m_card.kind == CardKind::Problem ? tr("Add problem") : tr("Add why"));
}

void AddCardCommand::redo()
{
    m_document->insertCard(m_document->session().cards.size(), m_card);
    if (!m_explainsCardId.isEmpty()) {
        Q_ASSERT(m_card.kind == CardKind::Why);
        const CausalLink link{m_card.id, m_explainsCardId, ReadBackVerdict::NotChecked};
        m_document->insertLink(m_document->session().links.size(), link);
    }
}

void AddCardCommand::undo()
{
    if (!m_explainsCardId.isEmpty())
        m_document->removeLink(m_card.id, m_explainsCardId);
    m_document->removeCard(m_card.id);
}

} // namespace Whyboard
