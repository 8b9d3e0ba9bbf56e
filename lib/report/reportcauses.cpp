// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcauses.h"

#include "analysis/chainpaths.h"
#include "data/labels.h"
#include "report/reportdiagram.h"
#include "report/reportflow.h"
#include "report/reportstyle.h"
#include "report/reporttables.h"


#include <algorithm>
#include <climits>

namespace Whyboard {

ReportCauses::ReportCauses(const Session &session, bool listsActions)
    : m_session(session)
    , m_listsActions(listsActions)
{
}

QString ReportCauses::evidenceState(const Card &card)
{
    if (card.isVerified())
        return tr("Verified");
    return card.evidence.trimmed().isEmpty() ? tr("No evidence") : tr("Not verified");
}

QString ReportCauses::noActionText(const Card &card)
{
    if (!card.noActionAccepted)
        return {};
    const QString reason = card.noActionReason.trimmed();
    return tr("Accepted, no action: %1").arg(reason.isEmpty() ? tr("no reason given") : reason);
}

void ReportCauses::write(ReportFlow &flow) const
{
    flow.heading(tr("Causes and evidence"), QStringLiteral("causes"));
    QList<const Card *> whys;
    for (const Card &card : m_session.cards) {
        if (card.kind == CardKind::Why)
            whys.append(&card);
    }
    if (whys.isEmpty()) {
        flow.note(tr("No causes on the board yet."));
        return;
    }
    // Chain order: the nearest causes first, as the room asked them.
    const QHash<QString, ChainDepth> depths = ChainPaths::depthRanges(m_session);
    std::stable_sort(whys.begin(), whys.end(), [&](const Card *a, const Card *b) {
        const int da = depths.value(a->id).longest;
        const int db = depths.value(b->id).longest;
        return (da < 0 ? INT_MAX : da) < (db < 0 ? INT_MAX : db);
    });
    // Which actions address which card, once, rather than a scan of every action per card.
    // With the action items listed in full further on, a cause names them by number (linked);
    // otherwise, or with only a few, by their words.
    const bool byNumber = m_listsActions && m_session.actions.size() > 12;
    const bool dense = m_session.cards.size() > 30;
    QHash<QString, ReportFlow::Cell> addressing;
    const QTextCharFormat text = ReportStyle::text(dense ? 9 : 9.5);
    const QTextCharFormat reference = ReportStyle::text(dense ? 8.5 : 9, QFont::Normal, ReportStyle::accent());
    for (int index = 0; index < m_session.actions.size(); ++index) {
        const ActionItem &action = m_session.actions.at(index);
        for (const QString &id : action.cardIds) {
            ReportFlow::Cell &cell = addressing[id];
            if (!cell.isEmpty())
                cell << TextRun{byNumber ? QStringLiteral(" ") : QString(QChar::LineSeparator), text, {}};
            if (byNumber)
                cell << TextRun{ReportTables::actionNumber(index), reference, ReportTables::anchor(action.id)};
            else
                cell << TextRun{action.text, text, {}};
        }
    }

    // Numbers take less room than the actions' words.
    const qreal addressedWeight = byNumber ? 2.2 : 3.1;
    flow.table({{1.7, true, true}, {5 - addressedWeight / 3, false, false}, {3.1, false, false}, {addressedWeight, false, false}},
               {tr("Step"), tr("Cause"), tr("Evidence"), tr("Addressed by")},
               dense ? ReportFlow::Density::Dense : ReportFlow::Density::Comfortable);
    const QTextCharFormat step = ReportStyle::text(9, QFont::DemiBold, ReportStyle::accent());
    const QTextCharFormat state = ReportStyle::text(dense ? 8.5 : 9, QFont::DemiBold);
    const QTextCharFormat muted = ReportStyle::text(dense ? 8.5 : 9, QFont::Normal, ReportStyle::muted());
    const QString newLine(QChar::LineSeparator);
    for (const Card *card : std::as_const(whys)) {
        const ChainDepth depth = depths.value(card->id);
        ReportFlow::Cell evidence = ReportFlow::cell(evidenceState(*card), state);
        if (!card->evidence.trimmed().isEmpty())
            evidence << TextRun{newLine + card->evidence.trimmed(), muted, {}};
        ReportFlow::Cell addressed = addressing.value(card->id);
        if (addressed.isEmpty())
            addressed = card->noActionAccepted ? ReportFlow::cell(noActionText(*card), state)
                                               : ReportFlow::cell(tr("No action yet"), muted);
        flow.row({ReportFlow::cell(Labels::chainStep(card->kind, depth.shortest, depth.longest), step),
                  ReportFlow::Cell{{card->text, text, ReportDiagram::anchor(card->id)}}, evidence, addressed});
    }
}

} // namespace Whyboard
