// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/freespotsearch.h"

#include <QRectF>

#include <algorithm>
#include <vector>

namespace Whyboard {

namespace {

QRectF cardRect(const Card &card, const QHash<QString, QSizeF> &sizes)
{
    return QRectF(card.position, sizes.value(card.id, LayeredLayout::defaultCardSize()));
}

} // namespace

QPointF FreeSpotSearch::find(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                             const QString &parentCardId, const QSizeF &newCardSize, Qt::Orientation orientation,
                             const LayoutSpacing &spacing)
{
    const bool vertical = orientation == Qt::Vertical;
    std::vector<QRectF> obstacles;
    obstacles.reserve(session.cards.size());
    for (const Card &card : session.cards)
        obstacles.push_back(cardRect(card, cardSizes));

    QRectF spot(QPointF(0, 0), newCardSize);
    if (const Card *parent = session.card(parentCardId)) {
        const QRectF parentRect = cardRect(*parent, cardSizes);
        // Next to the parent's existing causes in their row, else centred under the parent.
        bool haveSibling = false;
        QRectF siblings;
        for (const QString &causeId : session.causesOf(parentCardId)) {
            if (const Card *cause = session.card(causeId)) {
                siblings = haveSibling ? siblings.united(cardRect(*cause, cardSizes)) : cardRect(*cause, cardSizes);
                haveSibling = true;
            }
        }
        if (vertical) {
            spot.moveTopLeft(haveSibling ? QPointF(siblings.right() + spacing.siblingGap, siblings.top())
                                         : QPointF(parentRect.center().x() - newCardSize.width() / 2,
                                                   parentRect.bottom() + spacing.layerGap));
        } else {
            spot.moveTopLeft(haveSibling ? QPointF(siblings.left(), siblings.bottom() + spacing.siblingGap)
                                         : QPointF(parentRect.right() + spacing.layerGap,
                                                   parentRect.center().y() - newCardSize.height() / 2));
        }
    } else if (!obstacles.empty()) {
        QRectF all = obstacles.front();
        for (const QRectF &rect : obstacles)
            all = all.united(rect);
        spot.moveTopLeft(vertical ? QPointF(all.right() + spacing.siblingGap, all.top())
                                  : QPointF(all.left(), all.bottom() + spacing.siblingGap));
    }

    // Slide along the row past whatever is in the way; each step clears at least one card.
    const qreal margin = spacing.siblingGap / 2;
    for (std::size_t step = 0; step <= obstacles.size(); ++step) {
        const QRectF padded = spot.adjusted(-margin, -margin, margin, margin);
        const auto blocker = std::find_if(obstacles.begin(), obstacles.end(),
                                          [&](const QRectF &rect) { return rect.intersects(padded); });
        if (blocker == obstacles.end())
            break;
        if (vertical)
            spot.moveLeft(blocker->right() + spacing.siblingGap);
        else
            spot.moveTop(blocker->bottom() + spacing.siblingGap);
    }
    return spot.topLeft();
}

} // namespace Whyboard
