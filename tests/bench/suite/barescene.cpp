// SPDX-License-Identifier: GPL-3.0-or-later
#include "barescene.h"

#include "barecarditem.h"

#include <QGraphicsLineItem>

namespace Whyboard::Bench {

BareScene::BareScene(const Session &session, const QHash<QString, QRectF> &cardRects, const QFont &textFont)
{
    for (const Card &card : session.cards) {
        auto *item = new BareCardItem(cardRects.value(card.id), card.text, textFont);
        addItem(item);
        m_cards.insert(card.id, item);
    }
    for (const CausalLink &link : session.links) {
        BareCardItem *cause = m_cards.value(link.causeId);
        BareCardItem *effect = m_cards.value(link.effectId);
        if (!cause || !effect)
            continue;
        auto *line = new QGraphicsLineItem(QLineF(cause->sceneBoundingRect().center(), effect->sceneBoundingRect().center()));
        line->setZValue(-1);
        addItem(line);
        cause->addLine(line, true);
        effect->addLine(line, false);
    }
}

} // namespace Whyboard::Bench
