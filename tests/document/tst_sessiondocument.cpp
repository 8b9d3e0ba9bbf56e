// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/sessiondocument.h"
#include "samplesessions.h"
#include "signallog.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

using namespace Whyboard;

using Mutation = std::function<void(SessionDocument &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// Tells the test whether it ran and whether it was deleted.
class ProbeCommand : public QUndoCommand
{
public:
    ProbeCommand(bool *ran, bool *deleted)
        : m_ran(ran)
        , m_deleted(deleted)
    {
        setText(QStringLiteral("probe"));
    }
    ~ProbeCommand() override { *m_deleted = true; }
    void redo() override { *m_ran = true; }
    void undo() override { *m_ran = false; }

private:
    bool *m_ran;
    bool *m_deleted;
};

Card why(const QString &id, const QString &text = QStringLiteral("new why"))
{
    Card card;
    card.id = id;
    card.text = text;
    return card;
}

} // namespace

class TestSessionDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsTheSessionAndOwnsItsUndoStack();
    void newCardIdIsPastEveryNumberInUse_data();
    void newCardIdIsPastEveryNumberInUse();
    void newIdsForEveryKind();
    void linkRefusal_data();
    void linkRefusal();
    void unlinkRefusal_data();
    void unlinkRefusal();
    void sessionFieldRoundTrip_data();
    void sessionFieldRoundTrip();
    void invalidValueClearsOptionalFields();
    void mutatorSignals_data();
    void mutatorSignals();
    void insertPutsRowsWhereAsked();
    void updateCardKeepsKindAndPosition();
    void readOnlyRefusesCommands();
    void stepGroupsPushesIntoOneUndoStep();
    void stepThatPushesNothingLeavesNoStep();
    void stepOnReadOnlyDocumentIsRefused();
};

void TestSessionDocument::holdsTheSessionAndOwnsItsUndoStack()
{
    const Session sample = Test::richSampleSession();
    SessionDocument document(sample);
    QVERIFY(document.session() == sample);
    QCOMPARE(document.undoStack()->parent(), &document);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isReadOnly());
}

void TestSessionDocument::newCardIdIsPastEveryNumberInUse_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QStringList() << "c1";
    QTest::newRow("consecutive") << QStringList{"c1", "c2"} << "c3";
    QTest::newRow("gap") << QStringList{"c1", "c3"} << "c4";
    QTest::newRow("no c1") << QStringList{"c2", "c5"} << "c6";
    QTest::newRow("foreign ids") << QStringList{"c01", "cx", "C1", "k7"} << "c8";
    QTest::newRow("double digits") << QStringList{"c1", "c2", "c10"} << "c11";
}

void TestSessionDocument::newCardIdIsPastEveryNumberInUse()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, expected);
    Session session;
    for (const QString &id : existing)
        session.cards.append(why(id));
    SessionDocument document(session);
    QCOMPARE(document.newCardId(), expected);
}

void TestSessionDocument::newIdsForEveryKind()
{
    SessionDocument document(Test::richSampleSession());
    // One counter for every kind, started past the highest number in use (c6, e6).
    QCOMPARE(document.newCardId(), QStringLiteral("c7"));
    QCOMPARE(document.newEventId(), QStringLiteral("e8"));
    QCOMPARE(document.newActionId(), QStringLiteral("a9"));
    QCOMPARE(document.newParticipantId(), QStringLiteral("u10"));
    // A deleted item's id is never handed out again.
    document.removeEvent(document.session().indexOfEvent(QStringLiteral("e3")));
    document.removeActionItem(document.session().indexOfAction(QStringLiteral("a1")));
    document.removeParticipant(document.session().indexOfParticipant(QStringLiteral("u2")));
    QCOMPARE(document.newEventId(), QStringLiteral("e11"));
    QCOMPARE(document.newActionId(), QStringLiteral("a12"));
    QCOMPARE(document.newParticipantId(), QStringLiteral("u13"));
    QCOMPARE(document.session().lastItemNumber, qint64(13));
}

void TestSessionDocument::linkRefusal_data()
{
    // Rich sample links: c2->c1, c3->c1, c4->c2, c4->c3, c5->c4, c6->c3 (c1 is the problem).
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("effect");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("new link between whys") << "c6" << "c2" << false << "";
    QTest::newRow("second path to an effect") << "c5" << "c3" << false << "";
    QTest::newRow("unknown cause") << "c99" << "c1" << true << "";
    QTest::newRow("unknown effect") << "c2" << "c99" << true << "";
    QTest::newRow("card explains itself") << "c2" << "c2" << true << "itself";
    QTest::newRow("duplicate") << "c2" << "c1" << true << "already explains";
    QTest::newRow("problem as cause") << "c1" << "c2" << true << "problem";
    QTest::newRow("direct cycle") << "c2" << "c4" << true << QString::fromUtf8("配置推送没有经过评审");
    QTest::newRow("cycle through several whys") << "c2" << "c5" << true << "loop";
    QTest::newRow("cycle from shared cause") << "c3" << "c6" << true << "loop";
}

void TestSessionDocument::linkRefusal()
{
    QFETCH(QString, cause);
    QFETCH(QString, effect);
    QFETCH(bool, refused);
    QFETCH(QString, mentions);
    const Session sample = Test::richSampleSession();
    SessionDocument document(sample);
    const QString reason = document.linkRefusal(cause, effect);
    QCOMPARE(!reason.isEmpty(), refused);
    if (refused)
        QVERIFY2(reason.endsWith(QLatin1Char('.')), qPrintable(reason));
    QVERIFY2(reason.contains(mentions), qPrintable(reason));
    QVERIFY(document.session() == sample);
}

void TestSessionDocument::unlinkRefusal_data()
{
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("effect");
    QTest::addColumn<bool>("refused");
    QTest::newRow("only path to the problem") << "c2" << "c1" << true;
    QTest::newRow("another path remains") << "c4" << "c2" << false;
    QTest::newRow("cause's only path") << "c5" << "c4" << true;
    QTest::newRow("not linked") << "c2" << "c3" << true;
    QTest::newRow("floating why") << "c7" << "c8" << false;
}

void TestSessionDocument::unlinkRefusal()
{
    QFETCH(QString, cause);
    QFETCH(QString, effect);
    QFETCH(bool, refused);
    SessionDocument document(Test::richSampleSession());
    // Two whys linked to each other but not (yet) to the rest of the chain.
    document.insertCard(6, why(QStringLiteral("c7")));
    document.insertCard(7, why(QStringLiteral("c8")));
    document.insertLink(6, {QStringLiteral("c7"), QStringLiteral("c8"), ReadBackVerdict::NotChecked});
    const Session before = document.session();
    const QString reason = document.unlinkRefusal(cause, effect);
    QCOMPARE(!reason.isEmpty(), refused);
    QVERIFY(document.session() == before);
}

void TestSessionDocument::sessionFieldRoundTrip_data()
{
    QTest::addColumn<SessionField>("field");
    QTest::addColumn<QVariant>("value");
    const QDateTime india = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05+05:30"), Qt::ISODate);
    QTest::newRow("title") << SessionField::Title << QVariant(QStringLiteral("Ново заглавие 🚀"));
    QTest::newRow("summary") << SessionField::Summary << QVariant(QStringLiteral("line 1\nשורה 2"));
    QTest::newRow("severity") << SessionField::Severity << QVariant(4);
    QTest::newRow("status") << SessionField::Status << QVariant(int(SessionStatus::Published));
    QTest::newRow("started") << SessionField::StartedAt << QVariant(india);
    QTest::newRow("detected") << SessionField::DetectedAt << QVariant(india.addSecs(60));
    QTest::newRow("resolved") << SessionField::ResolvedAt << QVariant(india.addSecs(3600));
    QTest::newRow("impact") << SessionField::ImpactDescription << QVariant(QStringLiteral("影响"));
    QTest::newRow("users") << SessionField::UsersAffected << QVariant(qlonglong(5'000'000'000LL));
    QTest::newRow("cost") << SessionField::CostPerMinute << QVariant(12.5);
    QTest::newRow("currency") << SessionField::Currency << QVariant(QStringLiteral("JPY"));
    QTest::newRow("facilitator") << SessionField::Facilitator << QVariant(QStringLiteral("Åsa"));
    QTest::newRow("clear started") << SessionField::StartedAt << QVariant();
    QTest::newRow("clear users") << SessionField::UsersAffected << QVariant();
    QTest::newRow("clear cost") << SessionField::CostPerMinute << QVariant();
}

void TestSessionDocument::sessionFieldRoundTrip()
{
    QFETCH(SessionField, field);
    QFETCH(QVariant, value);
    SessionDocument document(Test::richSampleSession());
    QSignalSpy changed(&document, &SessionDocument::sessionFieldChanged);
    document.setSessionField(field, value);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<SessionField>(), field);
    const QVariant stored = document.sessionField(field);
    QCOMPARE(stored.isValid(), value.isValid());
    if (value.metaType() == QMetaType::fromType<QDateTime>()) {
        QVERIFY(sameZonedTime(stored.toDateTime(), value.toDateTime()));
        QCOMPARE(stored.toDateTime().offsetFromUtc(), 19800);
    } else {
        QCOMPARE(stored, value);
    }
}

void TestSessionDocument::invalidValueClearsOptionalFields()
{
    SessionDocument document(Test::richSampleSession());
    document.setSessionField(SessionField::UsersAffected, QVariant());
    document.setSessionField(SessionField::CostPerMinute, QVariant());
    document.setSessionField(SessionField::ResolvedAt, QVariant());
    QVERIFY(!document.session().impact.usersAffected.has_value());
    QVERIFY(!document.session().impact.costPerMinute.has_value());
    QVERIFY(!document.session().resolvedAt.isValid());
    // Zero is a figure, not "unknown".
    document.setSessionField(SessionField::UsersAffected, qlonglong(0));
    QCOMPARE(document.session().impact.usersAffected, std::optional<qint64>(0));
}

void TestSessionDocument::mutatorSignals_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QStringList>("expected");
    // Rich sample sizes: 6 cards, 6 links, 6 events, 3 actions, 4 participants.
    QTest::newRow("insert card") << Mutation([](SessionDocument &d) { d.insertCard(0, why("c7")); })
                                 << QStringList{"cardAdded(c7) c7 l6 e6 a3 p4"};
    QTest::newRow("remove card") << Mutation([](SessionDocument &d) {
        d.removeLink("c6", "c3");
        d.removeCard("c6");
    }) << QStringList{"linkAboutToBeRemoved(c6,c3) c6 l6 e6 a3 p4", "linkRemoved(c6,c3) c6 l5 e6 a3 p4",
                      "cardAboutToBeRemoved(c6) c6 l5 e6 a3 p4", "cardRemoved(c6) c5 l5 e6 a3 p4"};
    QTest::newRow("update card") << Mutation([](SessionDocument &d) { d.updateCard(why("c2", "changed")); })
                                 << QStringList{"cardChanged(c2) c6 l6 e6 a3 p4"};
    QTest::newRow("move card") << Mutation([](SessionDocument &d) { d.moveCard("c3", {5, 6}); })
                               << QStringList{"cardMoved(c3) c6 l6 e6 a3 p4"};
    QTest::newRow("insert link") << Mutation([](SessionDocument &d) {
        d.insertLink(0, {"c6", "c2", ReadBackVerdict::NotChecked});
    }) << QStringList{"linkAdded(c6,c2) c6 l7 e6 a3 p4"};
    QTest::newRow("update link") << Mutation([](SessionDocument &d) {
        d.updateLink({"c4", "c3", ReadBackVerdict::Holds});
    }) << QStringList{"linkChanged(c4,c3) c6 l6 e6 a3 p4"};
    QTest::newRow("insert event") << Mutation([](SessionDocument &d) { d.insertEvent(1, {"e7", {}, {}, "x", {}}); })
                                  << QStringList{"eventAboutToBeInserted(1) c6 l6 e6 a3 p4",
                                                 "eventInserted(1,e7) c6 l6 e7 a3 p4"};
    QTest::newRow("remove event") << Mutation([](SessionDocument &d) { d.removeEvent(2); })
                                  << QStringList{"eventAboutToBeRemoved(2,e3) c6 l6 e6 a3 p4",
                                                 "eventRemoved(2,e3) c6 l6 e5 a3 p4"};
    QTest::newRow("update event") << Mutation([](SessionDocument &d) {
        TimelineEvent event = d.session().timeline.at(3);
        event.text = "changed";
        d.updateEvent(event);
    }) << QStringList{"eventChanged(3,e4) c6 l6 e6 a3 p4"};
    QTest::newRow("insert action") << Mutation([](SessionDocument &d) {
        ActionItem action;
        action.id = "a4";
        d.insertActionItem(3, action);
    }) << QStringList{"actionAboutToBeInserted(3) c6 l6 e6 a3 p4", "actionInserted(3,a4) c6 l6 e6 a4 p4"};
    QTest::newRow("remove action") << Mutation([](SessionDocument &d) { d.removeActionItem(0); })
                                   << QStringList{"actionAboutToBeRemoved(0,a1) c6 l6 e6 a3 p4",
                                                  "actionRemoved(0,a1) c6 l6 e6 a2 p4"};
    QTest::newRow("update action") << Mutation([](SessionDocument &d) {
        ActionItem action = d.session().actions.at(1);
        action.status = ActionStatus::Open;
        d.updateActionItem(action);
    }) << QStringList{"actionChanged(1,a2) c6 l6 e6 a3 p4"};
    QTest::newRow("insert participant") << Mutation([](SessionDocument &d) { d.insertParticipant(0, {"u5", "Kim", {}}); })
                                        << QStringList{"participantAboutToBeInserted(0) c6 l6 e6 a3 p4",
                                                       "participantInserted(0,u5) c6 l6 e6 a3 p5"};
    QTest::newRow("remove participant") << Mutation([](SessionDocument &d) { d.removeParticipant(3); })
                                        << QStringList{"participantAboutToBeRemoved(3,u4) c6 l6 e6 a3 p4",
                                                       "participantRemoved(3,u4) c6 l6 e6 a3 p3"};
    QTest::newRow("update participant") << Mutation([](SessionDocument &d) { d.updateParticipant({"u3", "Dana", {}}); })
                                        << QStringList{"participantChanged(2,u3) c6 l6 e6 a3 p4"};
    QTest::newRow("dismiss and restore finding") << Mutation([](SessionDocument &d) {
        d.insertDismissedFinding(0, {"compound", "c2", "fine"});
        d.removeDismissedFinding(1);
    }) << QStringList{"dismissedFindingsChanged c6 l6 e6 a3 p4", "dismissedFindingsChanged c6 l6 e6 a3 p4"};
}

void TestSessionDocument::mutatorSignals()
{
    QFETCH(Mutation, mutation);
    QFETCH(QStringList, expected);
    SessionDocument document(Test::richSampleSession());
    Test::SignalLog log(&document);
    mutation(document);
    QCOMPARE(log.entries(), expected);
}

void TestSessionDocument::insertPutsRowsWhereAsked()
{
    SessionDocument document(Test::richSampleSession());
    document.insertEvent(1, {QStringLiteral("e7"), {}, EventKind::Note, QStringLiteral("x"), {}});
    document.insertLink(0, {QStringLiteral("c6"), QStringLiteral("c2"), ReadBackVerdict::Holds});
    document.insertCard(2, why(QStringLiteral("c7")));
    QCOMPARE(document.session().timeline.at(1).id, QStringLiteral("e7"));
    QCOMPARE(document.session().timeline.at(2).id, QStringLiteral("e2"));
    QVERIFY(document.session().links.first().connects(QStringLiteral("c6"), QStringLiteral("c2")));
    QCOMPARE(document.session().cards.at(2).id, QStringLiteral("c7"));
}

void TestSessionDocument::updateCardKeepsKindAndPosition()
{
    SessionDocument document(Test::richSampleSession());
    const Card before = *document.session().card(QStringLiteral("c1"));
    Card edited = why(QStringLiteral("c1"), QStringLiteral("new problem text"));
    edited.evidence = QStringLiteral("graph");
    edited.verified = false;
    edited.position = QPointF(999, 999);
    document.updateCard(edited);
    const Card after = *document.session().card(QStringLiteral("c1"));
    QCOMPARE(after.kind, CardKind::Problem);
    QCOMPARE(after.position, before.position);
    QCOMPARE(after.text, QStringLiteral("new problem text"));
    QCOMPARE(after.evidence, QStringLiteral("graph"));
    QCOMPARE(after.verified, false);
}

void TestSessionDocument::stepGroupsPushesIntoOneUndoStep()
{
    bool ran[3] = {};
    bool deleted[3] = {};
    SessionDocument document(Test::richSampleSession());
    QSignalSpy finished(&document, &SessionDocument::stepFinished);
    {
        SessionDocument::Step outer(&document, QStringLiteral("paste"));
        QVERIFY(outer.isOpen());
        QVERIFY(document.push(new ProbeCommand(&ran[0], &deleted[0])));
        {
            SessionDocument::Step inner(&document, QStringLiteral("inner"));
            QVERIFY(document.push(new ProbeCommand(&ran[1], &deleted[1])));
        }
        QVERIFY(document.push(new ProbeCommand(&ran[2], &deleted[2])));
        QCOMPARE(finished.count(), 0); // nothing is announced in the middle of a step
    }
    QCOMPARE(finished.count(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->text(0), QStringLiteral("paste"));
    document.undoStack()->undo();
    QCOMPARE(finished.count(), 2);
    QVERIFY(!ran[0] && !ran[1] && !ran[2]);
}

void TestSessionDocument::stepThatPushesNothingLeavesNoStep()
{
    SessionDocument document(Test::richSampleSession());
    QSignalSpy finished(&document, &SessionDocument::stepFinished);
    {
        SessionDocument::Step step(&document, QStringLiteral("nothing"));
        QVERIFY(step.isOpen());
    }
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(finished.count(), 0);
}

void TestSessionDocument::stepOnReadOnlyDocumentIsRefused()
{
    bool ran = false;
    bool deleted = false;
    const Session sample = Test::richSampleSession();
    SessionDocument document(sample);
    document.setReadOnly(true);
    QSignalSpy refused(&document, &SessionDocument::editRefused);
    {
        SessionDocument::Step step(&document, QStringLiteral("paste"));
        QVERIFY(!step.isOpen());
        QCOMPARE(refused.count(), 1);
        QVERIFY(!document.push(new ProbeCommand(&ran, &deleted)));
    }
    QVERIFY(!ran);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(document.session() == sample);
}

void TestSessionDocument::readOnlyRefusesCommands()
{
    // Declared before the document: the undo stack deletes the probe when the document goes.
    bool ran = false;
    bool deleted = false;
    const Session sample = Test::richSampleSession();
    SessionDocument document(sample);
    QSignalSpy readOnlyChanged(&document, &SessionDocument::readOnlyChanged);
    QSignalSpy refused(&document, &SessionDocument::editRefused);

    document.setReadOnly(true);
    document.setReadOnly(true);
    QCOMPARE(readOnlyChanged.count(), 1);
    QCOMPARE(readOnlyChanged.at(0).at(0).toBool(), true);
    QVERIFY(document.isReadOnly());

    QVERIFY(!document.push(new ProbeCommand(&ran, &deleted)));
    QVERIFY(!ran);
    QVERIFY(deleted);
    QCOMPARE(refused.count(), 1);
    QVERIFY(!refused.at(0).at(0).toString().isEmpty());
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(document.session() == sample);

    document.setReadOnly(false);
    QCOMPARE(readOnlyChanged.count(), 2);
    deleted = false;
    QVERIFY(document.push(new ProbeCommand(&ran, &deleted)));
    QVERIFY(ran);
    QVERIFY(!deleted);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(refused.count(), 1);

    // A refusal found before pushing reaches the same observers.
    const QString cycle = document.linkRefusal(QStringLiteral("c2"), QStringLiteral("c4"));
    document.refuseEdit(cycle);
    QCOMPARE(refused.count(), 2);
    QCOMPARE(refused.at(1).at(0).toString(), cycle);
}

QTEST_GUILESS_MAIN(TestSessionDocument)
#include "tst_sessiondocument.moc"
