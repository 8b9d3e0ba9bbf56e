// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/cardpaster.h"

#include "document/commands/addcardcommand.h"
#include "document/commands/addlinkcommand.h"
#include "document/commands/setlinkverdictcommand.h"
#include "document/sessiondocument.h"

#include <QSet>
#include <QUndoStack>

namespace Whyboard {

CardPaster::CardPaster(SessionDocument *document, const CardClipboard::Contents &contents)
    : m_document(document)
    , m_contents(contents)
{
}

QStringList CardPaster::insert(const TargetFor &targetFor, const QPointF &anchor, const QString &undoText)
{
    if (m_contents.isEmpty() || m_document->isReadOnly())
        return {};

    // Effects first, so each card can be added already linked to one of them.
    QList<Card> pending = m_contents.cards;
    QList<Card> ordered;
    QSet<QString> placed;
    auto internalEffects = [this](const QString &id) {
        QStringList effects;
        for (const CausalLink &link : std::as_const(m_contents.links)) {
            if (link.causeId == id)
                effects.append(link.effectId);
        }
        return effects;
    };
    while (!pending.isEmpty()) {
        bool progress = false;
        for (int i = 0; i < pending.size(); ++i) {
            const QStringList effects = internalEffects(pending.at(i).id);
            const bool ready = std::all_of(effects.cbegin(), effects.cend(),
                                           [&](const QString &e) { return placed.contains(e); });
            if (ready) {
                placed.insert(pending.at(i).id);
                ordered.append(pending.takeAt(i));
                progress = true;
                break;
            }
        }
        if (!progress) { // a cycle in foreign data: drop its internal links, keep the cards
            ordered.append(pending);
            break;
        }
    }

    QPointF offset;
    bool haveOffset = false;
    QHash<QString, QString> newIds;
    QStringList created;
    SessionDocument::Step step(m_document, undoText);
    if (!step.isOpen())
        return {};
    for (Card card : std::as_const(ordered)) {
        const QStringList effects = internalEffects(card.id);
        QString explains;
        for (const QString &effect : effects) {
            if (newIds.contains(effect)) {
                explains = newIds.value(effect);
                break;
            }
        }
        if (explains.isEmpty()) {
            explains = targetFor(card);
            if (!haveOffset) {
                offset = anchor - card.position;
                haveOffset = true;
            }
        }
        const QString oldId = card.id;
        card.id = m_document->newCardId();
        card.kind = CardKind::Why;
        card.position += offset;
        if (!m_document->session().card(explains))
            explains.clear();
        m_document->push(new AddCardCommand(m_document, card, explains));
        newIds.insert(oldId, card.id);
        created.append(card.id);
    }
    for (const CausalLink &link : std::as_const(m_contents.links)) {
        const QString cause = newIds.value(link.causeId);
        const QString effect = newIds.value(link.effectId);
        if (cause.isEmpty() || effect.isEmpty())
            continue;
        if (m_document->session().indexOfLink(cause, effect) < 0) {
            if (!m_document->linkRefusal(cause, effect).isEmpty())
                continue;
            m_document->push(new AddLinkCommand(m_document, cause, effect));
        }
        if (link.verdict != ReadBackVerdict::NotChecked)
            m_document->push(new SetLinkVerdictCommand(m_document, cause, effect, link.verdict));
    }
    return created;
}

} // namespace Whyboard
