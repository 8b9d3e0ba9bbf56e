#include "samplesessions.h"
#include "storagetesthelpers.h"
#include "document/commands/addcardcommand.h"
#include "document/commands/addeventcommand.h"
#include "document/sessiondocument.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace Whyboard;

namespace {

const char childModeVariable[] = "WHYBOARD_STORAGE_CHILD";
const char childPathVariable[] = "WHYBOARD_STORAGE_CHILD_PATH";

// Child process: edits session 1 of the library through commands, and reports each edit
// once push() has returned (so it is committed), until it is killed.
int runEditingChild(const QString &path)
{
    QString message;
    auto library = Library::open(path, Library::OpenMode::CreateIfMissing, nullptr, &message);
    if (!library) {
        std::fprintf(stderr, "child: %s\n", qPrintable(message));
        return 3;
    }
    if (library->sessions().isEmpty())
        library->insertSession(Test::chainSession(1));
    SessionDocument document(*library->loadSession(library->sessions().constFirst().id));
    library->attach(&document);
    std::printf("ready\n");
    std::fflush(stdout);
    for (int n = 0; n < 4000; ++n) {
        if (n % 2 == 0) {
            Card card;
            card.id = document.newCardId();
            card.text = QStringLiteral("edit %1").arg(n);
            document.push(new AddCardCommand(&document, card, QStringLiteral("c1")));
            std::printf("committed card %s\n", qPrintable(card.id));
        } else {
            TimelineEvent event;
            event.id = document.newEventId();
            event.text = QStringLiteral("event %1").arg(n);
            document.push(new AddEventCommand(&document, event));
            std::printf("committed event %s\n", qPrintable(event.id));
        }
        std::fflush(stdout);
    }
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

    void startChild(QProcess &process, const char *mode, const QString &path)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childModeVariable), QString::fromLatin1(mode));
        environment.insert(QString::fromLatin1(childPathVariable), path);
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QCoreApplication::applicationFilePath(), {});
    }

    // Waits until the child has acknowledged at least count committed edits.
    bool waitForCommitted(QProcess &process, int count)
    {
        while (process.peek(1 << 24).count("\ncommitted ") < count) {
            if (!process.waitForReadyRead(10000))
                return false;
        }
        return true;
    }

    bool waitForLine(QProcess &process, const QByteArray &line)
    {
        QByteArray seen;
        while (!seen.contains(QByteArray(line + '\n'))) {
            if (!process.waitForReadyRead(10000))
                return false;
            seen += process.peek(1 << 20);
        }
        return true;
    }

private Q_SLOTS:
    void killedChildLosesNoCommittedEdit()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.whyboard"));
        QRandomGenerator random(4242);
        QSet<QString> reportedCards;
        QSet<QString> reportedEvents;
        int totalReported = 0;
        for (int round = 0; round < 20; ++round) {
            QProcess child;
            startChild(child, "edit", path);
            QVERIFY2(waitForLine(child, "ready"), qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
            // The kill comes only once the child has acknowledged some edits, so every round
            // checks committed work, and at a point that differs from round to round.
            const int acknowledged = random.bounded(1, 60);
            QVERIFY(waitForCommitted(child, acknowledged));
            child.kill(); // SIGKILL: no destructor, no flush, no unlock
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            int reportedThisRound = 0;
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> words = line.split(' ');
                if (words.size() != 3 || words.at(0) != "committed")
                    continue; // the last line may be cut off by the kill
                (words.at(1) == "card" ? reportedCards : reportedEvents).insert(QString::fromLatin1(words.at(2)));
                ++totalReported;
                ++reportedThisRound;
            }
            QVERIFY(reportedThisRound >= acknowledged);

            auto library = Library::open(path, Library::OpenMode::ReadOnly);
            QVERIFY(library);
            const std::optional<Session> session = library->loadSession(1);
            QVERIFY(session);
            for (const QString &id : std::as_const(reportedCards))
                QVERIFY2(session->card(id), qPrintable(QStringLiteral("round %1: card %2 lost").arg(round).arg(id)));
            for (const QString &id : std::as_const(reportedEvents))
                QVERIFY2(session->indexOfEvent(id) >= 0, qPrintable(QStringLiteral("round %1: event %2 lost").arg(round).arg(id)));
            library.reset();
            QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
        qInfo("%d edits reported committed over 20 kills", totalReported);
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
        return runEditingChild(path);
    if (mode == "hold")
        return Test::holdLibraryUntilKilled(path, Library::OpenMode::CreateIfMissing);
    TestLibraryCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_librarycrash.moc"
