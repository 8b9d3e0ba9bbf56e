// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesessions.h"
#include "storage/library.h"
#include "ui/mainwindow.h"
#include "ui/singleinstance.h"
#include "windowtesthelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Whyboard;

// A second start of the real program hands its library to the window that runs (here: a
// SingleInstance in this process, or a real program started before) and ends at once.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_work; // the second start's current folder
    QList<QProcess *> m_processes;

    QString work(const QString &name) const { return QDir(m_work).filePath(name); }

    // The real program, offscreen, with this test's runtime folder (so its socket is the one
    // this test listens on) and a home of its own.
    QProcess *start(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString home = m_dir.filePath(QStringLiteral("home"));
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.remove(QStringLiteral("WHYBOARD_QUIT_AFTER_FIRST_PAINT"));
        process->setProcessEnvironment(environment);
        process->setWorkingDirectory(m_work);
        process->start(QStringLiteral(WHYBOARD_BINARY), arguments);
        m_processes << process;
        return process;
    }

    // Waits for the process to end while this process's event loop runs (and answers it).
    static bool finishes(QProcess *process)
    {
        if (process->state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(process, &QProcess::finished);
        return finished.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(WHYBOARD_BINARY)), WHYBOARD_BINARY);
        Test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
        const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        // The socket is per display: this test's own, whatever display the machine has.
        qputenv("DISPLAY", ":whyboard-test");
        qunsetenv("WAYLAND_DISPLAY");
        m_work = m_dir.filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(m_work + QStringLiteral("/team")));
        QVERIFY(SingleInstance::socketPath().startsWith(runtime + QLatin1Char('/')));
        QVERIFY(SingleInstance::socketPath().contains(QStringLiteral("org.whyboard.Whyboard")));
    }

    void cleanup()
    {
        for (QProcess *process : std::as_const(m_processes)) {
            process->kill();
            process->waitForFinished();
            delete process;
        }
        m_processes.clear();
        QLocalServer::removeServer(SingleInstance::socketPath());
    }

    void secondStartHandsOverTheAbsolutePathAndEnds()
    {
        SingleInstance running;
        QVERIFY(running.listen());
        QSignalSpy requests(&running, &SingleInstance::requested);
        QElapsedTimer timer;
        timer.start();
        QProcess *second = start({QStringLiteral("team/retro.whyboard")});
        QVERIFY(finishes(second));
        qInfo("the second start ended after %lld ms", timer.elapsed());
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().at(0).toString(), work(QStringLiteral("team/retro.whyboard")));
        // It opened no window of its own: a window would have created the library.
        QVERIFY(!QFile::exists(work(QStringLiteral("team/retro.whyboard"))));
    }

    void plainStartOnlyBringsTheWindowForward()
    {
        SingleInstance running;
        QVERIFY(running.listen());
        QSignalSpy requests(&running, &SingleInstance::requested);
        QProcess *second = start({});
        QVERIFY(finishes(second));
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().at(0).toString(), QString());
    }

    void serverAddressGoesAsItIs()
    {
        SingleInstance running;
        QVERIFY(running.listen());
        QSignalSpy requests(&running, &SingleInstance::requested);
        const QString address = QStringLiteral("postgresql://db.example.com/postmortems");
        QProcess *second = start({address});
        QVERIFY(finishes(second));
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().at(0).toString(), address);
    }

    void verbsNeverHandOver()
    {
        const QString library = Test::makeLibrary(work(QStringLiteral("verbs.whyboard")), {Test::chainSession(2)});
        QVERIFY(!library.isEmpty());
        SingleInstance running;
        QVERIFY(running.listen());
        QSignalSpy requests(&running, &SingleInstance::requested);
        QProcess *verb = start({QStringLiteral("--list"), library});
        QVERIFY(finishes(verb));
        QCOMPARE(verb->exitCode(), 0);
        QCOMPARE(requests.size(), 0);
    }

    void unknownVersionIsRefused()
    {
        SingleInstance running;
        QVERIFY(running.listen());
        QSignalSpy requests(&running, &SingleInstance::requested);
        QLocalSocket newer;
        newer.connectToServer(SingleInstance::socketPath());
        QVERIFY(newer.waitForConnected(5000));
        newer.write("{\"whyboard-hand-over\":2,\"library\":\"/x.whyboard\"}\n");
        QTRY_VERIFY(newer.canReadLine());
        const QJsonObject answer = QJsonDocument::fromJson(newer.readLine()).object();
        QCOMPARE(answer.value(QStringLiteral("accepted")).toBool(true), false);
        QCOMPARE(requests.size(), 0);
    }

    void windowComesForwardAndOpensTheLibrary()
    {
        const QString first = Test::makeLibrary(work(QStringLiteral("first.whyboard")), {Test::chainSession(2)});
        const QString second = Test::makeLibrary(work(QStringLiteral("second.whyboard")), {Test::richSampleSession()});
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        MainWindow window;
        QVERIFY(Test::openWindow(window, first));
        SingleInstance running;
        QVERIFY(running.listen());
        running.serve(&window);
        window.showMinimized();
        QTRY_VERIFY(window.isMinimized());

        QProcess *start2 = start({QStringLiteral("second.whyboard")});
        QVERIFY(finishes(start2));
        QCOMPARE(start2->exitCode(), 0);
        QTRY_COMPARE(QFileInfo(window.library()->path()).canonicalFilePath(), QFileInfo(second).canonicalFilePath());
        QVERIFY(!window.isMinimized());
        QVERIFY(window.currentDocument());

        // The library it shows already: it only comes forward, nothing is opened again.
        const Library *shown = window.library();
        QProcess *again = start({second});
        QVERIFY(finishes(again));
        QCoreApplication::processEvents();
        QCOMPARE(window.library(), shown);

        // Not a library: the same message as File › Open Library, and the library stays.
        QFile text(work(QStringLiteral("notes.whyboard")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just some notes\n");
        text.close();
        QProcess *wrong = start({QStringLiteral("notes.whyboard")});
        QVERIFY(finishes(wrong));
        QCOMPARE(wrong->exitCode(), 0);
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("libraryOpenFailure")));
        QCOMPARE(window.library(), shown);
    }

    void staleSocketOfACrashedWindowIsTakenOver()
    {
        // A window that crashed leaves its socket behind.
        QProcess *crashed = start({QStringLiteral("crashed.whyboard")});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(work(QStringLiteral("crashed.whyboard"))), 30000);
        QVERIFY(QFileInfo::exists(SingleInstance::socketPath()));
        crashed->kill();
        QVERIFY(crashed->waitForFinished());
        QVERIFY(QFileInfo::exists(SingleInstance::socketPath()));

        // The next start opens its window (it creates its library) and listens in its place.
        QProcess *next = start({QStringLiteral("next.whyboard")});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(work(QStringLiteral("next.whyboard"))), 30000);
        QCOMPARE(next->state(), QProcess::Running);
        SingleInstance later;
        QVERIFY(later.handOver(work(QStringLiteral("handed.whyboard"))));
        QVERIFY(!later.isListening());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(work(QStringLiteral("handed.whyboard"))), 30000);
    }

    void staleSocketIsTakenOverInProcess()
    {
        // A socket bound and never listened on: what a killed window leaves.
        const QByteArray path = QFile::encodeName(SingleInstance::socketPath());
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        const int descriptor = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(descriptor >= 0);
        QCOMPARE(::bind(descriptor, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
        ::close(descriptor);
        QVERIFY(QFileInfo::exists(SingleInstance::socketPath()));

        SingleInstance first;
        QVERIFY(!first.handOver(QStringLiteral("x.whyboard")));
        QVERIFY(first.isListening());
        QSignalSpy requests(&first, &SingleInstance::requested);
        QProcess *second = start({QStringLiteral("x.whyboard")});
        QVERIFY(finishes(second));
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(requests.size(), 1);
    }

    void silentWindowDoesNotHoldUpTheStart()
    {
        // Something listens but never answers (a window hung in a long operation).
        QLocalServer silent;
        QList<QLocalSocket *> held;
        connect(&silent, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *socket = silent.nextPendingConnection())
                held << socket;
        });
        QVERIFY(silent.listen(SingleInstance::socketPath()));
        QProcess *second = start({QStringLiteral("own.whyboard")});
        // Its own window after the answer's time: it creates its library and keeps running.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(work(QStringLiteral("own.whyboard"))), 30000);
        QCOMPARE(second->state(), QProcess::Running);
        QVERIFY(!held.isEmpty());
        // The socket still belongs to the one that was there first.
        QVERIFY(silent.isListening());
        QVERIFY(QFileInfo::exists(SingleInstance::socketPath()));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
