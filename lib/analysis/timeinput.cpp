// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timeinput.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Whyboard {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("TimeInput", text);
}

bool isWord(const QString &text, const char *english)
{
    return text.compare(QLatin1String(english), Qt::CaseInsensitive) == 0
           || text.compare(translated(english), Qt::CaseInsensitive) == 0;
}

// "+1h30m", "-20 min", "+2d": the signed number of seconds, or nothing.
std::optional<qint64> stepSeconds(const QString &text)
{
    static const QRegularExpression whole(QStringLiteral(R"(^([+-])\s*((?:\d+\s*(?:w|d|h|min|m|s)\s*)+)$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression part(QStringLiteral(R"((\d+)\s*(w|d|h|min|m|s))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = whole.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    qint64 seconds = 0;
    auto parts = part.globalMatch(match.captured(2));
    while (parts.hasNext()) {
        const QRegularExpressionMatch unitMatch = parts.next();
        const qint64 count = unitMatch.captured(1).toLongLong();
        const QString unit = unitMatch.captured(2).toLower();
        const qint64 size = unit == QLatin1String("w")   ? 7 * 86400
                            : unit == QLatin1String("d") ? 86400
                            : unit == QLatin1String("h") ? 3600
                            : unit == QLatin1String("s") ? 1
                                                         : 60;
        seconds += count * size;
    }
    return match.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

// The locale's format loosened so that "6.4.2017" reads as well as "06.04.17".
QStringList formatVariants(QString format)
{
    QStringList variants;
    static const QRegularExpression weekday(QStringLiteral(R"(d{3,4}[,.]?\s*)"));
    static const QRegularExpression twoDay(QStringLiteral("(?<!d)dd(?!d)"));
    static const QRegularExpression twoMonth(QStringLiteral("(?<!M)MM(?!M)"));
    static const QRegularExpression year(QStringLiteral("y+"));
    format.replace(twoDay, QStringLiteral("d")).replace(twoMonth, QStringLiteral("M"));
    for (const QString &base : {format, QString(format).remove(weekday).trimmed()}) {
        variants << QString(base).replace(year, QStringLiteral("yyyy")) << QString(base).replace(year, QStringLiteral("yy"));
    }
    variants.removeDuplicates();
    return variants;
}

std::optional<QDate> fromLocaleFormats(const QString &text, const QLocale &locale)
{
    QStringList formats;
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const QLocale &each : {locale, english}) {
        for (QLocale::FormatType type : {QLocale::ShortFormat, QLocale::LongFormat, QLocale::NarrowFormat})
            formats << formatVariants(each.dateFormat(type));
    }
    formats << QStringLiteral("d MMMM yyyy") << QStringLiteral("d MMM yyyy") << QStringLiteral("MMM d, yyyy");
    for (const QLocale &each : {locale, english}) {
        for (const QString &format : std::as_const(formats)) {
            QDate date = each.toDate(text, format);
            if (!date.isValid())
                continue;
            // A two-digit year means this century, not the one Qt assumes.
            if (!format.contains(QLatin1String("yyyy")) && date.year() < 2000)
                date = date.addYears(100);
            return date;
        }
    }
    return std::nullopt;
}

// "6.4.", "6/4/17", "04-06": day and month in the locale's order.
std::optional<QDate> fromNumbers(const QString &text, const QDate &today, const QLocale &locale)
{
    static const QRegularExpression numbers(QStringLiteral(R"(^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?\.?$)"));
    const QRegularExpressionMatch match = numbers.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    const bool monthFirst = shortFormat.indexOf(QLatin1Char('M')) < shortFormat.indexOf(QLatin1Char('d'))
                            && !shortFormat.startsWith(QLatin1Char('y'));
    const int first = match.captured(1).toInt();
    const int second = match.captured(2).toInt();
    int year = match.captured(3).isEmpty() ? today.year() : match.captured(3).toInt();
    if (match.captured(3).size() == 2)
        year += 2000;
    const QDate date = monthFirst ? QDate(year, first, second) : QDate(year, second, first);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

std::optional<QDate> TimeInput::parseDate(const QString &input, const QDate &today, const QLocale &locale, QString *error)
{
    QString text = input.simplified();
    while (text.endsWith(QLatin1Char(',')))
        text.chop(1);
    if (text.isEmpty())
        return std::nullopt;
    if (isWord(text, QT_TRANSLATE_NOOP("TimeInput", "today")))
        return today;
    if (isWord(text, QT_TRANSLATE_NOOP("TimeInput", "tomorrow")))
        return today.addDays(1);
    if (isWord(text, QT_TRANSLATE_NOOP("TimeInput", "yesterday")))
        return today.addDays(-1);
    if (const std::optional<qint64> step = stepSeconds(text); step && *step % 86400 == 0)
        return today.addDays(*step / 86400);
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$)"));
    if (const QRegularExpressionMatch match = iso.match(text); match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (date.isValid())
            return date;
    } else if (std::optional<QDate> date = fromNumbers(text, today, locale)) {
        return date;
    } else if ((date = fromLocaleFormats(text, locale))) {
        return date;
    }
    if (error) {
        *error = translated(QT_TRANSLATE_NOOP("TimeInput", "“%1” is not a date: type it as %2 or 2017-04-06."))
                     .arg(input.trimmed(), locale.toString(today, editFormat(locale, false)));
    }
    return std::nullopt;
}

TimeInput::Result TimeInput::parseDateTime(const QString &input, const Context &context)
{
    Result result;
    QString text = input.simplified();
    if (text.isEmpty()) {
        result.empty = true;
        return result;
    }
    const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTime();
    const QDate today = context.date.isValid() ? context.date : now.date();
    if (isWord(text, QT_TRANSLATE_NOOP("TimeInput", "now"))) {
        result.at = now.toOffsetFromUtc(context.utcOffsetSeconds);
        return result;
    }
    if (const std::optional<qint64> step = stepSeconds(text)) {
        if (!context.relativeTo.isValid()) {
            result.error = translated(QT_TRANSLATE_NOOP("TimeInput", "There is no earlier time to count “%1” from: type the time."))
                               .arg(text);
            return result;
        }
        result.at = context.relativeTo.toOffsetFromUtc(context.relativeTo.offsetFromUtc()).addSecs(*step);
        return result;
    }

    // An offset after the time: "18:42Z", "18:42 -07:00", "18:42 UTC+2"; a zone's short name is passed over.
    static const QRegularExpression zoned(QStringLiteral(
        R"(^(?<body>.*\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?\s?[Mm]\.?)?)\s*)"
        R"((?:(?<z>Z)|(?:UTC|GMT)?\s*(?<sign>[+-])\s*(?<h>\d{1,2})(?::?(?<m>\d{2}))?|(?<abbr>(?![AP]M$)[A-Z]{2,5}|Uhr))$)"));
    int offset = context.utcOffsetSeconds;
    if (const QRegularExpressionMatch match = zoned.match(text); match.hasMatch()) {
        text = match.captured(QStringLiteral("body"));
        if (match.hasCaptured(QStringLiteral("z")) || match.captured(QStringLiteral("abbr")) == QLatin1String("UTC")
            || match.captured(QStringLiteral("abbr")) == QLatin1String("GMT")) {
            offset = 0;
            result.offsetGiven = true;
        } else if (match.hasCaptured(QStringLiteral("sign"))) {
            const int seconds = match.captured(QStringLiteral("h")).toInt() * 3600 + match.captured(QStringLiteral("m")).toInt() * 60;
            offset = match.captured(QStringLiteral("sign")) == QLatin1String("-") ? -seconds : seconds;
            result.offsetGiven = true;
        }
    }

    static const QRegularExpression clock(QStringLiteral(
        R"((?<h>\d{1,2})[:h](?<m>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?(?:\s*(?<ap>[AaPp])\.?\s?[Mm]\.?)?$)"));
    QTime time(0, 0);
    QString datePart = text;
    if (const QRegularExpressionMatch match = clock.match(text); match.hasMatch()) {
        int hour = match.captured(QStringLiteral("h")).toInt();
        const QString ampm = match.captured(QStringLiteral("ap")).toLower();
        if (!ampm.isEmpty() && hour >= 1 && hour <= 12)
            hour = hour % 12 + (ampm == QLatin1String("p") ? 12 : 0);
        time = QTime(hour, match.captured(QStringLiteral("m")).toInt(), match.captured(QStringLiteral("s")).toInt());
        if (!time.isValid() || (!ampm.isEmpty() && (hour > 23))) {
            result.error = translated(QT_TRANSLATE_NOOP("TimeInput", "“%1” is not a time of day.")).arg(match.captured(0));
            return result;
        }
        datePart = text.left(match.capturedStart(0));
        static const QRegularExpression joint(QStringLiteral(R"([\s,T]+$)"));
        datePart.remove(joint);
    }

    QDate date = today;
    if (!datePart.isEmpty()) {
        const std::optional<QDate> parsed = parseDate(datePart, today, context.locale, &result.error);
        if (!parsed) {
            if (datePart == text) // neither a date nor a time
                result.error = translated(QT_TRANSLATE_NOOP("TimeInput", "“%1” is not a time: type 14:05, +20m or %2."))
                                   .arg(input.trimmed(), context.locale.toString(now, editFormat(context.locale, true)));
            return result;
        }
        date = *parsed;
    }
    result.error.clear();
    result.at = QDateTime(date, time, Qt::OffsetFromUTC, offset);
    // A bare time before the moment it follows is that time on the next day (past midnight).
    if (datePart.isEmpty() && context.notBefore.isValid() && result.at < context.notBefore
        && result.at.addDays(1) >= context.notBefore)
        result.at = result.at.addDays(1);
    return result;
}

QString TimeInput::editFormat(const QLocale &locale, bool withTime)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression numericOnly(QStringLiteral(R"(^[dMy]+([./-])[dMy]+\1[dMy]+\.?$)"));
    if (format.contains(QLatin1String("MMM")) || format.contains(QLatin1String("ddd")) || !numericOnly.match(format).hasMatch()) {
        format = QStringLiteral("yyyy-MM-dd");
    } else {
        format.replace(QRegularExpression(QStringLiteral("d+")), QStringLiteral("dd"))
            .replace(QRegularExpression(QStringLiteral("M+")), QStringLiteral("MM"))
            .replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    }
    return withTime ? format + QStringLiteral(" HH:mm") : format;
}

} // namespace Whyboard
