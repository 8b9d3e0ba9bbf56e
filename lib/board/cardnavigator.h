// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Whyboard {

class CardItem;

// Keyboard moves between cards by where they are now on the board, not by the order they
// were made in: arrows go to the nearest card in that direction, Tab follows reading order.
class CardNavigator
{
public:
    // Rows (by centre, in bands of 60 units) from the top, each left to right.
    static bool readsBefore(const CardItem *a, const CardItem *b);
    // The nearest card ahead in a cone around the direction; empty when there is none.
    static QString neighbour(const QList<CardItem *> &cards, const CardItem *from, int direction);
    // The next (or previous) card in reading order, wrapping around.
    static QString next(QList<CardItem *> cards, const QString &cardId, bool forward);
};

} // namespace Whyboard
