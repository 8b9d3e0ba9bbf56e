// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chatlogparser.h"

#include "analysis/emojicodes.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace Whyboard {

namespace {

// A time stamp at the start of a line, optionally bracketed, with an optional date before
// it and an optional offset after it; then an optional " - " or "|" and the rest.
const QRegularExpression &stampedLine()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(?<open>[\[(])?)"
        R"((?:(?<date>\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:T|,?\s+))?)"
        R"((?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,](?<fraction>\d+))?)?)"
        R"((?:\s?(?<ampm>[AaPp])\.?[Mm]\.?)?)"
        R"((?<zone>Z|\s?[+-]\d{2}:?\d{2}|\s?UTC)?)"
        R"((?(<open>)[\])]))"
        R"((?:\s+[-|–]\s+|:?\s+|$)(?<rest>.*)$)"));
    return pattern;
}

// "alice  6:42 PM" or "alice [18:42]" alone on a line: a Slack-style header, the message
// follows on the next lines (or after the bracket: "alice [6:42 PM] rolled back"). 24-hour times need two spaces or brackets so that ordinary
// sentences ending in a time are not taken for headers.
const QRegularExpression &headerLine()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(?<author>[^\s\d\[<(*][^\s\[\]<>:]*(?:\s[^\s\[\]<>:]+){0,2}?)(?:\s+\[|\s{2,}|\s+(?=\d{1,2}:\d{2}(?::\d{2})?\s?[AaPp][Mm])))"
        R"((?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\s?(?<ampm>[AaPp])[Mm])?(?:\]\s*(?<text>.*)|\s*)$)"));
    return pattern;
}

// "back at 6:42 PM" continues a message; it is no header for someone called "back at".
bool endsLikeASentence(const QString &author)
{
    static const QRegularExpression preposition(
        QStringLiteral(R"(\b(at|by|until|till|around|from|since|to|before|after|about|for|is|was|ETA)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return preposition.match(author.trimmed()).hasMatch();
}

// Something that starts like a time stamp; such a line is never a continuation.
const QRegularExpression &stampLike()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*[\[(]?\d{1,4}[:/.\-]\d)"));
    return pattern;
}

const QRegularExpression &ircAuthor()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^<[@+%~&]?(?<author>[^>\s]+)>\s?(?<text>.*)$)"));
    return pattern;
}

const QRegularExpression &ircAction()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\*\s+(?<author>\S+)\s+(?<text>.*)$)"));
    return pattern;
}

// Up to three words before a colon name the author: "alice:", "Product manager:".
const QRegularExpression &namedAuthor()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^@?(?<author>[^\s:<>\[\]@][^\s:<>\[\]]*(?:\s[^\s:<>\[\]]+){0,2}):(?:\s+(?<text>.*))?$)"));
    return pattern;
}

std::optional<QTime> timeFrom(const QRegularExpressionMatch &match)
{
    int hour = match.captured(QStringLiteral("hour")).toInt();
    const int minute = match.captured(QStringLiteral("minute")).toInt();
    const int second = match.captured(QStringLiteral("second")).toInt();
    const int msec = QString(match.captured(QStringLiteral("fraction")) + QStringLiteral("000")).left(3).toInt();
    const QString ampm = match.captured(QStringLiteral("ampm")).toLower();
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (ampm == QLatin1String("p") ? 12 : 0);
    }
    const QTime time(hour, minute, second, msec);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

// Slashed dates are read day-first or month-first, whichever lands nearer the default date.
std::optional<QDate> dateFrom(const QString &text, const QDate &nearTo)
{
    if (text.isEmpty())
        return std::nullopt;
    if (text.contains(QLatin1Char('-'))) {
        const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[./]")));
    int year = parts.at(2).toInt();
    if (parts.at(2).size() == 2)
        year += 2000;
    const int first = parts.at(0).toInt();
    const int second = parts.at(1).toInt();
    const QDate dayFirst(year, second, first);
    const QDate monthFirst(year, first, second);
    if (text.contains(QLatin1Char('.')) || !monthFirst.isValid())
        return dayFirst.isValid() ? std::optional<QDate>(dayFirst) : std::nullopt;
    if (!dayFirst.isValid())
        return monthFirst;
    return qAbs(dayFirst.daysTo(nearTo)) <= qAbs(monthFirst.daysTo(nearTo)) ? dayFirst : monthFirst;
}

std::optional<int> offsetFrom(const QString &zone)
{
    const QString trimmed = zone.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (trimmed == QLatin1String("Z") || trimmed == QLatin1String("UTC"))
        return 0;
    const QString digits = QString(trimmed.mid(1)).remove(QLatin1Char(':'));
    const int seconds = digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60;
    return trimmed.startsWith(QLatin1Char('-')) ? -seconds : seconds;
}

void splitAuthor(const QString &rest, ChatLogLine &line)
{
    for (const QRegularExpression *pattern : {&ircAuthor(), &ircAction(), &namedAuthor()}) {
        const QRegularExpressionMatch match = pattern->match(rest);
        if (match.hasMatch()) {
            line.author = match.captured(QStringLiteral("author"));
            line.text = match.captured(QStringLiteral("text")).trimmed();
            return;
        }
    }
    line.text = rest.trimmed();
}

// Keeps the running date: a time-only line that runs the clock back by more than an hour
// has crossed midnight; smaller steps back are lines pasted slightly out of order.
class Clock
{
public:
    Clock(const QDate &date, int offset)
        : m_date(date)
        , m_offset(offset)
    {
    }

    QDateTime stamp(std::optional<QDate> date, const QTime &time, std::optional<int> offset)
    {
        if (date) {
            m_date = *date;
        } else if (m_last.isValid() && QDateTime(m_date, time, Qt::UTC).msecsTo(m_last) > 3600 * 1000) {
            m_date = m_date.addDays(1);
        }
        m_last = QDateTime(m_date, time, Qt::UTC);
        return QDateTime(m_date, time, Qt::OffsetFromUTC, offset.value_or(m_offset));
    }

    const QDate &date() const { return m_date; }

private:
    QDate m_date;
    int m_offset;
    QDateTime m_last; // local wall-clock time of the previous message
};

} // namespace

ChatLogParseResult ChatLogParser::parse(const QString &text, const QDate &defaultDate, int utcOffsetSeconds)
{
    ChatLogParseResult result;
    Clock clock(defaultDate.isValid() ? defaultDate : QDate::currentDate(), utcOffsetSeconds);
    QList<int> headerOnly; // indexes in recognised of Slack headers still waiting for their text
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString raw = lines.at(i);
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        const int lineNumber = i + 1;
        if (raw.trimmed().isEmpty())
            continue;

        const QRegularExpressionMatch stamped = stampedLine().match(raw);
        const std::optional<QTime> stampedTime = stamped.hasMatch() ? timeFrom(stamped) : std::nullopt;
        const QString dateText = stamped.captured(QStringLiteral("date"));
        const std::optional<QDate> stampedDate = dateFrom(dateText, clock.date());
        if (stampedTime && (dateText.isEmpty() || stampedDate)) {
            ChatLogLine line;
            line.lineNumber = lineNumber;
            line.at = clock.stamp(stampedDate, *stampedTime, offsetFrom(stamped.captured(QStringLiteral("zone"))));
            splitAuthor(stamped.captured(QStringLiteral("rest")), line);
            if (line.text.isEmpty())
                headerOnly.append(int(result.recognised.size()));
            result.recognised.append(line);
            continue;
        }

        const QRegularExpressionMatch header = headerLine().match(raw);
        const std::optional<QTime> headerTime =
            header.hasMatch() && !endsLikeASentence(header.captured(QStringLiteral("author"))) ? timeFrom(header)
                                                                                                : std::nullopt;
        if (headerTime) {
            ChatLogLine line;
            line.lineNumber = lineNumber;
            line.at = clock.stamp(std::nullopt, *headerTime, std::nullopt);
            line.author = header.captured(QStringLiteral("author")).trimmed();
            line.text = header.captured(QStringLiteral("text")).trimmed();
            if (line.text.isEmpty())
                headerOnly.append(int(result.recognised.size()));
            result.recognised.append(line);
            continue;
        }

        if (result.recognised.isEmpty() || stampLike().match(raw).hasMatch()) {
            result.unrecognised.append({lineNumber, raw});
            continue;
        }
        // Appended in place: rebuilding the text for each line made a long message quadratic
        // (a 1 MB paste of one message took minutes).
        QString &text = result.recognised.last().text;
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += QStringView(raw).trimmed();
    }

    // A header that never got a message says nothing: show it to the user rather than
    // inventing an empty event.
    for (int k = int(headerOnly.size()) - 1; k >= 0; --k) {
        const ChatLogLine &line = result.recognised.at(headerOnly.at(k));
        if (!line.text.isEmpty())
            continue;
        QString raw = lines.at(line.lineNumber - 1);
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        result.unrecognised.append({line.lineNumber, raw});
        result.recognised.removeAt(headerOnly.at(k));
    }
    std::sort(result.unrecognised.begin(), result.unrecognised.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (ChatLogLine &line : result.recognised) {
        line.text = EmojiCodes::replace(line.text); // ":white_check_mark: fixed" as the room saw it
        line.suggestedKind = suggestKind(line.text);
    }
    return result;
}

EventKind ChatLogParser::suggestKind(const QString &text)
{
    // Checked in this order: "rolled back, service restored" is the mitigation that restored it.
    static const QList<QPair<EventKind, QRegularExpression>> rules{
        {EventKind::Mitigation,
         QRegularExpression(QStringLiteral(R"(\b(roll(ed|ing)?[ -]?back|rollback|revert|mitigat|workaround|fail(ed)?[ -]?over))"),
                            QRegularExpression::CaseInsensitiveOption)},
        {EventKind::Resolution,
         QRegularExpression(QStringLiteral(R"(\b(resolved|fixed|restored|recovered|back to normal|all clear))"),
                            QRegularExpression::CaseInsensitiveOption)},
        {EventKind::Escalation,
         QRegularExpression(QStringLiteral(R"(\b(pag(ed|ing)|escalat))"), QRegularExpression::CaseInsensitiveOption)},
        {EventKind::Detection,
         QRegularExpression(QStringLiteral(R"(\b(notic(ed|e)|alert|detect|spotted))"),
                            QRegularExpression::CaseInsensitiveOption)},
    };
    for (const auto &[kind, pattern] : rules) {
        if (pattern.match(text).hasMatch())
            return kind;
    }
    return EventKind::Note;
}

} // namespace Whyboard
