// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"
#include "data/card.h"
#include "data/causallink.h"
#include "data/timelineevent.h"

#include "document/commands/removedfindings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <utility>

namespace Whyboard {

class SessionDocument;

// Deletes why cards. The problem card is never deleted. So that every remaining why still
// reaches the problem, each deleted card's causes are linked to its effects (through any run of
// deleted cards). Timeline events and action items forget the deleted cards. Undo restores
// everything as it was: same order, same ids, same links and verdicts.
class RemoveCardsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCardsCommand)

public:
    RemoveCardsCommand(SessionDocument *document, const QStringList &cardIds, QUndoCommand *parent = nullptr);

    // The cards this command deletes (the requested ones minus the problem and unknown ids).
    QStringList cardIds() const { return m_cardIds; }

    void redo() override;
    void undo() override;

private:
    void plan();

    SessionDocument *m_document;
    QStringList m_cardIds;
    bool m_planned = false;
    QList<std::pair<int, Card>> m_removedCards;      // ascending original index
    QList<std::pair<int, CausalLink>> m_removedLinks; // ascending original index
    QList<CausalLink> m_bridgingLinks;                // appended: causes -> effects
    QList<std::pair<TimelineEvent, TimelineEvent>> m_events; // before, after
    QList<std::pair<ActionItem, ActionItem>> m_actions;      // before, after
    RemovedFindings m_findings; // set aside for the deleted items
};

} // namespace Whyboard
