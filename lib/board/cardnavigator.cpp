// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/cardnavigator.h"

#include "board/carditem.h"

#include <algorithm>

namespace Whyboard {

bool CardNavigator::readsBefore(const CardItem *a, const CardItem *b)
{
    const QPointF ca = a->sceneCardRect().center();
    const QPointF cb = b->sceneCardRect().center();
    const int rowA = qRound(ca.y() / 60);
    const int rowB = qRound(cb.y() / 60);
    if (rowA != rowB)
        return rowA < rowB;
    if (!qFuzzyCompare(ca.x() + 1, cb.x() + 1))
        return ca.x() < cb.x();
    return a->cardId() < b->cardId();
}


QString CardNavigator::neighbour(const QList<CardItem *> &cards, const CardItem *from, int direction)
{
    if (!from)
        return {};
    const QPointF origin = from->sceneCardRect().center();
    const CardItem *best = nullptr;
    qreal bestScore = 0;
    for (const CardItem *card : cards) {
        if (card == from)
            continue;
        const QPointF d = card->sceneCardRect().center() - origin;
        qreal along = 0;
        qreal across = 0;
        switch (direction) {
        case Qt::Key_Up: along = -d.y(); across = d.x(); break;
        case Qt::Key_Down: along = d.y(); across = d.x(); break;
        case Qt::Key_Left: along = -d.x(); across = d.y(); break;
        case Qt::Key_Right: along = d.x(); across = d.y(); break;
        default: return {};
        }
        // Only cards ahead, within a 60-degree-ish cone; nearer and straighter wins.
        if (along <= 1 || qAbs(across) > along * 2)
            continue;
        const qreal score = along + 2 * qAbs(across);
        if (!best || score < bestScore) {
            best = card;
            bestScore = score;
        }
    }
    return best ? best->cardId() : QString();
}

QString CardNavigator::next(QList<CardItem *> cards, const QString &cardId, bool forward)
{
    if (cards.isEmpty())
        return {};
    std::sort(cards.begin(), cards.end(), readsBefore);
    int index = -1;
    for (int i = 0; i < cards.size(); ++i) {
        if (cards.at(i)->cardId() == cardId)
            index = i;
    }
    if (index < 0)
        return cards.first()->cardId();
    const int next = (index + (forward ? 1 : -1) + int(cards.size())) % int(cards.size());
    return cards.at(next)->cardId();
}

} // namespace Whyboard
