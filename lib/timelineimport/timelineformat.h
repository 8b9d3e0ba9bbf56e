// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Whyboard {

// The exports Whyboard reads a timeline from.
enum class TimelineFormat {
    Detect,           // look at the file
    SlackExport,      // workspace export: ZIP or folder with channels.json, users.json, CHANNEL/DAY.json
    MattermostExport, // bulk export: JSON lines of post, direct_post, reply
    PagerDutyLog,     // incident log entries as the REST API returns them (JSON)
    PagerDutyCsv,     // the incidents CSV export
    OpsgenieLog,      // alert logs / activity (JSON)
    OpsgenieCsv,      // alert activity export (CSV)
    Csv,              // any CSV, its columns mapped by the user
};

class TimelineFormats
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::TimelineFormats)

public:
    static QList<TimelineFormat> all(); // without Detect
    // The --format word: "slack", "mattermost", "pagerduty", "pagerduty-csv", "opsgenie",
    // "opsgenie-csv", "csv"; "detect" for Detect.
    static QString key(TimelineFormat format);
    static bool fromKey(const QString &key, TimelineFormat *format);
    // "Slack export", ... for the window.
    static QString name(TimelineFormat format);
};

} // namespace Whyboard
