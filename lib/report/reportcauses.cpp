#include "report/reportcauses.h"

#include "analysis/chainpaths.h"
#include "data/labels.h"
#include "report/reportflow.h"
#include "report/reportstyle.h"

#include <QTextCursor>
#include <QTextTable>

#include <algorithm>
#include <climits>

namespace Whyboard {

ReportCauses::ReportCauses(const Session &session)
    : m_session(session)
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

int ReportCauses::write(QTextCursor &cursor) const
{
    const int heading = ReportFlow::heading(cursor, tr("Causes and evidence"));
    QList<const Card *> whys;
    for (const Card &card : m_session.cards) {
        if (card.kind == CardKind::Why)
            whys.append(&card);
    }
    if (whys.isEmpty()) {
        ReportFlow::note(cursor, tr("No causes on the board yet."));
        return heading;
    }
    // Chain order: the nearest causes first, as the room asked them.
    const QHash<QString, ChainDepth> depths = ChainPaths::depthRanges(m_session);
    std::stable_sort(whys.begin(), whys.end(), [&](const Card *a, const Card *b) {
        const int da = depths.value(a->id).longest;
        const int db = depths.value(b->id).longest;
        return (da < 0 ? INT_MAX : da) < (db < 0 ? INT_MAX : db);
    });

    QTextTable *table = ReportFlow::table(cursor, int(whys.size()), {1.7, 4.1, 3.1, 3.1},
                                          {tr("Step"), tr("Cause"), tr("Evidence"), tr("Addressed by")});
    const QTextCharFormat step = ReportStyle::text(9, QFont::DemiBold, ReportStyle::accent());
    const QTextCharFormat text = ReportStyle::text(9.5);
    const QTextCharFormat state = ReportStyle::text(9, QFont::DemiBold);
    const QTextCharFormat muted = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    for (int row = 0; row < whys.size(); ++row) {
        const Card &card = *whys.at(row);
        const ChainDepth depth = depths.value(card.id);
        ReportFlow::setCell(table, row + 1, 0, Labels::chainStep(card.kind, depth.shortest, depth.longest), step);
        ReportFlow::setCell(table, row + 1, 1, card.text, text);
        ReportFlow::setCell(table, row + 1, 2, evidenceState(card), state);
        if (!card.evidence.trimmed().isEmpty()) {
            QTextCursor cell = table->cellAt(row + 1, 2).lastCursorPosition();
            cell.insertText(QString(QChar::LineSeparator), muted);
            cell.insertText(card.evidence.trimmed(), muted);
        }
        QStringList addressedBy;
        for (const ActionItem &action : m_session.actions) {
            if (action.cardIds.contains(card.id))
                addressedBy.append(action.text);
        }
        if (addressedBy.isEmpty() && card.noActionAccepted)
            ReportFlow::setCell(table, row + 1, 3, noActionText(card), state);
        else
            ReportFlow::setCell(table, row + 1, 3,
                                addressedBy.isEmpty() ? tr("No action yet") : addressedBy.join(QChar::LineSeparator),
                                addressedBy.isEmpty() ? muted : text);
    }
    return heading;
}

} // namespace Whyboard
