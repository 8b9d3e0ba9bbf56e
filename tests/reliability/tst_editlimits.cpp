// SPDX-License-Identifier: GPL-3.0-or-later
// An edit never stores what the library would refuse on the next open: a log pasted past the
// text limit is cut at it, and a card sent off the board stays on its edge. Without this, a
// session edited past a limit was saved and then refused at every open.

#include "samplesessions.h"
#include "postgrestesthelpers.h"
#include "data/sessionlimits.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/editsessionfieldcommand.h"
#include "document/commands/movecardscommand.h"
#include "document/sessiondocument.h"
#include "storage/library.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace Whyboard;

class TestEditLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsPastTheLimitsStillOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("limits.whyboard"));
        SessionId id = 0;
        {
            auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
            QVERIFY(library);
            id = library->insertSession(Test::richSampleSession());
            QVERIFY(id > 0);
            SessionDocument document(*library->loadSession(id));
            library->attach(&document);

            Card card = document.session().cards.constFirst();
            // A surrogate pair straddles the limit: the cut keeps whole characters.
            card.text = QString(SessionLimits::maxTextLength - 1, u'x') + QStringLiteral("😀 and much more log");
            card.evidence = QString(SessionLimits::maxTextLength * 2, u'e');
            document.push(new EditCardCommand(&document, card));
            document.push(new MoveCardsCommand(
                &document, {{card.id, QPointF(1e300, -std::numeric_limits<double>::infinity())}}));
            document.push(new EditSessionFieldCommand(&document, SessionField::Title,
                                                      QString(SessionLimits::maxTextLength + 5, u't')));

            const Card stored = document.session().cards.constFirst();
            QCOMPARE(stored.text, QString(SessionLimits::maxTextLength - 1, u'x'));
            QCOMPARE(stored.evidence.size(), SessionLimits::maxTextLength);
            QCOMPARE(stored.position, QPointF(SessionLimits::maxCoordinate, 0.0));
            QCOMPARE(document.session().title.size(), SessionLimits::maxTextLength);
            QCOMPARE(SessionLimits::check(document.session()), QString());

            // Undo gives back the text as it was before the paste.
            document.undoStack()->undo();
            document.undoStack()->undo();
            document.undoStack()->undo();
            QCOMPARE(document.session().cards.constFirst().text, Test::richSampleSession().cards.constFirst().text);
            document.undoStack()->redo();
            document.undoStack()->redo();
            document.undoStack()->redo();
        }
        auto reopened = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(reopened);
        const std::optional<Session> session = reopened->loadSession(id);
        QVERIFY2(session, qPrintable(reopened->lastError()));
        QCOMPARE(session->cards.constFirst().evidence.size(), SessionLimits::maxTextLength);
        QCOMPARE(session->cards.constFirst().position, QPointF(SessionLimits::maxCoordinate, 0.0));
        QCOMPARE(session->title.size(), SessionLimits::maxTextLength);
    }

    // U+0000 is kept by no library (a PostgreSQL text cannot hold it): a paste leaves it out
    // and a whole session holding one is refused, the same way on a file and on a server.
    void aNulCharacterIsLeftOutOfEditsAndRefusedInSessions_data()
    {
        QTest::addColumn<bool>("onServer");
        QTest::newRow("file") << false;
        QTest::newRow("server") << true;
    }
    void aNulCharacterIsLeftOutOfEditsAndRefusedInSessions()
    {
        QFETCH(bool, onServer);
        if (onServer)
            WHYBOARD_REQUIRE_POSTGRES();
        const Test::ScratchLibrary scratch(onServer ? Test::LibraryBackend::Postgres : Test::LibraryBackend::Sqlite);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        const QString where = scratch.location();
        SessionId id = 0;
        {
            auto library = Library::open(where, Library::OpenMode::CreateIfMissing);
            QVERIFY(library);
            Session withNul = Test::richSampleSession();
            withNul.cards[0].evidence = QStringLiteral("log line") + QChar(0) + QStringLiteral("next");
            QCOMPARE(library->insertSession(withNul), SessionId(0));
            QVERIFY2(library->lastError().contains(QLatin1String("U+0000 (at character 9)")), qPrintable(library->lastError()));
            QVERIFY(library->sessions().isEmpty());

            id = library->insertSession(Test::richSampleSession());
            QVERIFY2(id > 0, qPrintable(library->lastError()));
            SessionDocument document(*library->loadSession(id));
            library->attach(&document);
            Card card = document.session().cards.constFirst();
            card.text = QStringLiteral("pasted") + QChar(0) + QStringLiteral(" log");
            document.push(new EditCardCommand(&document, card));
            QCOMPARE(document.session().cards.constFirst().text, QStringLiteral("pasted log"));
            QVERIFY(!document.isReadOnly());
        }
        auto reopened = Library::open(where, Library::OpenMode::ReadOnly);
        QVERIFY(reopened);
        const std::optional<Session> session = reopened->loadSession(id);
        QVERIFY2(session, qPrintable(reopened->lastError()));
        QCOMPARE(session->cards.constFirst().text, QStringLiteral("pasted log"));
    }
};

QTEST_GUILESS_MAIN(TestEditLimits)
#include "tst_editlimits.moc"
