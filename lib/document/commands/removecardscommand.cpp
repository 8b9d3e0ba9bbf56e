#include "document/commands/removecardscommand.h"

#include "document/sessiondocument.h"

#include <QSet>

#include <algorithm>

namespace Whyboard {

namespace {

// The cards that survive, reached from cardId through deleted cards only.
QStringList survivingEffects(const Session &session, const QString &cardId, const QSet<QString> &removed)
{
    QStringList result;
    QSet<QString> seen;
    QStringList pending = session.effectsOf(cardId);
    while (!pending.isEmpty()) {
        const QString current = pending.takeFirst();
        if (seen.contains(current))
            continue;
        seen.insert(current);
        if (removed.contains(current))
            pending.append(session.effectsOf(current));
        else
            result.append(current);
    }
    return result;
}

QStringList withoutIds(QStringList ids, const QSet<QString> &removed)
{
    ids.erase(std::remove_if(ids.begin(), ids.end(), [&](const QString &id) { return removed.contains(id); }),
              ids.end());
    return ids;
}

} // namespace

RemoveCardsCommand::RemoveCardsCommand(SessionDocument *document, const QStringList &cardIds, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    const Session &session = document->session();
    for (const QString &id : cardIds) {
        const Card *card = session.card(id);
        if (card && card->kind != CardKind::Problem && !m_cardIds.contains(id))
            m_cardIds.append(id);
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
    for (const auto &[index, card] : std::as_const(m_removedCards)) {
        Q_UNUSED(index)
        const QStringList effects = survivingEffects(session, card.id, removed);
        for (const QString &cause : session.causesOf(card.id)) {
            if (removed.contains(cause))
                continue;
            for (const QString &effect : effects) {
                const bool exists = session.indexOfLink(cause, effect) >= 0
                                    || std::any_of(m_bridgingLinks.cbegin(), m_bridgingLinks.cend(),
                                                   [&](const CausalLink &l) { return l.connects(cause, effect); });
                if (!exists)
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
    m_planned = true;
}

void RemoveCardsCommand::redo()
{
    if (!m_planned)
        plan();
    for (const auto &change : std::as_const(m_events))
        m_document->updateEvent(change.second);
    for (const auto &change : std::as_const(m_actions))
        m_document->updateAction(change.second);
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
        m_document->updateAction(it->first);
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it)
        m_document->updateEvent(it->first);
}

} // namespace Whyboard
