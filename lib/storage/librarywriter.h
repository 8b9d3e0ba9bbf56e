// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarytables.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

namespace Whyboard {

class SessionDocument;

// Mirrors one open document into the library file.
//
// It listens to the document's change signals and only notes what became dirty; when the
// undo stack reports a finished step (indexChanged: after every push, undo, redo, merge and
// macro end) it writes exactly those rows in one transaction. A step is therefore in the
// file before control returns to the event loop, and a killed process loses nothing that
// was reported done.
class LibraryWriter : public QObject
{
    Q_OBJECT

public:
    LibraryWriter(SessionDocument *document, LibraryTables *tables, const QString &connectionName,
                  QObject *parent = nullptr);
    ~LibraryWriter() override;

    SessionDocument *document() const { return m_document; }
    // Writes whatever is dirty; true when the file now matches the document.
    bool flush();

    enum class Resumed {
        Saved,            // the library holds the document as it is on screen
        ChangedElsewhere, // someone else wrote the session meanwhile: nothing was written
        ConnectionLost,   // gone again
        Failed,           // refused (reported through writeFailed)
    };
    // After a reconnect: settles the step whose COMMIT got no answer by the session's
    // revision (one more than expected: it was kept; as expected: it was not, and the whole
    // session is written again), then writes what is left. Nothing is applied twice.
    Resumed resume();

Q_SIGNALS:
    void writeFailed(const QString &message);
    // A step could not be written because the connection to the server is gone; the step is
    // not saved and is settled by resume().
    void connectionLost();
    // A step of the document is in the file.
    void written();

private:
    // What the file holds of one ordered list, and what changed since the last flush.
    struct ListState
    {
        QStringList stored; // keys in file order: stored[i] has position i
        QSet<QString> dirty;        // keys whose content changed
        bool structureChanged = false;
    };

    template<typename Item>
    struct ListAccess
    {
        std::function<QString(const Item &)> key;
        std::function<bool(const Item &, int)> write;
        std::function<bool(const QString &)> remove;
        std::function<bool(int from, int delta)> shift; // positions >= from move by delta
    };

    void connectSignals();
    void rememberStoredState();
    bool writeDirty();
    template<typename Item>
    bool flushList(ListState &state, const QList<Item> &items, const ListAccess<Item> &access,
                   QStringList *newStored);
    void clearDirty();

    QPointer<SessionDocument> m_document;
    LibraryTables *m_tables = nullptr;
    QString m_connectionName;
    bool m_sessionRowDirty = false;
    bool m_findingsDirty = false;
    qint64 m_storedItemNumber = 0; // the session's item counter as the file holds it
    bool m_rewriteAll = false; // after a failed write the file's state is unknown
    // The session's revision as this writer left it (schema 8); -1 when not counted.
    qint64 m_revision = -1;
    bool m_inDoubt = false;          // a COMMIT was sent and its answer lost
    bool m_changedElsewhere = false; // the revision moved under us: never write again
    bool m_revisionMoved = false;    // seen by the step being written
    bool m_connectionGone = false;   // the last failure was the connection's
    ListState m_cards;
    ListState m_links;
    ListState m_events;
    ListState m_actions;
    ListState m_participants;
    ListState m_parkedIdeas;
};

} // namespace Whyboard
