// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Whyboard {

// How every export writes times, durations and money, so the PDF, the Markdown and the
// print preview say the same thing the same way. The names of values come from Labels.
// Everything follows the default QLocale and the installed translators, which a
// ReportLanguage scope sets to the report's language for one export. A figure is one
// unbreakable word: its inner spaces are no-break spaces (U+00A0, or the locale's own
// U+202F digit grouping), so no table cell or line splits "17 h 53 min" or "USD 270".
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    // In the offset the team wrote it in, the locale's short date and time:
    // "06.04.17 18:30 UTC−07:00" in German; empty when invalid.
    static QString dateTime(const QDateTime &time);
    static QString timeOfDay(const QDateTime &time); // "18:30", "6:30 PM"
    static QString date(const QDateTime &time);      // "06.04.17", "4/6/17"
    static QString utcOffset(const QDateTime &time); // "UTC−07:00"

    // "1 h 05 min", "39 min", "45 s" (IncidentMetrics::formatDuration); a dash when unknown.
    static QString duration(std::optional<qint64> milliseconds);
    // "USD 9,750" in English, "9.750 USD" in German, "9 750 USD" in French; empty when unknown.
    static QString money(std::optional<double> amount, const QString &currency);
    // "[… 4,980,000 more characters are in the library]": what a bounded text leaves out.
    static QString leftOut(qsizetype characters);
};

} // namespace Whyboard
