// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

class QModelIndex;

namespace Whyboard {

// The cards that the given rows relate to (their cardIdsRole lists), each once, in row order:
// what a panel selects on the board when rows are selected.
QStringList relatedCardIds(const QList<QModelIndex> &rows, int cardIdsRole);

} // namespace Whyboard
