// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgrestesthelpers.h"
#include "randomeditor.h"
#include "samplesessions.h"
#include "searchindexcheck.h"
#include "storagetesthelpers.h"
#include "document/sessiondocument.h"
#include "storage/library.h"
#include "storage/librarysearch.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace Whyboard;

namespace {

const char childPathVariable[] = "WHYBOARD_SEARCH_CHILD_PATH";
const char childSeedVariable[] = "WHYBOARD_SEARCH_CHILD_SEED";

// Child process: edits session 1 at random (with undo and redo), and now and then sends a
// neighbour to the trash and back, or imports a session and empties the trash of it,
// acknowledging each step until it is killed.
int runEditingChild(const QString &path, quint32 seed)
{
    QString message;
    auto library = Library::open(path, Library::OpenMode::CreateIfMissing, nullptr, &message);
    if (!library) {
        std::fprintf(stderr, "child: %s\n", qPrintable(message));
        return 3;
    }
    if (library->sessions().isEmpty()) {
        library->insertSession(Test::randomSession(seed, 12, 6, 3));
        library->insertSession(Test::fixtureSession(QStringLiteral("examples/aws-s3-outage")));
    }
    SessionDocument document(*library->loadSession(1));
    library->attach(&document);
    Test::RandomEditor editor(&document, seed);
    QRandomGenerator random(seed);
    std::printf("ready\n");
    std::fflush(stdout);
    for (int step = 1;; ++step) {
        const int choice = int(random.bounded(40));
        if (choice == 0) {
            library->trashSession(2);
            library->restoreFromTrash(2);
        } else if (choice == 1) {
            const SessionId copy = library->insertSession(Test::fixtureSession(QStringLiteral("examples/gitlab-database-outage")));
            library->trashSession(copy);
            library->emptyTrash();
        } else if (choice < 6 && document.undoStack()->canUndo()) {
            document.undoStack()->undo();
        } else if (choice < 8 && document.undoStack()->canRedo()) {
            document.undoStack()->redo();
        } else if (QUndoCommand *command = editor.next()) {
            document.push(command);
        }
        std::printf("ack %d\n", step);
        std::fflush(stdout);
    }
}

} // namespace

// A process killed with kill -9 in the middle of editing leaves the full-text index exactly
// as the tables it was written with: the triggers write both in one transaction.
class TestSearchIndexCrash : public QObject
{
    Q_OBJECT

private:
    bool waitFor(QProcess &process, const QByteArray &text)
    {
        while (!process.peek(1 << 24).contains(text)) {
            if (!process.waitForReadyRead(20000))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void killedEditorsLeaveTheIndexExact_data()
    {
        QTest::addColumn<Test::LibraryBackend>("backend");
        QTest::addColumn<int>("trials");
        QTest::newRow("sqlite") << Test::LibraryBackend::Sqlite << 12;
        // The server stays up; only the client dies. Fewer trials: each step is a round trip.
        QTest::newRow("postgres") << Test::LibraryBackend::Postgres << 6;
    }

    void killedEditorsLeaveTheIndexExact()
    {
        QFETCH(int, trials);
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        const QString path = scratch.location();
        QRandomGenerator random(1412);
        for (int trial = 0; trial < trials; ++trial) {
            QProcess child;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QString::fromLatin1(childPathVariable), path);
            environment.insert(QString::fromLatin1(childSeedVariable), QString::number(100 + trial));
            child.setProcessEnvironment(environment);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY2(waitFor(child, "ready\n"), qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
            const int steps = 20 + int(random.bounded(300));
            QVERIFY2(waitFor(child, "\nack " + QByteArray::number(steps) + '\n'),
                     qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
            child.kill(); // SIGKILL, wherever it is: in a transaction, between two
            QVERIFY(child.waitForFinished(20000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const QString mismatch = Test::searchIndexMismatch(path);
            QVERIFY2(mismatch.isEmpty(), qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(mismatch)));
            if (Test::backend() == Test::LibraryBackend::Sqlite)
                QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            // And the search reads it.
            auto library = Library::open(path, Library::OpenMode::ReadOnly);
            QVERIFY(library);
            const QList<SessionSummary> trashed = library->trashedSessions();
            const bool s3InTrash = std::any_of(trashed.cbegin(), trashed.cend(), [](const SessionSummary &s) { return s.id == 2; });
            QCOMPARE(library->search(QStringLiteral("rehearsed")), s3InTrash ? QList<SessionId>() : QList<SessionId>{2});
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QString path = qEnvironmentVariable(childPathVariable);
    if (!path.isEmpty())
        return runEditingChild(path, quint32(qEnvironmentVariableIntValue(childSeedVariable)));
    TestSearchIndexCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_searchindexcrash.moc"
