#include "report/reporttext.h"

#include "analysis/incidentmetrics.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Whyboard {

QString ReportText::severityWords(int severity)
{
    switch (severity) {
    case 1:
        return tr("Critical");
    case 2:
        return tr("Major");
    case 3:
        return tr("Moderate");
    case 4:
        return tr("Minor");
    default:
        return {};
    }
}

QString ReportText::severityLabel(int severity)
{
    if (severityWords(severity).isEmpty())
        return tr("Severity not rated");
    return tr("SEV %1 · %2").arg(severity).arg(severityWords(severity));
}

QString ReportText::statusWords(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Draft:
        return tr("Draft");
    case SessionStatus::Reviewed:
        return tr("Reviewed");
    case SessionStatus::Published:
        return tr("Published");
    }
    return {};
}

QString ReportText::eventKindWords(EventKind kind)
{
    switch (kind) {
    case EventKind::Trigger:
        return tr("Trigger");
    case EventKind::Detection:
        return tr("Detection");
    case EventKind::Escalation:
        return tr("Escalation");
    case EventKind::Mitigation:
        return tr("Mitigation");
    case EventKind::Resolution:
        return tr("Resolution");
    case EventKind::Note:
        return tr("Note");
    }
    return {};
}

QString ReportText::categoryWords(ActionCategory category)
{
    switch (category) {
    case ActionCategory::None:
        return {};
    case ActionCategory::Process:
        return tr("Process");
    case ActionCategory::Technology:
        return tr("Technology");
    case ActionCategory::Training:
        return tr("Training");
    }
    return {};
}

QString ReportText::horizonWords(ActionHorizon horizon)
{
    switch (horizon) {
    case ActionHorizon::None:
        return {};
    case ActionHorizon::Short:
        return tr("Short term");
    case ActionHorizon::Medium:
        return tr("Medium term");
    case ActionHorizon::Long:
        return tr("Long term");
    }
    return {};
}

QString ReportText::actionStatusWords(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return tr("Open");
    case ActionStatus::InProgress:
        return tr("In progress");
    case ActionStatus::Done:
        return tr("Done");
    }
    return {};
}

QString ReportText::rolesWords(ParticipantRoles roles)
{
    QStringList words;
    for (ParticipantRole role : allParticipantRoles()) {
        if (!roles.testFlag(role))
            continue;
        switch (role) {
        case ParticipantRole::Introduced:
            words << tr("introduced");
            break;
        case ParticipantRole::Identified:
            words << tr("identified");
            break;
        case ParticipantRole::Responded:
            words << tr("responded");
            break;
        case ParticipantRole::Debugged:
            words << tr("debugged");
            break;
        case ParticipantRole::Interested:
            words << tr("interested");
            break;
        }
    }
    QString text = words.join(QStringLiteral(", "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ReportText::utcOffset(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const int offset = time.offsetFromUtc();
    if (offset == 0)
        return QStringLiteral("UTC");
    const int minutes = qAbs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QChar(0x2212) : QChar(u'+'))
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString ReportText::date(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString ReportText::timeOfDay(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QString ReportText::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QStringLiteral("%1 %2 %3").arg(date(time), timeOfDay(time), utcOffset(time));
}

QString ReportText::duration(std::optional<qint64> milliseconds)
{
    return milliseconds ? IncidentMetrics::formatDuration(*milliseconds) : notSet();
}

QString ReportText::money(std::optional<double> amount, const QString &currency)
{
    if (!amount)
        return {};
    // The ISO code before the figure in every locale, as finance writes it ("USD 9,750"),
    // held together by a no-break space in narrow columns; whole units from 100 up, since
    // the cost is an estimate.
    const QString figure = QLocale().toString(*amount, 'f', *amount >= 100 ? 0 : 2);
    return currency.isEmpty() ? figure : currency + QChar::Nbsp + figure;
}

QString ReportText::notSet()
{
    return QStringLiteral("—");
}

} // namespace Whyboard
