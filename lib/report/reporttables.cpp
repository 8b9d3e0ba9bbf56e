#include "report/reporttables.h"

#include "analysis/chainchecks.h"
#include "data/labels.h"
#include "report/reportflow.h"
#include "report/reportstyle.h"
#include "report/reporttext.h"
#include "data/localeformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextCursor>
#include <QTextTable>

#include <algorithm>

namespace Whyboard {

ReportTables::ReportTables(const Session &session)
    : m_session(session)
{
}

QList<TimelineEvent> ReportTables::sortedTimeline(const Session &session)
{
    QList<TimelineEvent> events = session.timeline;
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        if (a.at.isValid() != b.at.isValid())
            return a.at.isValid();
        return a.at < b.at;
    });
    return events;
}

int ReportTables::writeTimeline(QTextCursor &cursor) const
{
    const int heading = ReportFlow::heading(cursor, tr("Timeline"));
    const QList<TimelineEvent> events = sortedTimeline(m_session);
    if (events.isEmpty()) {
        ReportFlow::note(cursor, tr("No timeline recorded."));
        return heading;
    }
    QTextTable *table = ReportFlow::table(cursor, int(events.size()), {1.3, 1.3, 6},
                                          {tr("Time"), tr("Kind"), tr("What happened")});
    const QTextCharFormat time = ReportStyle::text(9.5, QFont::DemiBold);
    const QTextCharFormat kind = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    const QTextCharFormat text = ReportStyle::text(9.5);
    const QTextCharFormat small = ReportStyle::text(7.5, QFont::Normal, ReportStyle::muted());
    QDate previousDay;
    for (int row = 0; row < events.size(); ++row) {
        const TimelineEvent &event = events.at(row);
        QString when = event.at.isValid() ? ReportText::timeOfDay(event.at) : Labels::notSet();
        ReportFlow::setCell(table, row + 1, 0, when, time);
        // The date under the time whenever the day changes, so a long night reads right.
        if (event.at.isValid() && event.at.date() != previousDay) {
            QTextCursor cell = table->cellAt(row + 1, 0).lastCursorPosition();
            cell.insertText(QString(QChar::LineSeparator), small);
            cell.insertText(QStringLiteral("%1 %2").arg(ReportText::date(event.at), ReportText::utcOffset(event.at)),
                            small);
            previousDay = event.at.date();
        }
        ReportFlow::setCell(table, row + 1, 1, Labels::eventKind(event.kind), kind);
        ReportFlow::setCell(table, row + 1, 2, event.text, text);
    }
    return heading;
}

int ReportTables::writeActions(QTextCursor &cursor) const
{
    const int heading = ReportFlow::heading(cursor, tr("Action items"));
    if (m_session.actions.isEmpty()) {
        ReportFlow::note(cursor, tr("No action items yet."));
        return heading;
    }
    QTextTable *table = ReportFlow::table(cursor, int(m_session.actions.size()), {4.4, 2.1, 1.7, 1.8, 1.6, 1.6},
                                          {tr("Action"), tr("Owner"), tr("Due"), tr("Category"), tr("Horizon"),
                                           tr("Status")});
    const QTextCharFormat text = ReportStyle::text(9.5);
    const QTextCharFormat owner = ReportStyle::text(9.5, QFont::DemiBold);
    const QTextCharFormat muted = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    const QTextCharFormat done = ReportStyle::text(9, QFont::DemiBold, QColor(0x3d, 0x7a, 0x5a));
    for (int row = 0; row < m_session.actions.size(); ++row) {
        const ActionItem &action = m_session.actions.at(row);
        ReportFlow::setCell(table, row + 1, 0, action.text, text);
        if (!action.link.isEmpty()) {
            // A live link in the PDF: the anchor's href becomes a link annotation.
            QTextCursor cell = table->cellAt(row + 1, 0).lastCursorPosition();
            cell.insertText(QString(QChar::LineSeparator), text);
            cell.insertText(action.link, ReportStyle::link(action.link));
        }
        const QString dash = Labels::notSet();
        ReportFlow::setCell(table, row + 1, 1, action.owner.isEmpty() ? tr("Unassigned") : action.owner,
                            action.owner.isEmpty() ? muted : owner);
        ReportFlow::setCell(table, row + 1, 2,
                            action.due.isValid() ? LocaleFormat::date(action.due) : dash, muted);
        ReportFlow::setCell(table, row + 1, 3,
                            action.category == ActionCategory::None ? dash : Labels::actionCategory(action.category), muted);
        ReportFlow::setCell(table, row + 1, 4,
                            action.horizon == ActionHorizon::None ? dash : Labels::actionHorizon(action.horizon), muted);
        ReportFlow::setCell(table, row + 1, 5, Labels::actionStatus(action.status),
                            action.status == ActionStatus::Done ? done : muted);
    }
    return heading;
}

int ReportTables::writeParkingLot(QTextCursor &cursor) const
{
    const int heading = ReportFlow::heading(cursor, tr("Parking lot"));
    QTextTable *table = ReportFlow::table(cursor, int(m_session.parkingLot.size()), {13.2},
                                          {tr("Idea raised during the meeting, not yet an action item")});
    const QTextCharFormat text = ReportStyle::text(9.5);
    for (int row = 0; row < m_session.parkingLot.size(); ++row)
        ReportFlow::setCell(table, row + 1, 0, m_session.parkingLot.at(row).text, text);
    return heading;
}

QString ReportTables::itemText(const CheckFinding &finding) const
{
    switch (finding.itemKind) {
    case CheckItemKind::Card:
        if (const Card *card = m_session.card(finding.itemId))
            return card->text;
        break;
    case CheckItemKind::Event: {
        const int index = m_session.indexOfEvent(finding.itemId);
        if (index >= 0)
            return m_session.timeline.at(index).text;
        break;
    }
    case CheckItemKind::Action: {
        const int index = m_session.indexOfAction(finding.itemId);
        if (index >= 0)
            return m_session.actions.at(index).text;
        break;
    }
    }
    return {};
}

int ReportTables::writeFindings(QTextCursor &cursor, const QList<CheckFinding> &findings) const
{
    const int heading = ReportFlow::heading(cursor, tr("Chain checks"));
    if (findings.isEmpty()) {
        ReportFlow::note(cursor, tr("The chain checks found nothing to point out."));
        return heading;
    }
    QTextTable *table = ReportFlow::table(cursor, int(findings.size()), {1.6, 3, 4},
                                          {tr("Check"), tr("About"), tr("Finding")});
    const QTextCharFormat check = ReportStyle::text(9, QFont::DemiBold);
    const QTextCharFormat about = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    const QTextCharFormat text = ReportStyle::text(9.5);
    QTextCharFormat reason = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    reason.setFontItalic(true);
    for (int row = 0; row < findings.size(); ++row) {
        const CheckFinding &finding = findings.at(row);
        ReportFlow::setCell(table, row + 1, 0, ChainChecks::checkTitle(finding.checkId), check);
        ReportFlow::setCell(table, row + 1, 1, itemText(finding), about);
        ReportFlow::setCell(table, row + 1, 2, finding.message, text);
        if (!finding.suggestion.isEmpty()) {
            QTextCursor cell = table->cellAt(row + 1, 2).lastCursorPosition();
            cell.insertText(QString(QChar::LineSeparator), about);
            cell.insertText(finding.suggestion, about);
        }
        if (finding.dismissed) {
            QTextCursor cell = table->cellAt(row + 1, 2).lastCursorPosition();
            cell.insertText(QString(QChar::LineSeparator), reason);
            cell.insertText(finding.dismissalReason.isEmpty()
                                ? tr("Set aside by the room.")
                                : tr("Set aside by the room: %1").arg(finding.dismissalReason),
                            reason);
        }
    }
    return heading;
}

} // namespace Whyboard
