// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarylistener.h"

#include "storage/library.h"

#include <QSqlQuery>
#include <QVariant>

namespace Whyboard {

const QString LibraryListener::channel = QStringLiteral("whyboard");

LibraryListener::LibraryListener(const QString &connectionName, Library *library)
    : m_connectionName(connectionName)
{
    listen();
    if (library)
        relayTo(library);
}

bool LibraryListener::listen()
{
    QSqlDriver *driver = QSqlDatabase::database(m_connectionName, false).driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    disconnect(driver, nullptr, this, nullptr);
    connect(driver, qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
            this, &LibraryListener::received);
    m_listening = driver->subscribedToNotifications().contains(channel) || driver->subscribeToNotification(channel);
    return m_listening;
}

void LibraryListener::relayTo(Library *library)
{
    connect(this, &LibraryListener::sessionsChanged, library, &Library::sessionsChanged);
    connect(this, &LibraryListener::trashChanged, library, &Library::trashChanged);
    connect(this, &LibraryListener::causeCategoriesChanged, library, &Library::causeCategoriesChanged);
    connect(this, &LibraryListener::leaseChanged, library, &Library::leaseChanged);
    connect(this, &LibraryListener::leaseRequested, library, &Library::leaseRequested);
    connect(this, &LibraryListener::sessionWritten, library, [library](SessionId id) {
        Q_EMIT library->sessionWritten(id);
        Q_EMIT library->sessionsChanged(); // its title or state in the list
        Q_EMIT library->sessionChangedElsewhere(id);
    });
}

bool LibraryListener::notify(QSqlDatabase &database, const QStringList &payloads)
{
    if (database.driverName() != QLatin1String("QPSQL"))
        return true;
    QSqlQuery query(database);
    if (!query.prepare(QStringLiteral("SELECT pg_notify(?, ?)")))
        return false;
    for (const QString &payload : payloads) {
        query.addBindValue(channel);
        query.addBindValue(payload);
        if (!query.exec())
            return false;
    }
    return true;
}

void LibraryListener::received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != channel || source == QSqlDriver::SelfSource)
        return;
    const QStringList words = payload.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    const QString &what = words.first();
    const SessionId id = words.size() > 1 ? words.at(1).toLongLong() : 0;
    if (what == QLatin1String("sessions")) {
        Q_EMIT sessionsChanged();
    } else if (what == QLatin1String("trash")) {
        Q_EMIT trashChanged();
    } else if (what == QLatin1String("categories")) {
        Q_EMIT causeCategoriesChanged();
    } else if (what == QLatin1String("written") && id > 0) {
        Q_EMIT sessionWritten(id);
    } else if (what == QLatin1String("lease") && id > 0) {
        Q_EMIT leaseChanged(id);
    } else if (what == QLatin1String("ask") && id > 0) {
        Q_EMIT leaseRequested(id, words.mid(2).join(QLatin1Char(' ')));
    }
}

} // namespace Whyboard
