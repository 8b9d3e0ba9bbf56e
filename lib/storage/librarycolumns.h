// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarytables.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

namespace Whyboard {

// How values sit in the library's columns. Times are two integers (epoch milliseconds,
// offset seconds), lists of ids are JSON arrays of strings, and text columns are NOT NULL
// with '' for "nothing".
class LibraryColumns
{
public:
    static QVariant text(const QString &value);
    static QVariant nullInteger();
    static QVariant nullReal();
    static QVariant timeMs(const QDateTime &time);
    static QVariant timeOffset(const QDateTime &time);
    static QDateTime readTime(const QSqlQuery &query, int msColumn);
    static QString encodeIds(const QStringList &ids);
    static QStringList decodeIds(const QString &text);
    static QString table(LibraryTables::List list);
};

} // namespace Whyboard
