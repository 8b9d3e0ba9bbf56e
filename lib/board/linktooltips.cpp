// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/linktooltips.h"

#include "board/linkitem.h"

namespace Whyboard {

void LinkToolTips::write(const QList<QGraphicsItem *> &items)
{
    for (QGraphicsItem *item : items) {
        if (item->type() == LinkItem::Type)
            item->setToolTip(static_cast<LinkItem *>(item)->toolTipText());
    }
}

} // namespace Whyboard
