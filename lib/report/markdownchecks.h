// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/checkfinding.h"
#include "data/session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Whyboard {

// The "Chain checks" section of the Markdown export, from FindingGroups: one heading per check
// with its count, what the check says once when every item says the same, and the items
// compactly ("Why 3 “…”; Why 7 “…”"), set-aside ones last with the room's reason.
class MarkdownChecks
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownChecks)

public:
    // The section body (without its heading), ending with a blank line.
    static QString section(const Session &session, const QList<CheckFinding> &findings);
};

} // namespace Whyboard
