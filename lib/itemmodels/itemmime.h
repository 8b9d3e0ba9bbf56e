#pragma once

#include <QString>
#include <QStringList>

class QColor;
class QMimeData;
class QModelIndex;

namespace Whyboard {

struct Session;

// Drag payloads for relating timeline events and action items to cards: the ids, one a line.
namespace ItemMime {

inline QString eventIdsType() { return QStringLiteral("application/x-whyboard-event-ids"); }
inline QString actionIdsType() { return QStringLiteral("application/x-whyboard-action-ids"); }

QMimeData *encode(const QString &type, const QStringList &ids);
QStringList decode(const QMimeData *data, const QString &type);

} // namespace ItemMime

// "Problem: users can't log in; Why: the token expired": short labels of cards for a table cell.
QString cardLabels(const Session &session, const QStringList &cardIds);
QString cardLabel(const Session &session, const QString &cardId);

// The cards that the given rows relate to (their cardIdsRole lists), each once, in row order.
QStringList relatedCardIds(const QList<QModelIndex> &rows, int cardIdsRole);

// Backgrounds for rows related to the board's selection, from the palette when there is one.
QColor highlightBackground();
QColor paletteLinkColor();

} // namespace Whyboard
