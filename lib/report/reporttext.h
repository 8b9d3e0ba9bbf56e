#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Whyboard {

// How every export writes times, durations and money, so the PDF, the Markdown and the
// print preview say the same thing the same way. The names of values come from Labels.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    // In the offset the team wrote it in: "2017-04-06 18:30 UTC−07:00"; empty when invalid.
    static QString dateTime(const QDateTime &time);
    static QString timeOfDay(const QDateTime &time); // "18:30"
    static QString date(const QDateTime &time);      // "2017-04-06"
    static QString utcOffset(const QDateTime &time); // "UTC−07:00"

    // "1 h 5 min", "39 min", "45 s"; a dash when unknown.
    static QString duration(std::optional<qint64> milliseconds);
    // "USD 9,750" in the system locale's digits; empty when unknown.
    static QString money(std::optional<double> amount, const QString &currency);
};

} // namespace Whyboard
