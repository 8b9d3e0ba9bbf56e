// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addactioncommand.h"
#include "document/commands/addcardcommand.h"
#include "document/commands/addeventcommand.h"
#include "document/commands/addlinkcommand.h"
#include "document/commands/addparticipantcommand.h"
#include "document/commands/dismissfindingcommand.h"
#include "document/commands/editactioncommand.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/editeventcommand.h"
#include "document/commands/editparkedideacommand.h"
#include "document/commands/editparticipantcommand.h"
#include "document/commands/editsessionfieldcommand.h"
#include "document/commands/movecardscommand.h"
#include "document/commands/parkideacommand.h"
#include "document/commands/removeactionscommand.h"
#include "document/commands/removecardscommand.h"
#include "document/commands/removeeventscommand.h"
#include "document/commands/removelinkcommand.h"
#include "document/commands/removeparticipantcommand.h"
#include "document/commands/restorefindingcommand.h"
#include "document/commands/setlinkverdictcommand.h"
#include "document/commands/unparkideascommand.h"
#include "document/commands/splitcardcommand.h"
#include "document/sessiondocument.h"
#include "samplesessions.h"
#include "signallog.h"

#include <QTest>
#include <QUndoStack>
#include <functional>

using namespace Whyboard;

// Builds a command against the document's current state, so that a list of them can be
// pushed one after another.
using Factory = std::function<QUndoCommand *(SessionDocument *)>;
using Factories = QList<Factory>;
// What a command should do to a plain session.
using Change = std::function<void(Session &)>;
Q_DECLARE_METATYPE(Factory)
Q_DECLARE_METATYPE(Factories)
Q_DECLARE_METATYPE(Change)

namespace {

const QString c1 = QStringLiteral("c1"), c2 = QStringLiteral("c2"), c3 = QStringLiteral("c3"),
              c4 = QStringLiteral("c4"), c5 = QStringLiteral("c5"), c6 = QStringLiteral("c6"),
              c7 = QStringLiteral("c7");

Card why(const QString &id, const QString &text)
{
    Card card;
    card.id = id;
    card.text = text;
    return card;
}

Card &cardIn(Session &s, const QString &id) { return s.cards[s.indexOfCard(id)]; }
TimelineEvent &eventIn(Session &s, const QString &id) { return s.timeline[s.indexOfEvent(id)]; }
ActionItem &actionIn(Session &s, const QString &id) { return s.actions[s.indexOfAction(id)]; }

// The same card as in the document, with one change applied: how an editor builds its edit.
// Edits of one editing run (non-zero) merge.
Factory editCard(const QString &id, std::function<void(Card &)> change, int editRun = 0)
{
    return [=](SessionDocument *d) {
        Card card = *d->session().card(id);
        change(card);
        return new EditCardCommand(d, card, editRun);
    };
}

Factory editEvent(const QString &id, std::function<void(TimelineEvent &)> change)
{
    return [=](SessionDocument *d) {
        TimelineEvent event = d->session().timeline.at(d->session().indexOfEvent(id));
        change(event);
        return new EditEventCommand(d, event);
    };
}

Factory editAction(const QString &id, std::function<void(ActionItem &)> change)
{
    return [=](SessionDocument *d) {
        ActionItem action = d->session().actions.at(d->session().indexOfAction(id));
        change(action);
        return new EditActionCommand(d, action);
    };
}

Factory editParticipant(const QString &id, std::function<void(Participant &)> change)
{
    return [=](SessionDocument *d) {
        Participant participant = d->session().participants.at(d->session().indexOfParticipant(id));
        change(participant);
        return new EditParticipantCommand(d, participant);
    };
}

Factory moveCards(const QHash<QString, QPointF> &positions)
{
    return [=](SessionDocument *d) { return new MoveCardsCommand(d, positions); };
}

Factory setField(SessionField field, const QVariant &value)
{
    return [=](SessionDocument *d) { return new EditSessionFieldCommand(d, field, value); };
}

QDateTime zoned(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate); }

void verifySame(const Session &actual, const Session &expected, const char *when)
{
    const QString difference = Test::sessionDifference(actual, expected);
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(when), difference)));
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doUndoRedo_data();
    void doUndoRedo();
    void merging_data();
    void merging();
    void removingCardsKeepsEveryWhyConnected_data();
    void removingCardsKeepsEveryWhyConnected();
    void removingACardSignalsLinksBeforeTheCard();
    void splitCardIsOneUndoStep();
    void problemCardIsNeverRemoved();
    void emptyRemovalLeavesNoUndoStep();
    void removingAnItemTakesItsDismissedFindings_data();
    void removingAnItemTakesItsDismissedFindings();
};

void TestCommands::doUndoRedo_data()
{
    QTest::addColumn<Factory>("command");
    QTest::addColumn<Change>("change");
    // Rich sample: cards c1 (problem) .. c6; links c2->c1, c3->c1, c4->c2, c4->c3, c5->c4, c6->c3;
    // events e1{c4} e2{c3,c6} e3 e4{c2} e5{c2} e6; actions a1{c4,c5|e1} a2{c6|e2,e3} a3; u1..u4.

    QTest::newRow("add unlinked card") << Factory([](SessionDocument *d) {
        return new AddCardCommand(d, why(QString(), "fresh"));
    }) << Change([](Session &s) { s.cards.append(why(c7, "fresh")); });
    QTest::newRow("add card explaining another") << Factory([](SessionDocument *d) {
        return new AddCardCommand(d, why(c7, "deeper"), c3);
    }) << Change([](Session &s) {
        s.cards.append(why(c7, "deeper"));
        s.links.append({c7, c3, ReadBackVerdict::NotChecked});
    });
    QTest::newRow("remove middle card") << Factory([](SessionDocument *d) {
        return new RemoveCardsCommand(d, {c4});
    }) << Change([](Session &s) {
        s.cards.removeAt(s.indexOfCard(c4));
        s.links = {{c2, "c1", ReadBackVerdict::Holds}, {c3, "c1", ReadBackVerdict::DoesNotHold},
                   {c6, c3, ReadBackVerdict::Holds}, {c5, c2, ReadBackVerdict::NotChecked},
                   {c5, c3, ReadBackVerdict::NotChecked}};
        eventIn(s, "e1").cardIds.clear();
        actionIn(s, "a1").cardIds = QStringList{c5};
    });
    QTest::newRow("remove leaf card") << Factory([](SessionDocument *d) {
        return new RemoveCardsCommand(d, {c6});
    }) << Change([](Session &s) {
        s.cards.removeAt(s.indexOfCard(c6));
        s.links.removeAt(s.indexOfLink(c6, c3));
        eventIn(s, "e2").cardIds = QStringList{c3};
        actionIn(s, "a2").cardIds.clear();
        s.dismissedFindings.clear(); // the finding set aside for c6 goes with it
    });
    QTest::newRow("move cards") << moveCards({{c2, QPointF(1.5, 2)}, {c3, QPointF(-3, 4)}})
                                << Change([](Session &s) {
                                       cardIn(s, c2).position = QPointF(1.5, 2);
                                       cardIn(s, c3).position = QPointF(-3, 4);
                                   });
    QTest::newRow("edit card text") << editCard(c2, [](Card &c) { c.text = "edited ✏️"; })
                                    << Change([](Session &s) { cardIn(s, c2).text = "edited ✏️"; });
    QTest::newRow("edit evidence") << editCard(c3, [](Card &c) { c.evidence = "log"; })
                                   << Change([](Session &s) { cardIn(s, c3).evidence = "log"; });
    const auto acceptWithoutAction = [](Card &c) { c.noActionAccepted = true; c.noActionReason = "Paging is replaced"; };
    QTest::newRow("accept without action") << editCard(c3, acceptWithoutAction)
                                           << Change([=](Session &s) { acceptWithoutAction(cardIn(s, c3)); });
    QTest::newRow("park idea") << Factory([](SessionDocument *d) {
        return new ParkIdeaCommand(d, {QString(), "Alert when the rota is empty"});
    }) << Change([](Session &s) { s.parkingLot.append(ParkedIdea{"i7", "Alert when the rota is empty"}); });
    QTest::newRow("edit parked idea") << Factory([](SessionDocument *d) {
        return new EditParkedIdeaCommand(d, {"i-regions", "One dashboard per region"});
    }) << Change([](Session &s) { s.parkingLot[1].text = "One dashboard per region"; });
    QTest::newRow("unpark ideas") << Factory([](SessionDocument *d) {
        return new UnparkIdeasCommand(d, {"i-regions", "i-probe", "no-such-idea"});
    }) << Change([](Session &s) { s.parkingLot.clear(); });
    QTest::newRow("mark verified") << editCard(c4, [](Card &c) { c.verified = true; })
                                   << Change([](Session &s) { cardIn(s, c4).verified = true; });
    QTest::newRow("evidence and verified at once") << editCard(c3, [](Card &c) {
        c.evidence = "pager log";
        c.verified = true;
    }) << Change([](Session &s) {
        cardIn(s, c3).evidence = "pager log";
        cardIn(s, c3).verified = true;
    });
    QTest::newRow("clearing the evidence un-verifies") << editCard(c2, [](Card &c) { c.evidence.clear(); })
                                                       << Change([](Session &s) {
                                                              cardIn(s, c2).evidence.clear();
                                                              cardIn(s, c2).verified = false;
                                                          });
    QTest::newRow("add link") << Factory([](SessionDocument *d) { return new AddLinkCommand(d, c6, c2); })
                              << Change([](Session &s) { s.links.append({c6, c2, ReadBackVerdict::NotChecked}); });
    QTest::newRow("remove link") << Factory([](SessionDocument *d) { return new RemoveLinkCommand(d, c4, c2); })
                                 << Change([](Session &s) { s.links.removeAt(s.indexOfLink(c4, c2)); });
    QTest::newRow("set verdict") << Factory([](SessionDocument *d) {
        return new SetLinkVerdictCommand(d, c4, c3, ReadBackVerdict::DoesNotHold);
    }) << Change([](Session &s) { s.links[s.indexOfLink(c4, c3)].verdict = ReadBackVerdict::DoesNotHold; });
    QTest::newRow("add event") << Factory([](SessionDocument *d) {
        return new AddEventCommand(d, {QString(), zoned("2026-03-05T02:00:00-03:00"), EventKind::Note, "n", {c5}});
    }) << Change([](Session &s) {
        s.timeline.append({"e7", zoned("2026-03-05T02:00:00-03:00"), EventKind::Note, "n", {c5}});
    });
    QTest::newRow("remove events") << Factory([](SessionDocument *d) {
        return new RemoveEventsCommand(d, {"e3", "e2"});
    }) << Change([](Session &s) {
        s.timeline.removeAt(s.indexOfEvent("e3"));
        s.timeline.removeAt(s.indexOfEvent("e2"));
        actionIn(s, "a2").eventIds.clear();
    });
    QTest::newRow("edit event") << editEvent("e4", [](TimelineEvent &e) {
        e.kind = EventKind::Escalation;
        e.at = zoned("2026-03-05T02:06:00+09:00");
    }) << Change([](Session &s) {
        eventIn(s, "e4").kind = EventKind::Escalation;
        eventIn(s, "e4").at = zoned("2026-03-05T02:06:00+09:00");
    });
    ActionItem newAction;
    newAction.text = QStringLiteral("new");
    newAction.cardIds = QStringList{c2};
    QTest::newRow("add action") << Factory([=](SessionDocument *d) { return new AddActionCommand(d, newAction); })
                                << Change([=](Session &s) {
                                       ActionItem stored = newAction;
                                       stored.id = "a7"; // one counter for every kind: past c6 and e6
                                       s.actions.append(stored);
                                   });
    QTest::newRow("remove actions") << Factory([](SessionDocument *d) {
        return new RemoveActionsCommand(d, {"a1", "a3"});
    }) << Change([](Session &s) { s.actions = {s.actions.at(1)}; });
    QTest::newRow("edit action") << editAction("a2", [](ActionItem &a) { a.status = ActionStatus::Open; })
                                 << Change([](Session &s) { actionIn(s, "a2").status = ActionStatus::Open; });
    QTest::newRow("add participant") << Factory([](SessionDocument *d) {
        return new AddParticipantCommand(d, {QString(), "Lee", ParticipantRole::Responded});
    }) << Change([](Session &s) { s.participants.append({"u7", "Lee", ParticipantRole::Responded}); });
    QTest::newRow("remove participant") << Factory([](SessionDocument *d) {
        return new RemoveParticipantCommand(d, QStringLiteral("u2"));
    }) << Change([](Session &s) { s.participants.removeAt(1); });
    QTest::newRow("edit participant") << editParticipant("u3", [](Participant &p) {
        p.roles |= ParticipantRole::Debugged;
    }) << Change([](Session &s) { s.participants[2].roles |= ParticipantRole::Debugged; });
    QTest::newRow("edit title") << setField(SessionField::Title, QStringLiteral("Neuer Titel"))
                                << Change([](Session &s) { s.title = "Neuer Titel"; });
    QTest::newRow("edit severity") << setField(SessionField::Severity, 1) << Change([](Session &s) { s.severity = 1; });
    QTest::newRow("same instant, other offset") << setField(SessionField::StartedAt, zoned("2026-03-05T01:30:00Z"))
                                                << Change([](Session &s) { s.startedAt = zoned("2026-03-05T01:30:00Z"); });
    QTest::newRow("clear users affected") << setField(SessionField::UsersAffected, QVariant())
                                          << Change([](Session &s) { s.impact.usersAffected.reset(); });
    QTest::newRow("dismiss finding") << Factory([](SessionDocument *d) {
        return new DismissFindingCommand(d, {"compound", c2, "two ideas, both true"});
    }) << Change([](Session &s) { s.dismissedFindings.append({"compound", c2, "two ideas, both true"}); });
    QTest::newRow("restore finding") << Factory([](SessionDocument *d) {
        return new RestoreFindingCommand(d, "shallow", c6);
    }) << Change([](Session &s) { s.dismissedFindings.clear(); });
    QTest::newRow("split card") << Factory([](SessionDocument *d) {
        return new SplitCardCommand(d, c4, "Config push unreviewed", "No review rule existed");
    }) << Change([](Session &s) {
        cardIn(s, c4).text = "Config push unreviewed";
        Card second = why(c7, "No review rule existed");
        second.position = cardIn(s, c4).position + QPointF(SplitCardCommand::siblingOffset, 0);
        s.cards.append(second);
        s.links.append({c5, c7, ReadBackVerdict::NotChecked});
        s.links.append({c7, c2, ReadBackVerdict::NotChecked});
        s.links.append({c7, c3, ReadBackVerdict::NotChecked});
    });
}

void TestCommands::doUndoRedo()
{
    QFETCH(Factory, command);
    QFETCH(Change, change);
    const Session original = Test::richSampleSession();
    Session expected = original;
    change(expected);
    QVERIFY(expected != original);

    SessionDocument document(original);
    QVERIFY(document.push(command(&document)));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(!document.undoStack()->undoText().isEmpty());
    verifySame(document.session(), expected, "after do");
    document.undoStack()->undo();
    verifySame(document.session(), original, "after undo");
    document.undoStack()->redo();
    verifySame(document.session(), expected, "after redo");
    document.undoStack()->undo();
    verifySame(document.session(), original, "after second undo");
}

void TestCommands::merging_data()
{
    QTest::addColumn<Factories>("commands");
    QTest::addColumn<int>("undoSteps");
    auto typed = [](const QString &id, const QString &text, int run) {
        return editCard(id, [=](Card &c) { c.text = text; }, run);
    };
    // Each drag is one command pushed on release, and its own undo step: moves never merge.
    QTest::newRow("two drags of one card") << Factories{moveCards({{c2, {1, 1}}}), moveCards({{c2, {2, 2}}})} << 2;
    QTest::newRow("drag to where it was") << Factories{moveCards({{c2, {-220.5, 160}}})} << 0;
    QTest::newRow("typing a card's text") << Factories{typed(c2, "T", 1), typed(c2, "Ty", 1), typed(c2, "Typ", 1)}
                                          << 1;
    QTest::newRow("two editing runs") << Factories{typed(c2, "T", 1), typed(c2, "Ty", 2)} << 2;
    QTest::newRow("edits outside a run") << Factories{typed(c2, "T", 0), typed(c2, "Ty", 0)} << 2;
    QTest::newRow("typing in two cards") << Factories{typed(c2, "T", 1), typed(c3, "T", 1)} << 2;
    QTest::newRow("typed back to the start") << Factories{typed(c2, "T", 1), typed(c2, "The load balancer had no route for /pay", 1)}
                                             << 0;
    QTest::newRow("text then evidence") << Factories{typed(c2, "T", 1), editCard(c2, [](Card &c) { c.evidence = "e"; })}
                                        << 2;
    QTest::newRow("verified toggles") << Factories{editCard(c4, [](Card &c) { c.verified = true; }),
                                                   editCard(c4, [](Card &c) { c.verified = false; })}
                                      << 2;
    QTest::newRow("typing a no-action reason")
        << Factories{editCard(c3, [](Card &c) { c.noActionAccepted = true; }, 1),
                     editCard(c3, [](Card &c) { c.noActionAccepted = true; c.noActionReason = "B"; }, 1),
                     editCard(c3, [](Card &c) { c.noActionAccepted = true; c.noActionReason = "Bu"; }, 1)}
        << 1;
    QTest::newRow("typing a parked idea") << Factories{[](SessionDocument *d) { return new EditParkedIdeaCommand(d, {"i-probe", "A"}); },
                                                       [](SessionDocument *d) { return new EditParkedIdeaCommand(d, {"i-probe", "Al"}); }}
                                          << 1;
    QTest::newRow("verified without evidence") << Factories{editCard(c3, [](Card &c) { c.verified = true; })} << 0;
    QTest::newRow("typing interrupted by a move")
        << Factories{typed(c2, "T", 1), moveCards({{c3, {0, 0}}}), typed(c2, "Ty", 1)} << 3;
    QTest::newRow("typing an event") << Factories{editEvent("e3", [](TimelineEvent &e) { e.text = "a"; }),
                                                  editEvent("e3", [](TimelineEvent &e) { e.text = "ab"; })}
                                     << 1;
    QTest::newRow("event kind changes") << Factories{editEvent("e3", [](TimelineEvent &e) { e.kind = EventKind::Note; }),
                                                     editEvent("e3", [](TimelineEvent &e) { e.kind = EventKind::Trigger; })}
                                        << 2;
    QTest::newRow("typing an action owner") << Factories{editAction("a3", [](ActionItem &a) { a.owner = "K"; }),
                                                         editAction("a3", [](ActionItem &a) { a.owner = "Ki"; })}
                                            << 1;
    QTest::newRow("action text then owner") << Factories{editAction("a3", [](ActionItem &a) { a.text = "K"; }),
                                                         editAction("a3", [](ActionItem &a) { a.owner = "K"; })}
                                            << 2;
    QTest::newRow("typing a participant name") << Factories{editParticipant("u4", [](Participant &p) { p.name = "S"; }),
                                                            editParticipant("u4", [](Participant &p) { p.name = "Sa"; })}
                                               << 1;
    QTest::newRow("typing the title") << Factories{setField(SessionField::Title, "O"), setField(SessionField::Title, "Ou"),
                                                   setField(SessionField::Title, "Out")}
                                      << 1;
    QTest::newRow("title then summary") << Factories{setField(SessionField::Title, "O"), setField(SessionField::Summary, "S")}
                                        << 2;
    QTest::newRow("severity changes") << Factories{setField(SessionField::Severity, 1), setField(SessionField::Severity, 3)}
                                      << 2;
}

void TestCommands::merging()
{
    QFETCH(Factories, commands);
    QFETCH(int, undoSteps);
    const Session original = Test::richSampleSession();
    SessionDocument document(original);
    for (const Factory &make : commands)
        QVERIFY(document.push(make(&document)));
    const Session edited = document.session();
    QCOMPARE(document.undoStack()->count(), undoSteps);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    verifySame(document.session(), original, "after undoing every step");
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    verifySame(document.session(), edited, "after redoing every step");
}

void TestCommands::removingCardsKeepsEveryWhyConnected_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("expectedLinks");
    QTest::newRow("one in the middle") << 4 << QStringList{"c3"} << QStringList{"c2>c1", "c4>c2", "c5>c4"};
    QTest::newRow("a run of two") << 4 << QStringList{"c4", "c3"} << QStringList{"c2>c1", "c5>c2"};
    QTest::newRow("the root cause") << 3 << QStringList{"c4"} << QStringList{"c2>c1", "c3>c2"};
    QTest::newRow("next to the problem") << 2 << QStringList{"c2"} << QStringList{"c3>c1"};
}

void TestCommands::removingCardsKeepsEveryWhyConnected()
{
    QFETCH(int, depth);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, expectedLinks);
    const Session original = Test::chainSession(depth);
    SessionDocument document(original);
    document.push(new RemoveCardsCommand(&document, removed));
    QStringList links;
    for (const CausalLink &link : document.session().links)
        links.append(link.causeId + QLatin1Char('>') + link.effectId);
    links.sort();
    QCOMPARE(links, expectedLinks);
    QCOMPARE(Test::chainDefect(document.session()), QString());
    document.undoStack()->undo();
    verifySame(document.session(), original, "after undo");
}

void TestCommands::removingACardSignalsLinksBeforeTheCard()
{
    SessionDocument document(Test::chainSession(2));
    Test::SignalLog log(&document);
    document.push(new RemoveCardsCommand(&document, {c2}));
    QCOMPARE(log.names(), (QStringList{"linkAboutToBeRemoved(c3,c2)", "linkRemoved(c3,c2)",
                                       "linkAboutToBeRemoved(c2,c1)", "linkRemoved(c2,c1)", "linkAdded(c3,c1)",
                                       "cardAboutToBeRemoved(c2)", "cardRemoved(c2)"}));
    log.clear();
    document.undoStack()->undo();
    QCOMPARE(log.names(), (QStringList{"cardAdded(c2)", "linkAboutToBeRemoved(c3,c1)", "linkRemoved(c3,c1)",
                                       "linkAdded(c2,c1)", "linkAdded(c3,c2)"}));
}

void TestCommands::splitCardIsOneUndoStep()
{
    const Session original = Test::richSampleSession();
    SessionDocument document(original);
    auto *split = new SplitCardCommand(&document, c6, "Rota empty", "Nobody owned the rota");
    const QString newId = split->newCardId();
    document.push(split);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.session().card(c6)->text, QStringLiteral("Rota empty"));
    QCOMPARE(document.session().card(newId)->text, QStringLiteral("Nobody owned the rota"));
    QCOMPARE(document.session().effectsOf(newId), document.session().effectsOf(c6));
    QCOMPARE(document.session().causesOf(newId), document.session().causesOf(c6));
    QCOMPARE(Test::chainDefect(document.session()), QString());
    document.undoStack()->undo();
    verifySame(document.session(), original, "after undo");
}

void TestCommands::problemCardIsNeverRemoved()
{
    const Session original = Test::richSampleSession();
    SessionDocument document(original);
    auto *remove = new RemoveCardsCommand(&document, {c1, c6, "c99"});
    QCOMPARE(remove->cardIds(), QStringList{c6});
    document.push(remove);
    QVERIFY(document.session().card(c1));
    QVERIFY(!document.session().card(c6));
    QCOMPARE(document.session().cards.size(), original.cards.size() - 1);
}

void TestCommands::emptyRemovalLeavesNoUndoStep()
{
    SessionDocument document(Test::richSampleSession());
    document.push(new RemoveCardsCommand(&document, {c1}));
    document.push(new RemoveEventsCommand(&document, {}));
    document.push(new EditCardCommand(&document, *document.session().card(c2)));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(document.session() == Test::richSampleSession());
}

void TestCommands::removingAnItemTakesItsDismissedFindings_data()
{
    QTest::addColumn<Factory>("remove");
    QTest::addColumn<QString>("itemId");
    QTest::newRow("card") << Factory([](SessionDocument *d) { return new RemoveCardsCommand(d, {c4}); }) << c4;
    QTest::newRow("event") << Factory([](SessionDocument *d) { return new RemoveEventsCommand(d, {"e3"}); })
                           << QStringLiteral("e3");
    QTest::newRow("action") << Factory([](SessionDocument *d) { return new RemoveActionsCommand(d, {"a3"}); })
                            << QStringLiteral("a3");
    QTest::newRow("participant") << Factory([](SessionDocument *d) { return new RemoveParticipantCommand(d, "u2"); })
                                 << QStringLiteral("u2");
}

void TestCommands::removingAnItemTakesItsDismissedFindings()
{
    QFETCH(Factory, remove);
    QFETCH(QString, itemId);
    Session original = Test::richSampleSession();
    // The item's findings among others', so that undo must put them back in their places.
    original.dismissedFindings = {{"shallow", c6, "out of scope"},
                                  {"compound", itemId, "two ideas"},
                                  {"blame", c2, "a role, not a person"},
                                  {"shallow", itemId, "deep enough"}};
    SessionDocument document(original);
    QVERIFY(document.push(remove(&document)));
    const QList<DismissedFinding> kept{{"shallow", c6, "out of scope"}, {"blame", c2, "a role, not a person"}};
    QCOMPARE(document.session().dismissedFindings, kept);
    QCOMPARE(document.indexOfDismissedFinding("compound", itemId), -1);
    document.undoStack()->undo();
    verifySame(document.session(), original, "after undo");
    document.undoStack()->redo();
    QCOMPARE(document.session().dismissedFindings, kept);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
