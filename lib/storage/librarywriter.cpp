#include "storage/librarywriter.h"

#include "document/sessiondocument.h"

#include <QSqlDatabase>
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
QHash<QString, int> positionsOf(const QList<Item> &items, const std::function<QString(const Item &)> &key)
{
    QHash<QString, int> positions;
    positions.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        positions.insert(key(items.at(i)), i);
    return positions;
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

    connect(d, &SessionDocument::dismissedFindingsChanged, this, [this] { m_findingsDirty = true; });

    // One finished undo step (push, undo, redo, merge, macro end) = one transaction.
    connect(d->undoStack(), &QUndoStack::indexChanged, this, [this] { flush(); });
}

// The document was loaded from (or just written to) the file, so both hold the same rows.
void LibraryWriter::rememberStoredState()
{
    const Session &s = m_document->session();
    m_cards.stored = positionsOf<Card>(s.cards, idOf<Card>);
    m_events.stored = positionsOf<TimelineEvent>(s.timeline, idOf<TimelineEvent>);
    m_actions.stored = positionsOf<ActionItem>(s.actions, idOf<ActionItem>);
    m_participants.stored = positionsOf<Participant>(s.participants, idOf<Participant>);
    m_links.stored = positionsOf<CausalLink>(
        s.links, [](const CausalLink &l) { return linkKey(l.causeId, l.effectId); });
}

void LibraryWriter::clearDirty()
{
    m_sessionRowDirty = false;
    m_findingsDirty = false;
    for (ListState *state : {&m_cards, &m_links, &m_events, &m_actions, &m_participants}) {
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
                               || m_participants.structureChanged || !m_participants.dirty.isEmpty();
    if (!anythingDirty)
        return true;

    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    bool ok = database.transaction();
    QString error = ok ? QString() : database.lastError().text();
    if (ok) {
        ok = writeDirty();
        if (!ok)
            error = m_tables->lastError();
    }
    if (ok) {
        ok = database.commit();
        if (!ok)
            error = database.lastError().text();
    }
    if (!ok) {
        database.rollback();
        // The file no longer matches what we think it holds: rewrite the session next time.
        m_rewriteAll = true;
        clearDirty();
        Q_EMIT writeFailed(tr("The change could not be saved to the library: %1").arg(error));
        return false;
    }
    if (m_rewriteAll) {
        m_rewriteAll = false;
        rememberStoredState();
    }
    clearDirty();
    return true;
}

bool LibraryWriter::writeDirty()
{
    const Session &s = m_document->session();
    const SessionId id = s.id;
    if (m_rewriteAll)
        return m_tables->deleteSession(id) && m_tables->writeWholeSession(s);

    if (m_sessionRowDirty && !m_tables->writeSessionRow(s))
        return false;

    using List = LibraryTables::List;
    LibraryTables *t = m_tables;
    // New positions are applied to the ListStates only once the whole step is written.
    QHash<QString, int> cards, links, events, actions, participants;

    const ListAccess<Card> cardAccess{
        idOf<Card>, [=](const Card &c, int p) { return t->writeCard(id, c, p); },
        [=](const QString &k, int p) { return t->setPosition(List::Cards, id, k, p); },
        [=](const QString &k) { return t->deleteItem(List::Cards, id, k); }};
    const ListAccess<CausalLink> linkAccess{
        [](const CausalLink &l) { return linkKey(l.causeId, l.effectId); },
        [=](const CausalLink &l, int p) { return t->writeLink(id, l, p); },
        [=](const QString &k, int p) {
            return t->setLinkPosition(id, k.section(linkKeySeparator, 0, 0), k.section(linkKeySeparator, 1), p);
        },
        [=](const QString &k) {
            return t->deleteLink(id, k.section(linkKeySeparator, 0, 0), k.section(linkKeySeparator, 1));
        }};
    const ListAccess<TimelineEvent> eventAccess{
        idOf<TimelineEvent>, [=](const TimelineEvent &e, int p) { return t->writeEvent(id, e, p); },
        [=](const QString &k, int p) { return t->setPosition(List::Events, id, k, p); },
        [=](const QString &k) { return t->deleteItem(List::Events, id, k); }};
    const ListAccess<ActionItem> actionAccess{
        idOf<ActionItem>, [=](const ActionItem &a, int p) { return t->writeAction(id, a, p); },
        [=](const QString &k, int p) { return t->setPosition(List::Actions, id, k, p); },
        [=](const QString &k) { return t->deleteItem(List::Actions, id, k); }};
    const ListAccess<Participant> participantAccess{
        idOf<Participant>, [=](const Participant &a, int p) { return t->writeParticipant(id, a, p); },
        [=](const QString &k, int p) { return t->setPosition(List::Participants, id, k, p); },
        [=](const QString &k) { return t->deleteItem(List::Participants, id, k); }};

    // Cards before links so that new links find their cards; removed links go before their
    // cards (the foreign keys are deferred anyway).
    const bool ok = flushList(m_links, s.links, linkAccess, &links)
                    && flushList(m_cards, s.cards, cardAccess, &cards)
                    && flushList(m_events, s.timeline, eventAccess, &events)
                    && flushList(m_actions, s.actions, actionAccess, &actions)
                    && flushList(m_participants, s.participants, participantAccess, &participants)
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
    return true;
}

template<typename Item>
bool LibraryWriter::flushList(ListState &state, const QList<Item> &items, const ListAccess<Item> &access,
                              QHash<QString, int> *newStored)
{
    if (!state.structureChanged) {
        // Content edits only: positions are unchanged, so the stored position finds the item.
        for (const QString &key : std::as_const(state.dirty)) {
            const int position = state.stored.value(key, -1);
            if (position < 0 || position >= items.size() || access.key(items.at(position)) != key)
                continue;
            if (!access.write(items.at(position), position))
                return false;
        }
        return true;
    }

    *newStored = positionsOf<Item>(items, access.key);
    for (auto it = state.stored.cbegin(); it != state.stored.cend(); ++it) {
        if (!newStored->contains(it.key()) && !access.remove(it.key()))
            return false;
    }
    for (int i = 0; i < items.size(); ++i) {
        const QString key = access.key(items.at(i));
        const auto stored = state.stored.constFind(key);
        bool ok = true;
        if (stored == state.stored.cend() || state.dirty.contains(key))
            ok = access.write(items.at(i), i);
        else if (stored.value() != i)
            ok = access.setPosition(key, i);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Whyboard
