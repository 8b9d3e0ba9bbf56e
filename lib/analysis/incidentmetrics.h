// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace Whyboard {

// The figures a postmortem quotes, derived from the session's times and impact.
// A figure that cannot be known honestly (a time missing, times in the wrong order, a
// negative cost) is empty, never negative, and `problems` says why in words for the user.
struct IncidentMetrics
{
    Q_DECLARE_TR_FUNCTIONS(IncidentMetrics)

public:
    std::optional<qint64> timeToDetect;  // ms, detected - started
    std::optional<qint64> timeToResolve; // ms, resolved - started
    std::optional<qint64> duration;      // ms, the impact window: resolved - started
    std::optional<double> estimatedCost; // cost per minute x duration in minutes
    QString currency;                    // the session's currency code, for formatCost()
    QStringList problems;                // translated, one sentence each: missing and inconsistent
    QStringList inconsistencies;         // the subset that contradicts itself (times out of order,
                                         // negative cost): worth a warning even on a draft

    static IncidentMetrics compute(const Session &session);

    // "42 s", "3 min", "1 h 05 min", "2 d 4 h" in the current language, joined by no-break
    // spaces so no layout splits the figure; negative durations get a leading minus.
    static QString formatDuration(qint64 ms);
    // The amount in the locale's number format with the ISO code where the locale puts its
    // currency ("USD 9,750" in English, "9.750 USD" in German); see LocaleFormat::money.
    static QString formatCost(double amount, const QString &currency, const QLocale &locale = QLocale());
};

} // namespace Whyboard
