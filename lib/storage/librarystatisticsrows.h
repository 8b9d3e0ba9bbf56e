// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/librarystatistics.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Whyboard {

// Reads what LibraryStatistics needs for every session outside the trash in three queries
// (sessions, categorised or tagged why cards, actions), each value checked by LibraryRow.
// Works on every schema version: a file from before categories, tags or done days gives
// sessions without them.
class LibraryStatisticsRows
{
public:
    // Empty with *error set when the file cannot be read or holds a value Whyboard never writes.
    static QList<StatisticsSession> read(const QSqlDatabase &database, QString *error);
};

} // namespace Whyboard
