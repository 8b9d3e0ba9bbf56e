// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QGraphicsScene>
#include <QHash>
#include <QRectF>

namespace Whyboard::Bench {

class BareCardItem;

// The floor of the board's measures: the plainest scene Qt draws the same board with. A
// QGraphicsRectItem and a QGraphicsSimpleTextItem per card at the board's own card rectangles,
// a QGraphicsLineItem per link between card centres.
class BareScene : public QGraphicsScene
{
public:
    BareScene(const Session &session, const QHash<QString, QRectF> &cardRects, const QFont &textFont);

    BareCardItem *card(const QString &id) const { return m_cards.value(id); }

private:
    QHash<QString, BareCardItem *> m_cards;
};

} // namespace Whyboard::Bench
