// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removecardscommand.h"

#include "document/sessiondocument.h"

#include <QHash>
#include <QSet>


namespace Whyboard {

namespace {

using Adjacency = QHash<QString, QStringList>;

// The cards that survive, reached from cardId through deleted cards only.
QStringList survivingEffects(const Adjacency &effectsOf, const QString &cardId, const QSet<QString> &removed)
{
    QStringList result;
    QSet<QString> seen;
    QStringList queue = effectsOf.value(cardId);
    // Breadth first, in link order, so the new links come in a predictable order.
    for (int i = 0; i < queue.size(); ++i) {
        const QString current = queue.at(i);
        if (seen.contains(current))
            continue;
        seen.insert(current);
        if (removed.contains(current))
            queue.append(effectsOf.value(current));
        else
            result.append(current);
    }
    return result;
}

QStringList withoutIds(QStringList ids, const QSet<QString> &removed)
{
    ids.removeIf([&](const QString &id) { return removed.contains(id); });
    return ids;
}

} // namespace

RemoveCardsCommand::RemoveCardsCommand(SessionDocument *document, const QStringList &cardIds, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    const QSet<QString> requested(cardIds.cbegin(), cardIds.cend());
    // In board order, so the command does the same whatever order the cards were selected in.
    for (const Card &card : document->session().cards) {
        if (card.kind != CardKind::Problem && requested.contains(card.id))
            m_cardIds.append(card.id);
    }
    setText(tr("Delete %n card(s)", nullptr, int(m_cardIds.size())));
    if (m_cardIds.isEmpty())
        setObsolete(true);
}

// Planned on the first redo, against the state the command actually applies to.
void RemoveCardsCommand::plan()
{
    const Session &session = m_document->session();
    const QSet<QString> removed(m_cardIds.cbegin(), m_cardIds.cend());

    for (int i = 0; i < session.cards.size(); ++i) {
        if (removed.contains(session.cards.at(i).id))
            m_removedCards.append({i, session.cards.at(i)});
    }
    for (int i = 0; i < session.links.size(); ++i) {
        const CausalLink &link = session.links.at(i);
        if (removed.contains(link.causeId) || removed.contains(link.effectId))
            m_removedLinks.append({i, link});
    }
    // Adjacency built once: deleting every card of a 1,000-card board must stay quick.
    Adjacency effectsOf;
    Adjacency causesOf;
    QSet<std::pair<QString, QString>> linked;
    for (const CausalLink &link : session.links) {
        effectsOf[link.causeId].append(link.effectId);
        causesOf[link.effectId].append(link.causeId);
        linked.insert({link.causeId, link.effectId});
    }
    for (const auto &[index, card] : std::as_const(m_removedCards)) {
        Q_UNUSED(index)
        QStringList causes = causesOf.value(card.id);
        causes.removeIf([&](const QString &id) { return removed.contains(id); });
        if (causes.isEmpty())
            continue;
        const QStringList effects = survivingEffects(effectsOf, card.id, removed);
        for (const QString &cause : std::as_const(causes)) {
            for (const QString &effect : effects) {
                if (linked.contains({cause, effect}))
                    continue;
                linked.insert({cause, effect});
                m_bridgingLinks.append({cause, effect, ReadBackVerdict::NotChecked});
            }
        }
    }
    for (const TimelineEvent &event : session.timeline) {
        TimelineEvent after = event;
        after.cardIds = withoutIds(event.cardIds, removed);
        if (after != event)
            m_events.append({event, after});
    }
    for (const ActionItem &action : session.actions) {
        ActionItem after = action;
        after.cardIds = withoutIds(action.cardIds, removed);
        if (after != action)
            m_actions.append({action, after});
    }
    m_findings.plan(m_document, removed);
    m_planned = true;
}

void RemoveCardsCommand::redo()
{
    if (!m_planned)
        plan();
    m_findings.remove(m_document);
    for (const auto &change : std::as_const(m_events))
        m_document->updateEvent(change.second);
    for (const auto &change : std::as_const(m_actions))
        m_document->updateActionItem(change.second);
    for (auto it = m_removedLinks.crbegin(); it != m_removedLinks.crend(); ++it)
        m_document->removeLink(it->second.causeId, it->second.effectId);
    for (const CausalLink &link : std::as_const(m_bridgingLinks))
        m_document->insertLink(m_document->session().links.size(), link);
    for (auto it = m_removedCards.crbegin(); it != m_removedCards.crend(); ++it)
        m_document->removeCard(it->second.id);
}

void RemoveCardsCommand::undo()
{
    for (const auto &[index, card] : std::as_const(m_removedCards))
        m_document->insertCard(index, card);
    for (auto it = m_bridgingLinks.crbegin(); it != m_bridgingLinks.crend(); ++it)
        m_document->removeLink(it->causeId, it->effectId);
    for (const auto &[index, link] : std::as_const(m_removedLinks))
        m_document->insertLink(index, link);
    for (auto it = m_actions.crbegin(); it != m_actions.crend(); ++it)
        m_document->updateActionItem(it->first);
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it)
        m_document->updateEvent(it->first);
    m_findings.restore(m_document);
}

} // namespace Whyboard
