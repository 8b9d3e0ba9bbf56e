// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addlinkcommand.h"
#include "document/commands/removecardscommand.h"
#include "document/commands/removeeventscommand.h"
#include "document/sessiondocument.h"
#include "samplesessions.h"

#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

// The heaviest gestures on the largest session the design targets: 1,000 cards, 3,000 events.
class BenchDocumentCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deleteEveryCardUndoRedo();
    void deleteEveryEventUndoRedo();
    void linkRefusalOnLargeBoard();
};

namespace {

QStringList allIds(const Session &session)
{
    QStringList ids;
    for (const Card &card : session.cards)
        ids.append(card.id);
    return ids;
}

} // namespace

void BenchDocumentCommands::deleteEveryCardUndoRedo()
{
    const Session session = Test::randomSession(7, 1000, 3000, 200);
    QBENCHMARK {
        SessionDocument document(session);
        document.push(new RemoveCardsCommand(&document, allIds(session)));
        document.undoStack()->undo();
        document.undoStack()->redo();
    }
}

void BenchDocumentCommands::deleteEveryEventUndoRedo()
{
    const Session session = Test::randomSession(7, 1000, 3000, 200);
    QStringList ids;
    for (const TimelineEvent &event : session.timeline)
        ids.append(event.id);
    QBENCHMARK {
        SessionDocument document(session);
        document.push(new RemoveEventsCommand(&document, ids));
        document.undoStack()->undo();
        document.undoStack()->redo();
    }
}

void BenchDocumentCommands::linkRefusalOnLargeBoard()
{
    SessionDocument document(Test::randomSession(7, 1000, 0, 0));
    const QStringList ids = allIds(document.session());
    const QList<CausalLink> links = document.session().links;
    int allowed = 0;
    QBENCHMARK {
        // What the board asks while a link is dragged over cards, and before an unlink.
        for (int i = 1; i < 100; ++i) {
            allowed += document.linkRefusal(ids.at(i), ids.at(ids.size() - i)).isEmpty() ? 1 : 0;
            const CausalLink &link = links.at(i * (links.size() - 1) / 100);
            allowed += document.unlinkRefusal(link.causeId, link.effectId).isEmpty() ? 1 : 0;
        }
    }
    QVERIFY(allowed > 0);
}

QTEST_GUILESS_MAIN(BenchDocumentCommands)
#include "bench_documentcommands.moc"
