// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/opsgeniecsvreader.h"

#include "timelineimport/csvreader.h"
#include "timelineimport/importtime.h"
#include "timelineimport/opsgenielogreader.h"
#include "timelineimport/pagingcsvcolumns.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace Whyboard {

namespace {

using Names = std::initializer_list<const char *>;
const Names timeNames{"CreatedAt", "Created At", "Date", "Time", "Timestamp", "Created", "Log Date"};
const Names logNames{"Log", "Action", "Activity", "Log Message"};
const Names ownerNames{"Owner", "User", "Performed By", "Username"};
const Names typeNames{"Type", "Log Type"};
const Names alertNames{"Alert", "Alert Message", "TinyId", "Alert ID", "AlertId"};
const Names messageNames{"Message", "Alert Message", "Title"};
// Columns of the alert list that only Opsgenie writes.
const Names alertListNames{"TinyId", "Alias", "AckTime", "CloseTime", "AcknowledgedBy", "ClosedBy", "IsSeen"};

struct Columns
{
    explicit Columns(const PagingCsvColumns &c)
        : time(c.find(timeNames))
        , log(c.find(logNames))
        , owner(c.find(ownerNames))
        , type(c.find(typeNames))
        , tinyId(c.find({"TinyId", "Tiny ID"}))
        , message(c.find(messageNames))
        , ackTime(c.find({"AckTime", "AcknowledgedAt", "Acknowledged At", "Ack Time"}))
        , acknowledgedBy(c.find({"AcknowledgedBy", "Acknowledged By"}))
        , closeTime(c.find({"CloseTime", "ClosedAt", "Closed At", "Close Time"}))
        , closedBy(c.find({"ClosedBy", "Closed By"}))
    {
    }
    int time, log, owner, type, tinyId, message, ackTime, acknowledgedBy, closeTime, closedBy;
};

// AckTime and CloseTime are milliseconds after the alert was created in the alert list; a
// date in some exports.
QDateTime laterTime(const QString &text, const QDateTime &created, const QTimeZone &zone)
{
    bool isNumber = false;
    const qint64 milliseconds = text.toLongLong(&isNumber);
    if (isNumber && text.size() < 10)
        return milliseconds >= 0 && created.isValid() ? PagingCsvColumns::after(created, milliseconds, zone) : QDateTime();
    return PagingCsvColumns::parseTime(text, zone);
}

} // namespace

bool OpsgenieCsvReader::recognises(const TimelineSourcePeek &peek)
{
    const PagingCsvColumns columns(PagingCsvColumns::headerOf(peek));
    if (!columns.has(timeNames))
        return false;
    const bool activityLog = columns.has({"Log"}) || (columns.has({"Action"}) && columns.has(alertNames) && columns.has(ownerNames));
    const bool alertList = columns.has(messageNames) && columns.has(alertListNames);
    return activityLog || alertList;
}

TimelineImportResult OpsgenieCsvReader::read(const QString &path, const TimelineImportOptions &options,
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
    if (columns.time < 0 || (columns.log < 0 && columns.message < 0)) {
        result.error = tr("%1, line 1: an Opsgenie export has a CreatedAt (or Date) column and a Log or Message column")
                           .arg(name);
        return result;
    }
    const bool activityLog = columns.log >= 0;
    const QLocale locale;
    qint64 rows = 0;
    const auto keep = [&](TimelineRecord record) {
        if (record.at.isValid() && !ImportTime::inRange(record.at, options.since, options.until))
            ++result.outsideRange;
        else
            result.records.append(record);
    };
    while (reader.readRecord(&row)) {
        if (progress && ++rows % 5000 == 0 && !progress(reader.bytesRead(), file.size())) {
            result.cancelled = true;
            result.records.clear();
            return result;
        }
        if (result.sampleRows.size() < 20)
            result.sampleRows.append(row);
        TimelineRecord record;
        record.location = tr("line %1").arg(locale.toString(reader.recordLine()));
        const QString timeText = PagingCsvColumns::field(row, columns.time);
        record.at = PagingCsvColumns::parseTime(timeText, options.timeZone);
        const QString unreadable = timeText.isEmpty() ? tr("it has no time") : tr("its time “%1” cannot be read").arg(timeText);
        if (activityLog) {
            record.text = PagingCsvColumns::field(row, columns.log);
            record.author = PagingCsvColumns::field(row, columns.owner);
            if (record.author.compare(QLatin1String("System"), Qt::CaseInsensitive) == 0)
                record.author.clear();
            OpsgenieLogReader::classify(record.text, PagingCsvColumns::field(row, columns.type), &record);
            if (!record.at.isValid() && record.skipReason.isEmpty())
                record.skipReason = unreadable;
            keep(record);
            continue;
        }
        // The alert list: one alert, up to three steps.
        const QString tinyId = PagingCsvColumns::field(row, columns.tinyId);
        const QString alert = tinyId.isEmpty() ? tr("Alert") : tr("Alert #%1").arg(tinyId);
        record.sourceType = QStringLiteral("alert");
        record.kind = EventKind::Trigger;
        record.text = tr("%1 created: %2").arg(alert, PagingCsvColumns::field(row, columns.message));
        if (!record.at.isValid()) {
            record.skipReason = unreadable;
            keep(record);
            continue;
        }
        const QDateTime created = record.at;
        keep(record);
        record.at = laterTime(PagingCsvColumns::field(row, columns.ackTime), created, options.timeZone);
        if (record.at.isValid()) {
            record.kind = EventKind::Detection;
            record.text = tr("%1 acknowledged").arg(alert);
            record.author = PagingCsvColumns::field(row, columns.acknowledgedBy);
            keep(record);
        }
        record.at = laterTime(PagingCsvColumns::field(row, columns.closeTime), created, options.timeZone);
        if (record.at.isValid()) {
            record.kind = EventKind::Resolution;
            record.text = tr("%1 closed").arg(alert);
            record.author = PagingCsvColumns::field(row, columns.closedBy);
            keep(record);
        }
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
