// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/cardplacement.h"

#include "analysis/layeredlayout.h"

#include <QHash>
#include <QList>

#include <algorithm>

namespace Whyboard {

void CardPlacement::placeUnpositionedCards(Session &session, const QSet<QString> &unpositioned)
{
    QSet<QString> pendingIds;
    for (const Card &card : std::as_const(session.cards)) {
        if (unpositioned.contains(card.id))
            pendingIds.insert(card.id);
    }
    if (pendingIds.isEmpty())
        return;
    QHash<QString, QSizeF> sizes;
    for (const Card &card : std::as_const(session.cards))
        sizes.insert(card.id, LayeredLayout::estimatedCardSize(card));
    if (pendingIds.size() == session.cards.size()) {
        const QHash<QString, QPointF> positions = LayeredLayout::arrange(session, sizes);
        for (Card &card : session.cards)
            card.position = positions.value(card.id);
        return;
    }
    QList<int> pending;
    for (int i = 0; i < session.cards.size(); ++i) {
        if (pendingIds.contains(session.cards.at(i).id))
            pending.append(i);
    }
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (int p = 0; p < pending.size(); ++p) {
            Card &card = session.cards[pending.at(p)];
            const QStringList effects = session.effectsOf(card.id);
            if (!effects.isEmpty() && pendingIds.contains(effects.first()))
                continue;
            // Only placed cards take part while looking for room.
            Session placed = session;
            placed.cards.erase(std::remove_if(placed.cards.begin(), placed.cards.end(),
                                              [&](const Card &c) { return pendingIds.contains(c.id); }),
                               placed.cards.end());
            card.position = LayeredLayout::freeSpotNear(placed, sizes, effects.value(0), sizes.value(card.id));
            pendingIds.remove(card.id);
            pending.removeAt(p);
            progressed = true;
            break;
        }
        Q_ASSERT(progressed); // acyclic links: some pending card always has a placed effect
        if (!progressed)
            break;
    }
}

} // namespace Whyboard
