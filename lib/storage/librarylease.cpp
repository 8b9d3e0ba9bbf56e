// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarylease.h"

#include "storage/librarylistener.h"
#include "storage/libraryserveropening.h"

#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

namespace Whyboard {

namespace {

const QLatin1String prefix("whyboard: ");

} // namespace

LibraryLease::LibraryLease(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QString LibraryLease::userName()
{
    QString name = qEnvironmentVariable("WHYBOARD_USER_NAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name.isEmpty() ? tr("someone") : name;
}

QString LibraryLease::applicationName()
{
    QString name = QString(prefix + userName() + QLatin1Char('@') + QSysInfo::machineHostName()).simplified();
    // The server keeps 63 bytes; cut on a character boundary rather than in the middle of one.
    while (name.toUtf8().size() > 63)
        name.chop(1);
    if (!name.isEmpty() && name.back().isHighSurrogate())
        name.chop(1);
    return name;
}

bool LibraryLease::announce(QSqlDatabase &database)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT set_config('application_name', ?, false)"));
    query.addBindValue(applicationName());
    return query.exec();
}

bool LibraryLease::take(SessionId id)
{
    if (m_held.contains(id)) {
        ++m_held[id];
        return true;
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
    query.addBindValue(LibraryServerOpening::lockClass);
    query.addBindValue(static_cast<qint32>(id));
    if (!query.exec() || !query.next() || !query.value(0).toBool())
        return false;
    m_held.insert(id, 1);
    QSqlDatabase db = database();
    LibraryListener::notify(db, {LibraryListener::lease(id)});
    return true;
}

QList<SessionId> LibraryLease::retake()
{
    QList<SessionId> lost;
    for (auto it = m_held.begin(); it != m_held.end();) {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
        query.addBindValue(LibraryServerOpening::lockClass);
        query.addBindValue(static_cast<qint32>(it.key()));
        if (query.exec() && query.next() && query.value(0).toBool()) {
            ++it;
        } else {
            lost.append(it.key());
            it = m_held.erase(it);
        }
    }
    return lost;
}

bool LibraryLease::ask(SessionId id)
{
    QSqlDatabase db = database();
    return LibraryListener::notify(db, {LibraryListener::ask(id, userName())});
}

void LibraryLease::release(SessionId id)
{
    if (!m_held.contains(id) || --m_held[id] > 0)
        return;
    m_held.remove(id);
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"));
    query.addBindValue(LibraryServerOpening::lockClass);
    query.addBindValue(static_cast<qint32>(id));
    query.exec();
    QSqlDatabase db = database();
    LibraryListener::notify(db, {LibraryListener::lease(id)});
}

QString LibraryLease::holderOf(SessionId id) const
{
    if (m_held.contains(id))
        return {};
    // The two-number form of an advisory lock is listed with objsubid 2; locks are per database
    // (another library on the same server has its own session 1).
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT a.application_name, a.usename, a.client_addr::text, l.pid FROM pg_locks l"
        " JOIN pg_stat_activity a ON a.pid = l.pid"
        " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ?::bigint::oid AND l.objid = ?::bigint::oid"
        " AND l.objsubid = 2 AND l.pid <> pg_backend_pid()"
        " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
    query.addBindValue(LibraryServerOpening::lockClass);
    query.addBindValue(static_cast<qint32>(id));
    if (!query.exec() || !query.next())
        return {};
    const QString application = query.value(0).toString();
    if (application.startsWith(prefix)) {
        const QString who = application.mid(prefix.size());
        const qsizetype at = who.lastIndexOf(QLatin1Char('@'));
        if (at > 0 && at + 1 < who.size())
            return tr("%1 on %2").arg(who.left(at), who.mid(at + 1));
        return who;
    }
    const QString role = query.value(1).toString();
    return tr("%1 (server process %2)").arg(role.isEmpty() ? tr("another program") : role).arg(query.value(3).toLongLong());
}

} // namespace Whyboard
