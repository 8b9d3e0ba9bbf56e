// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

namespace Whyboard::Test {

// A session with every field set (id stays 0: "not stored yet"): Unicode text (emoji, RTL,
// CJK), newlines, times in several offsets, participants with several roles, a causal DAG in
// which one cause (c4) explains two effects, timeline events and action items that refer to
// cards, events, a tracker link and a due date, and a dismissed finding. Event e6 has no time,
// and action a3 has no owner or due date.
Session richSampleSession();

// A session file of tests/fixtures/ by its path without ".json" ("examples/aws-s3-outage"),
// read and placed as an import reads and places it; an empty session when it cannot be read.
Session fixtureSession(const QString &relativePath);

// A valid session (one problem card "c1", every why reaches the problem, no cycle), the same for
// the same arguments. cardCount includes the problem card; 0 gives a session without cards.
// Every event has a time and links are grouped by cause in card order, so the session also
// suits JSON round trips too.
Session randomSession(quint32 seed, int cardCount, int eventCount, int actionCount);

// The problem card "c1" and depth whys "c2".."c<depth+1>", each explaining the one before.
Session chainSession(int depth);

// Empty when the session's cards form a valid chain (at most one problem card, links between
// existing cards, no cycle, every why reaches the problem); otherwise what is wrong.
QString chainDefect(const Session &session);

// Empty when the sessions are equal; otherwise the first part that differs, for test messages.
QString sessionDifference(const Session &actual, const Session &expected);

} // namespace Whyboard::Test
