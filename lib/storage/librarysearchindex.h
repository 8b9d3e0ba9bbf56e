// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Whyboard {

class LibraryTables;

// Keeps the full-text index (schema version 7: search_items, search_text, cause_words) equal
// to the tables, inside the caller's transaction. LibraryTables calls it from every write and
// delete of a session row, card, event and action, so no writer (an edit step, import, trash,
// emptying the trash) can leave it behind. An item whose words did not change (a card dragged)
// costs three indexed reads and no index write.
class LibrarySearchIndex
{
public:
    explicit LibrarySearchIndex(LibraryTables &tables);

    // Off for a library read as it is from before the index.
    bool isEnabled() const;

    bool writeSession(const Session &session);
    bool writeCard(SessionId session, const Card &card);
    bool writeEvent(SessionId session, const TimelineEvent &event);
    bool writeAction(SessionId session, const ActionItem &action);
    // kind: "card", "event" or "action".
    bool removeItem(SessionId session, const QString &kind, const QString &itemId);
    bool removeSession(SessionId session);
    bool removeTrashedSessions();

private:
    // columns: search_text's seven, empty where the item has none; cause: a why card's text.
    bool write(SessionId session, const QString &kind, const QString &itemId, const QStringList &columns,
               const std::optional<QString> &cause);
    bool rowOf(SessionId session, const QString &kind, const QString &itemId, std::optional<qint64> *row);

    LibraryTables &m_tables;
};

} // namespace Whyboard
