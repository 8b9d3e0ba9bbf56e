// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QDateTime>
#include <QString>

namespace Whyboard {

// One row of the library's session list: enough to show, sort, filter and compare
// incidents without loading every card.
struct SessionSummary
{
    SessionId id = 0;
    QString title;
    QString summary;
    int severity = 0;
    SessionStatus status = SessionStatus::Draft;
    QDateTime startedAt;
    QDateTime detectedAt;
    QDateTime resolvedAt;
    int cardCount = 0;
    int openActionCount = 0;
    QDateTime deletedAt; // when it went to the trash; invalid for a session in the library
};

} // namespace Whyboard
