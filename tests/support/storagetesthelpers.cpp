// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetesthelpers.h"

#include "postgrestesthelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

namespace Whyboard::Test {

namespace {

QString nextConnectionName()
{
    static int counter = 0;
    return QStringLiteral("storage-test-%1").arg(++counter);
}

// A postgresql:// URI goes to the server (postgrestesthelpers.cpp), so one tampering line serves both rows.
std::optional<LibraryLocation> serverAddress(const QString &path)
{
    auto location = LibraryLocation::parse(path);
    if (location && location->isServer())
        return location;
    return std::nullopt;
}

} // namespace

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QString executeSql(const QString &path, const QStringList &statements)
{
    if (const auto server = serverAddress(path))
        return executeSql(*server, statements);
    const QString name = nextConnectionName();
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        if (!database.open()) {
            error = database.lastError().text();
        } else {
            QSqlQuery query(database);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    error = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QVariant querySql(const QString &path, const QString &statement)
{
    if (const auto server = serverAddress(path))
        return querySql(*server, statement);
    const QString name = nextConnectionName();
    QVariant result;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(statement) && query.next())
                result = query.value(0);
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

int holdLibraryUntilKilled(const QString &path, Library::OpenMode mode)
{
    auto library = Library::open(path, mode);
    if (!library)
        return 3;
    std::printf("ready\n");
    std::fflush(stdout);
    QThread::sleep(60); // wait to be killed
    return 0;
}

} // namespace Whyboard::Test
