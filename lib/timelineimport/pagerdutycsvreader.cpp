// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/pagerdutycsvreader.h"

#include "timelineimport/csvreader.h"
#include "timelineimport/importtime.h"
#include "timelineimport/pagingcsvcolumns.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace Whyboard {

namespace {

// The names PagerDuty's exports have given each column: the reports' snake_case, the
// Incidents page's and Analytics' title case.
using Names = std::initializer_list<const char *>;
const Names createdNames{"created_on", "Created", "Created At", "created_at", "Opened"};
const Names numberNames{"incident_number", "Incident Number", "#", "Number", "Incident #"};
// Names a CSV of incidents from elsewhere would hardly have all of.
const Names pagerDutyNames{"service_name",       "Service",           "escalation_policy_name", "Escalation Policy",
                           "urgency",            "seconds_to_first_ack", "seconds_to_resolve",  "resolved_on",
                           "Resolved",           "Resolved At"};

struct Columns
{
    explicit Columns(const PagingCsvColumns &c)
        : created(c.find(createdNames))
        , number(c.find(numberNames))
        , id(c.find({"id", "Incident ID"}))
        , title(c.find({"description", "title", "Incident Title", "Incident", "Summary"}))
        , service(c.find({"service_name", "Service", "Service Name"}))
        , acknowledged(c.find({"acknowledged_on", "first_acknowledged_on", "Acknowledged", "Acknowledged At",
                                "acknowledged_at", "first_acknowledged_at"}))
        , secondsToAck(c.find({"seconds_to_first_ack", "Seconds to First Ack", "Time to First Ack (seconds)"}))
        , acknowledgedBy(c.find({"acknowledged_by_user_names", "acknowledged_by", "Acknowledged By",
                                  "first_acknowledged_by", "acknowledged_by_user_name"}))
        , resolved(c.find({"resolved_on", "Resolved", "Resolved At", "resolved_at"}))
        , secondsToResolve(c.find({"seconds_to_resolve", "Seconds to Resolve", "Time to Resolve (seconds)"}))
        , resolvedBy(c.find({"resolved_by_user_name", "resolved_by", "Resolved By", "resolved_by_user_names"}))
    {
    }
    int created, number, id, title, service, acknowledged, secondsToAck, acknowledgedBy, resolved, secondsToResolve,
        resolvedBy;
};

// The time of a milestone: its own column, else the seconds after the incident was created.
QDateTime milestone(const QStringList &row, int timeColumn, int secondsColumn, const QDateTime &created,
                    const QTimeZone &zone)
{
    const QDateTime own = PagingCsvColumns::parseTime(PagingCsvColumns::field(row, timeColumn), zone);
    if (own.isValid())
        return own;
    bool isNumber = false;
    const double seconds = PagingCsvColumns::field(row, secondsColumn).toDouble(&isNumber);
    if (!isNumber || seconds < 0 || !created.isValid())
        return {};
    return PagingCsvColumns::after(created, qint64(seconds * 1000), zone);
}

} // namespace

bool PagerDutyCsvReader::recognises(const TimelineSourcePeek &peek)
{
    const PagingCsvColumns columns(PagingCsvColumns::headerOf(peek));
    return columns.has(createdNames) && columns.has(numberNames) && columns.has(pagerDutyNames);
}

TimelineImportResult PagerDutyCsvReader::read(const QString &path, const TimelineImportOptions &options,
                                              const ImportProgress &progress)
{
    TimelineImportResult result;
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    QStringList row;
    const std::unique_ptr<CsvReader> opened = CsvReader::openWithHeader(&file, &row, &result.error);
    if (!opened)
        return result;
    CsvReader &reader = *opened;
    result.columns = row;
    const Columns columns{PagingCsvColumns(row)};
    if (columns.created < 0) {
        result.error = tr("%1, line 1: there is no created_on (or Created) column").arg(name);
        return result;
    }
    const QLocale locale;
    qint64 rows = 0;
    while (reader.readRecord(&row)) {
        if (progress && ++rows % 5000 == 0 && !progress(reader.bytesRead(), file.size())) {
            result.cancelled = true;
            result.records.clear();
            return result;
        }
        if (result.sampleRows.size() < 20)
            result.sampleRows.append(row);
        const QString location = tr("line %1").arg(locale.toString(reader.recordLine()));
        QString number = PagingCsvColumns::field(row, columns.number);
        if (number.isEmpty())
            number = PagingCsvColumns::field(row, columns.id);
        const QString incident = number.isEmpty() ? tr("Incident") : tr("Incident #%1").arg(number);
        QString title = PagingCsvColumns::field(row, columns.title);
        const QString service = PagingCsvColumns::field(row, columns.service);
        if (!service.isEmpty())
            title = title.isEmpty() ? service : tr("%1 (%2)").arg(title, service);
        const QString createdText = PagingCsvColumns::field(row, columns.created);
        const QDateTime created = PagingCsvColumns::parseTime(createdText, options.timeZone);
        const auto add = [&](EventKind kind, const QDateTime &at, const QString &text, const QString &author) {
            if (!ImportTime::inRange(at, options.since, options.until)) {
                ++result.outsideRange;
                return;
            }
            TimelineRecord record;
            record.location = location;
            record.at = at;
            record.kind = kind;
            record.text = text;
            record.author = author;
            record.sourceType = QStringLiteral("incident");
            result.records.append(record);
        };
        if (!created.isValid()) {
            TimelineRecord record;
            record.location = location;
            record.text = tr("%1 triggered: %2").arg(incident, title);
            record.kind = EventKind::Trigger;
            record.skipReason = createdText.isEmpty() ? tr("it has no created time")
                                                      : tr("its created time “%1” cannot be read").arg(createdText);
            result.records.append(record);
            continue;
        }
        add(EventKind::Trigger, created, tr("%1 triggered: %2").arg(incident, title), QString());
        const QDateTime acknowledged = milestone(row, columns.acknowledged, columns.secondsToAck, created, options.timeZone);
        if (acknowledged.isValid())
            add(EventKind::Detection, acknowledged, tr("%1 acknowledged").arg(incident),
                PagingCsvColumns::field(row, columns.acknowledgedBy));
        const QDateTime resolved = milestone(row, columns.resolved, columns.secondsToResolve, created, options.timeZone);
        if (resolved.isValid())
            add(EventKind::Resolution, resolved, tr("%1 resolved").arg(incident),
                PagingCsvColumns::field(row, columns.resolvedBy));
    }
    if (!reader.error().isEmpty()) {
        result.error = tr("%1, %2").arg(name, reader.error());
        result.records.clear();
        return result;
    }
    if (progress)
        progress(file.size(), file.size());
    return result;
}

} // namespace Whyboard
