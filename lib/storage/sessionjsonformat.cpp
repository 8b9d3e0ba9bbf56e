#include "storage/sessionjsonformat.h"

#include "storage/sessionjsonreader.h"
#include "storage/sessionjsonwriter.h"

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
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // The format requires an explicit offset (session-format.md): without one Qt reads the
    // time as local time, which would mean something else on every reader's machine.
    if (time.timeSpec() != Qt::UTC && time.timeSpec() != Qt::OffsetFromUTC)
        return {};
    return time;
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
    const QDate date = QDate::fromString(text, Qt::ISODate);
    // Qt reads a date at the start of a longer text ("2017-04-14T00:00:00Z"); the format's
    // "due" is a date alone (session-format.md), so the text must be that date exactly.
    return date.isValid() && date.toString(Qt::ISODate) == text ? date : QDate();
}

} // namespace Whyboard
