// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/followupsquery.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Whyboard {

// Follow-ups as a CSV file for a tracker's importer (Jira's CSV import, the CSV-to-issues
// tools for GitHub): RFC 4180 (comma, CRLF, fields quoted when they must be, quotes doubled),
// UTF-8 without a byte-order mark, a header row in English, which importers match on.
// A cell that a spreadsheet would run as a formula (= + - @, tab, carriage return first)
// starts with an apostrophe instead. Pure: the same input gives the same bytes.
class ActionsCsvWriter
{
public:
    static QByteArray write(const QList<FollowUp> &followUps);

    static QStringList header(); // Summary, Description, Assignee, Due date, Status, Labels, ...
    static QString field(const QString &text); // quoted when it holds , " CR or LF
    static QString defused(const QString &text); // the formula guard alone
    static QString statusOf(ActionStatus status); // Jira's default workflow: To Do, In Progress, Done
};

} // namespace Whyboard
