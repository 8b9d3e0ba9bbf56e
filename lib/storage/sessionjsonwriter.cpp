// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sessionjsonwriter.h"

#include "storage/sessionjsonformat.h"

#include "data/sessionlimits.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Whyboard {

namespace {

// One ranking serves every object of the format: the orders of session, card, event,
// action, participant and impact keys happen to be compatible. Unknown keys go last, sorted.
int keyRank(const QString &key)
{
    static const QStringList order{
        QStringLiteral("format"),       QStringLiteral("version"),     QStringLiteral("session"),
        QStringLiteral("id"),           QStringLiteral("title"),       QStringLiteral("summary"),
        QStringLiteral("severity"),     QStringLiteral("name"),        QStringLiteral("roles"),
        QStringLiteral("at"),           QStringLiteral("kind"),        QStringLiteral("text"),
        QStringLiteral("evidence"),     QStringLiteral("verified"),    QStringLiteral("explains"),
        QStringLiteral("readBack"),     QStringLiteral("noAction"),    QStringLiteral("x"),           QStringLiteral("y"),
        QStringLiteral("owner"),        QStringLiteral("due"),         QStringLiteral("doneOn"),
        QStringLiteral("category"),     QStringLiteral("tags"),
        QStringLiteral("horizon"),      QStringLiteral("status"),      QStringLiteral("startedAt"),
        QStringLiteral("detectedAt"),   QStringLiteral("resolvedAt"),  QStringLiteral("impact"),
        QStringLiteral("description"),  QStringLiteral("usersAffected"), QStringLiteral("costPerMinute"),
        QStringLiteral("currency"),     QStringLiteral("facilitator"), QStringLiteral("participants"),
        QStringLiteral("cards"),        QStringLiteral("events"),      QStringLiteral("timeline"),
        QStringLiteral("actions"),      QStringLiteral("link"),        QStringLiteral("dismissedFindings"),
        QStringLiteral("check"),        QStringLiteral("item"),        QStringLiteral("reason"),
        QStringLiteral("linkOrder"),    QStringLiteral("parkingLot"),  QStringLiteral("lastItemNumber"),
    };
    const int rank = int(order.indexOf(key));
    return rank < 0 ? int(order.size()) : rank;
}

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += QByteArray("\\u00") + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

void appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += '0';
        return;
    }
    // Whole numbers up to 2^53 print as integers ("250", not "250.0" or "2.5e+02").
    if (value == std::floor(value) && std::fabs(value) <= 9007199254740992.0)
        out += QByteArray::number(qint64(value));
    else
        out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

bool isScalar(const QJsonValue &value)
{
    return !value.isArray() && !value.isObject();
}

void appendValue(QByteArray &out, const QJsonValue &value, int depth)
{
    const QByteArray indent(2 * (depth + 1), ' ');
    const QByteArray closing(2 * depth, ' ');
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        // Lists of ids and roles read best on one line.
        if (std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return isScalar(v); })) {
            out += '[';
            for (int i = 0; i < array.size(); ++i) {
                if (i)
                    out += ", ";
                appendValue(out, array.at(i), depth + 1);
            }
            out += ']';
            return;
        }
        out += "[\n";
        for (int i = 0; i < array.size(); ++i) {
            out += indent;
            appendValue(out, array.at(i), depth + 1);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += closing + ']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            const int ra = keyRank(a);
            const int rb = keyRank(b);
            return ra != rb ? ra < rb : a < b;
        });
        out += "{\n";
        for (int i = 0; i < keys.size(); ++i) {
            out += indent;
            appendString(out, keys.at(i));
            out += ": ";
            appendValue(out, object.value(keys.at(i)), depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closing + '}';
        return;
    }
    }
}

void insertIfNotEmpty(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject impactObject(const Impact &impact)
{
    QJsonObject object;
    insertIfNotEmpty(object, QStringLiteral("description"), impact.description);
    if (impact.usersAffected)
        object.insert(QStringLiteral("usersAffected"), *impact.usersAffected);
    if (impact.costPerMinute)
        object.insert(QStringLiteral("costPerMinute"), *impact.costPerMinute);
    insertIfNotEmpty(object, QStringLiteral("currency"), impact.currency);
    return object;
}

QJsonArray participantsArray(const Session &session)
{
    QJsonArray array;
    for (const Participant &participant : session.participants) {
        QJsonArray roles;
        for (const ParticipantRole role : allParticipantRoles()) {
            if (participant.roles.testFlag(role))
                roles.append(keyOf(role));
        }
        array.append(QJsonObject{{QStringLiteral("id"), participant.id},
                                 {QStringLiteral("name"), participant.name},
                                 {QStringLiteral("roles"), roles}});
    }
    return array;
}

// Link indexes by cause, in the session's order; saves a scan of all links per card.
QHash<QString, QList<int>> linksByCause(const Session &session)
{
    QHash<QString, QList<int>> result;
    for (int i = 0; i < session.links.size(); ++i)
        result[session.links.at(i).causeId].append(i);
    return result;
}

QJsonArray cardsArray(const Session &session, const QHash<QString, QList<int>> &byCause)
{
    QJsonArray array;
    for (const Card &card : session.cards) {
        QJsonObject object{{QStringLiteral("id"), card.id},
                           {QStringLiteral("kind"), keyOf(card.kind)},
                           {QStringLiteral("text"), card.text},
                           {QStringLiteral("verified"), card.verified},
                           {QStringLiteral("x"), card.position.x()},
                           {QStringLiteral("y"), card.position.y()}};
        insertIfNotEmpty(object, QStringLiteral("evidence"), card.evidence);
        insertIfNotEmpty(object, QStringLiteral("category"), card.category);
        if (!card.tags.isEmpty())
            object.insert(QStringLiteral("tags"), stringArray(card.tags));
        if (card.kind == CardKind::Why && card.noActionAccepted) {
            QJsonObject noAction;
            insertIfNotEmpty(noAction, QStringLiteral("reason"), card.noActionReason);
            object.insert(QStringLiteral("noAction"), noAction);
        }
        if (card.kind == CardKind::Why) {
            QStringList effects;
            QJsonObject readBack;
            for (const int index : byCause.value(card.id)) {
                const CausalLink &link = session.links.at(index);
                effects.append(link.effectId);
                if (link.verdict != ReadBackVerdict::NotChecked)
                    readBack.insert(link.effectId, keyOf(link.verdict));
            }
            object.insert(QStringLiteral("explains"), stringArray(effects));
            if (!readBack.isEmpty())
                object.insert(QStringLiteral("readBack"), readBack);
        }
        array.append(object);
    }
    return array;
}

QJsonArray timelineArray(const Session &session)
{
    QJsonArray array;
    for (const TimelineEvent &event : session.timeline) {
        QJsonObject object{{QStringLiteral("id"), event.id},
                           {QStringLiteral("at"), event.at.isValid() ? QJsonValue(SessionJsonFormat::formatDateTime(event.at))
                                                                     : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("kind"), keyOf(event.kind)},
                           {QStringLiteral("text"), event.text}};
        if (!event.cardIds.isEmpty())
            object.insert(QStringLiteral("cards"), stringArray(event.cardIds));
        array.append(object);
    }
    return array;
}

QJsonArray actionsArray(const Session &session)
{
    QJsonArray array;
    for (const ActionItem &action : session.actions) {
        QJsonObject object{{QStringLiteral("id"), action.id},
                           {QStringLiteral("text"), action.text},
                           {QStringLiteral("status"), keyOf(action.status)}};
        insertIfNotEmpty(object, QStringLiteral("owner"), action.owner);
        if (action.due.isValid())
            object.insert(QStringLiteral("due"), action.due.toString(QStringLiteral("yyyy-MM-dd")));
        if (action.doneOn.isValid())
            object.insert(QStringLiteral("doneOn"), action.doneOn.toString(QStringLiteral("yyyy-MM-dd")));
        insertIfNotEmpty(object, QStringLiteral("category"), keyOf(action.category));
        insertIfNotEmpty(object, QStringLiteral("horizon"), keyOf(action.horizon));
        if (!action.cardIds.isEmpty())
            object.insert(QStringLiteral("cards"), stringArray(action.cardIds));
        if (!action.eventIds.isEmpty())
            object.insert(QStringLiteral("events"), stringArray(action.eventIds));
        insertIfNotEmpty(object, QStringLiteral("link"), action.link);
        array.append(object);
    }
    return array;
}

QJsonArray dismissedArray(const Session &session)
{
    QJsonArray array;
    for (const DismissedFinding &finding : session.dismissedFindings) {
        QJsonObject object{{QStringLiteral("check"), finding.checkId}, {QStringLiteral("item"), finding.itemId}};
        insertIfNotEmpty(object, QStringLiteral("reason"), finding.reason);
        array.append(object);
    }
    return array;
}

QJsonArray parkingLotArray(const Session &session)
{
    QJsonArray array;
    for (const ParkedIdea &idea : session.parkingLot)
        array.append(QJsonObject{{QStringLiteral("id"), idea.id}, {QStringLiteral("text"), idea.text}});
    return array;
}

// Readers rebuild the links grouped by cause in card order; only a session that keeps them
// in another order needs to say so.
QJsonArray linkOrderArray(const Session &session, const QHash<QString, QList<int>> &byCause)
{
    QList<int> grouped;
    for (const Card &card : session.cards)
        grouped.append(byCause.value(card.id));
    bool inOrder = grouped.size() == session.links.size();
    for (int i = 0; inOrder && i < grouped.size(); ++i)
        inOrder = grouped.at(i) == i;
    if (inOrder)
        return {};
    QJsonArray array;
    for (const CausalLink &link : session.links)
        array.append(QJsonArray{link.causeId, link.effectId});
    return array;
}

} // namespace

QByteArray SessionJsonWriter::write(const Session &session)
{
    const QHash<QString, QList<int>> byCause = linksByCause(session);
    QJsonObject object{{QStringLiteral("title"), session.title},
                       {QStringLiteral("status"), keyOf(session.status)},
                       {QStringLiteral("participants"), participantsArray(session)},
                       {QStringLiteral("cards"), cardsArray(session, byCause)},
                       {QStringLiteral("timeline"), timelineArray(session)},
                       {QStringLiteral("actions"), actionsArray(session)}};
    insertIfNotEmpty(object, QStringLiteral("summary"), session.summary);
    if (session.severity >= 1 && session.severity <= 4)
        object.insert(QStringLiteral("severity"), session.severity);
    insertIfNotEmpty(object, QStringLiteral("startedAt"), SessionJsonFormat::formatDateTime(session.startedAt));
    insertIfNotEmpty(object, QStringLiteral("detectedAt"), SessionJsonFormat::formatDateTime(session.detectedAt));
    insertIfNotEmpty(object, QStringLiteral("resolvedAt"), SessionJsonFormat::formatDateTime(session.resolvedAt));
    const QJsonObject impact = impactObject(session.impact);
    if (!impact.isEmpty())
        object.insert(QStringLiteral("impact"), impact);
    insertIfNotEmpty(object, QStringLiteral("facilitator"), session.facilitator);
    if (!session.dismissedFindings.isEmpty())
        object.insert(QStringLiteral("dismissedFindings"), dismissedArray(session));
    if (!session.parkingLot.isEmpty())
        object.insert(QStringLiteral("parkingLot"), parkingLotArray(session));
    const QJsonArray linkOrder = linkOrderArray(session, byCause);
    if (!linkOrder.isEmpty())
        object.insert(QStringLiteral("linkOrder"), linkOrder);
    // Only when numbers beyond the ones in use were handed out: a reader starts past those.
    if (session.lastItemNumber > session.highestItemNumber())
        object.insert(QStringLiteral("lastItemNumber"), session.lastItemNumber);

    const QJsonObject root{{QStringLiteral("format"), SessionJsonFormat::formatName()},
                           {QStringLiteral("version"), SessionJsonFormat::currentVersion},
                           {QStringLiteral("session"), object}};
    QByteArray out;
    appendValue(out, root, 0);
    out += '\n';
    return out;
}

} // namespace Whyboard

namespace Whyboard {

namespace {

bool timeFits(const QDateTime &time)
{
    // The format writes the time in its own offset with a four-digit year.
    if (!time.isValid())
        return true;
    const QDateTime local = time.toOffsetFromUtc(time.offsetFromUtc());
    return SessionLimits::isDateAllowed(local.date());
}

} // namespace

QString SessionJsonWriter::unwritable(const Session &s)
{
    const auto unknown = [](const QString &what, int value) {
        return tr("%1 holds the value %2, which the session format has no name for").arg(what).arg(value);
    };
    if (!isKnown(s.status))
        return unknown(tr("the session's status"), int(s.status));
    if (s.severity < 0 || s.severity > 4)
        return unknown(tr("the session's severity"), s.severity);
    for (const QDateTime &time : {s.startedAt, s.detectedAt, s.resolvedAt}) {
        if (!timeFits(time))
            return tr("a session time is outside the years %1 to %2").arg(SessionLimits::firstYear).arg(SessionLimits::lastYear);
    }
    if ((s.impact.usersAffected && *s.impact.usersAffected < 0)
        || (s.impact.costPerMinute && !(std::isfinite(*s.impact.costPerMinute) && *s.impact.costPerMinute >= 0)))
        return tr("the impact holds a negative or unknown figure");
    for (const Participant &participant : s.participants) {
        if (!isKnown(participant.roles))
            return unknown(tr("participant %1's roles").arg(participant.id), participant.roles.toInt());
    }
    for (const Card &card : s.cards) {
        if (!isKnown(card.kind))
            return unknown(tr("card %1's kind").arg(card.id), int(card.kind));
    }
    for (const CausalLink &link : s.links) {
        if (!isKnown(link.verdict))
            return unknown(tr("the verdict on %1 → %2").arg(link.causeId, link.effectId), int(link.verdict));
    }
    for (const TimelineEvent &event : s.timeline) {
        if (!isKnown(event.kind))
            return unknown(tr("timeline event %1's kind").arg(event.id), int(event.kind));
        if (!timeFits(event.at))
            return tr("timeline event %1 is outside the years %2 to %3")
                .arg(event.id)
                .arg(SessionLimits::firstYear)
                .arg(SessionLimits::lastYear);
    }
    for (const ActionItem &action : s.actions) {
        if (!isKnown(action.category))
            return unknown(tr("action item %1's category").arg(action.id), int(action.category));
        if (!isKnown(action.horizon))
            return unknown(tr("action item %1's horizon").arg(action.id), int(action.horizon));
        if (!isKnown(action.status))
            return unknown(tr("action item %1's status").arg(action.id), int(action.status));
        if (action.doneOn.isValid() && !SessionLimits::isDateAllowed(action.doneOn))
            return tr("action item %1 was done outside the years %2 to %3")
                .arg(action.id)
                .arg(SessionLimits::firstYear)
                .arg(SessionLimits::lastYear);
        if (action.due.isValid() && !SessionLimits::isDateAllowed(action.due))
            return tr("action item %1 is due outside the years %2 to %3")
                .arg(action.id)
                .arg(SessionLimits::firstYear)
                .arg(SessionLimits::lastYear);
    }
    return {};
}

} // namespace Whyboard
