// SPDX-License-Identifier: GPL-3.0-or-later
#include "randomeditor.h"

#include "document/commands/addactioncommand.h"
#include "document/commands/addcardcommand.h"
#include "document/commands/addeventcommand.h"
#include "document/commands/addlinkcommand.h"
#include "document/commands/addparticipantcommand.h"
#include "document/commands/dismissfindingcommand.h"
#include "document/commands/editactioncommand.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/editeventcommand.h"
#include "document/commands/editparticipantcommand.h"
#include "document/commands/editsessionfieldcommand.h"
#include "document/commands/movecardscommand.h"
#include "document/commands/removeactionscommand.h"
#include "document/commands/removecardscommand.h"
#include "document/commands/removeeventscommand.h"
#include "document/commands/removelinkcommand.h"
#include "document/commands/removeparticipantcommand.h"
#include "document/commands/restorefindingcommand.h"
#include "document/commands/setlinkverdictcommand.h"
#include "document/commands/splitcardcommand.h"

#include <QUndoCommand>

namespace Whyboard::Test {

void RandomEditor::resume(quint64 draws, const QString &lastMoved)
{
    m_random.discard(draws);
    m_draws = draws;
    m_lastMoved = lastMoved;
}

int RandomEditor::draw(int bound)
{
    ++m_draws; // QRandomGenerator::bounded() takes one 32-bit value
    return int(m_random.bounded(bound));
}

QUndoCommand *RandomEditor::next()
{
    const Session &s = m_document->session();
    switch (draw(20)) {
    case 0:
    case 1: {
        Card card;
        card.text = text();
        card.position = point();
        return new AddCardCommand(m_document, card, pick(cardIds()));
    }
    case 2: {
        const QStringList whys = whyIds();
        if (whys.size() < 4)
            return nullptr;
        QStringList ids{pick(whys)};
        if (draw(3) == 0)
            ids.append(pick(whys));
        return new RemoveCardsCommand(m_document, ids);
    }
    case 3: {
        // Often the same card again: each drag is still its own step.
        QHash<QString, QPointF> positions{{draw(2) ? m_lastMoved : pick(cardIds()), point()}};
        if (!s.card(positions.begin().key()))
            return nullptr;
        m_lastMoved = positions.begin().key();
        return new MoveCardsCommand(m_document, positions);
    }
    case 4: {
        Card card = *s.card(pick(cardIds()));
        switch (draw(3)) {
        case 0:
            card.text += QChar(u'a' + draw(26));
            // Typing merges within one editing run; a new run now and then.
            if (draw(4) == 0)
                m_editRun = EditCardCommand::newEditRun();
            return new EditCardCommand(m_document, card, m_editRun);
        case 1:
            card.evidence = text();
            break;
        default:
            card.verified = !card.verified;
        }
        return new EditCardCommand(m_document, card);
    }
    case 5: {
        const QString cause = pick(cardIds());
        const QString effect = pick(cardIds());
        if (!m_document->linkRefusal(cause, effect).isEmpty())
            return skip();
        return new AddLinkCommand(m_document, cause, effect);
    }
    case 6: {
        if (s.links.isEmpty())
            return nullptr;
        const CausalLink link = s.links.at(draw(int(s.links.size())));
        if (!m_document->unlinkRefusal(link.causeId, link.effectId).isEmpty())
            return skip();
        return new RemoveLinkCommand(m_document, link.causeId, link.effectId);
    }
    case 7: {
        if (s.links.isEmpty())
            return nullptr;
        const CausalLink link = s.links.at(draw(int(s.links.size())));
        return new SetLinkVerdictCommand(m_document, link.causeId, link.effectId,
                                         static_cast<ReadBackVerdict>(draw(3)));
    }
    case 8:
        return new AddEventCommand(m_document, {QString(), time(), static_cast<EventKind>(draw(6)),
                                                text(), someOf(whyIds())});
    case 9: {
        if (s.timeline.isEmpty())
            return nullptr;
        return new RemoveEventsCommand(m_document, someOf(eventIds()) << pick(eventIds()));
    }
    case 10: {
        if (s.timeline.isEmpty())
            return nullptr;
        TimelineEvent event = s.timeline.at(draw(int(s.timeline.size())));
        if (draw(2))
            event.text += QStringLiteral("ж");
        else
            event.at = time();
        return new EditEventCommand(m_document, event);
    }
    case 11: {
        ActionItem action;
        action.text = text();
        action.cardIds = someOf(whyIds());
        action.eventIds = someOf(eventIds());
        return new AddActionCommand(m_document, action);
    }
    case 12: {
        if (s.actions.isEmpty())
            return nullptr;
        return new RemoveActionsCommand(m_document, {s.actions.at(draw(int(s.actions.size()))).id});
    }
    case 13: {
        if (s.actions.isEmpty())
            return nullptr;
        ActionItem action = s.actions.at(draw(int(s.actions.size())));
        if (draw(2))
            action.owner += QStringLiteral("o");
        else
            action.status = static_cast<ActionStatus>(draw(3));
        return new EditActionCommand(m_document, action);
    }
    case 14:
        return new AddParticipantCommand(m_document, {QString(), text(), ParticipantRoles::fromInt(draw(32))});
    case 15: {
        if (s.participants.isEmpty())
            return nullptr;
        const Participant participant = s.participants.at(draw(int(s.participants.size())));
        if (draw(2))
            return new RemoveParticipantCommand(m_document, participant.id);
        Participant edited = participant;
        edited.name += QStringLiteral("n");
        return new EditParticipantCommand(m_document, edited);
    }
    case 16:
        return sessionFieldEdit();
    case 17: {
        const DismissedFinding finding{draw(2) ? QStringLiteral("shallow") : QStringLiteral("compound"),
                                       pick(cardIds()), text()};
        if (m_document->indexOfDismissedFinding(finding.checkId, finding.itemId) >= 0)
            return nullptr;
        return new DismissFindingCommand(m_document, finding);
    }
    case 18: {
        if (s.dismissedFindings.isEmpty())
            return nullptr;
        const DismissedFinding finding = s.dismissedFindings.at(draw(int(s.dismissedFindings.size())));
        return new RestoreFindingCommand(m_document, finding.checkId, finding.itemId);
    }
    default: {
        const QStringList whys = whyIds();
        if (whys.isEmpty())
            return nullptr;
        return new SplitCardCommand(m_document, pick(whys), text(), text());
    }
    }
}

QUndoCommand *RandomEditor::sessionFieldEdit()
{
    const auto field = static_cast<SessionField>(draw(12));
    QVariant value;
    switch (field) {
    case SessionField::Severity:
        value = draw(5);
        break;
    case SessionField::Status:
        value = draw(3);
        break;
    case SessionField::StartedAt:
    case SessionField::DetectedAt:
    case SessionField::ResolvedAt:
        value = draw(5) ? QVariant(time()) : QVariant();
        break;
    case SessionField::UsersAffected:
        value = draw(3) ? QVariant(qlonglong(draw(100000))) : QVariant();
        break;
    case SessionField::CostPerMinute:
        value = draw(3) ? QVariant(draw(10000) / 8.0) : QVariant();
        break;
    default:
        // Typing one character at a time into a text field.
        value = QString(m_document->sessionField(field).toString() + QChar(u'a' + draw(26)));
    }
    return new EditSessionFieldCommand(m_document, field, value);
}

QUndoCommand *RandomEditor::skip()
{
    ++m_skipped;
    return nullptr;
}

QString RandomEditor::text()
{
    static const QStringList words{"disk", "full", "🔥", "ошибка", "超时", "שגיאה", "retry\nloop"};
    return words.at(draw(int(words.size()))) + QString::number(draw(100));
}

QPointF RandomEditor::point()
{
    const double x = draw(2000) - 1000;
    return QPointF(x, draw(2000) / 4.0);
}

QDateTime RandomEditor::time()
{
    const qint64 msecs = 1'760'000'000'000LL + draw(86'400'000);
    return zonedTimeFromParts(msecs, (draw(27) - 12) * 3600);
}

QString RandomEditor::pick(const QStringList &from)
{
    return from.isEmpty() ? QString() : from.at(draw(int(from.size())));
}

QStringList RandomEditor::someOf(const QStringList &from)
{
    QStringList result;
    for (const QString &id : from) {
        if (draw(6) == 0)
            result.append(id);
    }
    return result;
}

QStringList RandomEditor::cardIds() const
{
    QStringList ids;
    for (const Card &card : m_document->session().cards)
        ids.append(card.id);
    return ids;
}

QStringList RandomEditor::whyIds() const
{
    QStringList ids;
    for (const Card &card : m_document->session().cards) {
        if (card.kind == CardKind::Why)
            ids.append(card.id);
    }
    return ids;
}

QStringList RandomEditor::eventIds() const
{
    QStringList ids;
    for (const TimelineEvent &event : m_document->session().timeline)
        ids.append(event.id);
    return ids;
}

} // namespace Whyboard::Test
