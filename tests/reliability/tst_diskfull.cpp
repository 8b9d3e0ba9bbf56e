// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk, for real: a small tmpfs mounted for the test (so it needs root, as CI has; else
// every case is skipped and says why). An import that does not fit is refused with a message
// that says the disk is full and leaves the library as it was; an edit that does not fit is
// reported at once, and nothing committed before it is lost.

#include "commandruns.h"
#include "windowtesthelpers.h"
#include "samplesessions.h"
#include "storagetesthelpers.h"
#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"
#include "storage/library.h"
#include "storage/librarybackup.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <algorithm>

using namespace Whyboard;

namespace {

// Fills the file system until a write fails, then gives back `leave` bytes; the filler file can
// be removed to free the disk again.
qint64 fillDisk(const QString &fillerPath, qint64 leave = 0)
{
    QFile filler(fillerPath);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return -1;
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) {
    }
    if (leave > 0)
        filler.resize(std::max<qint64>(0, filler.size() - leave));
    filler.close();
    return QFileInfo(fillerPath).size();
}

// A session far larger than the disk's free space, well inside the session limits.
QByteArray bigSessionJson()
{
    QJsonArray cards;
    cards.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("p")}, {QStringLiteral("kind"), QStringLiteral("problem")},
                             {QStringLiteral("text"), QStringLiteral("The service went down")}});
    for (int i = 0; i < 40; ++i) {
        cards.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("w%1").arg(i)},
                                 {QStringLiteral("kind"), QStringLiteral("why")},
                                 {QStringLiteral("text"), QString(15000, QChar(u'a' + i % 26))},
                                 {QStringLiteral("explains"), QJsonArray{QStringLiteral("p")}}});
    }
    const QJsonObject session{{QStringLiteral("title"), QStringLiteral("Too big for the disk")}, {QStringLiteral("cards"), cards}};
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("whyboard.session")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("session"), session}})
        .toJson();
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mount;
    bool m_mounted = false;

    QString library() const { return m_mount + QStringLiteral("/team.whyboard"); }
    QString filler() const { return m_mount + QStringLiteral("/filler"); }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("A full disk is simulated with a small tmpfs, which only root may mount: skipped.");
        m_mount = m_dir.filePath(QStringLiteral("small disk"));
        QVERIFY(QDir().mkpath(m_mount));
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=1536k"), QStringLiteral("tmpfs"), m_mount});
        if (!mount.waitForFinished(20000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("A small tmpfs could not be mounted here (%1): skipped.")
                                 .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
        m_mounted = true;
    }

    void init()
    {
        // Each case starts from an empty disk.
        for (const QString &name : Test::folderEntries(m_mount)) {
            const QString entry = m_mount + QLatin1Char('/') + name;
            if (!QFile::remove(entry))
                QDir(entry).removeRecursively();
        }
        QVERIFY(!Test::makeLibrary(library(), {Test::richSampleSession(), Test::chainSession(5)}).isEmpty());
        // Today's copy exists already (the library was opened earlier today), so no copy competes
        // with the test for the last free blocks.
        QCOMPARE(LibraryBackup::makeDailyCopy(library()), QString());
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_mount});
    }

    void importIsRefusedAndChangesNothing()
    {
        const QString json = m_dir.filePath(QStringLiteral("big.json"));
        {
            QFile file(json);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bigSessionJson());
        }
        const QByteArray before = Test::fileChecksum(library());
        // Room for the lock and SQLite's side files, far from room for the session.
        QVERIFY(fillDisk(filler(), 96 * 1024) > 0);

        const Test::CommandRun run = Test::runWhyboard({QStringLiteral("--import"), json, library()}, m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QStringLiteral("full"), Qt::CaseInsensitive) && run.err.contains(library()),
                 qPrintable(run.err));

        QVERIFY(QFile::remove(filler()));
        QCOMPARE(Test::fileChecksum(library()), before);
        const Test::CommandRun list = Test::runWhyboard({QStringLiteral("--list"), library()}, m_dir.path());
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.trimmed().split(QLatin1Char('\n')).size(), 2);
    }

    // On a disk with no room at all even reading fails (SQLite cannot make its side files). That
    // is no damage: no backup may be offered in place of the sound library.
    void aFullDiskIsNeverTakenForDamage()
    {
        const QByteArray before = Test::fileChecksum(library());
        QVERIFY(fillDisk(filler()) > 0);
        for (const QString &verb : {QStringLiteral("--list"), QStringLiteral("--restore-backup")}) {
            const Test::CommandRun run = Test::runWhyboard({verb, library()}, m_dir.path());
            QVERIFY2(run.exitCode == 0 || run.exitCode == 2, qPrintable(run.err));
            QVERIFY2(!run.err.contains(QStringLiteral("--restore-backup")) && !run.out.contains(QStringLiteral("Restored")),
                     qPrintable(run.err));
        }
        QVERIFY(QFile::remove(filler()));
        QCOMPARE(Test::fileChecksum(library()), before);
        QCOMPARE(Test::folderEntries(m_mount).filter(QStringLiteral(".damaged-")), QStringList());
    }

    void editsReportTheFailureAndKeepWhatWasCommitted()
    {
        auto library = Library::open(this->library(), Library::OpenMode::OpenExisting);
        QVERIFY(library);
        SessionDocument document(*library->loadSession(1));
        library->attach(&document);
        QSignalSpy failures(library.get(), &Library::writeFailed);

        const auto edit = [&](int n) {
            Card card = document.session().cards.at(n % document.session().cards.size());
            card.text = QStringLiteral("edit %1 ").arg(n) + QString(3000, QChar(u'a' + n % 26));
            document.push(new EditCardCommand(&document, card));
        };
        for (int n = 0; n < 5; ++n)
            edit(n);
        QCOMPARE(failures.count(), 0);
        QVERIFY(fillDisk(filler()) > 0);

        // Edits go on until one does not fit; it is reported at once.
        Session committed = document.session();
        int n = 5;
        for (; n < 400 && failures.isEmpty(); ++n) {
            committed = document.session();
            edit(n);
        }
        QVERIFY2(!failures.isEmpty(), "the disk never filled");
        const QString message = failures.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("full"), Qt::CaseInsensitive), qPrintable(message));

        // Another reader sees every committed edit, and nothing of the one that failed.
        {
            auto reader = Library::open(this->library(), Library::OpenMode::ReadOnly);
            QVERIFY(reader);
            QCOMPARE(Test::sessionDifference(*reader->loadSession(1), committed), QString());
        }

        // Once there is room again, the next edit writes the whole session: nothing is missing.
        QVERIFY(QFile::remove(filler()));
        edit(n);
        library.reset();
        auto reopened = Library::open(this->library(), Library::OpenMode::ReadOnly);
        QVERIFY(reopened);
        QCOMPARE(Test::sessionDifference(*reopened->loadSession(1), document.session()), QString());
        QCOMPARE(Test::querySql(this->library(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
