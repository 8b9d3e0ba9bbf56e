// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/library.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Whyboard::Test {

// SHA-256 of a file's bytes; empty when it cannot be read. Only for files no SQLite
// connection of this process has open (a QFile close would drop SQLite's locks).
QByteArray fileChecksum(const QString &path);

// Runs SQL statements on a database file through a connection of its own, outside any
// Library: to build foreign, newer or tampered files. Returns an empty string or the error.
// A postgresql:// URI (a ScratchLibrary's location) is run on that server database instead.
QString executeSql(const QString &path, const QStringList &statements);

// The first column of the first row of a query on a file (through its own connection).
QVariant querySql(const QString &path, const QString &statement);

// The names in a folder, sorted, to show that a failed open created nothing beside a file.
QStringList folderEntries(const QString &folder);

// A child process's body: holds the library open (for writing) until it is killed, as a
// crashed Whyboard leaves it; prints "ready" once it holds it. Returns 3 when it cannot open.
int holdLibraryUntilKilled(const QString &path, Library::OpenMode mode);

} // namespace Whyboard::Test
