// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarycolumns.h"

#include "data/zonedtime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Whyboard {

// A null QString would bind as NULL.
QVariant LibraryColumns::text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant LibraryColumns::nullInteger()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant LibraryColumns::nullReal()
{
    return QVariant(QMetaType::fromType<double>());
}

QVariant LibraryColumns::timeMs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : nullInteger();
}

QVariant LibraryColumns::timeOffset(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.offsetFromUtc()) : nullInteger();
}

QDateTime LibraryColumns::readTime(const QSqlQuery &query, int msColumn)
{
    const QVariant ms = query.value(msColumn);
    if (ms.isNull())
        return {};
    return zonedTimeFromParts(ms.toLongLong(), query.value(msColumn + 1).toInt());
}

QString LibraryColumns::encodeIds(const QStringList &ids)
{
    if (ids.isEmpty())
        return QStringLiteral("");
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList LibraryColumns::decodeIds(const QString &text)
{
    QStringList ids;
    if (text.isEmpty())
        return ids;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    ids.reserve(array.size());
    for (const QJsonValue &value : array)
        ids.append(value.toString());
    return ids;
}

QString LibraryColumns::table(LibraryTables::List list)
{
    switch (list) {
    case LibraryTables::List::Cards: return QStringLiteral("cards");
    case LibraryTables::List::Links: return QStringLiteral("links");
    case LibraryTables::List::Events: return QStringLiteral("events");
    case LibraryTables::List::Actions: return QStringLiteral("actions");
    case LibraryTables::List::Participants: return QStringLiteral("participants");
    case LibraryTables::List::ParkedIdeas: return QStringLiteral("parked_ideas");
    }
    return {};
}

} // namespace Whyboard
