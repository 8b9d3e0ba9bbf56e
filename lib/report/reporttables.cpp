#include "report/reporttables.h"

#include "analysis/chainchecks.h"
#include "data/labels.h"
#include "report/reportflow.h"
#include "report/reportdiagram.h"
#include "report/reportstyle.h"
#include "report/reporttext.h"
#include "data/localeformat.h"

#include <QCoreApplication>
#include <QLocale>



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

void ReportTables::writeTimeline(ReportFlow &flow) const
{
    flow.heading(tr("Timeline"), QStringLiteral("timeline"));
    const QList<TimelineEvent> events = sortedTimeline(m_session);
    if (events.isEmpty()) {
        flow.note(tr("No timeline recorded."));
        return;
    }
    flow.table({{1.3, true, true}, {1.3, true, false}, {6, false, false}}, {tr("Time"), tr("Kind"), tr("What happened")});
    const QTextCharFormat time = ReportStyle::text(9.5, QFont::DemiBold);
    const QTextCharFormat kind = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    const QTextCharFormat text = ReportStyle::text(9.5);
    const QTextCharFormat small = ReportStyle::text(7.5, QFont::Normal, ReportStyle::muted());
    QDate previousDay;
    for (const TimelineEvent &event : events) {
        ReportFlow::Cell when{{event.at.isValid() ? ReportText::timeOfDay(event.at) : Labels::notSet(), time, {}}};
        // The date under the time whenever the day changes, so a long night reads right.
        if (event.at.isValid() && event.at.date() != previousDay) {
            when << TextRun{QString(QChar::LineSeparator) + ReportText::date(event.at) + QChar::Nbsp
                                + ReportText::utcOffset(event.at),
                            small, {}};
            previousDay = event.at.date();
        }
        flow.row({when, ReportFlow::cell(Labels::eventKind(event.kind), kind), ReportFlow::cell(event.text, text)});
    }
}

void ReportTables::writeActions(ReportFlow &flow) const
{
    flow.heading(tr("Action items"), QStringLiteral("actions"));
    if (m_session.actions.isEmpty()) {
        flow.note(tr("No action items yet."));
        return;
    }
    flow.table({{4.4, false, false}, {2.1, true, false}, {1.7, true, true}, {1.8, true, false}, {1.6, true, false},
                {1.6, true, false}},
               {tr("Action"), tr("Owner"), tr("Due"), tr("Category"), tr("Horizon"), tr("Status")});
    const QTextCharFormat text = ReportStyle::text(9.5);
    const QTextCharFormat owner = ReportStyle::text(9.5, QFont::DemiBold);
    const QTextCharFormat muted = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    const QTextCharFormat done = ReportStyle::text(9, QFont::DemiBold, QColor(0x3d, 0x7a, 0x5a));
    const QString dash = Labels::notSet();
    for (const ActionItem &action : m_session.actions) {
        ReportFlow::Cell what = ReportFlow::cell(action.text, text);
        // A live link in the PDF: the run's href becomes a link annotation.
        if (!action.link.isEmpty())
            what << TextRun{QString(QChar::LineSeparator), text, {}} << TextRun{action.link, ReportStyle::link(action.link), {}};
        flow.row({what,
                  ReportFlow::cell(action.owner.isEmpty() ? tr("Unassigned") : action.owner,
                                   action.owner.isEmpty() ? muted : owner),
                  ReportFlow::cell(action.due.isValid() ? LocaleFormat::date(action.due) : dash, muted),
                  ReportFlow::cell(action.category == ActionCategory::None ? dash : Labels::actionCategory(action.category),
                                   muted),
                  ReportFlow::cell(action.horizon == ActionHorizon::None ? dash : Labels::actionHorizon(action.horizon),
                                   muted),
                  ReportFlow::cell(Labels::actionStatus(action.status), action.status == ActionStatus::Done ? done : muted)});
    }
}

void ReportTables::writeParkingLot(ReportFlow &flow) const
{
    flow.heading(tr("Parking lot"), QStringLiteral("parking-lot"));
    flow.table({{1, false, false}}, {tr("Idea raised during the meeting, not yet an action item")});
    const QTextCharFormat text = ReportStyle::text(9.5);
    for (const ParkedIdea &idea : m_session.parkingLot)
        flow.row({ReportFlow::cell(idea.text, text)});
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

void ReportTables::writeFindings(ReportFlow &flow, const QList<CheckFinding> &findings) const
{
    flow.heading(tr("Chain checks"), QStringLiteral("checks"));
    if (findings.isEmpty()) {
        flow.note(tr("The chain checks found nothing to point out."));
        return;
    }
    flow.table({{1.6, true, false}, {3, false, false}, {4, false, false}}, {tr("Check"), tr("About"), tr("Finding")});
    const QTextCharFormat check = ReportStyle::text(9, QFont::DemiBold);
    const QTextCharFormat about = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    const QTextCharFormat text = ReportStyle::text(9.5);
    QTextCharFormat reason = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    reason.setFontItalic(true);
    const QString newLine(QChar::LineSeparator);
    for (const CheckFinding &finding : findings) {
        ReportFlow::Cell said = ReportFlow::cell(finding.message, text);
        if (!finding.suggestion.isEmpty())
            said << TextRun{newLine + finding.suggestion, about, {}};
        if (finding.dismissed)
            said << TextRun{newLine + (finding.dismissalReason.isEmpty()
                                           ? tr("Set aside by the room.")
                                           : tr("Set aside by the room: %1").arg(finding.dismissalReason)),
                            reason, {}};
        flow.row({ReportFlow::cell(ChainChecks::checkTitle(finding.checkId), check),
                  ReportFlow::cell(itemText(finding), about), said});
    }
}

} // namespace Whyboard
