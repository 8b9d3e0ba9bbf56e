// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Whyboard {

// One improvement the room commits to.
struct ActionItem
{
    QString id;
    QString text;
    QString owner;
    QDate due; // invalid when no due date was set
    ActionCategory category = ActionCategory::None;
    ActionHorizon horizon = ActionHorizon::None;
    ActionStatus status = ActionStatus::Open;
    QStringList cardIds;  // the whys it addresses
    QStringList eventIds; // the timeline steps it addresses
    QString link;         // ticket in the team's tracker
    QDate doneOn;         // the day it became Done (invalid while not done, and in older data)

    friend bool operator==(const ActionItem &a, const ActionItem &b)
    {
        return a.id == b.id && a.text == b.text && a.owner == b.owner && a.due == b.due
               && a.category == b.category && a.horizon == b.horizon && a.status == b.status
               && a.cardIds == b.cardIds && a.eventIds == b.eventIds && a.link == b.link
               && a.doneOn == b.doneOn;
    }
    friend bool operator!=(const ActionItem &a, const ActionItem &b) { return !(a == b); }
};

} // namespace Whyboard
