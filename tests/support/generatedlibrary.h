// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QDate>
#include <QList>

namespace Whyboard {
class Library;
}

namespace Whyboard::Test {

// A realistic library to look at and to count over: sessions spread over the two years before
// lastDay, the same for the same seed. Severities lean to 3; times to detect and resolve run
// from minutes to days with a few long outliers and some left unknown; most have a cost per
// minute (mostly USD, a few EUR); each has a problem and a chain of three to six whys, and one
// to four actions with owners and due days (some overdue, older sessions more often done).
QList<Session> generatedSessions(int count = 50, quint32 seed = 14, const QDate &lastDay = QDate(2026, 11, 30));

// Stores the sessions in the library; returns their ids (0 for one the library refused).
QList<SessionId> storeSessions(Library &library, const QList<Session> &sessions);

} // namespace Whyboard::Test
