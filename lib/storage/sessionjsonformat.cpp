// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sessionjsonformat.h"

#include "storage/sessionjsonreader.h"
#include "storage/sessionjsonwriter.h"

#include "data/sessionlimits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Whyboard {

SessionJsonFormat::ReadResult SessionJsonFormat::read(const QByteArray &json)
{
    return SessionJsonReader().read(json);
}

SessionJsonFormat::ReadResult SessionJsonFormat::readFile(const QString &path)
{
    ReadResult result;
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    // A pipe or a device would block or never end.
    if (info.exists() && !info.isFile()) {
        result.error = tr("cannot read “%1”: it is not a regular file").arg(name);
        return result;
    }
    if (info.size() > SessionLimits::maxImportFileBytes) {
        result.error = QStringLiteral("%1: %2").arg(name, SessionLimits::fileTooLarge(info.size()));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot read “%1”: %2").arg(name, file.errorString());
        return result;
    }
    // Read no more than the limit allows, should the file have grown since.
    result = read(file.read(SessionLimits::maxImportFileBytes + 1));
    if (!result.error.isEmpty())
        result.error = QStringLiteral("%1: %2").arg(name, result.error);
    return result;
}

QByteArray SessionJsonFormat::write(const Session &session, QString *error)
{
    QString fault = SessionJsonWriter::unwritable(session);
    if (fault.isEmpty())
        fault = SessionLimits::check(session);
    if (error)
        *error = fault;
    return fault.isEmpty() ? SessionJsonWriter::write(session) : QByteArray();
}

QString SessionJsonFormat::check(const Session &session)
{
    QString error;
    const QByteArray json = write(session, &error);
    return error.isEmpty() ? read(json).error : error;
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
