// SPDX-License-Identifier: GPL-3.0-or-later
// The library's daily copies: made once a day, the newest few kept, a damaged copy never kept,
// and a library that no longer opens restored from the newest sound copy, through the command
// line and through the window, without ever deleting the damaged file.

#include "commandruns.h"
#include "samplesessions.h"
#include "storagetesthelpers.h"
#include "windowtesthelpers.h"
#include "storage/library.h"
#include "storage/librarybackup.h"
#include "storage/librarybackuprestore.h"
#include "ui/mainwindow.h"
#include "ui/restorebackupdialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

// A library with a few sessions; returns its path.
QString makeLibrary(const QTemporaryDir &dir, const QString &name = QStringLiteral("team.whyboard"))
{
    return Test::makeLibrary(dir.filePath(name), {Test::richSampleSession(), Test::chainSession(4), Test::chainSession(6)});
}

// What a failing disk or a bad sync leaves: the second half of the file gone.
void damage(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
}

QStringList copyDays(const QString &libraryPath)
{
    QStringList days;
    for (const LibraryBackup::Copy &copy : LibraryBackup::copies(libraryPath))
        days.append(copy.day.toString(Qt::ISODate));
    return days;
}

// Files whose name starts with the library's, beside it (the library, its side files, what was kept).
QStringList keptFiles(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    QStringList kept = QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral(".damaged-*")}, QDir::Files);
    // Its -wal and -shm went with it.
    kept.removeIf([](const QString &name) { return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")); });
    return kept;
}

} // namespace

class TestLibraryBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_scratch; // the command line's home and runtime folders

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateSettings(m_settingsDir.path());
        // Quit closes the window; the test goes on.
        QApplication::setQuitOnLastWindowClosed(false);
    }

    void openingForWritingMakesOneCopyADay()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        // A library just created holds nothing worth a copy; reading one never writes.
        QVERIFY(LibraryBackup::copies(path).isEmpty());
        QVERIFY(Library::open(path, Library::OpenMode::ReadOnly));
        QVERIFY(LibraryBackup::copies(path).isEmpty());

        {
            auto library = Library::open(path, Library::OpenMode::OpenExisting);
            QVERIFY(library);
            library->insertSession(Test::chainSession(2)); // written while the copy is made
        } // closing waits for the copy
        const QList<LibraryBackup::Copy> copies = LibraryBackup::copies(path);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.constFirst().day, QDate::currentDate());
        QVERIFY(LibraryBackup::isSound(copies.constFirst().path));
        QCOMPARE(QFileInfo(copies.constFirst().path).absolutePath(), QFileInfo(path).absolutePath() + QStringLiteral("/team.whyboard backups"));
        // The copy is a library of its own, as the file was when it was opened.
        {
            auto copy = Library::open(copies.constFirst().path, Library::OpenMode::ReadOnly);
            QVERIFY(copy);
            QVERIFY(copy->sessions().size() == 3 || copy->sessions().size() == 4);
        }

        // The same day again: the copy stays as it was.
        const QByteArray checksum = Test::fileChecksum(copies.constFirst().path);
        {
            auto library = Library::open(path, Library::OpenMode::OpenExisting);
            QVERIFY(library);
            library->insertSession(Test::chainSession(3));
        }
        QCOMPARE(LibraryBackup::copies(path).size(), 1);
        QCOMPARE(Test::fileChecksum(copies.constFirst().path), checksum);
        QCOMPARE(LibraryBackup::makeDailyCopy(path), QString());
        QCOMPARE(Test::fileChecksum(copies.constFirst().path), checksum);

        // Another day makes another copy, of the library as it is now.
        const QDate tomorrow = QDate::currentDate().addDays(1);
        QCOMPARE(LibraryBackup::makeDailyCopy(path, tomorrow), QString());
        QCOMPARE(copyDays(path), QStringList({tomorrow.toString(Qt::ISODate), QDate::currentDate().toString(Qt::ISODate)}));
        auto newest = Library::open(LibraryBackup::copies(path).constFirst().path, Library::OpenMode::ReadOnly);
        QVERIFY(newest);
        QCOMPARE(newest->sessions().size(), 5);
    }

    void keepsTheNewestSevenCopies()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        const QDate first(2026, 3, 1);
        for (int day = 0; day < 10; ++day)
            QCOMPARE(LibraryBackup::makeDailyCopy(path, first.addDays(day * 2)), QString());
        QStringList expected;
        for (int day = 9; day >= 3; --day)
            expected.append(first.addDays(day * 2).toString(Qt::ISODate));
        QCOMPARE(copyDays(path), expected);
        QCOMPARE(LibraryBackup::keptCopies, 7);
        // Files the backups did not make are never deleted.
        QFile stranger(LibraryBackup::folderFor(path) + QStringLiteral("/notes.txt"));
        QVERIFY(stranger.open(QIODevice::WriteOnly));
        stranger.close();
        QCOMPARE(LibraryBackup::makeDailyCopy(path, first.addDays(30)), QString());
        QCOMPARE(copyDays(path).size(), 7);
        QVERIFY(stranger.exists());
    }

    void damagedCopyIsNeverKept()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        const QDate day(2026, 5, 4);
        QCOMPARE(LibraryBackup::makeDailyCopy(path, day), QString());
        const QString good = LibraryBackup::copies(path).constFirst().path;
        const QByteArray goodChecksum = Test::fileChecksum(good);
        const QByteArray libraryChecksum = Test::fileChecksum(path);

        // The next copy is damaged after it was written (a bad sector, a failing stick).
        const QString error = LibraryBackup::makeDailyCopy(path, day.addDays(1), LibraryBackup::keptCopies,
                                                           [](const QString &copyPath) { damage(copyPath); });
        QVERIFY2(error.contains(QStringLiteral("integrity")) && error.contains(path), qPrintable(error));
        QCOMPARE(copyDays(path), QStringList{day.toString(Qt::ISODate)});
        QCOMPARE(Test::fileChecksum(good), goodChecksum);
        QCOMPARE(Test::folderEntries(LibraryBackup::folderFor(path)), QStringList{QFileInfo(good).fileName()});
        QCOMPARE(Test::fileChecksum(path), libraryChecksum);

        // A copy that rots later is passed over: the newest sound one is offered.
        QCOMPARE(LibraryBackup::makeDailyCopy(path, day.addDays(2)), QString());
        damage(LibraryBackup::copies(path).constFirst().path);
        const std::optional<LibraryBackup::Copy> sound = LibraryBackup::newestSoundCopy(path);
        QVERIFY(sound);
        QCOMPARE(sound->day, day);
    }

    void commandLineRestoresALibraryDamagedInside()
    {
        // A cleanly closed library opens without a full check; a page damaged inside it shows
        // only when its session is read. --restore-backup still sees it is not sound.
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QCOMPARE(LibraryBackup::makeDailyCopy(path), QString());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(2 * 4096)); // the third page: a table's, not free space
            QVERIFY(file.write(QByteArray(200, '\xff')) == 200);
        }
        const QByteArray damagedChecksum = Test::fileChecksum(path);
        QVERIFY(!LibraryBackup::isSound(path));
        const Test::CommandRun run = Test::runWhyboard({QStringLiteral("--restore-backup"), path}, m_scratch.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY(LibraryBackup::isSound(path));
        const QStringList kept = keptFiles(path);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(Test::fileChecksum(dir.filePath(kept.constFirst())), damagedChecksum);
    }

    void commandLineRestoresADamagedLibrary()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QCOMPARE(LibraryBackup::makeDailyCopy(path), QString());
        const QString backup = LibraryBackup::copies(path).constFirst().path;
        const QByteArray backupChecksum = Test::fileChecksum(backup);
        damage(path);
        const QByteArray damagedChecksum = Test::fileChecksum(path);

        // The refusal says which copy can take its place, and how.
        Test::CommandRun run = Test::runWhyboard({QStringLiteral("--list"), path}, m_scratch.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--restore-backup")) && run.err.trimmed().count(QLatin1Char('\n')) == 0,
                 qPrintable(run.err));
        QCOMPARE(Test::fileChecksum(path), damagedChecksum);

        run = Test::runWhyboard({QStringLiteral("--restore-backup"), path}, m_scratch.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Restored")), qPrintable(run.out));
        const QStringList kept = keptFiles(path);
        QCOMPARE(kept.size(), 1);
        QVERIFY2(run.out.contains(kept.constFirst()), qPrintable(run.out));
        // The damaged file is kept byte for byte; the backup stays too.
        QCOMPARE(Test::fileChecksum(dir.filePath(kept.constFirst())), damagedChecksum);
        QCOMPARE(Test::fileChecksum(backup), backupChecksum);

        run = Test::runWhyboard({QStringLiteral("--list"), path}, m_scratch.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 3);
    }

    void commandLineRestoresNothingOverASoundLibrary_data()
    {
        QTest::addColumn<bool>("hasBackup");
        QTest::addColumn<bool>("damaged");
        QTest::newRow("sound library") << true << false;
        QTest::newRow("damaged, no backup") << false << true;
    }

    void commandLineRestoresNothingOverASoundLibrary()
    {
        QFETCH(bool, hasBackup);
        QFETCH(bool, damaged);
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        if (hasBackup)
            QCOMPARE(LibraryBackup::makeDailyCopy(path), QString());
        if (damaged)
            damage(path);
        const QByteArray checksum = Test::fileChecksum(path);
        const QStringList entries = Test::folderEntries(dir.path());
        const Test::CommandRun run = Test::runWhyboard({QStringLiteral("--restore-backup"), path}, m_scratch.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY2(run.err.contains(hasBackup ? QStringLiteral("nothing was restored") : QStringLiteral("No sound backup")),
                 qPrintable(run.err));
        QCOMPARE(Test::fileChecksum(path), checksum);
        // Reading a sound library may leave SQLite's side files, as any reader does; nothing else.
        QStringList after = Test::folderEntries(dir.path());
        if (!damaged)
            after.removeIf([](const QString &name) { return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")); });
        QCOMPARE(after, entries);
    }

    void windowOffersTheBackupAndRestoresIt()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QCOMPARE(LibraryBackup::makeDailyCopy(path), QString());
        damage(path);
        const QByteArray damagedChecksum = Test::fileChecksum(path);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.openLibrary(path));
        auto *dialog = window.findChild<RestoreBackupDialog *>(QStringLiteral("restoreBackup"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // What failed, and the copy's date and size.
        QVERIFY2(dialog->text().contains(QStringLiteral("team.whyboard")) && dialog->text().contains(QStringLiteral("damaged")),
                 qPrintable(dialog->text()));
        const LibraryBackup::Copy copy = LibraryBackup::copies(path).constFirst();
        QVERIFY2(dialog->informativeText().contains(LibraryBackupRestore::describe(copy)), qPrintable(dialog->informativeText()));
        QCOMPARE(dialog->declineButton()->text(), QStringLiteral("&Quit")); // nothing else is open
        QVERIFY(dialog->openAnotherButton()->isVisible());

        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
        QTRY_VERIFY(window.library());
        QCOMPARE(window.library()->sessions().size(), 3);
        QVERIFY(window.currentDocument());
        QVERIFY(!window.library()->isReadOnly());
        const QStringList kept = keptFiles(path);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(Test::fileChecksum(dir.filePath(kept.constFirst())), damagedChecksum);
        window.close();
    }

    void quittingTheOfferChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QCOMPARE(LibraryBackup::makeDailyCopy(path), QString());
        damage(path);
        const QByteArray checksum = Test::fileChecksum(path);
        const QStringList entries = Test::folderEntries(dir.path());

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.openLibrary(path));
        auto *dialog = window.findChild<RestoreBackupDialog *>(QStringLiteral("restoreBackup"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::mouseClick(dialog->declineButton(), Qt::LeftButton);
        QTRY_VERIFY(!window.isVisible());
        QVERIFY(!window.library());
        QCOMPARE(Test::fileChecksum(path), checksum);
        QCOMPARE(Test::folderEntries(dir.path()), entries);
    }
};

QTEST_MAIN(TestLibraryBackup)
#include "tst_librarybackup.moc"
