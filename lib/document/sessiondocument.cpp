// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/sessiondocument.h"

#include "document/commands/editcardcommand.h"

#include "data/boundedvalues.h"

#include <QSet>

#include <algorithm>
#include <QUndoCommand>
#include <QUndoStack>

namespace Whyboard {

namespace {

// A card's text as a short quotable phrase for messages.
QString shortText(const Session &session, const QString &cardId)
{
    const Card *card = session.card(cardId);
    QString text = card ? card->text.section(QLatin1Char('\n'), 0, 0).simplified() : cardId;
    if (text.isEmpty())
        text = cardId;
    constexpr int maxLength = 40;
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

// Whether following links from cardId (cause -> effect) arrives at targetId, ignoring one link.
bool reaches(const Session &session, const QString &cardId, const QString &targetId,
             const QString &skipCause = {}, const QString &skipEffect = {})
{
    QSet<QString> seen;
    QStringList pending{cardId};
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        if (current == targetId)
            return true;
        if (seen.contains(current))
            continue;
        seen.insert(current);
        for (const CausalLink &link : session.links) {
            if (link.causeId == current && !link.connects(skipCause, skipEffect))
                pending.append(link.effectId);
        }
    }
    return false;
}

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time) : QVariant();
}

} // namespace

SessionDocument::SessionDocument(Session session, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_undoStack(new QUndoStack(this))
{
    // indexChanged comes once a step is complete: after a push (merged or not), an undo, a
    // redo, or the end of a Step's macro, never in the middle of one.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &SessionDocument::stepFinished);
}

SessionDocument::Step::Step(SessionDocument *document, const QString &text)
    : m_document(document)
    , m_open(!document->isReadOnly())
{
    if (!m_open) {
        Q_EMIT document->editRefused(tr("This session is open read-only; changes are not possible."));
        return;
    }
    if (m_document->m_stepDepth++ == 0) {
        m_document->m_stepText = text;
        m_document->m_stepBegun = false;
    }
}

SessionDocument::Step::~Step()
{
    if (!m_open)
        return;
    if (--m_document->m_stepDepth == 0 && m_document->m_stepBegun) {
        m_document->m_stepBegun = false;
        m_document->m_undoStack->endMacro();
    }
}

SessionDocument::~SessionDocument() = default;

void SessionDocument::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

bool SessionDocument::push(QUndoCommand *command)
{
    Q_ASSERT(command);
    if (m_readOnly) {
        delete command;
        Q_EMIT editRefused(tr("This session is open read-only; changes are not possible."));
        return false;
    }
    if (m_stepDepth > 0 && !m_stepBegun) {
        m_stepBegun = true;
        m_undoStack->beginMacro(m_stepText);
    }
    m_undoStack->push(command);
    return true;
}

void SessionDocument::refuseEdit(const QString &reason)
{
    Q_ASSERT(!reason.isEmpty());
    Q_EMIT editRefused(reason);
}

// The session's counter only grows (undo does not take a number back), and it starts past
// every number already in use, so a session made elsewhere cannot hand out a taken id.
QString SessionDocument::newItemId(QChar prefix)
{
    m_session.lastItemNumber = std::max(m_session.lastItemNumber, m_session.highestItemNumber()) + 1;
    return prefix + QString::number(m_session.lastItemNumber);
}

QString SessionDocument::newCardId() { return newItemId(QLatin1Char('c')); }
QString SessionDocument::newEventId() { return newItemId(QLatin1Char('e')); }
QString SessionDocument::newActionId() { return newItemId(QLatin1Char('a')); }
QString SessionDocument::newParticipantId() { return newItemId(QLatin1Char('u')); }
QString SessionDocument::newParkedIdeaId() { return newItemId(QLatin1Char('i')); }

QString SessionDocument::linkRefusal(const QString &causeId, const QString &effectId) const
{
    const Card *cause = m_session.card(causeId);
    const Card *effect = m_session.card(effectId);
    if (!cause || !effect)
        return tr("That card no longer exists.");
    if (causeId == effectId)
        return tr("A card cannot explain itself.");
    if (m_session.indexOfLink(causeId, effectId) >= 0)
        return tr("\u201c%1\u201d already explains \u201c%2\u201d.")
            .arg(shortText(m_session, causeId), shortText(m_session, effectId));
    if (cause->kind == CardKind::Problem)
        return tr("The problem is what the whys explain; it cannot be the cause of another card.");
    if (m_session.wouldCreateCycle(causeId, effectId))
        return tr("This link would make a loop: \u201c%1\u201d already explains \u201c%2\u201d, "
                  "directly or through other whys.")
            .arg(shortText(m_session, effectId), shortText(m_session, causeId));
    return {};
}

QString SessionDocument::unlinkRefusal(const QString &causeId, const QString &effectId) const
{
    if (m_session.indexOfLink(causeId, effectId) < 0)
        return tr("These cards are not linked.");
    const Card *problem = m_session.problemCard();
    if (!problem)
        return {};
    // Only refuse when this link is what keeps the cause connected: a why that already
    // floats free may lose its links.
    if (reaches(m_session, causeId, problem->id) && !reaches(m_session, causeId, problem->id, causeId, effectId))
        return tr("\u201c%1\u201d would no longer lead to the problem: every why must explain something. "
                  "Link it to another card first, or delete it.")
            .arg(shortText(m_session, causeId));
    return {};
}

QVariant SessionDocument::sessionField(SessionField field) const
{
    switch (field) {
    case SessionField::Title:
        return m_session.title;
    case SessionField::Summary:
        return m_session.summary;
    case SessionField::Severity:
        return m_session.severity;
    case SessionField::Status:
        return static_cast<int>(m_session.status);
    case SessionField::StartedAt:
        return optionalTime(m_session.startedAt);
    case SessionField::DetectedAt:
        return optionalTime(m_session.detectedAt);
    case SessionField::ResolvedAt:
        return optionalTime(m_session.resolvedAt);
    case SessionField::ImpactDescription:
        return m_session.impact.description;
    case SessionField::UsersAffected:
        return m_session.impact.usersAffected ? QVariant(qlonglong(*m_session.impact.usersAffected)) : QVariant();
    case SessionField::CostPerMinute:
        return m_session.impact.costPerMinute ? QVariant(*m_session.impact.costPerMinute) : QVariant();
    case SessionField::Currency:
        return m_session.impact.currency;
    case SessionField::Facilitator:
        return m_session.facilitator;
    }
    return {};
}

void SessionDocument::setSessionField(SessionField field, const QVariant &value)
{
    switch (field) {
    case SessionField::Title:
        m_session.title = BoundedValues::text(value.toString());
        break;
    case SessionField::Summary:
        m_session.summary = BoundedValues::text(value.toString());
        break;
    case SessionField::Severity:
        Q_ASSERT(value.toInt() >= 0 && value.toInt() <= 4);
        m_session.severity = value.toInt();
        break;
    case SessionField::Status:
        m_session.status = static_cast<SessionStatus>(value.toInt());
        break;
    case SessionField::StartedAt:
        m_session.startedAt = value.toDateTime();
        break;
    case SessionField::DetectedAt:
        m_session.detectedAt = value.toDateTime();
        break;
    case SessionField::ResolvedAt:
        m_session.resolvedAt = value.toDateTime();
        break;
    case SessionField::ImpactDescription:
        m_session.impact.description = BoundedValues::text(value.toString());
        break;
    case SessionField::UsersAffected:
        m_session.impact.usersAffected =
            value.isValid() ? std::optional<qint64>(value.toLongLong()) : std::nullopt;
        break;
    case SessionField::CostPerMinute:
        m_session.impact.costPerMinute = value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
        break;
    case SessionField::Currency:
        m_session.impact.currency = BoundedValues::text(value.toString());
        break;
    case SessionField::Facilitator:
        m_session.facilitator = BoundedValues::text(value.toString());
        break;
    }
    Q_EMIT sessionFieldChanged(field);
}

int SessionDocument::indexOfDismissedFinding(const QString &checkId, const QString &itemId) const
{
    for (int i = 0; i < m_session.dismissedFindings.size(); ++i) {
        const DismissedFinding &finding = m_session.dismissedFindings.at(i);
        if (finding.checkId == checkId && finding.itemId == itemId)
            return i;
    }
    return -1;
}

// ---- Cards ----

void SessionDocument::insertCard(int index, const Card &card)
{
    Q_ASSERT(index >= 0 && index <= m_session.cards.size());
    Q_ASSERT(!card.id.isEmpty() && m_session.indexOfCard(card.id) < 0);
    Q_ASSERT(card.kind != CardKind::Problem || !m_session.problemCard());
    m_session.cards.insert(index, BoundedValues::card(card));
    Q_EMIT cardAdded(card.id);
}

void SessionDocument::removeCard(const QString &cardId)
{
    const int index = m_session.indexOfCard(cardId);
    Q_ASSERT(index >= 0);
    Q_ASSERT(m_session.linksOf(cardId).isEmpty());
    Q_EMIT cardAboutToBeRemoved(cardId);
    m_session.cards.removeAt(index);
    Q_EMIT cardRemoved(cardId);
}

void SessionDocument::updateCard(const Card &card)
{
    const int index = m_session.indexOfCard(card.id);
    Q_ASSERT(index >= 0);
    Card &stored = m_session.cards[index];
    stored.text = BoundedValues::text(card.text);
    stored.evidence = BoundedValues::text(card.evidence);
    stored.verified = card.verified;
    stored.noActionAccepted = card.noActionAccepted;
    stored.noActionReason = BoundedValues::text(card.noActionReason);
    stored.category = BoundedValues::text(card.category.trimmed());
    stored.tags = BoundedValues::tags(card.tags);
    Q_EMIT cardChanged(card.id);
}

void SessionDocument::moveCard(const QString &cardId, const QPointF &position)
{
    const int index = m_session.indexOfCard(cardId);
    Q_ASSERT(index >= 0);
    m_session.cards[index].position = BoundedValues::position(position);
    Q_EMIT cardMoved(cardId);
}

// ---- Links ----

void SessionDocument::insertLink(int index, const CausalLink &link)
{
    Q_ASSERT(index >= 0 && index <= m_session.links.size());
    Q_ASSERT(m_session.card(link.causeId) && m_session.card(link.effectId));
    Q_ASSERT(m_session.indexOfLink(link.causeId, link.effectId) < 0);
    Q_ASSERT(!m_session.wouldCreateCycle(link.causeId, link.effectId));
    m_session.links.insert(index, link);
    Q_EMIT linkAdded(link.causeId, link.effectId);
}

void SessionDocument::removeLink(const QString &causeId, const QString &effectId)
{
    const int index = m_session.indexOfLink(causeId, effectId);
    Q_ASSERT(index >= 0);
    Q_EMIT linkAboutToBeRemoved(causeId, effectId);
    m_session.links.removeAt(index);
    Q_EMIT linkRemoved(causeId, effectId);
}

void SessionDocument::updateLink(const CausalLink &link)
{
    const int index = m_session.indexOfLink(link.causeId, link.effectId);
    Q_ASSERT(index >= 0);
    m_session.links[index].verdict = link.verdict;
    Q_EMIT linkChanged(link.causeId, link.effectId);
}

// ---- Timeline events ----

void SessionDocument::insertEvent(int row, const TimelineEvent &event)
{
    Q_ASSERT(row >= 0 && row <= m_session.timeline.size());
    Q_ASSERT(!event.id.isEmpty() && m_session.indexOfEvent(event.id) < 0);
    Q_EMIT eventAboutToBeInserted(row);
    m_session.timeline.insert(row, BoundedValues::event(event));
    Q_EMIT eventInserted(row, event.id);
}

void SessionDocument::removeEvent(int row)
{
    Q_ASSERT(row >= 0 && row < m_session.timeline.size());
    const QString id = m_session.timeline.at(row).id;
    Q_EMIT eventAboutToBeRemoved(row, id);
    m_session.timeline.removeAt(row);
    Q_EMIT eventRemoved(row, id);
}

void SessionDocument::updateEvent(const TimelineEvent &event)
{
    const int row = m_session.indexOfEvent(event.id);
    Q_ASSERT(row >= 0);
    m_session.timeline[row] = BoundedValues::event(event);
    Q_EMIT eventChanged(row, event.id);
}

// ---- Action items ----

void SessionDocument::insertActionItem(int row, const ActionItem &action)
{
    Q_ASSERT(row >= 0 && row <= m_session.actions.size());
    Q_ASSERT(!action.id.isEmpty() && m_session.indexOfAction(action.id) < 0);
    Q_EMIT actionAboutToBeInserted(row);
    m_session.actions.insert(row, BoundedValues::action(action));
    Q_EMIT actionInserted(row, action.id);
}

void SessionDocument::removeActionItem(int row)
{
    Q_ASSERT(row >= 0 && row < m_session.actions.size());
    const QString id = m_session.actions.at(row).id;
    Q_EMIT actionAboutToBeRemoved(row, id);
    m_session.actions.removeAt(row);
    Q_EMIT actionRemoved(row, id);
}

void SessionDocument::updateActionItem(const ActionItem &action)
{
    const int row = m_session.indexOfAction(action.id);
    Q_ASSERT(row >= 0);
    m_session.actions[row] = BoundedValues::action(action);
    Q_EMIT actionChanged(row, action.id);
}

// ---- Participants ----

void SessionDocument::insertParticipant(int row, const Participant &participant)
{
    Q_ASSERT(row >= 0 && row <= m_session.participants.size());
    Q_ASSERT(!participant.id.isEmpty() && m_session.indexOfParticipant(participant.id) < 0);
    Q_EMIT participantAboutToBeInserted(row);
    m_session.participants.insert(row, BoundedValues::participant(participant));
    Q_EMIT participantInserted(row, participant.id);
}

void SessionDocument::removeParticipant(int row)
{
    Q_ASSERT(row >= 0 && row < m_session.participants.size());
    const QString id = m_session.participants.at(row).id;
    Q_EMIT participantAboutToBeRemoved(row, id);
    m_session.participants.removeAt(row);
    Q_EMIT participantRemoved(row, id);
}

void SessionDocument::updateParticipant(const Participant &participant)
{
    const int row = m_session.indexOfParticipant(participant.id);
    Q_ASSERT(row >= 0);
    m_session.participants[row] = BoundedValues::participant(participant);
    Q_EMIT participantChanged(row, participant.id);
}

// ---- Parking lot ----

void SessionDocument::insertParkedIdea(int row, const ParkedIdea &idea)
{
    Q_ASSERT(row >= 0 && row <= m_session.parkingLot.size());
    Q_ASSERT(!idea.id.isEmpty() && m_session.indexOfParkedIdea(idea.id) < 0);
    Q_EMIT parkedIdeaAboutToBeInserted(row);
    m_session.parkingLot.insert(row, BoundedValues::parkedIdea(idea));
    Q_EMIT parkedIdeaInserted(row, idea.id);
}

void SessionDocument::removeParkedIdea(int row)
{
    Q_ASSERT(row >= 0 && row < m_session.parkingLot.size());
    const QString id = m_session.parkingLot.at(row).id;
    Q_EMIT parkedIdeaAboutToBeRemoved(row, id);
    m_session.parkingLot.removeAt(row);
    Q_EMIT parkedIdeaRemoved(row, id);
}

void SessionDocument::updateParkedIdea(const ParkedIdea &idea)
{
    const int row = m_session.indexOfParkedIdea(idea.id);
    Q_ASSERT(row >= 0);
    m_session.parkingLot[row] = BoundedValues::parkedIdea(idea);
    Q_EMIT parkedIdeaChanged(row, idea.id);
}

// ---- Dismissed findings ----

void SessionDocument::insertDismissedFinding(int index, const DismissedFinding &finding)
{
    Q_ASSERT(index >= 0 && index <= m_session.dismissedFindings.size());
    m_session.dismissedFindings.insert(index, finding);
    Q_EMIT dismissedFindingsChanged();
}

void SessionDocument::removeDismissedFinding(int index)
{
    Q_ASSERT(index >= 0 && index < m_session.dismissedFindings.size());
    m_session.dismissedFindings.removeAt(index);
    Q_EMIT dismissedFindingsChanged();
}

// ---- Gestures ----

bool SessionDocument::setCardCategory(const QString &cardId, const QString &category)
{
    const Card *card = m_session.card(cardId);
    if (!card)
        return false;
    Card changed = *card;
    changed.category = category;
    return push(new EditCardCommand(this, changed));
}

bool SessionDocument::setCardTags(const QString &cardId, const QStringList &tags)
{
    const Card *card = m_session.card(cardId);
    if (!card)
        return false;
    Card changed = *card;
    changed.tags = tags;
    return push(new EditCardCommand(this, changed));
}

} // namespace Whyboard
