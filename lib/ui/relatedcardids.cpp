// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/relatedcardids.h"

#include <QModelIndex>

namespace Whyboard {

QStringList relatedCardIds(const QList<QModelIndex> &rows, int cardIdsRole)
{
    QStringList cardIds;
    for (const QModelIndex &row : rows) {
        for (const QString &id : row.data(cardIdsRole).toStringList()) {
            if (!cardIds.contains(id))
                cardIds << id;
        }
    }
    return cardIds;
}

} // namespace Whyboard
