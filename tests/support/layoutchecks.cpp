// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutchecks.h"

#include <QLineF>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace Whyboard::Test {

// "a>p b>p c>a,b": a and b explain the problem p, c explains both a and b.
Session shape(const QString &spec)
{
    Session session;
    session.cards.append(Card{QStringLiteral("p"), CardKind::Problem, QStringLiteral("problem"), {}, false, {}, false, {}, {}, {}});
    for (const QString &part : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList sides = part.split(QLatin1Char('>'));
        session.cards.append(Card{sides.at(0), CardKind::Why, sides.at(0), {}, false, {}, false, {}, {}, {}});
        for (const QString &effect : sides.at(1).split(QLatin1Char(',')))
            session.links.append(CausalLink{sides.at(0), effect, ReadBackVerdict::NotChecked});
    }
    return session;
}

QRectF rectOf(const QString &id, const QHash<QString, QPointF> &positions, const QHash<QString, QSizeF> &sizes)
{
    return QRectF(positions.value(id), sizes.value(id, LayeredLayout::defaultCardSize()));
}

// Varied sizes, as a board with wrapped text has.
QHash<QString, QSizeF> variedSizes(const Session &session)
{
    QHash<QString, QSizeF> sizes;
    for (int i = 0; i < session.cards.size(); ++i)
        sizes.insert(session.cards.at(i).id, QSizeF(160 + 40 * (i % 4), 80 + 30 * (i % 3)));
    return sizes;
}

QString firstOverlap(const Session &session, const QHash<QString, QPointF> &positions,
                     const QHash<QString, QSizeF> &sizes)
{
    // Sweep by left edge so that 1,000 cards stay cheap.
    QList<QRectF> rects;
    QStringList ids;
    for (const Card &card : session.cards) {
        rects.append(rectOf(card.id, positions, sizes));
        ids.append(card.id);
    }
    QList<int> order(rects.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return rects.at(a).left() < rects.at(b).left(); });
    for (int i = 0; i < order.size(); ++i) {
        for (int j = i + 1; j < order.size() && rects.at(order.at(j)).left() < rects.at(order.at(i)).right(); ++j) {
            if (rects.at(order.at(i)).intersects(rects.at(order.at(j))))
                return ids.at(order.at(i)) + QLatin1Char('/') + ids.at(order.at(j));
        }
    }
    return {};
}

QString firstParentNotBefore(const Session &session, const QHash<QString, QPointF> &positions,
                             const QHash<QString, QSizeF> &sizes, Qt::Orientation orientation)
{
    for (const CausalLink &link : session.links) {
        const QRectF effect = rectOf(link.effectId, positions, sizes);
        const QRectF cause = rectOf(link.causeId, positions, sizes);
        const bool ok = orientation == Qt::Vertical ? effect.bottom() < cause.top() : effect.right() < cause.left();
        if (!ok)
            return link.effectId + QStringLiteral(" not before ") + link.causeId;
    }
    return {};
}

// The board draws each link as a straight arrow between the two cards: none may pass over a
// third card.
QString firstLinkThroughCard(const Session &session, const QHash<QString, QPointF> &positions,
                             const QHash<QString, QSizeF> &sizes)
{
    for (const CausalLink &link : session.links) {
        const QLineF arrow(rectOf(link.causeId, positions, sizes).center(), rectOf(link.effectId, positions, sizes).center());
        for (const Card &card : session.cards) {
            if (card.id == link.causeId || card.id == link.effectId)
                continue;
            const QRectF rect = rectOf(card.id, positions, sizes);
            const QList<QLineF> edges{{rect.topLeft(), rect.topRight()}, {rect.topRight(), rect.bottomRight()},
                                      {rect.bottomRight(), rect.bottomLeft()}, {rect.bottomLeft(), rect.topLeft()}};
            for (const QLineF &edge : edges) {
                if (arrow.intersects(edge, nullptr) == QLineF::BoundedIntersection)
                    return link.causeId + QStringLiteral("->") + link.effectId + QStringLiteral(" over ") + card.id;
            }
        }
    }
    return {};
}

Session randomDag(int cards, quint32 seed, bool sharedCauses)
{
    QRandomGenerator random(seed);
    Session session;
    session.cards.append(Card{QStringLiteral("p"), CardKind::Problem, QStringLiteral("problem"), {}, false, {}, false, {}, {}, {}});
    for (int i = 1; i < cards; ++i) {
        const QString id = QStringLiteral("w%1").arg(i);
        session.cards.append(Card{id, CardKind::Why, id, {}, false, {}, false, {}, {}, {}});
        // Mostly a tree, as real chains are, with some causes explaining a second card.
        const int effect = i < 4 ? 0 : int(random.bounded(std::max(1, i - 30), i));
        session.links.append(CausalLink{id, session.cards.at(effect).id, ReadBackVerdict::NotChecked});
        if (sharedCauses && i > 10 && random.bounded(10) == 0) {
            const int second = int(random.bounded(0, i));
            if (second != effect)
                session.links.append(CausalLink{id, session.cards.at(second).id, ReadBackVerdict::NotChecked});
        }
    }
    return session;
}

// Each card's why level: one past the furthest effect it explains.
QHash<QString, int> levelsOf(const Session &session)
{
    QHash<QString, int> level;
    for (bool changed = true; changed;) {
        changed = false;
        for (const CausalLink &link : session.links) {
            if (level.value(link.causeId) < level.value(link.effectId) + 1) {
                level.insert(link.causeId, level.value(link.effectId) + 1);
                changed = true;
            }
        }
    }
    return level;
}

QHash<QString, QSizeF> estimatedSizes(const Session &session)
{
    QHash<QString, QSizeF> sizes;
    for (const Card &card : session.cards)
        sizes.insert(card.id, LayeredLayout::estimatedCardSize(card));
    return sizes;
}

// The board's own spacing (LayoutAnimator's), which the board and the exports use.
LayoutSpacing boardSpacing(Qt::Orientation orientation)
{
    LayoutSpacing spacing;
    spacing.layerGap = orientation == Qt::Vertical ? 56 : 100;
    spacing.siblingGap = orientation == Qt::Vertical ? 36 : 28;
    return spacing;
}

QRectF boundsOf(const QHash<QString, QPointF> &positions, const QHash<QString, QSizeF> &sizes)
{
    QRectF box;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        box |= QRectF(it.value(), sizes.value(it.key(), LayeredLayout::defaultCardSize()));
    return box;
}

} // namespace Whyboard::Test
