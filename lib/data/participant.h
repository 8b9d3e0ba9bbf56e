// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"

#include <QString>

namespace Whyboard {

// Someone in the room, and what part they played in the incident.
struct Participant
{
    QString id;
    QString name;
    ParticipantRoles roles;

    friend bool operator==(const Participant &a, const Participant &b)
    {
        return a.id == b.id && a.name == b.name && a.roles == b.roles;
    }
    friend bool operator!=(const Participant &a, const Participant &b) { return !(a == b); }
};

} // namespace Whyboard
