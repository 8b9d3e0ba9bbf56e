// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/movecardscommand.h"

#include "document/sessiondocument.h"

#include <algorithm>

namespace Whyboard {

MoveCardsCommand::MoveCardsCommand(SessionDocument *document, const QHash<QString, QPointF> &newPositions,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    for (auto it = newPositions.cbegin(); it != newPositions.cend(); ++it) {
        const Card *card = document->session().card(it.key());
        Q_ASSERT(card);
        if (card)
            m_moves.append({it.key(), card->position, it.value()});
    }
    std::sort(m_moves.begin(), m_moves.end(), [](const Move &a, const Move &b) { return a.cardId < b.cardId; });
    setText(tr("Move %n card(s)", nullptr, int(m_moves.size())));
    updateObsolete();
}

void MoveCardsCommand::redo()
{
    for (const Move &move : std::as_const(m_moves))
        m_document->moveCard(move.cardId, move.to);
}

void MoveCardsCommand::undo()
{
    for (const Move &move : std::as_const(m_moves))
        m_document->moveCard(move.cardId, move.from);
}

// A drag that ends where it began leaves nothing to undo.
void MoveCardsCommand::updateObsolete()
{
    setObsolete(std::all_of(m_moves.cbegin(), m_moves.cend(), [](const Move &m) { return m.from == m.to; }));
}

} // namespace Whyboard
