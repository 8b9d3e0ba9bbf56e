// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/incidentmetrics.h"

#include "data/localeformat.h"

#include <QLocale>

namespace Whyboard {

namespace {

void addInconsistency(IncidentMetrics &metrics, const QString &message)
{
    metrics.problems.append(message);
    metrics.inconsistencies.append(message);
}

} // namespace

IncidentMetrics IncidentMetrics::compute(const Session &session)
{
    IncidentMetrics metrics;
    metrics.currency = session.impact.currency;
    const QDateTime &started = session.startedAt;
    const QDateTime &detected = session.detectedAt;
    const QDateTime &resolved = session.resolvedAt;

    if (!started.isValid())
        metrics.problems.append(tr("The start time is not set, so time to detect, time to resolve and cost are unknown."));
    if (!detected.isValid())
        metrics.problems.append(tr("The detection time is not set, so time to detect is unknown."));
    if (!resolved.isValid())
        metrics.problems.append(tr("The resolution time is not set, so time to resolve, duration and cost are unknown."));

    if (started.isValid() && detected.isValid()) {
        if (detected < started)
            addInconsistency(metrics, tr("The incident was detected before it started: check the start and detection times."));
        else
            metrics.timeToDetect = started.msecsTo(detected);
    }

    // Resolved before detected leaves no way to tell which of the two times is wrong, so
    // the figures built on the resolution time are withheld as well.
    bool resolvedConsistent = resolved.isValid();
    if (started.isValid() && resolved.isValid() && resolved < started) {
        addInconsistency(metrics, tr("The incident was resolved before it started: check the start and resolution times."));
        resolvedConsistent = false;
    }
    if (detected.isValid() && resolved.isValid() && resolved < detected) {
        addInconsistency(metrics, tr("The incident was resolved before it was detected: check the detection and resolution times."));
        resolvedConsistent = false;
    }
    if (started.isValid() && resolvedConsistent) {
        metrics.timeToResolve = started.msecsTo(resolved);
        metrics.duration = metrics.timeToResolve;
    }

    const std::optional<double> &costPerMinute = session.impact.costPerMinute;
    if (costPerMinute && *costPerMinute < 0)
        addInconsistency(metrics, tr("The cost per minute is negative, so the cost is unknown."));
    else if (costPerMinute && metrics.duration)
        metrics.estimatedCost = *costPerMinute * (double(*metrics.duration) / 60000.0);
    return metrics;
}

QString IncidentMetrics::formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("\u2212") + formatDuration(-ms);
    const QLocale locale;
    const qint64 seconds = ms / 1000;
    QString text;
    if (seconds < 60) {
        text = tr("%1 s").arg(seconds);
    } else if (seconds < 60 * 60) {
        text = tr("%1 min").arg(seconds / 60);
    } else if (seconds < 24 * 60 * 60) {
        const qint64 minutes = seconds / 60;
        text = tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    } else {
        const qint64 hours = seconds / 3600;
        text = tr("%1 d %2 h").arg(locale.toString(hours / 24)).arg(hours % 24);
    }
    // One figure: "17 h 53 min" must never be split across lines or table cells, whatever
    // spaces the translation uses.
    text.replace(QLatin1Char(' '), QChar::Nbsp);
    return text;
}

QString IncidentMetrics::formatCost(double amount, const QString &currency, const QLocale &locale)
{
    return LocaleFormat::money(amount, currency, locale);
}

} // namespace Whyboard
