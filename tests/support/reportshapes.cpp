// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportshapes.h"

#include "analysis/cardplacement.h"

namespace Whyboard::Test {

namespace {

// texts.at(0) is the problem; links as (cause index, effect index).
Session shape(const QString &title, const QStringList &texts, const QList<QPair<int, int>> &links)
{
    Session session;
    session.title = title;
    session.severity = 2;
    session.startedAt = QDateTime(QDate(2017, 4, 6), QTime(18, 30), Qt::OffsetFromUTC, -7 * 3600);
    session.detectedAt = session.startedAt.addSecs(180);
    session.resolvedAt = session.startedAt.addSecs(64380);
    session.impact.costPerMinute = 270;
    session.impact.currency = QStringLiteral("USD");
    session.facilitator = QStringLiteral("Infrastructure");
    for (int i = 0; i < texts.size(); ++i) {
        Card card;
        card.id = QStringLiteral("c%1").arg(i + 1);
        card.kind = i == 0 ? CardKind::Problem : CardKind::Why;
        card.text = texts.at(i);
        card.evidence = i % 2 ? QStringLiteral("Audit log entries of the evening.") : QString();
        card.verified = i % 3 == 1;
        session.cards.append(card);
    }
    for (const auto &[cause, effect] : links)
        session.links.append({session.cards.at(cause).id, session.cards.at(effect).id, ReadBackVerdict::NotChecked});
    ActionItem action;
    action.id = QStringLiteral("a1");
    action.text = QStringLiteral("Alert when a production integration is removed from the developer portal.");
    action.owner = QStringLiteral("Infrastructure");
    action.cardIds = {session.cards.last().id};
    session.actions.append(action);
    QSet<QString> everyCard;
    for (const Card &card : std::as_const(session.cards))
        everyCard.insert(card.id);
    CardPlacement::placeUnpositionedCards(session, everyCard);
    return session;
}

} // namespace

Session sevenCardShape()
{
    return shape(QStringLiteral("The integration app was deleted"),
                 {QStringLiteral("Users could not post to the social network or add accounts for 39 minutes."),
                  QStringLiteral("The production app our integration authenticates through no longer existed."),
                  QStringLiteral("The escalation path to the partner's developer support was not written down."),
                  QStringLiteral("An engineer deleted the app from the partner's developer portal."),
                  QStringLiteral("The engineer believed the action removed only his own developer access."),
                  QStringLiteral("Personal accounts held admin rights over the production app."),
                  QStringLiteral("No one owns the administration of our developer apps on partner platforms.")},
                 {{1, 0}, {2, 0}, {3, 1}, {4, 3}, {5, 3}, {6, 5}});
}

Session eightCardShape()
{
    return shape(QStringLiteral("Global CPU exhaustion from one firewall rule"),
                 {QStringLiteral("Every edge server ran at 100% CPU and served 502 errors for 27 minutes."),
                  QStringLiteral("A new firewall rule's regular expression backtracked without bound."),
                  QStringLiteral("The rule reached every server at once instead of a canary first."),
                  QStringLiteral("The regex engine has no limit on backtracking per request."),
                  QStringLiteral("Rule changes bypass the staged rollout used for code."),
                  QStringLiteral("The rule tests check matches, not the CPU a pattern costs."),
                  QStringLiteral("Firewall rules were treated as configuration, not as code."),
                  QStringLiteral("A safer engine was planned but never scheduled against feature work.")},
                 {{1, 0}, {2, 0}, {3, 1}, {5, 3}, {7, 5}, {4, 2}, {6, 4}});
}

Session elevenCardShape()
{
    return shape(QStringLiteral("Production database deleted during replication repair"),
                 {QStringLiteral("The site was down for 18 hours and lost six hours of database changes."),
                  QStringLiteral("The data directory of the primary database host was deleted."),
                  QStringLiteral("Restoring from backups took 18 hours and lost six hours of data."),
                  QStringLiteral("No working backup newer than six hours could be restored."),
                  QStringLiteral("A command meant for the secondary host ran in a shell on the primary."),
                  QStringLiteral("Both hosts' shell prompts looked the same late at night."),
                  QStringLiteral("Replication to the secondary had to be rebuilt by hand at night."),
                  QStringLiteral("The nightly dump backup had been failing silently for weeks."),
                  QStringLiteral("Failure e-mails from the backup job were rejected by the mail server."),
                  QStringLiteral("The backup job ran an older dump version than the database server."),
                  QStringLiteral("Restoring had never been tested, so no one knew it took 18 hours.")},
                 {{1, 0}, {2, 0}, {3, 0}, {4, 1}, {5, 4}, {6, 4}, {3, 2}, {10, 2}, {7, 3}, {8, 7}, {9, 7}});
}

} // namespace Whyboard::Test
