// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportbuilder.h"

#include "data/labels.h"
#include "data/localeformat.h"
#include "report/picturebox.h"
#include "report/printboard.h"
#include "report/reportcauses.h"
#include "report/reportcover.h"
#include "report/reportdiagram.h"
#include "report/reportflow.h"
#include "report/reportreadback.h"
#include "report/reportstyle.h"
#include "report/reporttables.h"

#include <QPainter>

#include <algorithm>

namespace Whyboard {

ReportBuilder::ReportBuilder(const Session &session, const ReportOptions &options, const PrintBoard *board)
    : m_session(session)
    , m_options(options)
    , m_board(board)
{
}

std::vector<std::unique_ptr<FlowBox>> ReportBuilder::build(QPaintDevice *device, const QSizeF &portraitBody,
                                                           const QSizeF &landscapeBody) const
{
    const ReportSections sections = m_options.sections;
    ReportFlow flow(portraitBody.width(), device);
    const ReportCover cover(m_session);
    cover.writeTitle(flow);
    cover.writeFigures(flow);
    if (sections & ReportSection::Summary)
        cover.writeSummaryAndImpact(flow);
    if (sections & ReportSection::People)
        cover.writePeople(flow);
    if (sections & ReportSection::Diagram)
        ReportDiagram(m_session, m_board, m_options).write(flow, portraitBody, landscapeBody);
    if (sections & ReportSection::ReadBack)
        ReportReadBack(m_session).write(flow);
    const ReportTables tables(m_session);
    if ((sections & ReportSection::ParkingLot) && !m_session.parkingLot.isEmpty())
        tables.writeParkingLot(flow);
    if ((sections & ReportSection::Checks) && m_options.findings)
        tables.writeFindings(flow, *m_options.findings);
    // The appendices: every cause with its evidence, every action item, the whole timeline.
    if (sections & ReportSection::Causes)
        ReportCauses(m_session, sections.testFlag(ReportSection::Actions)).write(flow);
    if (sections & ReportSection::Actions)
        tables.writeActions(flow);
    if (sections & ReportSection::Timeline)
        tables.writeTimeline(flow);
    return flow.take();
}

void ReportBuilder::writeTopActions(ReportFlow &flow, int count) const
{
    // Open work first, the nearest horizon first: what the channel should follow up.
    QList<const ActionItem *> actions;
    for (const ActionItem &action : m_session.actions)
        actions.append(&action);
    std::stable_sort(actions.begin(), actions.end(), [](const ActionItem *a, const ActionItem *b) {
        const bool aDone = a->status == ActionStatus::Done;
        const bool bDone = b->status == ActionStatus::Done;
        if (aDone != bDone)
            return !aDone;
        auto horizon = [](ActionHorizon h) { return h == ActionHorizon::None ? 99 : int(h); };
        return horizon(a->horizon) < horizon(b->horizon);
    });
    flow.subheading(actions.size() > count ? tr("Top %1 of %2 action items").arg(count).arg(actions.size())
                                           : tr("Action items"));
    if (actions.isEmpty()) {
        flow.note(tr("No action items yet."));
        return;
    }
    flow.table({{5, false, false}, {2, true, false}, {1.6, true, true}, {1.6, true, false}},
               {tr("Action"), tr("Owner"), tr("Due"), tr("Status")});
    const QTextCharFormat text = ReportStyle::text(9.5);
    const QTextCharFormat owner = ReportStyle::text(9.5, QFont::DemiBold);
    const QTextCharFormat muted = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    for (int i = 0; i < std::min(count, int(actions.size())); ++i) {
        const ActionItem &action = *actions.at(i);
        flow.row({ReportFlow::cell(action.text, text),
                  ReportFlow::cell(action.owner.isEmpty() ? tr("Unassigned") : action.owner,
                                   action.owner.isEmpty() ? muted : owner),
                  ReportFlow::cell(action.due.isValid() ? LocaleFormat::date(action.due) : Labels::notSet(), muted),
                  ReportFlow::cell(Labels::actionStatus(action.status), muted)});
    }
}

std::vector<std::unique_ptr<FlowBox>> ReportBuilder::buildSummary(QPaintDevice *device, const QSizeF &body) const
{
    const ReportCover cover(m_session);
    auto heightOf = [](const std::vector<std::unique_ptr<FlowBox>> &boxes) {
        qreal total = 0;
        for (const auto &box : boxes)
            total += box->marginTop + box->height() + box->marginBottom;
        return total;
    };
    ReportFlow head(body.width(), device);
    cover.writeTitle(head);
    cover.writeFigures(head);
    std::vector<std::unique_ptr<FlowBox>> boxes = head.take();

    // As many top actions as leave the chain at least a quarter of the page.
    std::vector<std::unique_ptr<FlowBox>> actions;
    for (int count = 8; count >= 1; --count) {
        ReportFlow tail(body.width(), device);
        writeTopActions(tail, count);
        actions = tail.take();
        if (heightOf(boxes) + heightOf(actions) < body.height() * 3 / 4)
            break;
    }
    const qreal room = body.height() - heightOf(boxes) - heightOf(actions) - ReportStyle::px(70);
    ReportFlow chain(body.width(), device);
    chain.subheading(tr("Why chain"));
    const QRectF content = m_board ? m_board->contentRect() : QRectF();
    if (content.isEmpty() || room < ReportStyle::px(60)) {
        chain.note(tr("The board has no cards yet."));
    } else {
        // The whole chain in the room left, however small: the full report has it readable.
        const qreal scale = std::min({body.width() / content.width(), room / content.height(), 1.0});
        const PrintBoard *board = m_board;
        chain.picture(content.size() * scale, [board, content](QPainter &painter, const QRectF &area) {
            board->render(&painter, area, content);
        }).marginBottom = ReportStyle::px(8);
    }
    for (auto &box : chain.take())
        boxes.push_back(std::move(box));
    for (auto &box : actions)
        boxes.push_back(std::move(box));
    return boxes;
}

} // namespace Whyboard
