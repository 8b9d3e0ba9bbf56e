// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesessions.h"
#include "document/commands/addcardcommand.h"
#include "document/commands/addeventcommand.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/movecardscommand.h"
#include "document/commands/removecardscommand.h"
#include "document/sessiondocument.h"
#include "storage/library.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

// The library with a session of 1,000 cards and 3,000 events: storing, loading, listing,
// searching, and the time one command step takes to reach the file.
// Run: bench_library [-iterations N]; nothing here is asserted on time.
class BenchLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    SessionId m_id = 0;
    Session m_big;

private Q_SLOTS:
    void initTestCase()
    {
        m_big = Test::randomSession(1, 1000, 3000, 200);
        m_path = m_dir.filePath(QStringLiteral("bench.whyboard"));
        auto library = Library::open(m_path, Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        for (int i = 0; i < 20; ++i)
            library->insertSession(Test::randomSession(100 + i, 30, 40, 5));
        m_id = library->insertSession(m_big);
        QVERIFY(m_id > 0);
    }

    void insertSession()
    {
        auto library = Library::open(m_path, Library::OpenMode::OpenExisting);
        QVERIFY(library);
        QBENCHMARK {
            library->insertSession(m_big);
        }
    }

    void openLibrary()
    {
        QBENCHMARK {
            auto library = Library::open(m_path, Library::OpenMode::OpenExisting);
            QVERIFY(library);
        }
    }

    void loadSession()
    {
        auto library = Library::open(m_path, Library::OpenMode::OpenExisting);
        QVERIFY(library);
        QBENCHMARK {
            const std::optional<Session> session = library->loadSession(m_id);
            QCOMPARE(session->cards.size(), 1000);
        }
    }

    void listSessions()
    {
        auto library = Library::open(m_path, Library::OpenMode::ReadOnly);
        QVERIFY(library);
        QBENCHMARK {
            library->sessions();
        }
    }

    void search()
    {
        auto library = Library::open(m_path, Library::OpenMode::ReadOnly);
        QVERIFY(library);
        QBENCHMARK {
            library->search(QStringLiteral("CACHE timeout"));
        }
    }

    void commandStep_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("attached");
        // "document only" rows run the same commands with no library attached: the
        // difference is the cost of writing the step.
        for (const bool attached : {true, false}) {
            const char *suffix = attached ? "" : ", document only";
            QTest::addRow("move one card%s", suffix) << QStringLiteral("move") << attached;
            QTest::addRow("edit one card%s", suffix) << QStringLiteral("edit") << attached;
            QTest::addRow("add a card%s", suffix) << QStringLiteral("add card") << attached;
            QTest::addRow("add an event%s", suffix) << QStringLiteral("add event") << attached;
            QTest::addRow("remove the first why and undo%s", suffix) << QStringLiteral("remove") << attached;
        }
    }

    // push() returns once the step is committed, so this is the time per command write.
    void commandStep()
    {
        QFETCH(QString, kind);
        QFETCH(bool, attached);
        auto library = Library::open(m_path, Library::OpenMode::OpenExisting);
        QVERIFY(library);
        SessionDocument document(*library->loadSession(m_id));
        if (attached)
            library->attach(&document);
        int step = 0;
        QBENCHMARK {
            ++step;
            if (kind == QLatin1String("move")) {
                // Distinct cards, so the moves do not merge into one step.
                const QString id = document.session().cards.at(step % 1000).id;
                document.push(new MoveCardsCommand(&document, {{id, QPointF(step, step)}}));
            } else if (kind == QLatin1String("edit")) {
                Card card = document.session().cards.at(step % 1000);
                card.verified = !card.verified;
                document.push(new EditCardCommand(&document, card));
            } else if (kind == QLatin1String("add card")) {
                Card card;
                card.id = document.newCardId();
                card.text = QStringLiteral("new");
                document.push(new AddCardCommand(&document, card, document.session().cards.at(0).id));
            } else if (kind == QLatin1String("add event")) {
                TimelineEvent event;
                event.id = document.newEventId();
                event.text = QStringLiteral("new");
                document.push(new AddEventCommand(&document, event));
            } else {
                document.push(new RemoveCardsCommand(&document, {document.session().cards.at(1).id}));
                document.undoStack()->undo();
            }
        }
    }
};

QTEST_GUILESS_MAIN(BenchLibrary)
#include "bench_library.moc"
