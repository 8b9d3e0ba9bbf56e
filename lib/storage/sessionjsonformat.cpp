#include "storage/sessionjsonformat.h"

#include "storage/sessionjsonreader.h"
#include "storage/sessionjsonwriter.h"

#include <QRegularExpression>

namespace Whyboard {

SessionJsonFormat::ReadResult SessionJsonFormat::read(const QByteArray &json)
{
    return SessionJsonReader().read(json);
}

QByteArray SessionJsonFormat::write(const Session &session)
{
    return SessionJsonWriter::write(session);
}

QString SessionJsonFormat::check(const Session &session)
{
    return read(write(session)).error;
}

QDateTime SessionJsonFormat::parseDateTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(?:(Z)|([+-])(\\d{2}):?(\\d{2}))$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    // Fractions finer than a millisecond are cut, not rounded, so 59.9999 stays in its second.
    const int msec = match.captured(7).isEmpty() ? 0 : QString(match.captured(7) + QStringLiteral("00")).left(3).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return {};
    int offset = 0;
    if (match.captured(8).isEmpty()) {
        const int hours = match.captured(10).toInt();
        const int minutes = match.captured(11).toInt();
        if (hours > 18 || minutes > 59)
            return {};
        offset = (hours * 3600 + minutes * 60) * (match.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

QString SessionJsonFormat::formatDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const int offset = time.offsetFromUtc();
    const QDateTime local = time.toOffsetFromUtc(offset);
    QString text = local.date().toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T')
                   + local.time().toString(local.time().msec() ? QStringLiteral("HH:mm:ss.zzz")
                                                                : QStringLiteral("HH:mm:ss"));
    if (offset == 0)
        return text + QLatin1Char('Z');
    const int minutes = qAbs(offset) / 60;
    return text + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
           + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QDate SessionJsonFormat::parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

} // namespace Whyboard
