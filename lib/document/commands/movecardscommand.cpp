#include "document/commands/movecardscommand.h"

#include "document/commands/mergeid.h"
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

int MoveCardsCommand::id() const { return int(MergeId::MoveCards); }

bool MoveCardsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveCardsCommand *>(other);
    if (next->m_document != m_document || next->m_moves.size() != m_moves.size())
        return false;
    for (int i = 0; i < m_moves.size(); ++i) {
        if (next->m_moves.at(i).cardId != m_moves.at(i).cardId)
            return false;
    }
    for (int i = 0; i < m_moves.size(); ++i)
        m_moves[i].to = next->m_moves.at(i).to;
    updateObsolete();
    return true;
}

// A drag that ends where it began leaves nothing to undo.
void MoveCardsCommand::updateObsolete()
{
    setObsolete(std::all_of(m_moves.cbegin(), m_moves.cend(), [](const Move &m) { return m.from == m.to; }));
}

} // namespace Whyboard
