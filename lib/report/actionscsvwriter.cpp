// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/actionscsvwriter.h"

namespace Whyboard {

QStringList ActionsCsvWriter::header()
{
    return {QStringLiteral("Summary"),  QStringLiteral("Description"), QStringLiteral("Assignee"),
            QStringLiteral("Due date"), QStringLiteral("Status"),      QStringLiteral("Labels"),
            QStringLiteral("Session"),  QStringLiteral("Session id"),  QStringLiteral("Action id"),
            QStringLiteral("Link")};
}

QString ActionsCsvWriter::defused(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

QString ActionsCsvWriter::field(const QString &text)
{
    const QString value = defused(text);
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ActionsCsvWriter::statusOf(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open: return QStringLiteral("To Do");
    case ActionStatus::InProgress: return QStringLiteral("In Progress");
    case ActionStatus::Done: return QStringLiteral("Done");
    }
    return QStringLiteral("To Do");
}

QByteArray ActionsCsvWriter::write(const QList<FollowUp> &followUps)
{
    QByteArray out;
    const auto row = [&out](const QStringList &fields) {
        QStringList cells;
        for (const QString &text : fields)
            cells << field(text);
        out += cells.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    };
    row(header());
    for (const FollowUp &followUp : followUps) {
        QString description = QStringLiteral("Action from the postmortem “%1” (session %2).").arg(followUp.sessionTitle).arg(followUp.sessionId);
        if (!followUp.link.isEmpty())
            description += QStringLiteral("\nTracker: ") + followUp.link;
        row({followUp.text.simplified(), description, followUp.owner,
             followUp.due.isValid() ? followUp.due.toString(Qt::ISODate) : QString(), statusOf(followUp.status),
             QStringLiteral("postmortem"), followUp.sessionTitle, QString::number(followUp.sessionId), followUp.actionId,
             followUp.link});
    }
    return out;
}

} // namespace Whyboard
