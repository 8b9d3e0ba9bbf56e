// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarylocation.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QSqlDatabase;
class QSqlError;

namespace Whyboard {

class Library;
class LibraryTables;
class LibraryWriter;
class SessionDocument;

// Keeps a server library's connection: notices when it is gone (a failed statement, or a
// quiet check every few seconds), makes every attached document read-only so that no edit
// pretends to be saved, and reconnects after 1, 2, 5, 10 and then every 30 seconds under the
// same connection name. After a reconnect each writer settles its last step (see
// LibraryWriter::resume) before its document may be edited again.
class LibraryReconnection : public QObject
{
    Q_OBJECT

public:
    LibraryReconnection(const LibraryLocation &where, const QString &connectionName, bool readOnly,
                        LibraryTables *tables, std::function<QList<LibraryWriter *>()> writers, Library *library);

    // Whether the failed statement's error (or, on a server, a check right after it) says the
    // connection is gone. Never true for a file.
    static bool isLost(QSqlDatabase &database, const QSqlError &error);

    bool isConnected() const { return m_connected; }
    QDateTime lostAt() const { return m_lostAt; }
    // The time up to which every edit is known to be on the server.
    QDateTime savedUpTo() const { return m_savedUpTo; }
    void noteSaved() { m_savedUpTo = QDateTime::currentDateTime(); }
    // A writer just attached: its failures and saves are followed, and its document waits,
    // read-only, while the connection is down.
    void follow(LibraryWriter *writer);

    // The connection is gone: says so, holds the documents and starts trying again.
    void lose();
    // One attempt, now (the timer makes the others).
    bool reconnectNow();

Q_SIGNALS:
private:
    void check();
    Library *m_library;
    void hold(SessionDocument *document);
    void scheduleNext();

    LibraryLocation m_where;
    QString m_connectionName;
    bool m_readOnly = false;
    LibraryTables *m_tables;
    std::function<QList<LibraryWriter *>()> m_writers;
    bool m_connected = true;
    int m_attempt = 0;
    QDateTime m_lostAt;
    QDateTime m_savedUpTo;
    QTimer m_retry;
    QTimer m_heartbeat;
    QList<QPointer<SessionDocument>> m_held; // made read-only here, editable again once settled
};

} // namespace Whyboard
