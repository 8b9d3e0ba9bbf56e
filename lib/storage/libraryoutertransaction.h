// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Whyboard {

// One transaction around many of a Library's writes (a whole library copied onto a server):
// while it is open on the connection, the library's own writes join it instead of committing
// each on its own, so that every write is kept or none.
class LibraryOuterTransaction
{
public:
    explicit LibraryOuterTransaction(QSqlDatabase database);
    ~LibraryOuterTransaction(); // rolls back unless committed
    LibraryOuterTransaction(const LibraryOuterTransaction &) = delete;
    LibraryOuterTransaction &operator=(const LibraryOuterTransaction &) = delete;

    bool isOpen() const { return m_open; }
    // False with error() when the commit fails (then everything is rolled back).
    bool commit();
    QString error() const { return m_error; }

    // Whether one is open on the connection: the library's writes then join it.
    static bool isOpenOn(const QSqlDatabase &database);

private:
    QSqlDatabase m_database;
    bool m_open = false;
    QString m_error;
};

} // namespace Whyboard
