// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sessionjsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>

namespace Whyboard {

SessionJsonFormat::ReadResult SessionJsonReader::read(const QByteArray &json)
{
    SessionJsonFormat::ReadResult result;
    // Checked before parsing: the parsed document takes several times the file's size.
    if (json.size() > SessionLimits::maxImportFileBytes) {
        result.error = SessionLimits::fileTooLarge(json.size());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = before.count('\n') + 1;
        const int column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        result.error = tr("line %1, column %2: not valid JSON (%3)")
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("the document is not a JSON object");
        return result;
    }
    // Import is exact or nothing: a text Whyboard could not store as written is refused.
    refuseUnkeptCharacters(document.object(), QString());
    if (!failed())
        readTopLevel(document.object());
    if (!failed()) {
        const QString beyond = SessionLimits::check(m_session);
        if (!beyond.isEmpty())
            fail(QStringLiteral("session"), beyond);
    }
    if (const std::optional<SessionJsonFault> &first = fault()) {
        result.error = first->path.isEmpty() ? first->message : first->path + QStringLiteral(": ") + first->message;
        return result;
    }
    result.session = m_session;
    result.unpositioned = m_unpositioned;
    return result;
}

void SessionJsonReader::readTopLevel(const QJsonObject &root)
{
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != SessionJsonFormat::formatName()) {
        fail(QStringLiteral("format"), tr("not a Whyboard session (expected \"%1\", found %2)")
                                           .arg(SessionJsonFormat::formatName(),
                                                format.isString() ? QLatin1Char('"') + format.toString()
                                                                        + QLatin1Char('"')
                                                                  : found(format)));
        return;
    }
    const QString versionPath = QStringLiteral("version");
    const std::optional<qint64> version = optionalInteger(root, QStringLiteral("version"), QString());
    if (failed())
        return;
    if (!version)
        return fail(versionPath, tr("required field is missing"));
    if (*version > SessionJsonFormat::currentVersion) {
        return fail(versionPath, tr("made by a newer Whyboard (format version %1; this program reads up to version %2)")
                                     .arg(*version)
                                     .arg(SessionJsonFormat::currentVersion));
    }
    if (*version < 1)
        return fail(versionPath, tr("unknown format version %1").arg(*version));
    const QString sessionPath = QStringLiteral("session");
    if (!root.contains(sessionPath))
        return fail(sessionPath, tr("required field is missing"));
    readSession(requireObject(root.value(sessionPath), sessionPath), sessionPath);
}

void SessionJsonReader::readSession(const QJsonObject &object, const QString &path)
{
    m_session.title = requireString(object, QStringLiteral("title"), path);
    m_session.summary = optionalString(object, QStringLiteral("summary"), path);
    if (const auto severity = optionalInteger(object, QStringLiteral("severity"), path)) {
        if (*severity < 1 || *severity > 4)
            fail(member(path, QStringLiteral("severity")), tr("must be 1 to 4 (1 is the worst), found %1").arg(*severity));
        m_session.severity = int(*severity);
    }
    m_session.status = enumValue(object, QStringLiteral("status"), path, SessionStatus::Draft,
                                 &sessionStatusFromKey, "draft, reviewed, published");
    m_session.startedAt = optionalDateTime(object, QStringLiteral("startedAt"), path);
    m_session.detectedAt = optionalDateTime(object, QStringLiteral("detectedAt"), path);
    m_session.resolvedAt = optionalDateTime(object, QStringLiteral("resolvedAt"), path);
    if (!isAbsent(object, QStringLiteral("impact")))
        readImpact(object.value(QStringLiteral("impact")), member(path, QStringLiteral("impact")));
    m_session.facilitator = optionalString(object, QStringLiteral("facilitator"), path);
    readParticipants(object, path);
    readCards(object, path);
    if (failed())
        return; // what follows refers to the cards
    readTimeline(object, path);
    readActions(object, path);
    readDismissedFindings(object, path);
    readLinkOrder(object, path);
    readParkingLot(object, path);
    if (const auto last = optionalInteger(object, QStringLiteral("lastItemNumber"), path)) {
        if (*last < 0)
            fail(member(path, QStringLiteral("lastItemNumber")), tr("must not be negative"));
        else if (*last > SessionLimits::maxItemNumber)
            fail(member(path, QStringLiteral("lastItemNumber")), tr("must be at most %1").arg(SessionLimits::maxItemNumber));
        m_session.lastItemNumber = *last;
    }
    // Never below a number in use, so that no id of the document is handed out again.
    m_session.lastItemNumber = std::max(m_session.lastItemNumber, m_session.highestItemNumber());
    for (ParkedIdea &idea : m_session.parkingLot) {
        if (idea.id.isEmpty())
            idea.id = QStringLiteral("i%1").arg(++m_session.lastItemNumber);
    }
}

void SessionJsonReader::readImpact(const QJsonValue &value, const QString &path)
{
    const QJsonObject object = requireObject(value, path);
    Impact &impact = m_session.impact;
    impact.description = optionalString(object, QStringLiteral("description"), path);
    impact.usersAffected = optionalInteger(object, QStringLiteral("usersAffected"), path);
    if (impact.usersAffected && *impact.usersAffected < 0)
        fail(member(path, QStringLiteral("usersAffected")), tr("must not be negative"));
    impact.costPerMinute = optionalNumber(object, QStringLiteral("costPerMinute"), path);
    if (impact.costPerMinute && *impact.costPerMinute < 0)
        fail(member(path, QStringLiteral("costPerMinute")), tr("must not be negative"));
    if (!isAbsent(object, QStringLiteral("currency"))) {
        impact.currency = optionalString(object, QStringLiteral("currency"), path);
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (!code.match(impact.currency).hasMatch()) {
            fail(member(path, QStringLiteral("currency")),
                 tr("\"%1\" is not an ISO 4217 currency code (three capital letters, such as \"USD\")")
                     .arg(impact.currency));
        }
    }
}

void SessionJsonReader::readParticipants(const QJsonObject &session, const QString &sessionPath)
{
    const QString path = member(sessionPath, QStringLiteral("participants"));
    const QJsonArray array = limitedArray(session, QStringLiteral("participants"), sessionPath,
                                          SessionLimits::List::Participants);
    QSet<QString> explicitIds;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = element(path, i);
        const QJsonObject object = requireObject(array.at(i), at);
        Participant participant;
        participant.name = requireString(object, QStringLiteral("name"), at);
        if (!isAbsent(object, QStringLiteral("id"))) {
            participant.id = requireId(object, QStringLiteral("id"), at);
            if (explicitIds.contains(participant.id))
                fail(member(at, QStringLiteral("id")), tr("duplicate id \"%1\"").arg(participant.id));
            explicitIds.insert(participant.id);
        }
        const QString rolesPath = member(at, QStringLiteral("roles"));
        const QJsonArray roles = optionalArray(object, QStringLiteral("roles"), at);
        for (int r = 0; r < roles.size(); ++r) {
            const QString key = elementString(roles.at(r), element(rolesPath, r));
            const std::optional<ParticipantRole> role = participantRoleFromKey(key);
            if (!role) {
                return fail(element(rolesPath, r), tr("unknown role \"%1\" (expected one of: %2)")
                                                       .arg(key, QStringLiteral("introduced, identified, responded, "
                                                                                "debugged, interested")));
            }
            participant.roles |= *role;
        }
        m_session.participants.append(participant);
    }
    // Version 1 participants have no ids; number them around the ones a document gave.
    int next = 1;
    for (Participant &participant : m_session.participants) {
        while (participant.id.isEmpty()) {
            const QString candidate = QStringLiteral("u%1").arg(next++);
            if (!explicitIds.contains(candidate))
                participant.id = candidate;
        }
    }
}

void SessionJsonReader::readCards(const QJsonObject &session, const QString &sessionPath)
{
    const QString path = member(sessionPath, QStringLiteral("cards"));
    if (isAbsent(session, QStringLiteral("cards")))
        fail(path, tr("required field is missing"));
    const QJsonArray array = limitedArray(session, QStringLiteral("cards"), sessionPath, SessionLimits::List::Cards);
    // Ids first, so that a card may explain one written after it.
    for (const QJsonValue &value : array) {
        const QJsonValue id = value.toObject().value(QLatin1String("id"));
        if (id.isString())
            m_cardIds.insert(id.toString());
    }
    for (int i = 0; i < array.size() && !failed(); ++i) {
        readCard(array.at(i), element(path, i), i);
        if (m_session.links.size() > SessionLimits::maxLinks)
            fail(member(element(path, i), QStringLiteral("explains")),
                 SessionLimits::tooMany(SessionLimits::List::Links, m_session.links.size()));
    }
    if (failed())
        return;
    if (!m_session.problemCard())
        return fail(path, tr("no card has kind \"problem\" (exactly one is needed)"));
    checkAcyclic();
}

void SessionJsonReader::readCard(const QJsonValue &value, const QString &path, int index)
{
    const QJsonObject object = requireObject(value, path);
    Card card;
    card.id = requireId(object, QStringLiteral("id"), path);
    if (m_cardIndex.contains(card.id)) {
        fail(member(path, QStringLiteral("id")), tr("duplicate id \"%1\" (also used by %2)")
                                                    .arg(card.id, m_cardPath.value(card.id)));
    }
    if (isAbsent(object, QStringLiteral("kind")))
        fail(member(path, QStringLiteral("kind")), tr("required field is missing"));
    card.kind = enumValue(object, QStringLiteral("kind"), path, CardKind::Why, &cardKindFromKey, "problem, why");
    if (card.kind == CardKind::Problem) {
        if (const Card *problem = m_session.problemCard()) {
            fail(member(path, QStringLiteral("kind")),
                 tr("a second problem card (the problem is %1)").arg(m_cardPath.value(problem->id)));
        }
    }
    card.text = requireString(object, QStringLiteral("text"), path);
    card.evidence = optionalString(object, QStringLiteral("evidence"), path);
    if (!isAbsent(object, QStringLiteral("verified"))) {
        const QJsonValue verified = object.value(QLatin1String("verified"));
        if (!verified.isBool())
            fail(member(path, QStringLiteral("verified")), tr("expected true or false, found %1").arg(found(verified)));
        card.verified = verified.toBool();
    }
    if (!isAbsent(object, QStringLiteral("noAction"))) {
        const QString noActionPath = member(path, QStringLiteral("noAction"));
        const QJsonObject noAction = requireObject(object.value(QLatin1String("noAction")), noActionPath);
        if (card.kind == CardKind::Problem)
            fail(noActionPath, tr("only a why can be accepted without action"));
        card.noActionAccepted = true;
        card.noActionReason = optionalString(noAction, QStringLiteral("reason"), noActionPath);
    }
    card.category = optionalString(object, QStringLiteral("category"), path).simplified();
    card.tags = optionalTags(object, QStringLiteral("tags"), path);

    const QString explainsPath = member(path, QStringLiteral("explains"));
    if (card.kind == CardKind::Why && isAbsent(object, QStringLiteral("explains")))
        fail(explainsPath, tr("required for a why: the card(s) this cause explains"));
    const QStringList effects = cardReferences(object, QStringLiteral("explains"), path, m_cardIds,
                                               tr("no card \"%1\""));
    if (card.kind == CardKind::Why && effects.isEmpty())
        fail(explainsPath, tr("a why must explain at least one card"));
    if (card.kind == CardKind::Problem && !effects.isEmpty())
        fail(explainsPath, tr("the problem card explains nothing; only whys do"));
    for (int e = 0; e < effects.size(); ++e) {
        if (effects.at(e) == card.id)
            fail(element(explainsPath, e), tr("a card cannot explain itself"));
    }

    QHash<QString, ReadBackVerdict> verdicts;
    const QString readBackPath = member(path, QStringLiteral("readBack"));
    if (!isAbsent(object, QStringLiteral("readBack"))) {
        const QJsonObject readBack = requireObject(object.value(QLatin1String("readBack")), readBackPath);
        for (auto it = readBack.begin(); it != readBack.end(); ++it) {
            const QString at = member(readBackPath, it.key());
            if (!effects.contains(it.key()))
                fail(at, tr("\"%1\" is not in this card's \"explains\"").arg(it.key()));
            const QString key = elementString(it.value(), at);
            const std::optional<ReadBackVerdict> verdict = readBackVerdictFromKey(key);
            if (!verdict) {
                return fail(at, tr("unknown value \"%1\" (expected one of: %2)")
                                    .arg(key, QStringLiteral("not-checked, holds, does-not-hold")));
            }
            verdicts.insert(it.key(), *verdict);
        }
    }

    const bool hasX = !isAbsent(object, QStringLiteral("x"));
    const bool hasY = !isAbsent(object, QStringLiteral("y"));
    if (hasX != hasY) {
        fail(member(path, hasX ? QStringLiteral("y") : QStringLiteral("x")),
             tr("required when \"%1\" is given").arg(hasX ? QStringLiteral("x") : QStringLiteral("y")));
    }
    if (hasX) {
        const std::optional<double> x = optionalNumber(object, QStringLiteral("x"), path);
        const std::optional<double> y = optionalNumber(object, QStringLiteral("y"), path);
        if (!x || !y)
            return;
        for (const auto &[key, value] : {std::pair(QStringLiteral("x"), *x), std::pair(QStringLiteral("y"), *y)}) {
            if (!SessionLimits::isCoordinateAllowed(value))
                return fail(member(path, key), SessionLimits::coordinateOutside(value));
        }
        card.position = QPointF(*x, *y);
    } else {
        m_unpositioned.insert(card.id);
    }

    for (const QString &effect : effects)
        m_session.links.append(CausalLink{card.id, effect, verdicts.value(effect, ReadBackVerdict::NotChecked)});
    m_explains.insert(card.id, effects);
    m_cardIndex.insert(card.id, index);
    m_cardPath.insert(card.id, path);
    m_session.cards.append(card);
}

void SessionJsonReader::checkAcyclic()
{
    // Iterative depth-first search (chains can be deep); a link to a card still on the
    // stack closes a cycle. Every why explains something and only the problem explains
    // nothing, so an acyclic graph means every why reaches the problem.
    enum class Mark { New, OnStack, Done };
    QHash<QString, Mark> marks;
    for (const Card &start : std::as_const(m_session.cards)) {
        if (marks.value(start.id, Mark::New) != Mark::New)
            continue;
        struct Frame
        {
            QString id;
            int next;
        };
        QList<Frame> stack{{start.id, 0}};
        marks.insert(start.id, Mark::OnStack);
        while (!stack.isEmpty()) {
            Frame &frame = stack.last();
            const QStringList &effects = m_explains[frame.id];
            if (frame.next >= effects.size()) {
                marks.insert(frame.id, Mark::Done);
                stack.removeLast();
                continue;
            }
            const int edge = frame.next++;
            const QString effect = effects.at(edge);
            const Mark mark = marks.value(effect, Mark::New);
            if (mark == Mark::OnStack) {
                QStringList loop;
                bool inLoop = false;
                for (const Frame &f : std::as_const(stack)) {
                    inLoop = inLoop || f.id == effect;
                    if (inLoop)
                        loop.append(f.id);
                }
                loop.append(effect);
                const QString at = element(member(m_cardPath.value(frame.id), QStringLiteral("explains")), edge);
                return fail(at, tr("this link closes a cycle (%1)").arg(loop.join(QStringLiteral(" → "))));
            }
            if (mark == Mark::New) {
                marks.insert(effect, Mark::OnStack);
                stack.append({effect, 0});
            }
        }
    }
}

void SessionJsonReader::readTimeline(const QJsonObject &session, const QString &sessionPath)
{
    const QString path = member(sessionPath, QStringLiteral("timeline"));
    const QJsonArray array = limitedArray(session, QStringLiteral("timeline"), sessionPath, SessionLimits::List::Events);
    QHash<QString, QString> seen;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = element(path, i);
        const QJsonObject object = requireObject(array.at(i), at);
        TimelineEvent event;
        event.id = requireId(object, QStringLiteral("id"), at);
        if (seen.contains(event.id))
            fail(member(at, QStringLiteral("id")), tr("duplicate id \"%1\" (also used by %2)").arg(event.id, seen.value(event.id)));
        seen.insert(event.id, at);
        event.at = optionalDateTime(object, QStringLiteral("at"), at, true);
        event.kind = enumValue(object, QStringLiteral("kind"), at, EventKind::Note, &eventKindFromKey,
                               "trigger, detection, escalation, mitigation, resolution, note");
        event.text = requireString(object, QStringLiteral("text"), at);
        event.cardIds = cardReferences(object, QStringLiteral("cards"), at, m_cardIds, tr("no card \"%1\""));
        m_eventIds.insert(event.id);
        m_session.timeline.append(event);
    }
}

// An item's optional "id": empty when absent, a fault when another item of the list
// (pathOfId: id -> its JSON path) already has it.
QString SessionJsonReader::optionalUniqueId(const QJsonObject &object, const QString &at,
                                            QHash<QString, QString> &pathOfId)
{
    if (isAbsent(object, QStringLiteral("id")))
        return {};
    const QString id = requireId(object, QStringLiteral("id"), at);
    if (pathOfId.contains(id))
        fail(member(at, QStringLiteral("id")), tr("duplicate id \"%1\" (also used by %2)").arg(id, pathOfId.value(id)));
    else
        pathOfId.insert(id, at);
    return id;
}

void SessionJsonReader::readActions(const QJsonObject &session, const QString &sessionPath)
{
    const QString path = member(sessionPath, QStringLiteral("actions"));
    const QJsonArray array = limitedArray(session, QStringLiteral("actions"), sessionPath, SessionLimits::List::Actions);
    QHash<QString, QString> explicitIds;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = element(path, i);
        const QJsonObject object = requireObject(array.at(i), at);
        ActionItem action;
        action.id = optionalUniqueId(object, at, explicitIds);
        action.text = requireString(object, QStringLiteral("text"), at);
        action.owner = optionalString(object, QStringLiteral("owner"), at);
        action.due = optionalDate(object, QStringLiteral("due"), at);
        action.doneOn = optionalDate(object, QStringLiteral("doneOn"), at);
        action.category = enumValue(object, QStringLiteral("category"), at, ActionCategory::None,
                                    &actionCategoryFromKey, "process, technology, training");
        action.horizon = enumValue(object, QStringLiteral("horizon"), at, ActionHorizon::None,
                                   &actionHorizonFromKey, "short, medium, long");
        action.status = enumValue(object, QStringLiteral("status"), at, ActionStatus::Open, &actionStatusFromKey,
                                  "open, in-progress, done");
        action.cardIds = cardReferences(object, QStringLiteral("cards"), at, m_cardIds, tr("no card \"%1\""));
        action.eventIds = cardReferences(object, QStringLiteral("events"), at, m_eventIds,
                                         tr("no timeline event \"%1\""));
        action.link = optionalString(object, QStringLiteral("link"), at);
        m_session.actions.append(action);
    }
    // Version 1 actions have no ids; number them around the ones a document gave.
    int next = 1;
    for (ActionItem &action : m_session.actions) {
        while (action.id.isEmpty()) {
            const QString candidate = QStringLiteral("a%1").arg(next++);
            if (!explicitIds.contains(candidate))
                action.id = candidate;
        }
    }
}

void SessionJsonReader::readDismissedFindings(const QJsonObject &session, const QString &sessionPath)
{
    const QString path = member(sessionPath, QStringLiteral("dismissedFindings"));
    const QJsonArray array = limitedArray(session, QStringLiteral("dismissedFindings"), sessionPath,
                                          SessionLimits::List::DismissedFindings);
    for (int i = 0; i < array.size(); ++i) {
        const QString at = element(path, i);
        const QJsonObject object = requireObject(array.at(i), at);
        DismissedFinding finding;
        finding.checkId = requireId(object, QStringLiteral("check"), at);
        finding.itemId = requireId(object, QStringLiteral("item"), at);
        finding.reason = optionalString(object, QStringLiteral("reason"), at);
        m_session.dismissedFindings.append(finding);
    }
}

// Ideas without an id are numbered once every other id is known (see readSession()).
void SessionJsonReader::readParkingLot(const QJsonObject &session, const QString &sessionPath)
{
    const QString path = member(sessionPath, QStringLiteral("parkingLot"));
    const QJsonArray array = limitedArray(session, QStringLiteral("parkingLot"), sessionPath,
                                          SessionLimits::List::ParkedIdeas);
    QHash<QString, QString> pathOfId;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = element(path, i);
        const QJsonObject object = requireObject(array.at(i), at);
        ParkedIdea idea;
        idea.id = optionalUniqueId(object, at, pathOfId);
        idea.text = requireString(object, QStringLiteral("text"), at);
        m_session.parkingLot.append(idea);
    }
}

// The order of the links as the session kept them, when it differs from the cards' order;
// without it links come back grouped by cause.
void SessionJsonReader::readLinkOrder(const QJsonObject &session, const QString &sessionPath)
{
    const QString path = member(sessionPath, QStringLiteral("linkOrder"));
    const QJsonArray array = limitedArray(session, QStringLiteral("linkOrder"), sessionPath, SessionLimits::List::Links);
    if (array.isEmpty())
        return;
    QList<CausalLink> ordered;
    QSet<int> used;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = element(path, i);
        const QJsonArray pair = array.at(i).toArray();
        if (!array.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return fail(at, tr("expected a pair of card ids [cause, effect]"));
        const int index = m_session.indexOfLink(pair.at(0).toString(), pair.at(1).toString());
        if (index < 0)
            return fail(at, tr("no card \"%1\" explains \"%2\"").arg(pair.at(0).toString(), pair.at(1).toString()));
        if (used.contains(index))
            return fail(at, tr("this link is listed twice"));
        used.insert(index);
        ordered.append(m_session.links.at(index));
    }
    if (ordered.size() != m_session.links.size())
        return fail(path, tr("lists %1 of the %2 links").arg(ordered.size()).arg(m_session.links.size()));
    m_session.links = ordered;
}

} // namespace Whyboard
