// An edit never stores what the library would refuse on the next open: a log pasted past the
// text limit is cut at it, and a card sent off the board stays on its edge. Without this, a
// session edited past a limit was saved and then refused at every open.

#include "samplesessions.h"
#include "data/sessionlimits.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/editsessionfieldcommand.h"
#include "document/commands/movecardscommand.h"
#include "document/sessiondocument.h"
#include "storage/library.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

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
};

QTEST_GUILESS_MAIN(TestEditLimits)
#include "tst_editlimits.moc"
