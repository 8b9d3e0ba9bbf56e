// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chainchecks.h"
#include "analysis/chainchecksvocabulary.h"
#include "chaincheckfixtures.h"

#include <QRegularExpression>
#include <QTest>

using namespace Whyboard;
using namespace Whyboard::FacilitationTest;
using namespace Whyboard::ChainCheckFixtures;


class TestChainChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quietChainHasNoFindings();
    void vocabularyPatternsAreValid();
    void humanErrorOnRootCause_data();
    void humanErrorOnRootCause();
    void humanErrorOnlyOnRootCauses();
    void blame_data();
    void blame();
    void blameInTimelineAndActions();
    void unverified_data();
    void unverified();
    void shallow_data();
    void shallow();
    void shallowFollowsTheLongestRoute();
    void noAction();
    void actionQuality_data();
    void actionQuality();
    void dismissedFindingsAreLeftOutUnlessAsked();
    void messagesAreSingleLines();
    void hideNames_data();
    void hideNames();
};

void TestChainChecks::quietChainHasNoFindings()
{
    const QList<CheckFinding> findings = ChainChecks::run(quietChain(QStringLiteral("Renewal had no owner")));
    for (const CheckFinding &f : findings)
        qWarning() << f.checkId << f.itemId << f.message;
    QVERIFY(findings.isEmpty());
}

void TestChainChecks::vocabularyPatternsAreValid()
{
    QCOMPARE(ChainChecksVocabulary::builtIn().size(), 3);
    for (const ChainChecksVocabulary &v : ChainChecksVocabulary::builtIn()) {
        for (const QStringList *list : {&v.humanErrorPatterns, &v.blamePatterns}) {
            for (const QString &pattern : *list) {
                const QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
                QVERIFY2(re.isValid(), qPrintable(v.language + QLatin1String(": ") + pattern));
            }
        }
    }
}

void TestChainChecks::humanErrorOnRootCause_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("flagged");

    QTest::newRow("en human error") << "Human error during the deploy" << true;
    QTest::newRow("en names a participant") << "Bob did not renew the certificate" << true;
    QTest::newRow("en forgot") << "The engineer forgot to renew the certificate" << true;
    QTest::newRow("en typo") << "A typo in the config" << true;
    QTest::newRow("en oversight") << "An oversight in the review" << true;
    QTest::newRow("en system cause") << "The renewal job had no alert" << false;
    QTest::newRow("en Bobby is not Bob") << "The Bobby tables query ran unescaped" << false;
    QTest::newRow("en a role's words are not a name") << "The escalation path to Developer Support was not written down" << false;

    QTest::newRow("de menschliches Versagen") << "Menschliches Versagen beim Deploy" << true;
    QTest::newRow("de vergessen") << "Der Admin hat die Verlängerung vergessen" << true;
    QTest::newRow("de Tippfehler") << "Tippfehler in der Konfiguration" << true;
    QTest::newRow("de Systemursache") << "Die Verlängerung lief ohne Alarm" << false;
    QTest::newRow("de versehen (provided)") << "Der Server war nicht mit einem Zertifikat versehen" << false;

    QTest::newRow("fr erreur humaine") << "Erreur humaine lors du déploiement" << true;
    QTest::newRow("fr oublié") << "L'ingénieur a oublié de renouveler le certificat" << true;
    QTest::newRow("fr faute de frappe") << "Une faute de frappe dans la configuration" << true;
    QTest::newRow("fr cause système") << "Le renouvellement n'avait pas d'alerte" << false;
}

void TestChainChecks::humanErrorOnRootCause()
{
    QFETCH(QString, text);
    QFETCH(bool, flagged);
    const QList<CheckFinding> findings = findingsOf(quietChain(text, {"Bob Martin", "Alice", "Customer Support advocate"}), CheckIds::humanError);
    QCOMPARE(findings.size(), flagged ? 1 : 0);
    if (flagged) {
        QCOMPARE(findings.first().itemId, QStringLiteral("w5"));
        QVERIFY(findings.first().suggestion.contains(QStringLiteral("what let it happen")));
    }
}

void TestChainChecks::humanErrorOnlyOnRootCauses()
{
    Session s = quietChain(QStringLiteral("The renewal job had no alert"));
    s.cards[2].text = QStringLiteral("Human error during the deploy"); // w2, in the middle
    QVERIFY(findingsOf(s, CheckIds::humanError).isEmpty());
}

void TestChainChecks::blame_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("flagged");

    QTest::newRow("en someone's fault") << "It was the contractor's fault" << true;
    QTest::newRow("en should have") << "The engineer should have checked the logs" << true;
    QTest::newRow("en stupid") << "A stupid config change" << true;
    QTest::newRow("en blame") << "Ops is to blame for the outage" << true;
    QTest::newRow("en name as subject") << "Alice deleted the production app" << true;
    QTest::newRow("en name as subject after because") << "The app vanished because alice ran the script" << true;
    QTest::newRow("en page fault") << "A page fault crashed the worker" << false;
    QTest::newRow("en name as object") << "The script asked Alice for approval" << false;
    QTest::newRow("en neutral") << "The deploy script deleted the app" << false;

    QTest::newRow("de Schuld") << "Das war die Schuld des Admins" << true;
    QTest::newRow("de hätte sollen") << "Er hätte die Logs prüfen sollen" << true;
    QTest::newRow("de inkompetent") << "Ein inkompetenter Umgang mit der Konsole" << true;
    QTest::newRow("de Name als Subjekt") << "Alice löschte die App" << true;
    QTest::newRow("de Dummy") << "Die Dummy-Daten waren veraltet" << false;
    QTest::newRow("de neutral") << "Das Skript löschte die App" << false;

    QTest::newRow("fr la faute de") << "C'est la faute de l'équipe réseau" << true;
    QTest::newRow("fr aurait dû") << "Il aurait dû vérifier les journaux" << true;
    QTest::newRow("fr incompétent") << "Un administrateur incompétent" << true;
    QTest::newRow("fr nom comme sujet") << "Alice a supprimé l'application" << true;
    QTest::newRow("fr faute de frappe") << "Une faute de frappe dans la configuration" << false;
    QTest::newRow("fr faute de moyens") << "Faute de moyens, le test a été sauté" << false;
    QTest::newRow("fr neutre") << "Le script a supprimé l'application" << false;
}

void TestChainChecks::blame()
{
    QFETCH(QString, text);
    QFETCH(bool, flagged);
    Session s = quietChain(QStringLiteral("The renewal job had no alert"), {"Alice"});
    s.cards[2].text = text; // anywhere: here in the middle of the chain
    const QList<CheckFinding> findings = findingsOf(s, CheckIds::blame);
    QCOMPARE(findings.size(), flagged ? 1 : 0);
    if (flagged) {
        QCOMPARE(findings.first().itemId, QStringLiteral("w2"));
        QVERIFY(!findings.first().suggestion.isEmpty());
    }
}

void TestChainChecks::blameInTimelineAndActions()
{
    Session s = quietChain(QStringLiteral("The renewal job had no alert"), {"Alice"});
    TimelineEvent factual;
    factual.id = QStringLiteral("e1");
    factual.text = QStringLiteral("Alice rolled back the deploy"); // a name in the timeline is a fact
    TimelineEvent blaming;
    blaming.id = QStringLiteral("e2");
    blaming.text = QStringLiteral("Ops should have noticed the alert");
    s.timeline = {factual, blaming};
    s.actions.first().text = QStringLiteral("Stop the careless deploys");
    const QList<CheckFinding> findings = findingsOf(s, CheckIds::blame);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).itemId, QStringLiteral("e2"));
    QCOMPARE(findings.at(0).itemKind, CheckItemKind::Event);
    QCOMPARE(findings.at(1).itemId, QStringLiteral("a1"));
    QCOMPARE(findings.at(1).itemKind, CheckItemKind::Action);
}

void TestChainChecks::unverified_data()
{
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("no evidence") << "" << false << true;
    QTest::newRow("blank evidence marked verified") << "   " << true << true;
    QTest::newRow("evidence not verified") << "Grafana panel" << false << true;
    QTest::newRow("verified evidence") << "Grafana panel" << true << false;
}

void TestChainChecks::unverified()
{
    QFETCH(QString, evidence);
    QFETCH(bool, verified);
    QFETCH(bool, flagged);
    Session s = quietChain(QStringLiteral("The renewal job had no alert"));
    s.cards[3].evidence = evidence;
    s.cards[3].verified = verified;
    const QList<CheckFinding> findings = findingsOf(s, CheckIds::unverified);
    QCOMPARE(findings.size(), flagged ? 1 : 0);
    if (flagged) {
        QCOMPARE(findings.first().itemId, s.cards[3].id);
        QVERIFY(findings.first().suggestion.startsWith(QStringLiteral("How do you know?")));
    }
}

void TestChainChecks::shallow_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<QString>("flaggedCard"); // empty: none
    QTest::newRow("no whys: the problem") << 0 << "p";
    QTest::newRow("one why") << 1 << "w1";
    QTest::newRow("four whys") << 4 << "w4";
    QTest::newRow("five whys") << 5 << "";
    QTest::newRow("seven whys") << 7 << "";
}

void TestChainChecks::shallow()
{
    QFETCH(int, depth);
    QFETCH(QString, flaggedCard);
    const QList<CheckFinding> findings = findingsOf(chain(depth), CheckIds::shallow);
    if (flaggedCard.isEmpty()) {
        QVERIFY(findings.isEmpty());
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().itemId, flaggedCard);
    if (depth > 0)
        QCOMPARE(findings.first().suggestion, QStringLiteral("Ask why again."));
}

// A root cause reached both by a shortcut and by the five whys the room built is deep enough:
// its shorter route does not make it "too shallow".
void TestChainChecks::shallowFollowsTheLongestRoute()
{
    Session s = chain(5);
    s.links.append(link(QStringLiteral("w5"), QStringLiteral("w1"))); // w5 is also Why 2
    QVERIFY(findingsOf(s, CheckIds::shallow).isEmpty());
    // And a root only a short route reaches is still flagged, with its depth.
    s.cards.append(card(QStringLiteral("x"), QStringLiteral("Short branch"), {400, 300}));
    s.links.append(link(QStringLiteral("x"), QStringLiteral("w1")));
    const QList<CheckFinding> findings = findingsOf(s, CheckIds::shallow);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().itemId, QStringLiteral("x"));
    QVERIFY(findings.first().message.startsWith(QStringLiteral("Only 2 of 5")));
}

void TestChainChecks::noAction()
{
    Session s = quietChain(QStringLiteral("The renewal job had no alert"));
    s.actions.first().cardIds.removeAll(QStringLiteral("w3"));
    const auto event = [](const QString &id, EventKind kind) {
        TimelineEvent e;
        e.id = id;
        e.kind = kind;
        e.text = QStringLiteral("Something happened");
        return e;
    };
    s.timeline = {event("e1", EventKind::Trigger), event("e2", EventKind::Detection),
                  event("e3", EventKind::Escalation), event("e4", EventKind::Mitigation),
                  event("e5", EventKind::Note), event("e6", EventKind::Detection)};
    s.actions.first().eventIds = {"e6"};

    const QList<CheckFinding> findings = findingsOf(s, CheckIds::noAction);
    QStringList ids;
    for (const CheckFinding &f : findings)
        ids.append(f.itemId);
    QCOMPARE(ids, (QStringList{"w3", "e2", "e3", "e4"}));
    QCOMPARE(findings.at(1).itemKind, CheckItemKind::Event);

    // A cause the room accepted without action is covered.
    s.cards[3].noActionAccepted = true;
    s.cards[3].noActionReason = QStringLiteral("Retired with the old system");
    QCOMPARE(s.cards[3].id, QStringLiteral("w3"));
    QCOMPARE(findingsOf(s, CheckIds::noAction).size(), 3);
}

void TestChainChecks::actionQuality_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("hasDue");
    QTest::addColumn<bool>("done");
    QTest::addColumn<QStringList>("missing"); // words the message must contain; empty: no finding

    const QStringList none;
    QTest::newRow("en good") << "Add an alert for expiring certificates" << "Dana" << true << false << none;
    QTest::newRow("en no owner") << "Add an alert for expiring certificates" << "" << true << false << QStringList{"owner"};
    QTest::newRow("en no due date") << "Add an alert" << "Dana" << false << false << QStringList{"due date"};
    QTest::newRow("en all missing") << "Certificate alerting" << "" << false << false
                                    << QStringList{"owner", "due date", "verb"};
    QTest::newRow("en verb by ending") << "Containerize the renewal job" << "Dana" << true << false << none;
    QTest::newRow("en noun first") << "Monitoring for expiry" << "Dana" << true << false << QStringList{"verb"};
    QTest::newRow("en not a French verb") << "Server restarts nightly for the team" << "Dana" << true << false
                                          << QStringList{"verb"};
    QTest::newRow("en done needs no owner") << "Rotate the keys" << "" << false << true << none;
    QTest::newRow("en vague") << "Be more careful with config" << "Dana" << true << false
                              << QStringList{"outcome", "Be more careful"};
    QTest::newRow("en vague, pay attention") << "Pay more attention to alerts" << "Dana" << true << false
                                             << QStringList{"outcome"};
    QTest::newRow("en verb the list lacks") << "Shard the sessions table by tenant" << "Dana" << true << false
                                            << none;
    QTest::newRow("en another verb the list lacks") << "Rehome all replicas before the restart" << "Dana" << true
                                                    << false << none;

    QTest::newRow("de Infinitiv am Ende") << "Alarm für ablaufende Zertifikate einrichten" << "Dana" << true << false << none;
    QTest::newRow("de bekanntes Verb am Ende") << "Zertifikatsalarm einrichten" << "Dana" << true << false << none;
    QTest::newRow("de Imperativ") << "Richte einen Alarm für Zertifikate ein" << "Dana" << true << false << none;
    QTest::newRow("de Endung -ieren") << "Dokumentieren der Verlängerung im Wiki" << "Dana" << true << false << none;
    QTest::newRow("de kein Verb") << "Zertifikatsalarm für das Team fehlt" << "Dana" << true << false
                                  << QStringList{"verb"};
    QTest::newRow("de vage") << "In Zukunft besser aufpassen" << "Dana" << true << false << QStringList{"outcome"};

    QTest::newRow("fr infinitif") << "Ajouter une alerte pour l'expiration" << "Dana" << true << false << none;
    QTest::newRow("fr terminaison") << "Centraliser la gestion des certificats" << "Dana" << true << false << none;
    QTest::newRow("fr pas de verbe") << "Le serveur redémarre la nuit" << "Dana" << true << false << QStringList{"verb"};
    QTest::newRow("fr vague") << "Faire plus attention aux configurations" << "Dana" << true << false
                              << QStringList{"outcome"};
}

void TestChainChecks::actionQuality()
{
    QFETCH(QString, text);
    QFETCH(QString, owner);
    QFETCH(bool, hasDue);
    QFETCH(bool, done);
    QFETCH(QStringList, missing);
    Session s = quietChain(QStringLiteral("The renewal job had no alert"));
    ActionItem &a = s.actions.first();
    a.text = text;
    a.owner = owner;
    a.due = hasDue ? QDate(2030, 1, 31) : QDate();
    a.status = done ? ActionStatus::Done : ActionStatus::Open;
    const QList<CheckFinding> findings = findingsOf(s, CheckIds::actionQuality);
    QCOMPARE(findings.size(), missing.isEmpty() ? 0 : 1);
    for (const QString &word : missing)
        QVERIFY2(findings.first().message.contains(word), qPrintable(findings.first().message));
    // A vague action that starts with a verb is vague, not verb-less.
    if (missing.contains(QStringLiteral("outcome")))
        QVERIFY2(!findings.first().message.contains(QStringLiteral("verb")), qPrintable(findings.first().message));
    if (!missing.isEmpty())
        QCOMPARE(findings.first().itemKind, CheckItemKind::Action);
}

void TestChainChecks::dismissedFindingsAreLeftOutUnlessAsked()
{
    Session s = chain(2);
    s.dismissedFindings.append({CheckIds::shallow, QStringLiteral("w2"), QStringLiteral("Known vendor bug")});
    QVERIFY(findingsOf(s, CheckIds::shallow).isEmpty());

    ChainCheckOptions options;
    options.checkIds = {CheckIds::shallow};
    options.includeDismissed = true;
    const QList<CheckFinding> all = ChainChecks::run(s, options);
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().dismissed);
    QCOMPARE(all.first().dismissalReason, QStringLiteral("Known vendor bug"));

    // Dismissing one check for a card leaves the other checks on that card alone.
    QVERIFY(!findingsOf(s, CheckIds::unverified).isEmpty());
}

void TestChainChecks::messagesAreSingleLines()
{
    Session s = chain(2);
    s.cards[2].text = QStringLiteral("The cert expired\nand\tnobody was paged");
    ActionItem a;
    a.id = QStringLiteral("a9");
    s.actions.append(a);
    const QList<CheckFinding> findings = ChainChecks::run(s);
    QVERIFY(findings.size() >= 5);
    QStringList checks;
    for (const CheckFinding &f : findings) {
        QVERIFY2(!f.message.contains(QLatin1Char('\n')) && !f.message.contains(QLatin1Char('\t')), qPrintable(f.message));
        QVERIFY(!f.message.isEmpty());
        QVERIFY(!f.suggestion.isEmpty());
        if (!checks.contains(f.checkId))
            checks.append(f.checkId);
    }
    // Grouped in the documented check order.
    QStringList expectedOrder = CheckIds::all();
    for (int i = expectedOrder.size() - 1; i >= 0; --i) {
        if (!checks.contains(expectedOrder.at(i)))
            expectedOrder.removeAt(i);
    }
    QCOMPARE(checks, expectedOrder);
}

void TestChainChecks::hideNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full and first names, any case")
        << "Alice asked Bob Martin; bob replied" << "Person A asked Person B; Person B replied";
    QTest::newRow("first name of a personal name") << "Bob's script" << "Person B's script";
    QTest::newRow("role names stay whole") << "Support answered the Product team" << "Support answered the Product team";
    QTest::newRow("longer words untouched") << "Alicia and Bobby met" << "Alicia and Bobby met";
    QTest::newRow("no names") << "The deploy failed" << "The deploy failed";
    QTest::newRow("accents") << "Zoë a relancé le job" << "Person C a relancé le job";
}

void TestChainChecks::hideNames()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ChainChecks::hideNames(text, QStringList{"Alice", "Bob Martin", "Zoë", "Customer Support advocate", "Product manager"}),
             expected);
}

QTEST_GUILESS_MAIN(TestChainChecks)
#include "tst_chainchecks.moc"
