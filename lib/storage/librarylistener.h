// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>

namespace Whyboard {

class Library;

// Live updates in a library on a server: every write transaction tells the others what it
// changed (a notification, delivered only if the transaction commits), and this listener, on
// the library's own connection, turns what others wrote into signals. Its own connection's
// notifications are ignored: that window knows already.
class LibraryListener : public QObject
{
    Q_OBJECT

public:
    static const QString channel;

    // Relays to the library's signals (none: only this object's own).
    explicit LibraryListener(const QString &connectionName, Library *library = nullptr);

    bool isListening() const { return m_listening; }
    // Subscribes (again, after a reconnect).
    bool listen();
    // Re-emits what others wrote as the library's own signals.
    void relayTo(Library *library);

    // Adds the notifications to the open transaction; does nothing on a file library.
    static bool notify(QSqlDatabase &database, const QStringList &payloads);
    static QString written(SessionId id) { return QStringLiteral("written %1").arg(id); }
    static QString lease(SessionId id) { return QStringLiteral("lease %1").arg(id); }
    static QString ask(SessionId id, const QString &requester)
    {
        return QStringLiteral("ask %1 %2").arg(id).arg(requester);
    }

Q_SIGNALS:
    void sessionsChanged();
    void trashChanged();
    void causeCategoriesChanged();
    void sessionWritten(Whyboard::SessionId id);
    void leaseChanged(Whyboard::SessionId id);
    void leaseRequested(Whyboard::SessionId id, const QString &requester);

private:
    void received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_connectionName;
    bool m_listening = false;
};

} // namespace Whyboard
