// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/csvtimeparser.h"

#include "timelineimport/importtime.h"

#include <QHash>
#include <QRegularExpression>

namespace Whyboard {

namespace {

// The clock and the offset, shared by every format but ISO and epochs.
#define WB_CLOCK "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(?:\\s*([AaPp])\\.?\\s?[Mm]\\.?)?"
#define WB_OFFSET "(?:\\s*(Z|UTC|GMT|(?:UTC|GMT)?[+-]\\d{1,2}(?::?\\d{2})?))?"

enum class Family { None, Iso, Slash, Dotted, DayMonthName, MonthNameDay, EpochSeconds, EpochMilliseconds };

const QRegularExpression &slashPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2}),?\\s+(?:at\\s+)?" WB_CLOCK
                                                      WB_OFFSET "$"));
    return re;
}

const QRegularExpression &dottedPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2}),?\\s+(?:um\\s+)?" WB_CLOCK
                                                      "(?:\\s*Uhr)?" WB_OFFSET "$"));
    return re;
}

const QRegularExpression &dayMonthNamePattern()
{
    // "6 Apr 2017 18:42", "06-Apr-2017 18:42", "Thu, 06 Apr 2017 18:42:10 -0700", "6. April 2017 18:42"
    static const QRegularExpression re(QStringLiteral("^(?:\\p{L}+\\.?,?\\s+)?(\\d{1,2})\\.?[\\s-]+(\\p{L}+)\\.?[\\s-]+(\\d{4}),?\\s+"
                                                      "(?:at\\s+|um\\s+|à\\s+)?" WB_CLOCK WB_OFFSET "$"));
    return re;
}

const QRegularExpression &monthNameDayPattern()
{
    // "Apr 6, 2017 6:42:10 PM", "Thursday, April 6th, 2017 at 18:42"
    static const QRegularExpression re(QStringLiteral("^(?:\\p{L}+\\.?,?\\s+)?(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}),?\\s+"
                                                      "(?:at\\s+)?" WB_CLOCK WB_OFFSET "$"));
    return re;
}

// Month names as English, German and French write them, long and short, lower case.
int monthNumber(const QString &word)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> names;
        for (const QLocale::Language language : {QLocale::English, QLocale::German, QLocale::French}) {
            const QLocale locale(language);
            for (int month = 1; month <= 12; ++month) {
                for (const QLocale::FormatType type : {QLocale::LongFormat, QLocale::ShortFormat}) {
                    for (QString name : {locale.monthName(month, type), locale.standaloneMonthName(month, type)}) {
                        name = name.toLower();
                        if (name.endsWith(QLatin1Char('.')))
                            name.chop(1);
                        names.insert(name, month);
                    }
                }
            }
        }
        names.insert(QStringLiteral("sept"), 9);
        names.insert(QStringLiteral("mrz"), 3);
        return names;
    }();
    QString key = word.toLower();
    if (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    return months.value(key, 0);
}

int fullYear(const QString &text)
{
    const int year = text.toInt();
    if (text.size() == 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

// The clock of a match whose clock groups start at first: hours, minutes, seconds, fraction, a/p.
QTime clockOf(const QRegularExpressionMatch &match, int first)
{
    int hours = match.captured(first).toInt();
    const QString meridiem = match.captured(first + 4).toLower();
    if (!meridiem.isEmpty()) {
        if (hours < 1 || hours > 12)
            return {};
        hours = hours % 12 + (meridiem == QLatin1String("p") ? 12 : 0);
    }
    const QString fraction = QString(match.captured(first + 3) + QStringLiteral("000")).left(3);
    return QTime(hours, match.captured(first + 1).toInt(), match.captured(first + 2).toInt(), fraction.toInt());
}

// The date and clock placed in time: a written offset kept (UTC shown in the zone, as
// ImportTime::parseIso does), none: wall-clock time in the zone.
QDateTime placed(const QDate &date, const QTime &time, QString offsetText, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid())
        return {};
    if (offsetText.isEmpty())
        return ImportTime::wallClockInZone(date, time, zone);
    if (offsetText.startsWith(QLatin1String("UTC")) || offsetText.startsWith(QLatin1String("GMT")))
        offsetText.remove(0, 3);
    int offsetSeconds = 0;
    if (!offsetText.isEmpty() && offsetText != QLatin1String("Z")) {
        const int sign = offsetText.front() == QLatin1Char('-') ? -1 : 1;
        QString digits = offsetText.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.size() > 2 ? digits.left(digits.size() - 2).toInt() : digits.toInt();
        const int minutes = digits.size() > 2 ? digits.right(2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return {};
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    const QDateTime written(date, time, Qt::OffsetFromUTC, offsetSeconds);
    if (offsetSeconds == 0)
        return ImportTime::instantInZone(written.toMSecsSinceEpoch(), zone);
    return written;
}

Family familyOf(const QString &value)
{
    static const QRegularExpression seconds(QStringLiteral("^\\d{10}(?:\\.\\d{1,9})?$"));
    static const QRegularExpression milliseconds(QStringLiteral("^\\d{13}$"));
    if (ImportTime::parseIso(value, QTimeZone::utc()).isValid())
        return Family::Iso;
    if (seconds.match(value).hasMatch())
        return Family::EpochSeconds;
    if (milliseconds.match(value).hasMatch())
        return Family::EpochMilliseconds;
    if (slashPattern().match(value).hasMatch())
        return Family::Slash;
    if (dottedPattern().match(value).hasMatch())
        return Family::Dotted;
    const QRegularExpressionMatch dayFirst = dayMonthNamePattern().match(value);
    if (dayFirst.hasMatch() && monthNumber(dayFirst.captured(2)) > 0)
        return Family::DayMonthName;
    const QRegularExpressionMatch monthFirst = monthNameDayPattern().match(value);
    if (monthFirst.hasMatch() && monthNumber(monthFirst.captured(1)) > 0)
        return Family::MonthNameDay;
    return Family::None;
}

Family familyOf(CsvTimeParser::Format format)
{
    switch (format) {
    case CsvTimeParser::Format::None: return Family::None;
    case CsvTimeParser::Format::Iso: return Family::Iso;
    case CsvTimeParser::Format::SlashDayFirst:
    case CsvTimeParser::Format::SlashMonthFirst: return Family::Slash;
    case CsvTimeParser::Format::Dotted: return Family::Dotted;
    case CsvTimeParser::Format::DayMonthName: return Family::DayMonthName;
    case CsvTimeParser::Format::MonthNameDay: return Family::MonthNameDay;
    case CsvTimeParser::Format::EpochSeconds: return Family::EpochSeconds;
    case CsvTimeParser::Format::EpochMilliseconds: return Family::EpochMilliseconds;
    }
    return Family::None;
}

bool localeWritesDayFirst(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    return day < 0 || month < 0 || day < month;
}

QDateTime parseFamily(Family family, bool dayFirst, const QString &value, const QTimeZone &zone)
{
    switch (family) {
    case Family::None: return {};
    case Family::Iso: return ImportTime::parseIso(value, zone);
    case Family::EpochSeconds:
    case Family::EpochMilliseconds: {
        static const QRegularExpression digits(QStringLiteral("^\\d{10}(?:\\.\\d{1,9})?$|^\\d{13}$"));
        if (!digits.match(value).hasMatch())
            return {};
        const qint64 ms = value.size() == 13 && !value.contains(QLatin1Char('.')) ? value.toLongLong()
                                                                                   : ImportTime::epochSecondsText(value);
        return ImportTime::instantInZone(ms, zone);
    }
    case Family::Slash:
    case Family::Dotted: {
        const QRegularExpressionMatch match = (family == Family::Slash ? slashPattern() : dottedPattern()).match(value);
        if (!match.hasMatch())
            return {};
        const int first = match.captured(1).toInt(), second = match.captured(2).toInt();
        const bool dayComesFirst = family == Family::Dotted || dayFirst;
        const QDate date(fullYear(match.captured(3)), dayComesFirst ? second : first, dayComesFirst ? first : second);
        return placed(date, clockOf(match, 4), match.captured(9), zone);
    }
    case Family::DayMonthName: {
        const QRegularExpressionMatch match = dayMonthNamePattern().match(value);
        const int month = match.hasMatch() ? monthNumber(match.captured(2)) : 0;
        if (month == 0)
            return {};
        return placed(QDate(match.captured(3).toInt(), month, match.captured(1).toInt()), clockOf(match, 4),
                      match.captured(9), zone);
    }
    case Family::MonthNameDay: {
        const QRegularExpressionMatch match = monthNameDayPattern().match(value);
        const int month = match.hasMatch() ? monthNumber(match.captured(1)) : 0;
        if (month == 0)
            return {};
        return placed(QDate(match.captured(3).toInt(), month, match.captured(2).toInt()), clockOf(match, 4),
                      match.captured(9), zone);
    }
    }
    return {};
}

} // namespace

std::optional<bool> CsvTimeParser::slashDayFirst(const QString &value)
{
    const QRegularExpressionMatch match = slashPattern().match(value.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int first = match.captured(1).toInt(), second = match.captured(2).toInt();
    if (first > 12 && second <= 12)
        return true;
    if (second > 12 && first <= 12)
        return false;
    return std::nullopt;
}

bool CsvTimeParser::looksLikeTime(const QString &value)
{
    return familyOf(value.trimmed()) != Family::None;
}

CsvTimeParser CsvTimeParser::recognise(const QStringList &values, const QLocale &locale)
{
    int counts[int(Family::EpochMilliseconds) + 1] = {};
    int dayVotes = 0, monthVotes = 0;
    QString example;
    for (const QString &raw : values) {
        const QString value = raw.trimmed();
        if (value.isEmpty())
            continue;
        const Family family = familyOf(value);
        if (family == Family::None)
            continue;
        ++counts[int(family)];
        if (family == Family::Slash) {
            const std::optional<bool> dayFirst = slashDayFirst(value);
            if (dayFirst)
                ++(*dayFirst ? dayVotes : monthVotes);
            else if (example.isEmpty())
                example = value;
        }
    }
    Family best = Family::None;
    int bestCount = 0;
    for (const Family family : {Family::Iso, Family::Slash, Family::Dotted, Family::DayMonthName, Family::MonthNameDay,
                                Family::EpochSeconds, Family::EpochMilliseconds}) {
        if (counts[int(family)] > bestCount) {
            best = family;
            bestCount = counts[int(family)];
        }
    }
    CsvTimeParser parser;
    switch (best) {
    case Family::None: break;
    case Family::Iso: parser.m_format = Format::Iso; break;
    case Family::Dotted: parser.m_format = Format::Dotted; break;
    case Family::DayMonthName: parser.m_format = Format::DayMonthName; break;
    case Family::MonthNameDay: parser.m_format = Format::MonthNameDay; break;
    case Family::EpochSeconds: parser.m_format = Format::EpochSeconds; break;
    case Family::EpochMilliseconds: parser.m_format = Format::EpochMilliseconds; break;
    case Family::Slash: {
        bool dayFirst = dayVotes > monthVotes;
        if (dayVotes == monthVotes) {
            dayFirst = localeWritesDayFirst(locale);
            parser.m_ambiguous = true;
            parser.m_example = example;
        }
        parser.m_format = dayFirst ? Format::SlashDayFirst : Format::SlashMonthFirst;
        break;
    }
    }
    return parser;
}

void CsvTimeParser::setDayFirst(bool dayFirst)
{
    if (familyOf(m_format) != Family::Slash)
        return;
    m_format = dayFirst ? Format::SlashDayFirst : Format::SlashMonthFirst;
    m_ambiguous = false;
}

QString CsvTimeParser::note() const
{
    if (!m_ambiguous)
        return {};
    return m_format == Format::SlashDayFirst
               ? tr("Dates such as “%1” could be day first or month first: they are read day first, as this computer "
                    "writes dates.")
                     .arg(m_example)
               : tr("Dates such as “%1” could be day first or month first: they are read month first, as this "
                    "computer writes dates.")
                     .arg(m_example);
}

QDateTime CsvTimeParser::parse(const QString &raw, const QTimeZone &zone) const
{
    const QString value = raw.trimmed();
    const Family own = familyOf(m_format);
    const QDateTime at = parseFamily(own, m_format == Format::SlashDayFirst, value, zone);
    if (at.isValid() || own == Family::None)
        return at;
    // A value in another unmistakable format is still the time it says.
    for (const Family other : {Family::Iso, Family::Dotted, Family::DayMonthName, Family::MonthNameDay}) {
        if (other != own) {
            const QDateTime fallback = parseFamily(other, false, value, zone);
            if (fallback.isValid())
                return fallback;
        }
    }
    return {};
}

} // namespace Whyboard
