// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

namespace Whyboard {

// Drag payloads for relating timeline events and action items to cards: the ids, one a line.
namespace ItemIdsMime {

inline QString eventIdsType() { return QStringLiteral("application/x-whyboard-event-ids"); }
inline QString actionIdsType() { return QStringLiteral("application/x-whyboard-action-ids"); }

QMimeData *encode(const QString &type, const QStringList &ids);
QStringList decode(const QMimeData *data, const QString &type);

} // namespace ItemIdsMime

} // namespace Whyboard
