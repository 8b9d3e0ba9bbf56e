// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/layeredlayout.h"

namespace Whyboard {

// Where a new card can go without a whole re-layout: next to its parent's causes, slid
// along their row until it overlaps no card. Behind LayeredLayout::freeSpotNear().
class FreeSpotSearch
{
public:
    static QPointF find(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                        const QString &parentCardId, const QSizeF &newCardSize, Qt::Orientation orientation,
                        const LayoutSpacing &spacing);
};

} // namespace Whyboard
