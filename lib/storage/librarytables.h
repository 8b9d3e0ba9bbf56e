// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarysearchindex.h"
#include "storage/sessionsummary.h"
#include "data/session.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace Whyboard {

// Reads and writes the rows of one library connection through prepared statements that are
// prepared once and reused. Writers run inside the caller's transaction and return false
// with lastError() set when a statement fails.
class LibraryTables
{
public:
    // The item lists of a session that keep their order in a position column.
    // deleteItem() takes the lists keyed by one id (not Links).
    enum class List { Cards, Links, Events, Actions, Participants, ParkedIdeas };

    LibraryTables(QSqlDatabase database, int schemaVersion);

    QString lastError() const { return m_lastError; }
    // The database's own answer to the statement that failed last (its code tells a refused
    // statement from a lost connection).
    QSqlError lastSqlError() const { return m_lastSqlError; }
    void clearError()
    {
        m_lastError.clear();
        m_lastSqlError = QSqlError();
    }
    // After a reconnect: the server forgot the prepared statements of the old connection.
    // An invalid database lets go of the old connection.
    void useConnection(QSqlDatabase database);

    // The sessions in the library (not in the trash), or the ones in the trash. Empty with
    // lastError() set when a row holds a value Whyboard never writes.
    QList<SessionSummary> summaries(bool trashed = false);
    // Nothing when there is no such session or a row of it holds a value Whyboard never
    // writes (lastError() names the table, row and column).
    std::optional<Session> loadSession(SessionId id);
    // Every session row, and the id counter, read as a listing would: empty when they are
    // sound, else what is wrong, naming the table, row and column.
    QString checkSessionRows();
    // (id, title, summary, all card texts) for every session outside the trash, for search.
    bool forEachSearchText(const std::function<void(SessionId, const QStringList &)> &visit);
    // Ids of sessions outside the trash where each word is in the title, the summary or a
    // card, compared case-insensitively by SQLite: for words of ASCII letters only.
    std::optional<QList<SessionId>> searchAsciiWords(const QStringList &words);
    bool sessionExists(SessionId id);
    // Takes the next session id from the counter that only grows.
    SessionId nextSessionId();
    // Moves the counter past an id stored as it is (a session copied with its id).
    bool noteSessionId(SessionId id);
    bool isTrashed(SessionId id);
    bool setTrashed(SessionId id, const QDateTime &deletedAt); // an invalid time takes it out
    bool emptyTrash();

    bool writeSessionRow(const Session &session);
    bool writeWholeSession(const Session &session); // the session row and every item
    bool deleteSession(SessionId id);

    // Schema version 8 counts every write step of a session in sessions.revision (LibraryRevision).
    bool hasRevision() const { return m_schemaVersion >= 8; }

    bool writeCard(SessionId session, const Card &card, int position);
    bool writeEvent(SessionId session, const TimelineEvent &event, int position);
    bool writeAction(SessionId session, const ActionItem &action, int position);
    bool writeParticipant(SessionId session, const Participant &participant, int position);
    bool writeLink(SessionId session, const CausalLink &link, int position);
    bool writeParkedIdea(SessionId session, const ParkedIdea &idea, int position);
    // Moves every item at position >= from by delta (after an insert or removal before it).
    bool shiftPositions(List list, SessionId session, int from, int delta);
    bool deleteItem(List list, SessionId session, const QString &id);
    bool deleteLink(SessionId session, const QString &causeId, const QString &effectId);
    bool writeDismissedFindings(SessionId session, const QList<DismissedFinding> &findings);

private:
    friend class LibrarySessionLoader; // shares the prepared statements and the schema version
    friend class LibrarySearchIndex;   // likewise
    friend class LibraryRevision;      // likewise

    QSqlQuery &prepared(const QString &sql);
    bool run(QSqlQuery &query);

    // Schema version 3 added the trash and the id counters.
    bool hasTrash() const { return m_schemaVersion >= 3; }
    // Schema version 4 added the no-action mark and the parking lot.
    bool hasParkingLot() const { return m_schemaVersion >= 4; }
    // Version 6 added cause categories and tags on cards, and the day an action was done.
    bool hasCauseCategories() const { return m_schemaVersion >= 6; }

    QSqlDatabase m_database;
    int m_schemaVersion = 0;
    QHash<QString, QSqlQuery> m_statements;
    QString m_lastError;
    QSqlError m_lastSqlError;
    LibrarySearchIndex m_index{*this};
};

} // namespace Whyboard
