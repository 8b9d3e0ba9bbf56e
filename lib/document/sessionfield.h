// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Whyboard {

// The scalar fields of a session that the Session panel edits one at a time.
// Values travel as QVariant: QString, int (severity, status), QDateTime, qlonglong
// (users affected), double (cost per minute); an invalid QVariant clears an optional field.
enum class SessionField {
    Title,
    Summary,
    Severity,
    Status,
    StartedAt,
    DetectedAt,
    ResolvedAt,
    ImpactDescription,
    UsersAffected,
    CostPerMinute,
    Currency,
    Facilitator,
};

} // namespace Whyboard
