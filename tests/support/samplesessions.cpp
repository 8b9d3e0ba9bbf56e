// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesessions.h"

#include "analysis/cardplacement.h"
#include "storage/sessionjsonformat.h"

#include <QFile>

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace Whyboard::Test {

namespace {

QDateTime at(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate); }

Card card(const QString &id, CardKind kind, const QString &text, const QString &evidence, bool verified,
          QPointF position)
{
    Card c;
    c.id = id;
    c.kind = kind;
    c.text = text;
    c.evidence = evidence;
    c.verified = verified;
    c.position = position;
    return c;
}

// Words for generated texts, mixing scripts so every consumer meets non-Latin text.
const QStringList &words()
{
    static const QStringList list{
        QStringLiteral("deploy"),  QStringLiteral("cache"),    QStringLiteral("timeout"),
        QStringLiteral("retry"),   QStringLiteral("config"),   QStringLiteral("rollback"),
        QStringLiteral("alert"),   QStringLiteral("quota"),    QStringLiteral("Ünïcödé"),
        QStringLiteral("数据库"),  QStringLiteral("שרת"),      QStringLiteral("🔥"),
        QStringLiteral("löschen"), QStringLiteral("負荷"),     QStringLiteral("خادم"),
        QStringLiteral("DNS"),     QStringLiteral("migration"), QStringLiteral("on-call"),
    };
    return list;
}

QString randomText(QRandomGenerator &random, int minWords, int maxWords)
{
    const int count = random.bounded(minWords, maxWords + 1);
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts.append(words().at(random.bounded(int(words().size()))));
    QString text = parts.join(QLatin1Char(' '));
    if (random.bounded(8) == 0)
        text += QStringLiteral("\nsecond line");
    return text;
}

// A few distinct items of the list, in list order, chosen at random.
QStringList randomSubset(QRandomGenerator &random, const QStringList &from, int maxCount)
{
    QStringList result;
    if (from.isEmpty())
        return result;
    const int count = random.bounded(maxCount + 1);
    for (int i = 0; i < count; ++i) {
        const QString pick = from.at(random.bounded(int(from.size())));
        if (!result.contains(pick))
            result.append(pick);
    }
    return result;
}

} // namespace

Session fixtureSession(const QString &relativePath)
{
    QFile file(QStringLiteral(WHYBOARD_FIXTURES_DIR "/") + relativePath + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    SessionJsonFormat::ReadResult result = SessionJsonFormat::read(file.readAll());
    if (!result.session)
        return {};
    CardPlacement::placeUnpositionedCards(*result.session, result.unpositioned);
    return *result.session;
}

Session richSampleSession()
{
    Session s;
    s.title = QStringLiteral("Checkout down 🔥 — 結帳中斷 / תקלה בתשלום");
    s.summary = QStringLiteral("Payments failed for 47 minutes.\nA config push removed the "
                               "\"payments\" route.\n\nמערכת התשלומים נפלה. 支付系统宕机。");
    s.severity = 2;
    s.status = SessionStatus::Reviewed;
    s.startedAt = at("2026-03-04T18:30:00-07:00");
    s.detectedAt = at("2026-03-05T07:12:30+05:30");
    s.resolvedAt = at("2026-03-05T02:17:00Z");
    s.impact.description = QStringLiteral("Customers could not pay; 🛒 carts abandoned.\nRefunds issued.");
    s.impact.usersAffected = 123456;
    s.impact.costPerMinute = 1250.75;
    s.impact.currency = QStringLiteral("EUR");
    s.facilitator = QStringLiteral("Zoë Ødegård");

    s.participants = {
        {QStringLiteral("u1"), QStringLiteral("Ana María"), ParticipantRole::Introduced | ParticipantRole::Debugged},
        {QStringLiteral("u2"), QStringLiteral("王小明"), ParticipantRole::Identified | ParticipantRole::Responded
                                                              | ParticipantRole::Debugged},
        {QStringLiteral("u3"), QStringLiteral("דנה כהן"), ParticipantRoles(ParticipantRole::Interested)},
        {QStringLiteral("u4"), QStringLiteral("Sam 🙂"), ParticipantRoles()},
    };

    s.cards = {
        card(QStringLiteral("c1"), CardKind::Problem, QStringLiteral("Checkout returned 503 for 47 minutes"),
             QStringLiteral("Status page, 503 graph"), true, QPointF(0, 0)),
        card(QStringLiteral("c2"), CardKind::Why, QStringLiteral("The load balancer had no route for /pay"),
             QStringLiteral("LB config diff\nline 212"), true, QPointF(-220.5, 160)),
        card(QStringLiteral("c3"), CardKind::Why, QStringLiteral("Alerts paged nobody 🔕"), QString(), false,
             QPointF(240, 160.25)),
        card(QStringLiteral("c4"), CardKind::Why, QStringLiteral("配置推送没有经过评审"),
             QStringLiteral("Push log"), false, QPointF(0, 320)),
        card(QStringLiteral("c5"), CardKind::Why, QStringLiteral("ההגדרות נערכו ידנית"), QString(), true,
             QPointF(-200, 480)),
        card(QStringLiteral("c6"), CardKind::Why, QStringLiteral("The pager rota was empty that week"),
             QStringLiteral("Rota export"), false, QPointF(260, 320)),
    };
    // c4 is the shared cause: it explains both c2 and c3.
    s.links = {
        {QStringLiteral("c2"), QStringLiteral("c1"), ReadBackVerdict::Holds},
        {QStringLiteral("c3"), QStringLiteral("c1"), ReadBackVerdict::DoesNotHold},
        {QStringLiteral("c4"), QStringLiteral("c2"), ReadBackVerdict::Holds},
        {QStringLiteral("c4"), QStringLiteral("c3"), ReadBackVerdict::NotChecked},
        {QStringLiteral("c5"), QStringLiteral("c4"), ReadBackVerdict::NotChecked},
        {QStringLiteral("c6"), QStringLiteral("c3"), ReadBackVerdict::Holds},
    };

    s.timeline = {
        {QStringLiteral("e1"), at("2026-03-04T18:30:00-07:00"), EventKind::Trigger,
         QStringLiteral("Config push #4411"), {QStringLiteral("c4")}},
        {QStringLiteral("e2"), at("2026-03-05T07:12:30+05:30"), EventKind::Detection,
         QStringLiteral("Customer tweet 🐦\n\"can't pay\""), {QStringLiteral("c3"), QStringLiteral("c6")}},
        {QStringLiteral("e3"), at("2026-03-05T01:50:00Z"), EventKind::Escalation,
         QStringLiteral("הוסלם לצוות התשלומים"), {}},
        {QStringLiteral("e4"), at("2026-03-05T02:05:00+01:00"), EventKind::Mitigation,
         QStringLiteral("回滚配置"), {QStringLiteral("c2")}},
        {QStringLiteral("e5"), at("2026-03-05T02:17:00Z"), EventKind::Resolution,
         QStringLiteral("Route restored"), {QStringLiteral("c2")}},
        {QStringLiteral("e6"), QDateTime(), EventKind::Note, QStringLiteral("Time unknown: chat log lost"), {}},
    };

    ActionItem review;
    review.id = QStringLiteral("a1");
    review.text = QStringLiteral("Require review for LB config pushes\n(two approvers)");
    review.owner = QStringLiteral("王小明");
    review.due = QDate(2026, 4, 1);
    review.category = ActionCategory::Process;
    review.horizon = ActionHorizon::Short;
    review.status = ActionStatus::InProgress;
    review.cardIds = {QStringLiteral("c4"), QStringLiteral("c5")};
    review.eventIds = {QStringLiteral("e1")};
    review.link = QStringLiteral("https://tracker.example/PAY-101?x=1&y=ü");
    ActionItem rota;
    rota.id = QStringLiteral("a2");
    rota.text = QStringLiteral("Pager rota check 📟");
    rota.owner = QStringLiteral("דנה כהן");
    rota.due = QDate(2026, 12, 31);
    rota.category = ActionCategory::Technology;
    rota.horizon = ActionHorizon::Long;
    rota.status = ActionStatus::Done;
    rota.cardIds = {QStringLiteral("c6")};
    rota.eventIds = {QStringLiteral("e2"), QStringLiteral("e3")};
    rota.link = QStringLiteral("https://tracker.example/OPS-7");
    ActionItem training;
    training.id = QStringLiteral("a3");
    training.text = QStringLiteral("Runbook drill");
    training.category = ActionCategory::Training;
    training.horizon = ActionHorizon::Medium;
    s.actions = {review, rota, training};

    s.dismissedFindings = {
        {QStringLiteral("shallow"), QStringLiteral("c6"), QStringLiteral("Rota ownership is out of scope — 範囲外")},
    };
    // Already covered by a1; the room still said why it needs nothing of its own.
    s.cards[4].noActionAccepted = true;
    s.cards[4].noActionReason = QStringLiteral("Manual edits end with the review (a1) — לא נדרש");
    s.parkingLot = {
        {QStringLiteral("i-probe"), QStringLiteral("We should add a synthetic checkout probe")},
        {QStringLiteral("i-regions"), QStringLiteral("Dashboards per region 🌍")},
    };
    return s;
}

Session randomSession(quint32 seed, int cardCount, int eventCount, int actionCount)
{
    QRandomGenerator random(seed);
    Session s;
    s.title = randomText(random, 2, 6);
    s.summary = randomText(random, 5, 20);
    s.severity = random.bounded(5);
    s.status = static_cast<SessionStatus>(random.bounded(3));
    const qint64 start = 1'700'000'000'000LL + random.bounded(1'000'000) * 1000LL;
    const int offsets[] = {-7 * 3600, 0, 3600, 5 * 3600 + 1800, 9 * 3600};
    auto randomTime = [&](qint64 from, int spanMs) {
        const qint64 msecs = from + random.bounded(spanMs);
        return zonedTimeFromParts(msecs, offsets[random.bounded(5)]);
    };
    s.startedAt = randomTime(start, 1);
    s.detectedAt = randomTime(start, 3'600'000);
    if (random.bounded(4) != 0)
        s.resolvedAt = randomTime(start + 3'600'000, 3'600'000);
    s.impact.description = randomText(random, 0, 8);
    if (random.bounded(2))
        s.impact.usersAffected = random.bounded(1'000'000);
    if (random.bounded(2))
        s.impact.costPerMinute = random.bounded(100'000) / 4.0;
    s.impact.currency = random.bounded(2) ? QStringLiteral("USD") : QString();
    s.facilitator = randomText(random, 1, 2);

    const int participantCount = random.bounded(5);
    for (int i = 1; i <= participantCount; ++i)
        s.participants.append({QStringLiteral("u%1").arg(i), randomText(random, 1, 2),
                               ParticipantRoles::fromInt(random.bounded(32))});

    QStringList cardIds;
    for (int i = 1; i <= cardCount; ++i) {
        const QString id = QStringLiteral("c%1").arg(i);
        const CardKind kind = i == 1 ? CardKind::Problem : CardKind::Why;
        // Sequenced one by one: argument evaluation order would make the result compiler-dependent.
        const QString text = randomText(random, 1, 10);
        const QString evidence = random.bounded(3) ? QString() : randomText(random, 1, 5);
        const bool verified = random.bounded(2);
        const double x = random.bounded(4000) - 2000;
        const double y = random.bounded(3000);
        s.cards.append(card(id, kind, text, evidence, verified, QPointF(x, y)));
        // Each why explains one or two earlier cards, which already reach the problem: a DAG.
        if (i > 1) {
            const QStringList effects = randomSubset(random, cardIds, 2);
            const QStringList chosen = effects.isEmpty() ? QStringList{cardIds.at(random.bounded(int(cardIds.size())))}
                                                         : effects;
            for (const QString &effect : chosen)
                s.links.append({id, effect, static_cast<ReadBackVerdict>(random.bounded(3))});
        }
        cardIds.append(id);
    }
    const QStringList whyIds = cardIds.mid(1);

    QStringList eventIds;
    for (int i = 1; i <= eventCount; ++i) {
        const QString id = QStringLiteral("e%1").arg(i);
        const QDateTime time = randomTime(start, 7'200'000);
        s.timeline.append({id, time, static_cast<EventKind>(random.bounded(6)), randomText(random, 1, 12),
                           randomSubset(random, whyIds, 3)});
        eventIds.append(id);
    }

    for (int i = 1; i <= actionCount; ++i) {
        ActionItem action;
        action.id = QStringLiteral("a%1").arg(i);
        action.text = randomText(random, 2, 10);
        action.owner = random.bounded(2) ? randomText(random, 1, 2) : QString();
        if (random.bounded(2))
            action.due = QDate(2026, 1, 1).addDays(random.bounded(365));
        action.category = static_cast<ActionCategory>(random.bounded(4));
        action.horizon = static_cast<ActionHorizon>(random.bounded(4));
        action.status = static_cast<ActionStatus>(random.bounded(3));
        action.cardIds = randomSubset(random, whyIds, 3);
        action.eventIds = randomSubset(random, eventIds, 2);
        if (random.bounded(2))
            action.link = QStringLiteral("https://tracker.example/T-%1").arg(random.bounded(10000));
        s.actions.append(action);
    }

    if (!whyIds.isEmpty() && random.bounded(2))
        s.dismissedFindings.append({QStringLiteral("shallow"), whyIds.first(), randomText(random, 2, 6)});
    return s;
}

Session chainSession(int depth)
{
    Session s;
    s.title = QStringLiteral("Chain of %1 whys").arg(depth);
    s.cards.append(card(QStringLiteral("c1"), CardKind::Problem, QStringLiteral("The problem"), QString(), false,
                        QPointF(0, 0)));
    for (int i = 2; i <= depth + 1; ++i) {
        s.cards.append(card(QStringLiteral("c%1").arg(i), CardKind::Why, QStringLiteral("Why %1").arg(i - 1),
                            QString(), false, QPointF(0, 160.0 * (i - 1))));
        s.links.append({QStringLiteral("c%1").arg(i), QStringLiteral("c%1").arg(i - 1), ReadBackVerdict::NotChecked});
    }
    return s;
}

QString chainDefect(const Session &session)
{
    int problems = 0;
    for (const Card &c : session.cards)
        problems += c.kind == CardKind::Problem ? 1 : 0;
    if (problems > 1)
        return QStringLiteral("%1 problem cards").arg(problems);
    // Kahn's algorithm: the links are acyclic exactly when every card can be peeled off.
    QHash<QString, int> unexplainedCauses;
    QHash<QString, QStringList> causesByEffect;
    for (const Card &c : session.cards)
        unexplainedCauses.insert(c.id, 0);
    for (const CausalLink &link : session.links) {
        if (!unexplainedCauses.contains(link.causeId) || !unexplainedCauses.contains(link.effectId))
            return QStringLiteral("link %1 -> %2 has a missing end").arg(link.causeId, link.effectId);
        ++unexplainedCauses[link.causeId];
        causesByEffect[link.effectId].append(link.causeId);
    }
    QStringList ready;
    for (auto it = unexplainedCauses.cbegin(); it != unexplainedCauses.cend(); ++it) {
        if (it.value() == 0)
            ready.append(it.key());
    }
    int peeled = 0;
    while (!ready.isEmpty()) {
        const QString effect = ready.takeLast();
        ++peeled;
        for (const QString &cause : causesByEffect.value(effect)) {
            if (--unexplainedCauses[cause] == 0)
                ready.append(cause);
        }
    }
    if (peeled != session.cards.size())
        return QStringLiteral("the links form a cycle");
    const Card *problem = session.problemCard();
    if (!problem)
        return session.cards.isEmpty() ? QString() : QStringLiteral("whys without a problem card");
    // Walk backwards from the problem: every card must be reached.
    QSet<QString> reached{problem->id};
    QStringList pending{problem->id};
    while (!pending.isEmpty()) {
        for (const QString &cause : causesByEffect.value(pending.takeLast())) {
            if (!reached.contains(cause)) {
                reached.insert(cause);
                pending.append(cause);
            }
        }
    }
    for (const Card &c : session.cards) {
        if (!reached.contains(c.id))
            return QStringLiteral("%1 does not reach the problem").arg(c.id);
    }
    return {};
}

namespace {

template<typename List>
QString listDifference(const char *name, const List &actual, const List &expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1: %2 items, expected %3").arg(QLatin1String(name)).arg(actual.size()).arg(expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        if (actual.at(i) != expected.at(i))
            return QStringLiteral("%1[%2] differs").arg(QLatin1String(name)).arg(i);
    }
    return {};
}

} // namespace

QString sessionDifference(const Session &actual, const Session &expected)
{
    if (actual == expected)
        return {};
    const QString lists[] = {
        listDifference("participants", actual.participants, expected.participants),
        listDifference("cards", actual.cards, expected.cards),
        listDifference("links", actual.links, expected.links),
        listDifference("timeline", actual.timeline, expected.timeline),
        listDifference("actions", actual.actions, expected.actions),
        listDifference("dismissedFindings", actual.dismissedFindings, expected.dismissedFindings),
        listDifference("parkingLot", actual.parkingLot, expected.parkingLot),
    };
    for (const QString &difference : lists) {
        if (!difference.isEmpty())
            return difference;
    }
    return QStringLiteral("a scalar field (title, times, impact, ...) differs");
}

} // namespace Whyboard::Test
