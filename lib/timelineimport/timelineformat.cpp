// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/timelineformat.h"

namespace Whyboard {

namespace {

struct FormatRow
{
    TimelineFormat format;
    const char *key;
    const char *name;
};

const FormatRow formatRows[] = {
    {TimelineFormat::Detect, "detect", QT_TRANSLATE_NOOP("Whyboard::TimelineFormats", "Detect from the file")},
    {TimelineFormat::SlackExport, "slack", QT_TRANSLATE_NOOP("Whyboard::TimelineFormats", "Slack export")},
    {TimelineFormat::MattermostExport, "mattermost", QT_TRANSLATE_NOOP("Whyboard::TimelineFormats", "Mattermost bulk export")},
    {TimelineFormat::PagerDutyLog, "pagerduty", QT_TRANSLATE_NOOP("Whyboard::TimelineFormats", "PagerDuty log entries")},
    {TimelineFormat::PagerDutyCsv, "pagerduty-csv", QT_TRANSLATE_NOOP("Whyboard::TimelineFormats", "PagerDuty incidents CSV")},
    {TimelineFormat::OpsgenieLog, "opsgenie", QT_TRANSLATE_NOOP("Whyboard::TimelineFormats", "Opsgenie alert log")},
    {TimelineFormat::OpsgenieCsv, "opsgenie-csv", QT_TRANSLATE_NOOP("Whyboard::TimelineFormats", "Opsgenie activity CSV")},
    {TimelineFormat::Csv, "csv", QT_TRANSLATE_NOOP("Whyboard::TimelineFormats", "CSV (any columns)")},
};

} // namespace

QList<TimelineFormat> TimelineFormats::all()
{
    QList<TimelineFormat> formats;
    for (const FormatRow &row : formatRows) {
        if (row.format != TimelineFormat::Detect)
            formats.append(row.format);
    }
    return formats;
}

QString TimelineFormats::key(TimelineFormat format)
{
    for (const FormatRow &row : formatRows) {
        if (row.format == format)
            return QString::fromLatin1(row.key);
    }
    return {};
}

bool TimelineFormats::fromKey(const QString &key, TimelineFormat *format)
{
    for (const FormatRow &row : formatRows) {
        if (key == QLatin1String(row.key)) {
            *format = row.format;
            return true;
        }
    }
    return false;
}

QString TimelineFormats::name(TimelineFormat format)
{
    for (const FormatRow &row : formatRows) {
        if (row.format == format)
            return tr(row.name);
    }
    return {};
}

} // namespace Whyboard
