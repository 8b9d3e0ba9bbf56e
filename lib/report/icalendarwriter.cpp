// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/icalendarwriter.h"

#include <QUrl>

namespace Whyboard {

namespace {

constexpr int maxOctets = 75;

QString utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

QString ICalendarWriter::escapeText(const QString &text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\': result += QLatin1String("\\\\"); break;
        case ';': result += QLatin1String("\\;"); break;
        case ',': result += QLatin1String("\\,"); break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            result += QLatin1String("\\n");
            break;
        case '\n':
        case 0x2028:
        case 0x2029: result += QLatin1String("\\n"); break;
        default:
            // TEXT allows no control characters but the tab.
            if (c.category() == QChar::Other_Control && c != QLatin1Char('\t'))
                break;
            result += c;
        }
    }
    return result;
}

QByteArray ICalendarWriter::foldLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray result;
    int start = 0;
    int room = maxOctets; // the first line has 75 octets; continuations have a space and 74
    while (utf8.size() - start > room) {
        int end = start + room;
        // Back up to the start of a character: continuation bytes are 10xxxxxx.
        while (end > start && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        result += utf8.mid(start, end - start);
        result += "\r\n ";
        start = end;
        room = maxOctets - 1;
    }
    result += utf8.mid(start);
    result += "\r\n";
    return result;
}

QString ICalendarWriter::uid(SessionId sessionId, const QString &actionId)
{
    return QStringLiteral("whyboard-session-%1-action-%2@whyboard").arg(sessionId).arg(actionId);
}

QString ICalendarWriter::statusOf(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open: return QStringLiteral("NEEDS-ACTION");
    case ActionStatus::InProgress: return QStringLiteral("IN-PROCESS");
    case ActionStatus::Done: return QStringLiteral("COMPLETED");
    }
    return QStringLiteral("NEEDS-ACTION");
}

QByteArray ICalendarWriter::write(const QList<FollowUp> &followUps, const QDateTime &stamp)
{
    QByteArray out;
    const auto line = [&out](const QString &text) { out += foldLine(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Whyboard//Follow-ups//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    for (const FollowUp &followUp : followUps) {
        if (!followUp.due.isValid())
            continue; // a to-do without a day has no place in a calendar
        line(QStringLiteral("BEGIN:VTODO"));
        line(QStringLiteral("UID:") + escapeText(uid(followUp.sessionId, followUp.actionId)));
        line(QStringLiteral("DTSTAMP:") + utcStamp(stamp));
        line(QStringLiteral("SUMMARY:") + escapeText(followUp.text.simplified()));
        QString description = QStringLiteral("Postmortem: %1 (session %2)").arg(followUp.sessionTitle).arg(followUp.sessionId);
        if (!followUp.owner.isEmpty())
            description += QStringLiteral("\nOwner: ") + followUp.owner;
        if (!followUp.link.isEmpty())
            description += QStringLiteral("\nTracker: ") + followUp.link;
        line(QStringLiteral("DESCRIPTION:") + escapeText(description));
        line(QStringLiteral("DUE;VALUE=DATE:") + followUp.due.toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("STATUS:") + statusOf(followUp.status));
        if (followUp.status == ActionStatus::Done)
            line(QStringLiteral("PERCENT-COMPLETE:100"));
        const QUrl url(followUp.link, QUrl::StrictMode);
        if (!followUp.link.isEmpty() && url.isValid() && !url.scheme().isEmpty())
            line(QStringLiteral("URL:") + QString::fromLatin1(url.toEncoded()));
        line(QStringLiteral("END:VTODO"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace Whyboard
