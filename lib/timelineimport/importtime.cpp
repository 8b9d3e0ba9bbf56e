// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/importtime.h"

#include <QRegularExpression>

namespace Whyboard {

QDateTime ImportTime::instantInZone(qint64 msecsSinceEpoch, const QTimeZone &zone)
{
    const QDateTime zoned = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, zone.isValid() ? zone : QTimeZone::utc());
    return zoned.toOffsetFromUtc(zoned.offsetFromUtc());
}

QDateTime ImportTime::wallClockInZone(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime zoned(date, time, zone.isValid() ? zone : QTimeZone::utc());
    if (!zoned.isValid())
        return {};
    return zoned.toOffsetFromUtc(zoned.offsetFromUtc());
}

QDateTime ImportTime::parseIso(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
        "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch match = iso.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QString fraction = QString(match.captured(7) + QStringLiteral("000")).left(3);
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(),
                     match.captured(7).isEmpty() ? 0 : fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const QString offsetText = match.captured(8);
    if (offsetText.isEmpty())
        return wallClockInZone(date, time, zone);
    int offsetSeconds = 0;
    if (offsetText.front() == QLatin1Char('+') || offsetText.front() == QLatin1Char('-')) {
        QString digits = offsetText.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return {};
        offsetSeconds = (hours * 3600 + minutes * 60) * (offsetText.front() == QLatin1Char('-') ? -1 : 1);
    }
    const QDateTime written(date, time, Qt::OffsetFromUTC, offsetSeconds);
    if (offsetSeconds == 0)
        return instantInZone(written.toMSecsSinceEpoch(), zone);
    return written;
}

qint64 ImportTime::epochSecondsText(const QString &text)
{
    static const QRegularExpression seconds(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,9}))?$"));
    const QRegularExpressionMatch match = seconds.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    const QString fraction = QString(match.captured(2) + QStringLiteral("000")).left(3);
    return match.captured(1).toLongLong() * 1000 + fraction.toInt();
}

bool ImportTime::inRange(const QDateTime &at, const QDateTime &since, const QDateTime &until)
{
    if (since.isValid() && at < since)
        return false;
    return !(until.isValid() && at > until);
}

} // namespace Whyboard
