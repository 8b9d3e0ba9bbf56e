// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarywriter.h"

#include "storage/librarylistener.h"

#include "document/sessiondocument.h"
#include "storage/libraryreconnection.h"
#include "storage/libraryrevision.h"

#include <QSqlDatabase>
#include <QHash>
#include <QSqlError>
#include <QUndoStack>

namespace Whyboard {

namespace {

const QChar linkKeySeparator(0x1f);

QString linkKey(const QString &causeId, const QString &effectId)
{
    return causeId + linkKeySeparator + effectId;
}

template<typename Item>
QStringList keysOf(const QList<Item> &items, const std::function<QString(const Item &)> &key)
{
    QStringList keys;
    keys.reserve(items.size());
    for (const Item &item : items)
        keys.append(key(item));
    return keys;
}

template<typename Item>
QString idOf(const Item &item)
{
    return item.id;
}

} // namespace

LibraryWriter::LibraryWriter(SessionDocument *document, LibraryTables *tables, const QString &connectionName,
                             QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_tables(tables)
    , m_connectionName(connectionName)
{
    rememberStoredState();
    if (m_tables->hasRevision() && m_document->sessionId() > 0)
        m_revision = LibraryRevision(*m_tables).read(m_document->sessionId()).value_or(0);
    connectSignals();
}

LibraryWriter::~LibraryWriter()
{
    flush();
}

void LibraryWriter::connectSignals()
{
    SessionDocument *d = m_document;
    connect(d, &SessionDocument::sessionFieldChanged, this, [this] { m_sessionRowDirty = true; });

    auto structural = [](ListState &state, const QString &key) {
        state.structureChanged = true;
        state.dirty.insert(key);
    };
    connect(d, &SessionDocument::cardAdded, this, [this, structural](const QString &id) { structural(m_cards, id); });
    connect(d, &SessionDocument::cardRemoved, this, [this, structural](const QString &id) { structural(m_cards, id); });
    connect(d, &SessionDocument::cardChanged, this, [this](const QString &id) { m_cards.dirty.insert(id); });
    connect(d, &SessionDocument::cardMoved, this, [this](const QString &id) { m_cards.dirty.insert(id); });

    connect(d, &SessionDocument::linkAdded, this,
            [this, structural](const QString &c, const QString &e) { structural(m_links, linkKey(c, e)); });
    connect(d, &SessionDocument::linkRemoved, this,
            [this, structural](const QString &c, const QString &e) { structural(m_links, linkKey(c, e)); });
    connect(d, &SessionDocument::linkChanged, this,
            [this](const QString &c, const QString &e) { m_links.dirty.insert(linkKey(c, e)); });

    connect(d, &SessionDocument::eventInserted, this, [this, structural](int, const QString &id) { structural(m_events, id); });
    connect(d, &SessionDocument::eventRemoved, this, [this, structural](int, const QString &id) { structural(m_events, id); });
    connect(d, &SessionDocument::eventChanged, this, [this](int, const QString &id) { m_events.dirty.insert(id); });

    connect(d, &SessionDocument::actionInserted, this, [this, structural](int, const QString &id) { structural(m_actions, id); });
    connect(d, &SessionDocument::actionRemoved, this, [this, structural](int, const QString &id) { structural(m_actions, id); });
    connect(d, &SessionDocument::actionChanged, this, [this](int, const QString &id) { m_actions.dirty.insert(id); });

    connect(d, &SessionDocument::participantInserted, this,
            [this, structural](int, const QString &id) { structural(m_participants, id); });
    connect(d, &SessionDocument::participantRemoved, this,
            [this, structural](int, const QString &id) { structural(m_participants, id); });
    connect(d, &SessionDocument::participantChanged, this,
            [this](int, const QString &id) { m_participants.dirty.insert(id); });

    connect(d, &SessionDocument::parkedIdeaInserted, this,
            [this, structural](int, const QString &id) { structural(m_parkedIdeas, id); });
    connect(d, &SessionDocument::parkedIdeaRemoved, this,
            [this, structural](int, const QString &id) { structural(m_parkedIdeas, id); });
    connect(d, &SessionDocument::parkedIdeaChanged, this,
            [this](int, const QString &id) { m_parkedIdeas.dirty.insert(id); });

    connect(d, &SessionDocument::dismissedFindingsChanged, this, [this] { m_findingsDirty = true; });

    // One finished undo step (push, undo, redo, merge, macro end) = one transaction.
    connect(d->undoStack(), &QUndoStack::indexChanged, this, [this] { flush(); });
}

// The document was loaded from (or just written to) the file, so both hold the same rows.
void LibraryWriter::rememberStoredState()
{
    const Session &s = m_document->session();
    m_storedItemNumber = s.lastItemNumber;
    m_cards.stored = keysOf<Card>(s.cards, idOf<Card>);
    m_events.stored = keysOf<TimelineEvent>(s.timeline, idOf<TimelineEvent>);
    m_actions.stored = keysOf<ActionItem>(s.actions, idOf<ActionItem>);
    m_participants.stored = keysOf<Participant>(s.participants, idOf<Participant>);
    m_parkedIdeas.stored = keysOf<ParkedIdea>(s.parkingLot, idOf<ParkedIdea>);
    m_links.stored = keysOf<CausalLink>(
        s.links, [](const CausalLink &l) { return linkKey(l.causeId, l.effectId); });
}

void LibraryWriter::clearDirty()
{
    m_sessionRowDirty = false;
    m_findingsDirty = false;
    for (ListState *state : {&m_cards, &m_links, &m_events, &m_actions, &m_participants, &m_parkedIdeas}) {
        state->dirty.clear();
        state->structureChanged = false;
    }
}

bool LibraryWriter::flush()
{
    if (!m_document)
        return false;
    const bool anythingDirty = m_rewriteAll || m_sessionRowDirty || m_findingsDirty
                               || m_cards.structureChanged || !m_cards.dirty.isEmpty()
                               || m_links.structureChanged || !m_links.dirty.isEmpty()
                               || m_events.structureChanged || !m_events.dirty.isEmpty()
                               || m_actions.structureChanged || !m_actions.dirty.isEmpty()
                               || m_participants.structureChanged || !m_participants.dirty.isEmpty()
                               || m_parkedIdeas.structureChanged || !m_parkedIdeas.dirty.isEmpty();
    // A new id taken from the session's counter is kept with the step that used it.
    if (m_document->session().lastItemNumber != m_storedItemNumber)
        m_sessionRowDirty = true;
    if (!anythingDirty && !m_sessionRowDirty)
        return true;

    if (m_changedElsewhere)
        return false;

    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    m_tables->clearError();
    m_revisionMoved = false;
    m_connectionGone = false;
    bool ok = database.transaction();
    QSqlError sqlError = ok ? QSqlError() : database.lastError();
    QString error = sqlError.text();
    bool atCommit = false;
    if (ok) {
        ok = writeDirty() && LibraryListener::notify(database, {LibraryListener::written(m_document->sessionId())});
        if (!ok) {
            error = m_tables->lastError();
            sqlError = m_tables->lastSqlError();
        }
    }
    if (ok) {
        atCommit = true;
        ok = database.commit();
        if (!ok) {
            sqlError = database.lastError();
            error = sqlError.text();
        }
    }
    if (!ok) {
        database.rollback();
        // The file no longer matches what we think it holds: rewrite the session next time.
        m_rewriteAll = true;
        clearDirty();
        if (LibraryReconnection::isLost(database, sqlError)) {
            // Only a COMMIT can have been kept without our knowing; the revision tells later.
            m_inDoubt = atCommit;
            m_connectionGone = true;
            Q_EMIT connectionLost();
            return false;
        }
        if (m_revisionMoved) {
            // The revision was not the one this writer left: another client wrote the session.
            m_changedElsewhere = true;
            m_document->setReadOnly(true);
            error = tr("someone else changed this session in the library meanwhile; it is read-only here now.");
        }
        Q_EMIT writeFailed(tr("The change could not be saved to the library: %1").arg(error));
        return false;
    }
    if (m_revision >= 0)
        ++m_revision;
    if (m_rewriteAll) {
        m_rewriteAll = false;
        rememberStoredState();
    }
    m_storedItemNumber = m_document->session().lastItemNumber;
    clearDirty();
    Q_EMIT written();
    return true;
}

LibraryWriter::Resumed LibraryWriter::resume()
{
    if (!m_document)
        return Resumed::Saved;
    if (m_changedElsewhere)
        return Resumed::ChangedElsewhere;
    if (m_revision >= 0) {
        m_tables->clearError();
        const std::optional<qint64> stored = LibraryRevision(*m_tables).read(m_document->sessionId());
        if (!stored && m_tables->lastSqlError().isValid()) {
            QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
            if (LibraryReconnection::isLost(database, m_tables->lastSqlError()))
                return Resumed::ConnectionLost;
            Q_EMIT writeFailed(tr("The change could not be saved to the library: %1").arg(m_tables->lastError()));
            return Resumed::Failed;
        }
        if (m_inDoubt && stored && *stored == m_revision + 1) {
            // The step was committed; only its answer was lost. Nothing is written again.
            m_inDoubt = false;
            m_rewriteAll = false;
            ++m_revision;
            rememberStoredState();
            m_storedItemNumber = m_document->session().lastItemNumber;
            clearDirty();
            Q_EMIT written();
            return Resumed::Saved;
        }
        m_inDoubt = false;
        if (stored && *stored != m_revision) {
            m_changedElsewhere = true;
            return Resumed::ChangedElsewhere;
        }
    }
    if (flush())
        return Resumed::Saved;
    if (m_changedElsewhere)
        return Resumed::ChangedElsewhere;
    return m_connectionGone ? Resumed::ConnectionLost : Resumed::Failed;
}

bool LibraryWriter::writeDirty()
{
    const Session &s = m_document->session();
    const SessionId id = s.id;
    if (m_rewriteAll) {
        // Idempotent: whatever an unanswered step left, the session becomes the document.
        if (m_revision >= 0) {
            const std::optional<qint64> stored = LibraryRevision(*m_tables).read(id);
            if (!stored)
                return !m_tables->lastSqlError().isValid() && m_tables->writeWholeSession(s)
                       && LibraryRevision(*m_tables).set(id, m_revision + 1);
            if (*stored != m_revision) {
                m_revisionMoved = true;
                return false;
            }
        }
        return m_tables->deleteSession(id) && m_tables->writeWholeSession(s)
               && (m_revision < 0 || LibraryRevision(*m_tables).set(id, m_revision + 1));
    }
    if (m_revision >= 0 && !LibraryRevision(*m_tables).countStep(id, m_revision)) {
        m_revisionMoved = !m_tables->lastSqlError().isValid();
        return false;
    }

    if (m_sessionRowDirty && !m_tables->writeSessionRow(s))
        return false;

    using List = LibraryTables::List;
    LibraryTables *t = m_tables;
    // New positions are applied to the ListStates only once the whole step is written.
    QStringList cards, links, events, actions, participants, parkedIdeas;

    const ListAccess<Card> cardAccess{
        idOf<Card>, [=](const Card &c, int p) { return t->writeCard(id, c, p); },
        [=](const QString &k) { return t->deleteItem(List::Cards, id, k); },
        [=](int from, int delta) { return t->shiftPositions(List::Cards, id, from, delta); }};
    const ListAccess<CausalLink> linkAccess{
        [](const CausalLink &l) { return linkKey(l.causeId, l.effectId); },
        [=](const CausalLink &l, int p) { return t->writeLink(id, l, p); },
        [=](const QString &k) {
            return t->deleteLink(id, k.section(linkKeySeparator, 0, 0), k.section(linkKeySeparator, 1));
        },
        [=](int from, int delta) { return t->shiftPositions(List::Links, id, from, delta); }};
    const ListAccess<TimelineEvent> eventAccess{
        idOf<TimelineEvent>, [=](const TimelineEvent &e, int p) { return t->writeEvent(id, e, p); },
        [=](const QString &k) { return t->deleteItem(List::Events, id, k); },
        [=](int from, int delta) { return t->shiftPositions(List::Events, id, from, delta); }};
    const ListAccess<ActionItem> actionAccess{
        idOf<ActionItem>, [=](const ActionItem &a, int p) { return t->writeAction(id, a, p); },
        [=](const QString &k) { return t->deleteItem(List::Actions, id, k); },
        [=](int from, int delta) { return t->shiftPositions(List::Actions, id, from, delta); }};
    const ListAccess<Participant> participantAccess{
        idOf<Participant>, [=](const Participant &a, int p) { return t->writeParticipant(id, a, p); },
        [=](const QString &k) { return t->deleteItem(List::Participants, id, k); },
        [=](int from, int delta) { return t->shiftPositions(List::Participants, id, from, delta); }};
    const ListAccess<ParkedIdea> parkedIdeaAccess{
        idOf<ParkedIdea>, [=](const ParkedIdea &i, int p) { return t->writeParkedIdea(id, i, p); },
        [=](const QString &k) { return t->deleteItem(List::ParkedIdeas, id, k); },
        [=](int from, int delta) { return t->shiftPositions(List::ParkedIdeas, id, from, delta); }};

    // Cards before links so that new links find their cards; removed links go before their
    // cards (the foreign keys are deferred anyway).
    const bool ok = flushList(m_links, s.links, linkAccess, &links)
                    && flushList(m_cards, s.cards, cardAccess, &cards)
                    && flushList(m_events, s.timeline, eventAccess, &events)
                    && flushList(m_actions, s.actions, actionAccess, &actions)
                    && flushList(m_participants, s.participants, participantAccess, &participants)
                    && flushList(m_parkedIdeas, s.parkingLot, parkedIdeaAccess, &parkedIdeas)
                    && (!m_findingsDirty || t->writeDismissedFindings(id, s.dismissedFindings));
    if (!ok)
        return false;
    if (m_cards.structureChanged)
        m_cards.stored = cards;
    if (m_links.structureChanged)
        m_links.stored = links;
    if (m_events.structureChanged)
        m_events.stored = events;
    if (m_actions.structureChanged)
        m_actions.stored = actions;
    if (m_participants.structureChanged)
        m_participants.stored = participants;
    if (m_parkedIdeas.structureChanged)
        m_parkedIdeas.stored = parkedIdeas;
    return true;
}

template<typename Item>
bool LibraryWriter::flushList(ListState &state, const QList<Item> &items, const ListAccess<Item> &access,
                              QStringList *newStored)
{
    // Edits of items that stay where they are.
    auto writeDirtyIn = [&](int from, int to) {
        if (state.dirty.isEmpty())
            return true;
        for (int i = from; i < to; ++i) {
            if (state.dirty.contains(access.key(items.at(i))) && !access.write(items.at(i), i))
                return false;
        }
        return true;
    };
    if (!state.structureChanged) {
        if (state.dirty.size() <= 4) {
            // A few edits: look them up rather than walking a list of thousands.
            for (const QString &key : std::as_const(state.dirty)) {
                const int i = int(state.stored.indexOf(key));
                if (i >= 0 && i < items.size() && access.key(items.at(i)) == key && !access.write(items.at(i), i))
                    return false;
            }
            return true;
        }
        return writeDirtyIn(0, int(items.size()));
    }

    // Inserts and removals touch one stretch of the list: keep the common head and tail,
    // rewrite the stretch between, and move the tail's positions with one statement.
    const QStringList &before = state.stored;
    *newStored = keysOf<Item>(items, access.key);
    const QStringList &after = *newStored;
    const int oldSize = int(before.size());
    const int newSize = int(after.size());
    int head = 0;
    while (head < oldSize && head < newSize && before.at(head) == after.at(head))
        ++head;
    int tail = 0;
    while (tail < oldSize - head && tail < newSize - head
           && before.at(oldSize - 1 - tail) == after.at(newSize - 1 - tail))
        ++tail;

    const QSet<QString> kept(after.cbegin() + head, after.cend() - tail);
    QHash<QString, int> oldPosition;
    for (int i = head; i < oldSize - tail; ++i) {
        if (!kept.contains(before.at(i))) {
            if (!access.remove(before.at(i)))
                return false;
        } else {
            oldPosition.insert(before.at(i), i);
        }
    }
    const int delta = newSize - oldSize;
    if (delta != 0 && tail > 0 && !access.shift(oldSize - tail, delta))
        return false;
    // In the stretch, only new rows, edited rows and rows whose position changed are written.
    for (int i = head; i < newSize - tail; ++i) {
        const QString &key = after.at(i);
        if (oldPosition.value(key, -1) == i && !state.dirty.contains(key))
            continue;
        if (!access.write(items.at(i), i))
            return false;
    }
    return writeDirtyIn(0, head) && writeDirtyIn(newSize - tail, newSize);
}

} // namespace Whyboard
