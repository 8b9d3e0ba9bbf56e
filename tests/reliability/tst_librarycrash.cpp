// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgrestesthelpers.h"
#include "randomeditor.h"
#include "samplesessions.h"
#include "storagetesthelpers.h"
#include "document/sessiondocument.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoCommand>

#include <cstdio>

using namespace Whyboard;

namespace {

const char childModeVariable[] = "WHYBOARD_STORAGE_CHILD";
const char childPathVariable[] = "WHYBOARD_STORAGE_CHILD_PATH";
const char childStartVariable[] = "WHYBOARD_STORAGE_CHILD_START";
const char childDrawsVariable[] = "WHYBOARD_STORAGE_CHILD_DRAWS";
const char childLastMovedVariable[] = "WHYBOARD_STORAGE_CHILD_LAST_MOVED";
const char childLengthVariable[] = "WHYBOARD_STORAGE_CHILD_LENGTH";

// The script: random gestures (cards, links, drags, typing that merges, timeline, actions,
// people, findings, splits) on one session, the same on every replay. 10,000 of them in a
// file; on a server, where each step is a round trip, the first 1,000.
constexpr quint32 scriptSeed = 20261201;

Session scriptSession()
{
    Session session = Test::randomSession(scriptSeed, 12, 6, 3);
    session.id = 1; // the id the library gives the first session it stores
    return session;
}

// Plays the script's steps from `from` up to `to` (a step is one pushed command). Calls
// done(step) after each push has returned: by then a library attached to the document holds it.
template<typename Done>
void playScript(SessionDocument &document, Test::RandomEditor &editor, int from, int to, Done done)
{
    for (int step = from; step < to;) {
        if (QUndoCommand *command = editor.next()) {
            document.push(command);
            done(++step);
        }
    }
}

// Child process: goes on with the script where the library stands (the step, the editor's draws
// and last dragged card come from the parent, which checked the library), and acknowledges each
// step on stdout once push() has returned, so once it is committed, until it is killed.
int runEditingChild(const QString &path, int start, int scriptLength, quint64 draws, const QString &lastMoved)
{
    QString message;
    auto library = Library::open(path, Library::OpenMode::CreateIfMissing, nullptr, &message);
    if (!library) {
        std::fprintf(stderr, "child: %s\n", qPrintable(message));
        return 3;
    }
    if (library->sessions().isEmpty())
        library->insertSession(scriptSession());
    SessionDocument document(*library->loadSession(1));
    library->attach(&document);
    Test::RandomEditor editor(&document, scriptSeed);
    editor.resume(draws, lastMoved);
    std::printf("ready\n");
    std::fflush(stdout);
    playScript(document, editor, start, scriptLength, [](int step) {
        std::printf("ack %d\n", step);
        std::fflush(stdout);
    });
    std::printf("done\n");
    std::fflush(stdout);
    QThread::sleep(60); // wait to be killed
    return 0;
}

} // namespace

// A process killed at any moment loses no step it reported done and leaves a sound file;
// a second process is told who holds the library.
class TestLibraryCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void startChild(QProcess &process, const char *mode, const QString &path, int start = 0,
                    const Test::RandomEditor *editor = nullptr, int scriptLength = 0)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childLengthVariable), QString::number(scriptLength));
        environment.insert(QString::fromLatin1(childModeVariable), QString::fromLatin1(mode));
        environment.insert(QString::fromLatin1(childPathVariable), path);
        environment.insert(QString::fromLatin1(childStartVariable), QString::number(start));
        if (editor) {
            environment.insert(QString::fromLatin1(childDrawsVariable), QString::number(editor->draws()));
            environment.insert(QString::fromLatin1(childLastMovedVariable), editor->lastMoved());
        }
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QCoreApplication::applicationFilePath(), {});
    }

    // Waits until the child has acknowledged step `step` (or finished the script).
    bool waitForStep(QProcess &process, int step)
    {
        const QByteArray ack = "\nack " + QByteArray::number(step) + '\n';
        while (!process.peek(1 << 24).contains(ack) && !process.peek(1 << 24).contains("\ndone\n")) {
            if (!process.waitForReadyRead(20000))
                return false;
        }
        return true;
    }

    bool waitForLine(QProcess &process, const QByteArray &line)
    {
        while (!process.peek(1 << 24).contains(QByteArray(line + '\n'))) {
            if (!process.waitForReadyRead(20000))
                return false;
        }
        return true;
    }

    // The last step the child acknowledged in full (the last line may be cut off by the kill).
    static int lastAcknowledged(const QByteArray &output, int start)
    {
        int last = start;
        const QList<QByteArray> lines = output.split('\n');
        for (int i = 0; i + 1 < lines.size(); ++i) { // the part after the last newline is cut off
            const QList<QByteArray> words = lines.at(i).split(' ');
            if (words.size() == 2 && words.at(0) == "ack")
                last = words.at(1).toInt();
        }
        return last;
    }

private Q_SLOTS:
    void killedChildrenLoseNoAcknowledgedStep_data()
    {
        QTest::addColumn<Test::LibraryBackend>("backend");
        QTest::addColumn<int>("trials");
        QTest::addColumn<int>("scriptLength");
        QTest::newRow("sqlite") << Test::LibraryBackend::Sqlite << 50 << 10000;
        // The server stays up; only the client dies. Fewer, shorter trials: each step is a round trip.
        QTest::newRow("postgres") << Test::LibraryBackend::Postgres << 10 << 1000;
    }

    // kill -9 trials over one script: each child goes on where the library stands and is
    // killed after a random number of acknowledged steps, wherever it then is (in a
    // transaction, between two, writing its acknowledgement). The library must hold every
    // acknowledged step (and at most the one step in flight), and a file pass integrity_check.
    void killedChildrenLoseNoAcknowledgedStep()
    {
        QFETCH(int, trials);
        QFETCH(int, scriptLength);
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        const QString path = scratch.location();
        QRandomGenerator random(4242);
        // The same script played in this process, never killed: what the library must hold.
        SessionDocument reference(scriptSession());
        Test::RandomEditor referenceEditor(&reference, scriptSeed);
        int referenceStep = 0;
        int held = 0; // the step the library holds
        int inFlightKept = 0;
        for (int trial = 0; trial < trials; ++trial) {
            // Spread the kills over the script; the last child runs it to the end.
            const int remaining = scriptLength - held;
            const int target = trial + 1 == trials
                ? scriptLength
                : std::min(scriptLength, held + 1 + int(random.bounded(std::max(1, 2 * remaining / (trials - trial)))));
            QProcess child;
            startChild(child, "edit", path, held, &referenceEditor, scriptLength);
            QVERIFY2(waitForLine(child, "ready"), qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
            QVERIFY2(waitForStep(child, target), qPrintable(QStringLiteral("trial %1: no step %2").arg(trial).arg(target)));
            child.kill(); // SIGKILL: no destructor, no flush, no unlock
            QVERIFY(child.waitForFinished(20000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const int acknowledged = lastAcknowledged(child.readAllStandardOutput(), held);
            QVERIFY(acknowledged >= target);

            playScript(reference, referenceEditor, referenceStep, acknowledged, [](int) {});
            referenceStep = acknowledged;
            auto library = Library::open(path, Library::OpenMode::ReadOnly);
            QVERIFY(library);
            const Session stored = *library->loadSession(1);
            library.reset();
            QString difference = Test::sessionDifference(stored, reference.session());
            held = acknowledged;
            if (!difference.isEmpty() && acknowledged < scriptLength) {
                // Killed after a commit but before its acknowledgement: the next step is there.
                playScript(reference, referenceEditor, referenceStep, acknowledged + 1, [](int) {});
                referenceStep = acknowledged + 1;
                difference = Test::sessionDifference(stored, reference.session());
                held = acknowledged + 1;
                ++inFlightKept;
            }
            QVERIFY2(difference.isEmpty(),
                     qPrintable(QStringLiteral("trial %1, step %2 acknowledged: %3").arg(trial).arg(acknowledged).arg(difference)));
            if (Test::backend() == Test::LibraryBackend::Sqlite)
                QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
        QCOMPARE(held, scriptLength);
        qInfo("%d trials, %d steps, %d unacknowledged steps found kept", trials, held, inFlightKept);
    }

    void secondProcessIsToldWhoHoldsTheLibrary()
    {
        const QString path = m_dir.filePath(QStringLiteral("held.whyboard"));
        QProcess child;
        startChild(child, "hold", path);
        QVERIFY(waitForLine(child, "ready"));

        LibraryOpenError error = LibraryOpenError::None;
        QString message;
        QVERIFY(!Library::open(path, Library::OpenMode::OpenExisting, &error, &message));
        QCOMPARE(error, LibraryOpenError::InUse);
        QVERIFY2(message.contains(QString::number(child.processId())), qPrintable(message));
        QVERIFY(Library::open(path, Library::OpenMode::ReadOnly));

        child.kill();
        QVERIFY(child.waitForFinished(10000));
        // The dead holder's lock is stale: the library opens again.
        QVERIFY(Library::open(path, Library::OpenMode::OpenExisting, &error, &message));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QByteArray mode = qgetenv(childModeVariable);
    const QString path = qEnvironmentVariable(childPathVariable);
    if (mode == "edit")
        return runEditingChild(path, qEnvironmentVariableIntValue(childStartVariable),
                               qEnvironmentVariableIntValue(childLengthVariable),
                               qEnvironmentVariable(childDrawsVariable).toULongLong(),
                               qEnvironmentVariable(childLastMovedVariable));
    if (mode == "hold")
        return Test::holdLibraryUntilKilled(path, Library::OpenMode::CreateIfMissing);
    TestLibraryCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_librarycrash.moc"
