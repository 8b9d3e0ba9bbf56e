// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Whyboard {

// One message recognised in a pasted chat log.
struct ChatLogLine
{
    int lineNumber = 0; // 1-based line of the paste where the message starts
    QDateTime at;       // a fixed offset: the one written in the log, else the one asked for
    QString author;     // empty when the line names nobody
    QString text;       // continuation lines joined with '\n'
    EventKind suggestedKind = EventKind::Note;
};

struct ChatLogParseResult
{
    QList<ChatLogLine> recognised;
    QList<QPair<int, QString>> unrecognised; // 1-based line number and the line as pasted
};

// Reads the chat logs people paste from an incident channel:
//   18:42 alice: rolled back             [2017-04-06 18:42] bob: paged the DBA
//   2017-04-06T18:42:10-07:00 deploy     [18:42:07] <alice> reverted
//   06/04/2017, 18:42 - alice: ...       alice  6:42 PM   (then the message on the next lines)
// A line without a time continues the message before it; every other non-blank line that is
// not a message is reported as unrecognised, so nothing is dropped silently.
class ChatLogParser
{
public:
    // Times without a date fall on defaultDate and move to the next day when the clock runs
    // back by more than an hour (a log crossing midnight); times without an offset get
    // utcOffsetSeconds.
    static ChatLogParseResult parse(const QString &text, const QDate &defaultDate, int utcOffsetSeconds);

    // Mitigation for "rolled back", "reverted", "mitigated"...; Resolution for "resolved",
    // "fixed", "restored"...; Escalation for "paged", "escalated"...; Detection for "noticed",
    // "alert", "detected"...; otherwise Note.
    static EventKind suggestKind(const QString &text);
};

} // namespace Whyboard
