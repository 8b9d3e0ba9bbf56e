// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace Whyboard {

// One editor per session in a library on a server: the session's lease is an advisory lock
// held by the library's own connection, so it ends with that connection (a crashed client
// loses it at once). Others see who holds it from the server's list of connections, where
// every Whyboard connection names its user and host.
class LibraryLease
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::LibraryLease)

public:
    explicit LibraryLease(const QString &connectionName);

    // "whyboard: <user>@<host>", at most 63 bytes (the server cuts longer names).
    static QString applicationName();
    // Names this connection on the server (unless the address named it already).
    static bool announce(QSqlDatabase &database);
    // The person's name as others are told it.
    static QString userName();

    // True when this connection holds the session's lease now (taken here or already held).
    // Taking and letting go are announced to the other clients.
    bool take(SessionId id);
    void release(SessionId id);
    // After a reconnect the new connection holds no lock: takes every held lease again and
    // returns the sessions someone else took meanwhile (no longer held here).
    QList<SessionId> retake();
    // Asks the holder to hand the lease over.
    bool ask(SessionId id);
    bool holds(SessionId id) const { return m_held.contains(id); }
    // Who else holds the lease, in words ("ana on host-3"); empty when nobody else does.
    QString holderOf(SessionId id) const;

private:
    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }

    QString m_connectionName;
    // Documents attached per session: the lease goes when the last one lets go.
    QHash<SessionId, int> m_held;
};

} // namespace Whyboard
