// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Whyboard {

// What the incident cost its users and the company. Unknown figures stay empty, not zero.
struct Impact
{
    QString description;
    std::optional<qint64> usersAffected;
    std::optional<double> costPerMinute;
    QString currency; // ISO 4217 code, e.g. "USD"

    friend bool operator==(const Impact &a, const Impact &b)
    {
        return a.description == b.description && a.usersAffected == b.usersAffected
               && a.costPerMinute == b.costPerMinute && a.currency == b.currency;
    }
    friend bool operator!=(const Impact &a, const Impact &b) { return !(a == b); }
};

} // namespace Whyboard
