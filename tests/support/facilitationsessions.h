// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

namespace Whyboard::FacilitationTest {

// Small sessions built by hand so each test says exactly what the room put on the board.
// Header-only: every tst_*.cpp here is its own executable.

inline Card card(const QString &id, const QString &text, QPointF position = {}, CardKind kind = CardKind::Why)
{
    Card result;
    result.id = id;
    result.text = text;
    result.position = position;
    result.kind = kind;
    return result;
}

inline CausalLink link(const QString &causeId, const QString &effectId)
{
    CausalLink result;
    result.causeId = causeId;
    result.effectId = effectId;
    return result;
}

// Problem "p" and whys "w1".."w<depth>", each explaining the one before (w1 explains p).
inline Session chain(int depth)
{
    Session session;
    session.cards.append(card(QStringLiteral("p"), QStringLiteral("The app was deleted"), {0, 0}, CardKind::Problem));
    QString previous = QStringLiteral("p");
    for (int i = 1; i <= depth; ++i) {
        const QString id = QStringLiteral("w%1").arg(i);
        session.cards.append(card(id, QStringLiteral("Cause number %1").arg(i), {0, 150.0 * i}));
        session.links.append(link(id, previous));
        previous = id;
    }
    return session;
}

// p <- w1 <- w2 (compound) <- w3: the compound card has an effect and a cause.
inline Session compoundSession()
{
    Session s = chain(3);
    s.cards[2].text = QStringLiteral("The certificate expired and nobody was paged");
    return s;
}

} // namespace Whyboard::FacilitationTest
