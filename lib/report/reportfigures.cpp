// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportfigures.h"

#include "analysis/incidentmetrics.h"
#include "data/labels.h"
#include "report/reporttext.h"

#include <QCoreApplication>


namespace Whyboard {

ReportFigures::ReportFigures(const Session &session)
    : m_session(session)
{
}

QList<ReportFigures::Figure> ReportFigures::figures() const
{
    const Session &s = m_session;
    const QString dash = Labels::notSet();
    auto time = [&](const QString &label, const QDateTime &at) {
        if (!at.isValid())
            return Figure{label, dash, {}};
        // The date only when it differs from the start, so the row stays calm.
        const bool sameDay = s.startedAt.isValid() && at.date() == s.startedAt.date() && at != s.startedAt;
        const QString detail = sameDay ? ReportText::utcOffset(at)
                                       : QStringLiteral("%1 %2").arg(ReportText::date(at), ReportText::utcOffset(at));
        return Figure{label, ReportText::timeOfDay(at), detail};
    };

    // The same figures as the window shows: an inconsistent time gives a dash, not a lie.
    const IncidentMetrics metrics = IncidentMetrics::compute(s);
    const std::optional<qint64> toDetect = metrics.timeToDetect;
    const std::optional<qint64> toResolve = metrics.timeToResolve;
    const std::optional<qint64> duration = metrics.duration;
    const std::optional<double> cost = metrics.estimatedCost;

    QList<Figure> result;
    result << time(tr("Started"), s.startedAt) << time(tr("Detected"), s.detectedAt)
           << time(tr("Resolved"), s.resolvedAt);
    result << Figure{tr("Time to detect"), ReportText::duration(toDetect), {}};
    result << Figure{tr("Time to resolve"), ReportText::duration(toResolve), {}};
    result << Figure{tr("Duration"), ReportText::duration(duration), {}};
    const QString costText = ReportText::money(cost, s.impact.currency);
    const QString rate = s.impact.costPerMinute
        ? tr("at %1 a minute").arg(ReportText::money(s.impact.costPerMinute, s.impact.currency))
        : QString();
    result << Figure{tr("Estimated cost"), costText.isEmpty() ? dash : costText, rate};
    return result;
}

} // namespace Whyboard
