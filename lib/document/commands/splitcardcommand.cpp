// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/splitcardcommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

SplitCardCommand::SplitCardCommand(SessionDocument *document, const QString &cardId, const QString &firstText,
                                   const QString &secondText, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    const Session &session = document->session();
    const Card *card = session.card(cardId);
    Q_ASSERT(card && card->kind == CardKind::Why);
    if (card)
        m_old = *card;
    m_first = m_old;
    m_first.text = firstText;
    m_newCard.id = document->newCardId();
    m_newCard.kind = CardKind::Why;
    m_newCard.text = secondText;
    m_newCard.position = m_old.position + QPointF(siblingOffset, 0);
    for (const QString &cause : session.causesOf(cardId))
        m_newLinks.append({cause, m_newCard.id, ReadBackVerdict::NotChecked});
    for (const QString &effect : session.effectsOf(cardId))
        m_newLinks.append({m_newCard.id, effect, ReadBackVerdict::NotChecked});
    setText(tr("Split card"));
}

void SplitCardCommand::redo()
{
    m_document->updateCard(m_first);
    m_document->insertCard(m_document->session().cards.size(), m_newCard);
    for (const CausalLink &link : std::as_const(m_newLinks))
        m_document->insertLink(m_document->session().links.size(), link);
}

void SplitCardCommand::undo()
{
    for (auto it = m_newLinks.crbegin(); it != m_newLinks.crend(); ++it)
        m_document->removeLink(it->causeId, it->effectId);
    m_document->removeCard(m_newCard.id);
    m_document->updateCard(m_old);
}

} // namespace Whyboard
