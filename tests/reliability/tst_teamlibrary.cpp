// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesessions.h"
#include "postgrestesthelpers.h"
#include "document/commands/editsessionfieldcommand.h"
#include "document/sessiondocument.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Whyboard;

namespace {

const char childModeVariable[] = "WHYBOARD_TEAM_CHILD";
const char childUriVariable[] = "WHYBOARD_TEAM_CHILD_URI";
const char childStartVariable[] = "WHYBOARD_TEAM_CHILD_START";
constexpr int editCount = 20;
constexpr int editIntervalMs = 200;
constexpr int importCount = 10;

void say(const QByteArray &line)
{
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
}

std::unique_ptr<Library> openChildLibrary()
{
    QString message;
    auto library = Library::open(qEnvironmentVariable(childUriVariable), Library::OpenMode::OpenExisting, nullptr, &message);
    if (!library)
        std::fprintf(stderr, "child: %s\n", qPrintable(message));
    return library;
}

// Child: edits session 1 (holding its lease) until killed.
int runLeaseChild()
{
    auto library = openChildLibrary();
    if (!library)
        return 3;
    SessionDocument document(*library->loadSession(1));
    library->attach(&document);
    if (document.isReadOnly())
        return 4;
    say("ready");
    QThread::sleep(60);
    return 0;
}

// Child: one edit of session 1 every 200 ms, each reported with the time it began.
int runEditChild()
{
    auto library = openChildLibrary();
    if (!library)
        return 3;
    SessionDocument document(*library->loadSession(1));
    library->attach(&document);
    if (document.isReadOnly())
        return 4;
    say("ready");
    for (int i = 1; i <= editCount; ++i) {
        QThread::msleep(editIntervalMs);
        const qint64 began = QDateTime::currentMSecsSinceEpoch();
        document.push(new EditSessionFieldCommand(&document, SessionField::UsersAffected, QVariant(qlonglong(i))));
        say("edit " + QByteArray::number(i) + ' ' + QByteArray::number(began));
    }
    say("done");
    return 0;
}

// Child: stores ten sessions at the agreed moment, printing each id.
int runImportChild()
{
    auto library = openChildLibrary();
    if (!library)
        return 3;
    const qint64 start = qEnvironmentVariable(childStartVariable).toLongLong();
    while (QDateTime::currentMSecsSinceEpoch() < start)
        QThread::msleep(1);
    for (int i = 0; i < importCount; ++i) {
        Session session = Test::richSampleSession();
        session.id = 0;
        session.title = QStringLiteral("Imported %1 by %2").arg(i).arg(QCoreApplication::applicationPid());
        const SessionId id = library->insertSession(session);
        if (id <= 0)
            return 5;
        say("id " + QByteArray::number(id));
    }
    return 0;
}

} // namespace

// Two real processes on one library on a PostgreSQL server: one editor per session, the
// others told who it is and shown each edit within a second.
class TestTeamLibrary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::ScratchLibrary> m_scratch;

    void startChild(QProcess &process, const char *mode, const QString &userName = QString(), qint64 start = 0)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childModeVariable), QString::fromLatin1(mode));
        environment.insert(QString::fromLatin1(childUriVariable), m_scratch->location());
        environment.insert(QString::fromLatin1(childStartVariable), QString::number(start));
        if (!userName.isEmpty())
            environment.insert(QStringLiteral("WHYBOARD_USER_NAME"), userName);
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(), {});
    }

    static bool waitForLine(QProcess &process, const QByteArray &line)
    {
        while (!process.peek(1 << 20).contains(QByteArray(line + '\n'))) {
            if (!process.waitForReadyRead(20000))
                return false;
        }
        return true;
    }

    // A library with session 1 in the scratch database, opened by this process.
    std::unique_ptr<Library> openWithOneSession()
    {
        QString message;
        auto library = Library::open(m_scratch->location(), Library::OpenMode::CreateIfMissing, nullptr, &message);
        if (!library)
            qWarning("%s", qPrintable(message));
        else if (library->insertSession(Test::richSampleSession()) != 1)
            return nullptr;
        return library;
    }

private Q_SLOTS:
    void initTestCase()
    {
        WHYBOARD_REQUIRE_POSTGRES();
    }

    void init()
    {
        m_scratch = std::make_unique<Test::ScratchLibrary>(Test::LibraryBackend::Postgres);
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
    }

    void cleanup() { m_scratch.reset(); }

    void aSecondEditorIsToldWhoEditsAndTakesOverWhenTheHolderDies()
    {
        auto library = openWithOneSession();
        QVERIFY(library);
        QVERIFY(library->isShared());
        QProcess holder;
        startChild(holder, "lease", QStringLiteral("Ana Facilitator"));
        QVERIFY(waitForLine(holder, "ready"));

        SessionDocument watched(*library->loadSession(1));
        library->attach(&watched);
        QVERIFY(watched.isReadOnly());
        QVERIFY2(library->editorOf(1).contains(QLatin1String("Ana Facilitator")), qPrintable(library->editorOf(1)));
        library->detach(&watched);

        holder.kill();
        holder.waitForFinished();
        QElapsedTimer clock;
        clock.start();
        bool taken = false;
        while (!taken && clock.elapsed() < 5000) {
            SessionDocument editing(*library->loadSession(1));
            library->attach(&editing);
            taken = !editing.isReadOnly();
            library->detach(&editing);
            if (!taken)
                QTest::qWait(10);
        }
        std::printf("lease free after the holder was killed: %lld ms\n", static_cast<long long>(clock.elapsed()));
        QVERIFY(taken);
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY(library->editorOf(1).isEmpty());
    }

    void anotherProcesssEditsArriveWithinASecond()
    {
        auto library = openWithOneSession();
        QVERIFY(library);
        QList<qint64> arrivals;
        int changedElsewhere = 0;
        connect(library.get(), &Library::sessionWritten, this, [&](SessionId id) {
            if (id == 1)
                arrivals.append(QDateTime::currentMSecsSinceEpoch());
        });
        connect(library.get(), &Library::sessionChangedElsewhere, this, [&](SessionId id) { changedElsewhere += id == 1; });
        QProcess editor;
        startChild(editor, "edit", QStringLiteral("Ben"));
        QTRY_VERIFY_WITH_TIMEOUT(editor.state() == QProcess::NotRunning, 30000);
        QCOMPARE(editor.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(arrivals.size(), editCount, 2000);
        QCOMPARE(changedElsewhere, editCount);

        QList<qint64> latencies;
        const QList<QByteArray> lines = editor.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 3 && words.first() == "edit")
                latencies.append(arrivals.at(words.at(1).toInt() - 1) - words.at(2).toLongLong());
        }
        QCOMPARE(latencies.size(), editCount);
        QList<qint64> sorted = latencies;
        std::sort(sorted.begin(), sorted.end());
        std::printf("edit to other process: median %lld ms, max %lld ms over %d edits\n",
                    static_cast<long long>(sorted.at(sorted.size() / 2)), static_cast<long long>(sorted.last()),
                    int(sorted.size()));
        for (qint64 latency : std::as_const(latencies))
            QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
        QCOMPARE(library->loadSession(1)->impact.usersAffected.value_or(0), qint64(editCount));
    }

    void twoProcessesCreatingAtOnceGetDistinctIds()
    {
        QString message;
        auto library = Library::open(m_scratch->location(), Library::OpenMode::CreateIfMissing, nullptr, &message);
        QVERIFY2(library, qPrintable(message));
        QProcess first;
        QProcess second;
        const qint64 start = QDateTime::currentMSecsSinceEpoch() + 1500;
        startChild(first, "import", {}, start);
        startChild(second, "import", {}, start);
        QVERIFY(first.waitForFinished(30000));
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        QSet<SessionId> ids;
        qint64 highest = 0;
        for (QProcess *child : {&first, &second}) {
            const QList<QByteArray> lines = child->readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("id ")) {
                    ids.insert(line.mid(3).toLongLong());
                    highest = std::max(highest, line.mid(3).toLongLong());
                }
            }
        }
        QCOMPARE(ids.size(), 2 * importCount);
        QCOMPARE(library->sessions().size(), 2 * importCount);
        QSqlQuery counter(library->database());
        QVERIFY(counter.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'last_session_id'")));
        QVERIFY(counter.next());
        QCOMPARE(counter.value(0).toLongLong(), highest);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QByteArray mode = qgetenv(childModeVariable);
    if (mode == "lease")
        return runLeaseChild();
    if (mode == "edit")
        return runEditChild();
    if (mode == "import")
        return runImportChild();
    TestTeamLibrary test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamlibrary.moc"
