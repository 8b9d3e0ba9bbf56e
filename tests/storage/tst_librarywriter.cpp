// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgrestesthelpers.h"
#include "samplesessions.h"
#include "storagetesthelpers.h"
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
#include "document/commands/editparkedideacommand.h"
#include "document/commands/parkideacommand.h"
#include "document/commands/restorefindingcommand.h"
#include "document/commands/unparkideascommand.h"
#include "document/commands/setlinkverdictcommand.h"
#include "document/commands/splitcardcommand.h"
#include "document/sessiondocument.h"
#include "storage/library.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <optional>

using namespace Whyboard;

using Edit = std::function<QUndoCommand *(SessionDocument *)>;
Q_DECLARE_METATYPE(Edit)

// Every command step reaches the file as the user works: checked by reading the file back
// through a second, read-only Library after each step.
class TestLibraryWriter : public QObject
{
    Q_OBJECT

private:
    std::optional<Test::ScratchLibrary> m_scratch;
    QString m_path;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<SessionDocument> m_document;

    // What another reader of the file sees of the open session, compared with the document.
    QString fileDifference() const
    {
        auto reader = Library::open(m_path, Library::OpenMode::ReadOnly);
        if (!reader)
            return QStringLiteral("cannot reopen the file");
        const std::optional<Session> stored = reader->loadSession(m_document->sessionId());
        if (!stored)
            return QStringLiteral("session missing from the file");
        return Test::sessionDifference(*stored, m_document->session());
    }

    static void addEditRows(Test::LibraryBackend backend)
    {
        const auto newRow = [backend](const char *name) -> QTestData & {
            return QTest::addRow("%s, %s", qPrintable(Test::backendName(backend)), name) << backend;
        };
        newRow("session title") << Edit([](SessionDocument *d) {
            return new EditSessionFieldCommand(d, SessionField::Title, QStringLiteral("Neuer Titel ✓"));
        });
        newRow("severity") << Edit([](SessionDocument *d) {
            return new EditSessionFieldCommand(d, SessionField::Severity, 4);
        });
        newRow("start time") << Edit([](SessionDocument *d) {
            return new EditSessionFieldCommand(
                d, SessionField::StartedAt,
                QDateTime::fromString(QStringLiteral("2026-03-04T18:00:00+09:30"), Qt::ISODate));
        });
        newRow("clear users affected") << Edit([](SessionDocument *d) {
            return new EditSessionFieldCommand(d, SessionField::UsersAffected, QVariant());
        });
        newRow("add card") << Edit([](SessionDocument *d) {
            Card card;
            card.id = d->newCardId();
            card.text = QStringLiteral("A new why 🆕");
            card.position = QPointF(-40.5, 300.25);
            return new AddCardCommand(d, card, QStringLiteral("c2"));
        });
        newRow("edit card") << Edit([](SessionDocument *d) {
            Card card = *d->session().card(QStringLiteral("c3"));
            card.text = QStringLiteral("Edited\ntext");
            card.evidence = QStringLiteral("Pager log");
            card.verified = true;
            return new EditCardCommand(d, card);
        });
        newRow("accept without action") << Edit([](SessionDocument *d) {
            Card card = *d->session().card(QStringLiteral("c3"));
            card.noActionAccepted = true;
            card.noActionReason = QStringLiteral("Paging is being replaced — ersetzt");
            return new EditCardCommand(d, card);
        });
        newRow("withdraw no action") << Edit([](SessionDocument *d) {
            Card card = *d->session().card(QStringLiteral("c5"));
            card.noActionAccepted = false;
            return new EditCardCommand(d, card);
        });
        newRow("park idea") << Edit([](SessionDocument *d) {
            return new ParkIdeaCommand(d, {QString(), QStringLiteral("Alert on empty rota 📟")});
        });
        newRow("edit parked idea") << Edit([](SessionDocument *d) {
            return new EditParkedIdeaCommand(d, {QStringLiteral("i-probe"), QStringLiteral("Synthetic probe every minute")});
        });
        newRow("unpark ideas") << Edit([](SessionDocument *d) {
            return new UnparkIdeasCommand(d, {QStringLiteral("i-probe")});
        });
        newRow("move cards") << Edit([](SessionDocument *d) {
            return new MoveCardsCommand(d, {{QStringLiteral("c2"), QPointF(1, 2)}, {QStringLiteral("c5"), QPointF(-3, 4)}});
        });
        newRow("remove cards") << Edit([](SessionDocument *d) {
            return new RemoveCardsCommand(d, {QStringLiteral("c4"), QStringLiteral("c3")});
        });
        newRow("split card") << Edit([](SessionDocument *d) {
            return new SplitCardCommand(d, QStringLiteral("c2"), QStringLiteral("first"), QStringLiteral("second"));
        });
        newRow("add link") << Edit([](SessionDocument *d) {
            return new AddLinkCommand(d, QStringLiteral("c5"), QStringLiteral("c2"));
        });
        newRow("remove link") << Edit([](SessionDocument *d) {
            return new RemoveLinkCommand(d, QStringLiteral("c4"), QStringLiteral("c3"));
        });
        newRow("link verdict") << Edit([](SessionDocument *d) {
            return new SetLinkVerdictCommand(d, QStringLiteral("c4"), QStringLiteral("c3"), ReadBackVerdict::DoesNotHold);
        });
        newRow("add event") << Edit([](SessionDocument *d) {
            TimelineEvent event;
            event.id = d->newEventId();
            event.at = QDateTime::fromString(QStringLiteral("2026-03-05T02:00:00-03:00"), Qt::ISODate);
            event.kind = EventKind::Escalation;
            event.text = QStringLiteral("Paged the DBA");
            event.cardIds = {QStringLiteral("c3")};
            return new AddEventCommand(d, event);
        });
        newRow("edit event") << Edit([](SessionDocument *d) {
            TimelineEvent event = d->session().timeline.at(1);
            event.text = QStringLiteral("changed");
            event.at = QDateTime();
            event.cardIds.clear();
            return new EditEventCommand(d, event);
        });
        newRow("remove events") << Edit([](SessionDocument *d) {
            return new RemoveEventsCommand(d, {QStringLiteral("e1"), QStringLiteral("e4")});
        });
        newRow("add action") << Edit([](SessionDocument *d) {
            ActionItem action;
            action.id = d->newActionId();
            action.text = QStringLiteral("Add a canary");
            action.due = QDate(2026, 12, 31);
            action.category = ActionCategory::Technology;
            action.horizon = ActionHorizon::Long;
            action.eventIds = {QStringLiteral("e5")};
            return new AddActionCommand(d, action);
        });
        newRow("edit action") << Edit([](SessionDocument *d) {
            ActionItem action = d->session().actions.at(0);
            action.status = ActionStatus::Done;
            action.due = QDate();
            action.owner = QStringLiteral("Zoë");
            return new EditActionCommand(d, action);
        });
        newRow("remove actions") << Edit([](SessionDocument *d) {
            return new RemoveActionsCommand(d, {QStringLiteral("a2")});
        });
        newRow("add participant") << Edit([](SessionDocument *d) {
            return new AddParticipantCommand(d, {d->newParticipantId(), QStringLiteral("Kim"),
                                                 ParticipantRole::Debugged | ParticipantRole::Responded});
        });
        newRow("edit participant") << Edit([](SessionDocument *d) {
            Participant participant = d->session().participants.at(2);
            participant.name = QStringLiteral("Dana");
            return new EditParticipantCommand(d, participant);
        });
        newRow("remove participant") << Edit([](SessionDocument *d) {
            return new RemoveParticipantCommand(d, QStringLiteral("u1"));
        });
        newRow("dismiss finding") << Edit([](SessionDocument *d) {
            return new DismissFindingCommand(d, {QStringLiteral("compound"), QStringLiteral("c2"), QStringLiteral("ok")});
        });
        newRow("restore finding") << Edit([](SessionDocument *d) {
            return new RestoreFindingCommand(d, QStringLiteral("shallow"), QStringLiteral("c6"));
        });
    }

private Q_SLOTS:
    // Every function runs on a new library of the row's backend.
    void init()
    {
        WHYBOARD_REQUIRE_BACKEND();
        m_scratch.emplace(Test::backend());
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        m_path = m_scratch->location();
        m_library = Library::open(m_path, Library::OpenMode::CreateIfMissing);
        QVERIFY(m_library);
        m_library->insertSession(Test::chainSession(2)); // a neighbour that must stay untouched
        const SessionId id = m_library->insertSession(Test::richSampleSession());
        m_document = std::make_unique<SessionDocument>(*m_library->loadSession(id));
        m_library->attach(m_document.get());
    }

    void cleanup()
    {
        m_document.reset();
        m_library.reset();
        m_scratch.reset();
    }

    void everyCommandLandsInTheFile_data()
    {
        QTest::addColumn<Test::LibraryBackend>("backend");
        QTest::addColumn<Edit>("edit");
        for (const Test::LibraryBackend backend : {Test::LibraryBackend::Sqlite, Test::LibraryBackend::Postgres})
            addEditRows(backend);
    }

    void everyCommandLandsInTheFile()
    {
        QFETCH(Edit, edit);
        QSignalSpy failures(m_library.get(), &Library::writeFailed);
        const Session before = m_document->session();
        const Session neighbour = *m_library->loadSession(1);

        QVERIFY(m_document->push(edit(m_document.get())));
        QVERIFY2(m_document->session() != before, "the edit changed nothing");
        const Session after = m_document->session();
        QCOMPARE(fileDifference(), QString());

        m_document->undoStack()->undo();
        QCOMPARE(m_document->session(), before);
        QCOMPARE(fileDifference(), QString());

        m_document->undoStack()->redo();
        QCOMPARE(m_document->session(), after);
        QCOMPARE(fileDifference(), QString());

        QCOMPARE(*m_library->loadSession(1), neighbour);
        QCOMPARE(failures.count(), 0);
    }

    void mergedTypingLandsAsTheLastText_data() { Test::addBackendRows(); }
    void mergedTypingLandsAsTheLastText()
    {
        const int run = EditCardCommand::newEditRun();
        Card card = *m_document->session().card(QStringLiteral("c3"));
        for (int step = 1; step <= 5; ++step) {
            card.text += QLatin1Char('x');
            m_document->push(new EditCardCommand(m_document.get(), card, run));
            QCOMPARE(fileDifference(), QString()); // each keystroke is in the file at once
        }
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(fileDifference(), QString());
        m_document->undoStack()->undo();
        QCOMPARE(fileDifference(), QString());
    }

    void macroLandsWhenItEnds_data() { Test::addBackendRows(); }
    void macroLandsWhenItEnds()
    {
        QUndoStack *stack = m_document->undoStack();
        stack->beginMacro(QStringLiteral("two things"));
        m_document->push(new EditSessionFieldCommand(m_document.get(), SessionField::Facilitator, QStringLiteral("Lee")));
        m_document->push(new RemoveEventsCommand(m_document.get(), {QStringLiteral("e2")}));
        stack->endMacro();
        QCOMPARE(fileDifference(), QString());
        stack->undo();
        QCOMPARE(fileDifference(), QString());
    }

    void seededRandomEditsKeepFileAndDocumentEqual_data() { Test::addBackendRows(); }
    void seededRandomEditsKeepFileAndDocumentEqual()
    {
        QRandomGenerator random(20261121);
        auto reader = Library::open(m_path, Library::OpenMode::ReadOnly);
        QVERIFY(reader);
        for (int step = 0; step < 300; ++step) {
            SessionDocument *d = m_document.get();
            const Session &s = d->session();
            const int choice = random.bounded(8);
            if (choice == 0 && m_document->undoStack()->canUndo()) {
                m_document->undoStack()->undo();
            } else if (choice == 1 && m_document->undoStack()->canRedo()) {
                m_document->undoStack()->redo();
            } else if (choice == 2 && s.cards.size() > 2) {
                const Card &victim = s.cards.at(random.bounded(1, int(s.cards.size())));
                d->push(new RemoveCardsCommand(d, {victim.id}));
            } else if (choice == 3 && !s.timeline.isEmpty()) {
                d->push(new RemoveEventsCommand(d, {s.timeline.at(random.bounded(int(s.timeline.size()))).id}));
            } else if (choice == 4) {
                TimelineEvent event;
                event.id = d->newEventId();
                event.text = QString::number(step);
                d->push(new AddEventCommand(d, event));
            } else if (choice == 5) {
                const Card &card = s.cards.at(random.bounded(int(s.cards.size())));
                d->push(new MoveCardsCommand(d, {{card.id, QPointF(step, -step)}}));
            } else {
                Card card;
                card.id = d->newCardId();
                card.text = QStringLiteral("why %1").arg(step);
                d->push(new AddCardCommand(d, card, s.cards.at(random.bounded(int(s.cards.size()))).id));
            }
            const std::optional<Session> stored = reader->loadSession(m_document->sessionId());
            QVERIFY(stored);
            QVERIFY2(*stored == m_document->session(),
                     qPrintable(QStringLiteral("step %1: %2").arg(step).arg(Test::sessionDifference(*stored, m_document->session()))));
        }
    }

    void failedWriteIsReported_data() { Test::addBackendRows(); }
    void failedWriteIsReported()
    {
        QSignalSpy failures(m_library.get(), &Library::writeFailed);
        // Another program damages the file under us.
        QCOMPARE(Test::executeSql(m_path, {QStringLiteral("DROP TABLE participants")}), QString());
        m_document->push(new AddParticipantCommand(m_document.get(), {m_document->newParticipantId(), QStringLiteral("X"), {}}));
        QCOMPARE(failures.count(), 1);
        QVERIFY(!failures.at(0).at(0).toString().isEmpty());
    }

    void closingKeepsEverything_data() { Test::addBackendRows(); }
    void closingKeepsEverything()
    {
        const SessionId id = m_document->sessionId();
        m_document->push(new EditSessionFieldCommand(m_document.get(), SessionField::Summary, QStringLiteral("final")));
        const Session expected = m_document->session();
        m_library->detach(m_document.get());
        m_document.reset();
        m_library.reset();
        auto reopened = Library::open(m_path, Library::OpenMode::OpenExisting);
        QVERIFY(reopened);
        QCOMPARE(*reopened->loadSession(id), expected);
    }

    void readOnlyLibraryMakesTheDocumentReadOnly_data() { Test::addBackendRows(); }
    void readOnlyLibraryMakesTheDocumentReadOnly()
    {
        const SessionId id = m_document->sessionId();
        m_document.reset();
        m_library.reset();
        auto reader = Library::open(m_path, Library::OpenMode::ReadOnly);
        QVERIFY(reader);
        SessionDocument document(*reader->loadSession(id));
        reader->attach(&document);
        QVERIFY(document.isReadOnly());
        QVERIFY(!document.push(new EditSessionFieldCommand(&document, SessionField::Title, QStringLiteral("x"))));
    }

    void documentWithoutIdIsNotAttached_data() { Test::addBackendRows(); }
    void documentWithoutIdIsNotAttached()
    {
        QSignalSpy failures(m_library.get(), &Library::writeFailed);
        SessionDocument unsaved(Test::chainSession(1));
        m_library->attach(&unsaved);
        QVERIFY(unsaved.isReadOnly());
        QCOMPARE(failures.count(), 1);
        QCOMPARE(m_library->sessions().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryWriter)
#include "tst_librarywriter.moc"
