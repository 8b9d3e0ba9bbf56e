// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/pagingcsvcolumns.h"

#include "timelineimport/csvreader.h"
#include "timelineimport/importtime.h"

#include <QBuffer>
#include <QRegularExpression>

namespace Whyboard {

PagingCsvColumns::PagingCsvColumns(const QStringList &header)
{
    for (const QString &name : header)
        m_names.append(normalised(name));
}

QString PagingCsvColumns::normalised(const QString &name)
{
    QString folded;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() || c == QLatin1Char('#'))
            folded += c.toLower();
    }
    return folded;
}

int PagingCsvColumns::find(std::initializer_list<const char *> names) const
{
    for (const char *name : names) {
        const qsizetype index = m_names.indexOf(normalised(QString::fromLatin1(name)));
        if (index >= 0)
            return int(index);
    }
    return -1;
}

QStringList PagingCsvColumns::headerOf(const TimelineSourcePeek &peek)
{
    if (peek.isDirectory || peek.isZip() || peek.head.isEmpty())
        return {};
    QByteArray head = peek.head;
    QBuffer buffer(&head);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, CsvReader::guessDelimiter(head));
    QStringList header;
    if (!reader.readRecord(&header) || header.size() < 2)
        return {};
    return header;
}

QDateTime PagingCsvColumns::parseTime(const QString &text, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QDateTime iso = ImportTime::parseIso(trimmed, zone);
    if (iso.isValid())
        return iso;
    static const QRegularExpression digits(QStringLiteral("^\\d{9,13}$"));
    if (digits.match(trimmed).hasMatch()) {
        const qint64 number = trimmed.toLongLong();
        // Ten digits are seconds until 2286; thirteen are milliseconds.
        return ImportTime::instantInZone(trimmed.size() > 11 ? number : number * 1000, zone);
    }
    static const QRegularExpression slashed(QStringLiteral(
        "^(\\d{1,4})/(\\d{1,2})/(\\d{1,4})[ T,]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?\\s*([AaPp][Mm])?$"));
    const QRegularExpressionMatch match = slashed.match(trimmed);
    if (!match.hasMatch())
        return {};
    const bool yearFirst = match.captured(1).size() == 4;
    const int year = (yearFirst ? match.captured(1) : match.captured(3)).toInt();
    const int month = (yearFirst ? match.captured(2) : match.captured(1)).toInt();
    const int day = (yearFirst ? match.captured(3) : match.captured(2)).toInt();
    int hour = match.captured(4).toInt();
    const QString meridiem = match.captured(8).toLower();
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (meridiem == QLatin1String("pm") ? 12 : 0);
    }
    const QTime time(hour, match.captured(5).toInt(), match.captured(6).toInt(),
                     QString(match.captured(7) + QStringLiteral("00")).left(3).toInt());
    const QDate date(year < 100 ? 2000 + year : year, month, day);
    if (!date.isValid() || !time.isValid())
        return {};
    return ImportTime::wallClockInZone(date, time, zone);
}

QDateTime PagingCsvColumns::after(const QDateTime &start, qint64 milliseconds, const QTimeZone &zone)
{
    const qint64 at = start.toMSecsSinceEpoch() + milliseconds;
    if (ImportTime::instantInZone(start.toMSecsSinceEpoch(), zone).offsetFromUtc() == start.offsetFromUtc())
        return ImportTime::instantInZone(at, zone);
    return QDateTime::fromMSecsSinceEpoch(at, Qt::OffsetFromUTC, start.offsetFromUtc());
}

} // namespace Whyboard
