// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedlibrary.h"

#include "storage/library.h"

#include <QRandomGenerator>
#include <QStringList>

#include <cmath>

namespace Whyboard::Test {

namespace {

const char *const services[] = {"checkout", "payments", "search", "login", "image-cdn", "notifications", "reports"};
const char *const failures[] = {"returned errors", "was slow", "was down", "lost messages", "served stale data",
                                "rejected logins"};
const char *const causes[] = {
    "a configuration change was deployed to every region at once",
    "the connection pool was sized for last year's traffic",
    "the upstream provider changed its rate limits without notice",
    "the alert fired only after the queue was full",
    "the on-call engineer had no access to the production console",
    "only one person knew how the failover worked",
    "the runbook step was skipped under time pressure",
    "the service retried without backoff and amplified the load",
    "the certificate renewal was a manual calendar reminder",
    "the dashboard showed averages that hid the slow requests",
};
const char *const categories[] = {"change", "capacity", "dependency", "detection", "access", "knowledge", "process", "design"};
const char *const teams[] = {"team-platform", "team-web", "team-data", "team-mobile"};
const char *const owners[] = {"Ana Souza", "Ben Okafor", "Chloé Martin", "Dmitri Ivanov", "Elif Yılmaz", "Farah Haddad"};

template<std::size_t N>
QString pick(QRandomGenerator &random, const char *const (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(int(N))]);
}

// Minutes with a long tail: most incidents are short, a few run for days.
qint64 tailedMinutes(QRandomGenerator &random, double typical)
{
    const double u = std::max(1e-6, random.generateDouble());
    double minutes = typical * std::exp(0.9 * std::sqrt(-2 * std::log(u)) * std::cos(6.283185 * random.generateDouble()));
    if (random.bounded(20) == 0)
        minutes *= 12; // the outlier a mean alone would make a trend of
    return std::max<qint64>(1, qint64(minutes));
}

Session generated(QRandomGenerator &random, int index, const QDate &lastDay)
{
    Session s;
    const QString service = pick(random, services);
    s.title = QStringLiteral("%1 %2").arg(service, pick(random, failures));
    s.summary = QStringLiteral("Generated incident %1 of the %2 service.").arg(index + 1).arg(service);
    const int roll = random.bounded(100);
    s.severity = roll < 10 ? 1 : roll < 35 ? 2 : roll < 75 ? 3 : roll < 95 ? 4 : 0;
    const int ageDays = random.bounded(730);
    const QDate day = lastDay.addDays(-ageDays);
    s.status = ageDays > 60 ? SessionStatus::Published : ageDays > 20 ? SessionStatus::Reviewed : SessionStatus::Draft;
    const int offset = QList<int>{0, 3600, -7 * 3600, 5 * 3600 + 1800}.at(random.bounded(4));
    s.startedAt = QDateTime(day, QTime(random.bounded(24), random.bounded(60)), Qt::OffsetFromUTC, offset);
    const qint64 detect = tailedMinutes(random, 12);
    const qint64 resolve = detect + tailedMinutes(random, s.severity == 1 ? 180 : 75);
    if (random.bounded(10) != 0)
        s.detectedAt = s.startedAt.addSecs(detect * 60);
    if (random.bounded(20) != 0)
        s.resolvedAt = s.startedAt.addSecs(resolve * 60);
    if (random.bounded(10) < 7) {
        s.impact.costPerMinute = double(10 * (1 + random.bounded(120)));
        s.impact.currency = random.bounded(6) == 0 ? QStringLiteral("EUR") : QStringLiteral("USD");
    }
    s.impact.usersAffected = qint64(random.bounded(200000));
    s.impact.description = QStringLiteral("Users of %1 were affected.").arg(service);
    s.facilitator = pick(random, owners);

    Card problem;
    problem.id = QStringLiteral("c1");
    problem.kind = CardKind::Problem;
    problem.text = s.title;
    s.cards.append(problem);
    const int whys = 3 + random.bounded(4);
    for (int i = 0; i < whys; ++i) {
        Card why;
        why.id = QStringLiteral("c%1").arg(i + 2);
        why.text = pick(random, causes);
        why.position = QPointF(0, 160.0 * (i + 1));
        if (random.bounded(8) != 0)
            why.category = pick(random, categories);
        why.tags = QStringList{service};
        if (random.bounded(2) == 0)
            why.tags.append(pick(random, teams));
        s.cards.append(why);
        s.links.append({why.id, i == 0 ? QStringLiteral("c1") : QStringLiteral("c%1").arg(i + 1)});
    }
    const int actions = 1 + random.bounded(4);
    for (int i = 0; i < actions; ++i) {
        ActionItem action;
        action.id = QStringLiteral("a%1").arg(i + 1);
        action.text = QStringLiteral("Follow-up %1 for %2").arg(i + 1).arg(s.title);
        action.owner = random.bounded(10) == 0 ? QString() : pick(random, owners);
        if (random.bounded(8) != 0)
            action.due = day.addDays(7 + random.bounded(50));
        const int doneChance = ageDays > 180 ? 85 : ageDays > 60 ? 60 : 25;
        if (random.bounded(100) < doneChance) {
            action.status = ActionStatus::Done;
            const QDate from = action.due.isValid() ? action.due : day.addDays(30);
            action.doneOn = std::min(lastDay, from.addDays(random.bounded(40) - 25));
        } else {
            action.status = random.bounded(2) ? ActionStatus::InProgress : ActionStatus::Open;
        }
        action.cardIds = QStringList{s.cards.at(1 + random.bounded(whys)).id};
        s.actions.append(action);
    }
    s.lastItemNumber = s.highestItemNumber();
    return s;
}

} // namespace

QList<Session> generatedSessions(int count, quint32 seed, const QDate &lastDay)
{
    QRandomGenerator random(seed);
    QList<Session> sessions;
    for (int i = 0; i < count; ++i)
        sessions.append(generated(random, i, lastDay));
    return sessions;
}

QList<SessionId> storeSessions(Library &library, const QList<Session> &sessions)
{
    QList<SessionId> ids;
    for (const Session &session : sessions)
        ids.append(library.insertSession(session));
    return ids;
}

} // namespace Whyboard::Test
