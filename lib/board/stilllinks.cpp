// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/stilllinks.h"

#include "board/boardscene.h"
#include "board/carditem.h"
#include "board/linkitem.h"

#include <QPainter>

namespace Whyboard {

QRectF StillLinks::settle(const BoardScene &scene)
{
    QRectF changed;
    const QList<LinkItem *> links = scene.linkItems();
    for (LinkItem *link : links) {
        const bool moving = link->isSelected() || link->cause()->isSelected() || link->effect()->isSelected();
        if (link->isInViewBackground() != moving)
            continue;
        link->setInViewBackground(!moving);
        changed |= link->sceneBoundingRect();
    }
    return changed;
}

void StillLinks::paint(QPainter *painter, const QRectF &rect, const BoardScene &scene)
{
    const QList<QGraphicsItem *> items = scene.items(rect, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
    for (const QGraphicsItem *item : items) {
        if (item->type() != LinkItem::Type)
            continue;
        const auto *link = static_cast<const LinkItem *>(item);
        if (link->isInViewBackground() && link->isVisible()) {
            painter->save();
            link->paintLink(painter, rect);
            painter->restore();
        }
    }
}

} // namespace Whyboard
