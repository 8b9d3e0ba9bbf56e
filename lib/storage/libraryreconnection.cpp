// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/libraryreconnection.h"

#include "document/sessiondocument.h"
#include "storage/library.h"
#include "storage/librarydialect.h"
#include "storage/libraryopening.h"
#include "storage/libraryserveropening.h"
#include "storage/librarytables.h"
#include "storage/librarywriter.h"

#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Whyboard {

namespace {

// Seconds before each attempt; the last one repeats.
constexpr int retryDelays[] = {1, 2, 5, 10, 30};
// A connection nobody uses would only be found dead at the next edit: look every few seconds.
constexpr int heartbeatMs = 3000;

QString timeOfDay(const QDateTime &when)
{
    return QLocale().toString(when.time(), QLocale::ShortFormat);
}

} // namespace

LibraryReconnection::LibraryReconnection(const LibraryLocation &where, const QString &connectionName, bool readOnly,
                                         LibraryTables *tables, std::function<QList<LibraryWriter *>()> writers,
                                         Library *library)
    : QObject(library)
    , m_library(library)
    , m_where(where)
    , m_connectionName(connectionName)
    , m_readOnly(readOnly)
    , m_tables(tables)
    , m_writers(std::move(writers))
    , m_savedUpTo(QDateTime::currentDateTime())
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LibraryReconnection::reconnectNow);
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &LibraryReconnection::check);
    m_heartbeat.start();
}

bool LibraryReconnection::isLost(QSqlDatabase &database, const QSqlError &error)
{
    // Between a failed reconnect and the next one the connection does not exist at all.
    if (!database.isValid())
        return true;
    const LibraryDialect &dialect = LibraryDialect::of(database);
    if (!dialect.isServer())
        return false;
    if (dialect.isConnectionLost(error) || !database.isOpen())
        return true;
    // The driver does not always give the server's code (a COMMIT without an answer has none):
    // a connection that cannot answer the simplest question is gone.
    QSqlQuery probe(database);
    return !probe.exec(QStringLiteral("SELECT 1"));
}

void LibraryReconnection::check()
{
    if (!m_connected)
        return;
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery probe(database);
    if (!probe.exec(QStringLiteral("SELECT 1")))
        lose();
}

void LibraryReconnection::hold(SessionDocument *document)
{
    if (!document || document->isReadOnly())
        return;
    document->setReadOnly(true);
    m_held.append(document);
}

void LibraryReconnection::follow(LibraryWriter *writer)
{
    connect(writer, &LibraryWriter::connectionLost, this, &LibraryReconnection::lose);
    connect(writer, &LibraryWriter::written, this, &LibraryReconnection::noteSaved);
    if (!m_connected)
        hold(writer->document());
}

void LibraryReconnection::lose()
{
    if (!m_connected)
        return;
    m_connected = false;
    m_lostAt = QDateTime::currentDateTime();
    m_attempt = 0;
    m_heartbeat.stop();
    for (LibraryWriter *writer : m_writers())
        hold(writer->document());
    Q_EMIT m_library->connectionLost(Library::tr("The connection to the server was lost at %1; reconnecting… Your edits up to %2 are saved.")
                    .arg(timeOfDay(m_lostAt), timeOfDay(m_savedUpTo)));
    scheduleNext();
}

void LibraryReconnection::scheduleNext()
{
    const int last = int(std::size(retryDelays)) - 1;
    m_retry.start(retryDelays[std::min(m_attempt, last)] * 1000);
    ++m_attempt;
}

bool LibraryReconnection::reconnectNow()
{
    if (m_connected)
        return true;
    m_retry.stop();
    // The old connection's prepared statements died with it; closed first, it lets go of them
    // without asking the server that is gone.
    QSqlDatabase::database(m_connectionName, false).close();
    m_tables->useConnection(QSqlDatabase());
    LibraryOpening::closeConnection(m_connectionName);
    QSqlError error;
    if (!LibraryServerOpening::connect(m_connectionName, m_where, m_readOnly, &error)) {
        LibraryOpening::closeConnection(m_connectionName);
        scheduleNext();
        return false;
    }
    m_tables->useConnection(QSqlDatabase::database(m_connectionName, false));
    m_connected = true;
    m_heartbeat.start();

    // Each writer settles the step that may have been cut off; only then are edits taken again.
    QStringList conflicts;
    for (LibraryWriter *writer : m_writers()) {
        switch (writer->resume()) {
        case LibraryWriter::Resumed::Saved:
            break;
        case LibraryWriter::Resumed::ConnectionLost:
            lose();
            return false;
        case LibraryWriter::Resumed::ChangedElsewhere:
            m_held.removeAll(writer->document()); // stays read-only
            conflicts.append(writer->document()->session().title);
            break;
        case LibraryWriter::Resumed::Failed:
            m_held.removeAll(writer->document());
            break;
        }
    }
    for (const QPointer<SessionDocument> &document : std::as_const(m_held)) {
        if (document)
            document->setReadOnly(false);
    }
    m_held.clear();
    noteSaved();
    Q_EMIT m_library->reconnected();
    for (const QString &title : std::as_const(conflicts))
        Q_EMIT m_library->writeFailed(Library::tr("While the connection was down, someone else changed the session “%1” on the "
                                       "server. It stays read-only here so that neither version overwrites the other; "
                                       "open it again to see the server's version.")
                               .arg(title));
    return true;
}

} // namespace Whyboard
