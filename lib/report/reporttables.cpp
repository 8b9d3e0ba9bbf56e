// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reporttables.h"

#include "analysis/chainchecks.h"
#include "analysis/findinggroups.h"
#include "data/labels.h"
#include "data/safetext.h"
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
    // One clock for the whole table, the one the incident started in, so the rows read in
    // order and a date line appears only where the day really changes.
    const QDateTime reference = m_session.startedAt.isValid() ? m_session.startedAt : events.first().at;
    const int offset = reference.isValid() ? reference.offsetFromUtc() : 0;
    flow.paragraph(tr("Times in %1.").arg(ReportText::utcOffset(reference.isValid() ? reference : QDateTime::currentDateTimeUtc())),
                   ReportStyle::text(9, QFont::Normal, ReportStyle::muted()), 4)
        .keepWithNext = true;
    flow.table({{1.2, true, true}, {1.2, true, true}, {6.8, false, false}}, {tr("Time"), tr("Kind"), tr("What happened")},
               ReportFlow::Density::Dense);
    const QTextCharFormat time = ReportStyle::text(8.5, QFont::DemiBold);
    const QTextCharFormat kind = ReportStyle::text(8, QFont::Normal, ReportStyle::muted());
    const QTextCharFormat text = ReportStyle::text(8.5);
    const QTextCharFormat small = ReportStyle::text(7.5, QFont::Normal, ReportStyle::muted());
    QDate previousDay;
    for (const TimelineEvent &event : events) {
        const QDateTime at = event.at.isValid() ? event.at.toOffsetFromUtc(offset) : QDateTime();
        ReportFlow::Cell when{{at.isValid() ? ReportText::timeOfDay(at) : Labels::notSet(), time, {}}};
        // The date under the time whenever the day changes, so a long night reads right.
        if (at.isValid() && at.date() != previousDay) {
            when << TextRun{QString(QChar::LineSeparator) + ReportText::date(at), small, {}};
            previousDay = at.date();
        }
        flow.row({when, ReportFlow::cell(Labels::eventKind(event.kind), kind), ReportFlow::cell(event.text, text)});
    }
}

QString ReportTables::actionNumber(int index)
{
    return QStringLiteral("#%1").arg(index + 1);
}

void ReportTables::writeActions(ReportFlow &flow) const
{
    flow.heading(tr("Action items"), QStringLiteral("actions"));
    if (m_session.actions.isEmpty()) {
        flow.note(tr("No action items yet."));
        return;
    }
    const ReportFlow::Density density =
        m_session.actions.size() > 30 ? ReportFlow::Density::Dense : ReportFlow::Density::Comfortable;
    flow.table({{0.6, true, true}, {5.6, false, false}, {2, true, false}, {1.5, true, true}, {2.3, true, false},
                {1.4, true, false}},
               {QStringLiteral("#"), tr("Action"), tr("Owner"), tr("Due"), tr("Kind"), tr("Status")}, density);
    const QTextCharFormat number = ReportStyle::text(8.5, QFont::Normal, ReportStyle::muted());
    const bool dense = density == ReportFlow::Density::Dense;
    const QTextCharFormat text = ReportStyle::text(dense ? 9 : 9.5);
    const QTextCharFormat owner = ReportStyle::text(dense ? 9 : 9.5, QFont::DemiBold);
    const QTextCharFormat muted = ReportStyle::text(dense ? 8.5 : 9, QFont::Normal, ReportStyle::muted());
    const QTextCharFormat done = ReportStyle::text(dense ? 8.5 : 9, QFont::DemiBold, QColor(0x3d, 0x7a, 0x5a));
    const QString dash = Labels::notSet();
    for (int index = 0; index < m_session.actions.size(); ++index) {
        const ActionItem &action = m_session.actions.at(index);
        ReportFlow::Cell what = ReportFlow::cell(action.text, text);
        // A live link in the PDF: the run's href becomes a link annotation.
        if (!action.link.isEmpty())
            what << TextRun{QString(QChar::LineSeparator), text, {}} << TextRun{action.link, ReportStyle::link(action.link), {}};
        QStringList kind;
        if (action.category != ActionCategory::None)
            kind << Labels::actionCategory(action.category);
        if (action.horizon != ActionHorizon::None)
            kind << Labels::actionHorizon(action.horizon);
        TableRowBox &row = flow.row(
            {ReportFlow::cell(actionNumber(index), number), what,
             ReportFlow::cell(action.owner.isEmpty() ? tr("Unassigned") : action.owner, action.owner.isEmpty() ? muted : owner),
             ReportFlow::cell(action.due.isValid() ? LocaleFormat::date(action.due) : dash, muted),
             ReportFlow::cell(kind.isEmpty() ? dash : kind.join(QStringLiteral(", ")), muted),
             ReportFlow::cell(Labels::actionStatus(action.status), action.status == ActionStatus::Done ? done : muted)});
        row.anchors.append({anchor(action.id), 0, {}, -1});
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

void ReportTables::writeFindings(ReportFlow &flow, const QList<CheckFinding> &findings) const
{
    flow.heading(tr("Chain checks"), QStringLiteral("checks"));
    if (findings.isEmpty()) {
        flow.note(tr("The chain checks found nothing to point out."));
        return;
    }
    // By check, with counts, and the items named compactly: hundreds of findings stay a page
    // or two, not a table of hundreds of rows.
    const QTextCharFormat title = ReportStyle::text(10.5, QFont::DemiBold);
    const QTextCharFormat count = ReportStyle::text(9.5, QFont::Normal, ReportStyle::muted());
    const QTextCharFormat message = ReportStyle::text(9.5);
    const QTextCharFormat muted = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    const QTextCharFormat label = ReportStyle::text(9, QFont::DemiBold, ReportStyle::accent());
    QTextCharFormat reason = muted;
    reason.setFontItalic(true);
    const qreal indent = ReportStyle::px(14);
    auto targetOf = [](const FindingGroupItem &item) {
        switch (item.itemKind) {
        case CheckItemKind::Card:
            return ReportDiagram::anchor(item.itemId);
        case CheckItemKind::Action:
            return anchor(item.itemId);
        case CheckItemKind::Event:
            break;
        }
        return QString();
    };
    // A reader follows a few dozen items; the rest are counted, and listed by the Checks panel.
    constexpr int listedItems = 40;
    auto itemList = [&](const QList<FindingGroupItem> &items) {
        ReportFlow::Cell runs;
        for (int i = 0; i < std::min(int(items.size()), listedItems); ++i) {
            if (i > 0)
                runs << TextRun{QStringLiteral("  ·  "), muted, {}};
            runs << TextRun{items.at(i).label + QChar::Nbsp, label, targetOf(items.at(i))}
                 << TextRun{QStringLiteral("“%1”").arg(SafeText::isolated(items.at(i).excerpt)), muted, {}};
        }
        if (items.size() > listedItems)
            runs << TextRun{QStringLiteral("  ") + tr("… and %n more", nullptr, int(items.size()) - listedItems), label, {}};
        return runs;
    };

    for (const FindingGroup &group : FindingGroups::group(m_session, findings)) {
        const QString counted = group.dismissedCount > 0
            ? tr("%n found, %1 set aside", nullptr, group.count).arg(group.dismissedCount)
            : tr("%n found", nullptr, group.count);
        FlowBox &head = flow.paragraph({{group.title + QStringLiteral("  "), title, {}}, {counted, count, {}}}, 2);
        head.marginTop = ReportStyle::px(10);
        head.keepWithNext = true;
        QList<FindingGroupItem> open;
        QList<FindingGroupItem> setAside;
        for (const FindingGroupItem &item : group.items)
            (item.dismissed ? setAside : open).append(item);
        const QStringList messages = group.commonMessage.isEmpty() ? group.openMessages : QStringList{group.commonMessage};
        for (const QString &said : std::as_const(messages)) {
            QList<FindingGroupItem> items;
            QString suggestion = group.commonSuggestion;
            for (const FindingGroupItem &item : std::as_const(open)) {
                if (group.commonMessage.isEmpty() ? item.message == said : true) {
                    items.append(item);
                    if (suggestion.isEmpty())
                        suggestion = item.suggestion;
                }
            }
            if (items.isEmpty())
                continue;
            ReportFlow::Cell line{{said, message, {}}};
            if (!suggestion.isEmpty())
                line << TextRun{QStringLiteral("  ") + suggestion, muted, {}};
            flow.paragraph(line, 1, indent).keepWithNext = true;
            flow.paragraph(itemList(items), 4, indent);
        }
        for (const FindingGroupItem &item : std::as_const(setAside)) {
            ReportFlow::Cell line = itemList({item});
            line << TextRun{QStringLiteral("  ")
                                + (item.dismissalReason.isEmpty() ? tr("Set aside by the room.")
                                                                  : tr("Set aside by the room: %1").arg(item.dismissalReason)),
                            reason, {}};
            flow.paragraph(line, 2, indent);
        }
    }
}

} // namespace Whyboard
