// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"
#include "data/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Whyboard {

// One action item as the library's follow-ups list shows it: the action with the session it
// was agreed in. Actions have no team of their own; the owner is who follows it up.
struct FollowUp
{
    SessionId sessionId = 0;
    QString sessionTitle;
    QString actionId;
    QString text;
    QString owner;
    QDate due; // invalid when none was set
    ActionStatus status = ActionStatus::Open;
    QString link;

    bool isUnfinished() const { return status != ActionStatus::Done; }
    // Open or in progress with its due day behind today.
    bool isOverdue(const QDate &today) const { return isUnfinished() && due.isValid() && due < today; }
};

// The action items of every session in the library (not the trash), read in one query
// through the sessions' primary key and the actions' (session, status) index; never by
// loading sessions.
class FollowUpsQuery
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::FollowUpsQuery)

public:
    struct Filter
    {
        bool unfinishedOnly = false; // open and in progress
        QString owner;               // empty: anyone; else the same name, case aside
        std::optional<QDate> overdueOn; // only actions past due on this day
    };

    // Ordered by due day (none last), then session and position. Empty with *error set when
    // the file holds a value Whyboard never writes.
    static QList<FollowUp> read(const QSqlDatabase &database, const Filter &filter, QString *error);
};

} // namespace Whyboard
