// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reporttext.h"

#include "analysis/incidentmetrics.h"
#include "data/labels.h"
#include "data/localeformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace Whyboard {

QString ReportText::utcOffset(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const int offset = time.offsetFromUtc();
    if (offset == 0)
        return QStringLiteral("UTC");
    const int minutes = qAbs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QChar(0x2212) : QChar(u'+'))
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString ReportText::date(const QDateTime &time)
{
    return LocaleFormat::date(time.date());
}

QString ReportText::timeOfDay(const QDateTime &time)
{
    return LocaleFormat::time(time.time());
}

QString ReportText::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // The time and its offset are one figure; the date may go on the line above.
    return QStringLiteral("%1 %2\u00a0%3").arg(date(time), timeOfDay(time), utcOffset(time));
}

QString ReportText::duration(std::optional<qint64> milliseconds)
{
    return milliseconds ? IncidentMetrics::formatDuration(*milliseconds) : Labels::notSet();
}

QString ReportText::money(std::optional<double> amount, const QString &currency)
{
    if (!amount)
        return {};
    // Where the locale puts its currency ("9.750 USD" in German), held together by no-break
    // spaces in narrow columns.
    return LocaleFormat::money(*amount, currency);
}

QString ReportText::leftOut(qsizetype characters)
{
    const int count = int(std::min<qsizetype>(characters, std::numeric_limits<int>::max()));
    return tr("[… %n more characters are in the library]", nullptr, count);
}

} // namespace Whyboard
