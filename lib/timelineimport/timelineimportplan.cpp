// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/timelineimportplan.h"

#include "data/boundedvalues.h"
#include "data/sessionlimits.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace Whyboard {

namespace {

// An event is the same when it happened at the same instant and says the same: offsets may
// differ (a timeline typed in another zone), white space at the ends may not matter.
QString sameEventKey(const QDateTime &at, const QString &text)
{
    return QString::number(at.isValid() ? at.toMSecsSinceEpoch() : -1) + QLatin1Char('\n') + text.trimmed();
}

} // namespace

QString TimelineImportPlan::eventText(const TimelineRecord &record)
{
    const QString text = record.text.trimmed();
    const QString author = record.author.trimmed();
    // The chat paste writes the same "alice: rolled back", so both find each other's events.
    return BoundedValues::text(author.isEmpty() ? text : author + QStringLiteral(": ") + text);
}

QList<TimelineImportRow> TimelineImportPlan::plan(const Session &session, const QList<TimelineRecord> &records)
{
    QSet<QString> existing;
    existing.reserve(session.timeline.size());
    for (const TimelineEvent &event : session.timeline)
        existing.insert(sameEventKey(event.at, event.text));
    QSet<QString> seen;
    QList<TimelineImportRow> rows;
    rows.reserve(records.size());
    for (const TimelineRecord &record : records) {
        TimelineImportRow row;
        row.record = record;
        row.event.at = record.at;
        row.event.kind = record.kind;
        row.event.text = eventText(record);
        const QString key = sameEventKey(row.event.at, row.event.text);
        if (!record.skipReason.isEmpty()) {
            row.status = TimelineImportRow::Status::Skipped;
            row.reason = record.skipReason;
        } else if (!record.at.isValid()) {
            row.status = TimelineImportRow::Status::Skipped;
            row.reason = tr("it has no time");
        } else if (row.event.text.isEmpty()) {
            row.status = TimelineImportRow::Status::Skipped;
            row.reason = tr("it has no text");
        } else if (existing.contains(key)) {
            row.status = TimelineImportRow::Status::AlreadyInTimeline;
            row.reason = tr("already in the timeline");
        } else if (seen.contains(key)) {
            row.status = TimelineImportRow::Status::RepeatedInFile;
            row.reason = tr("said before at the same time in this export");
        } else {
            seen.insert(key);
        }
        rows.append(row);
    }
    return rows;
}

QList<TimelineEvent> TimelineImportPlan::eventsToAdd(const QList<TimelineImportRow> &rows, const QList<bool> &chosen)
{
    QList<TimelineEvent> events;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).status == TimelineImportRow::Status::New && (chosen.isEmpty() || chosen.value(i)))
            events.append(rows.at(i).event);
    }
    return events;
}

QString TimelineImportPlan::limitError(const Session &session, qsizetype count)
{
    if (session.timeline.size() + count <= SessionLimits::maxEvents)
        return {};
    const QLocale locale;
    return tr("the timeline would have %1 events, more than the %2 a session holds: choose a shorter time range")
        .arg(locale.toString(session.timeline.size() + count), locale.toString(SessionLimits::maxEvents));
}

} // namespace Whyboard
