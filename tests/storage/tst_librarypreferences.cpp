// SPDX-License-Identifier: GPL-3.0-or-later
// The library preferences as the storage reads them: the default library named in them, the
// daily copies turned off, and as many copies kept as chosen.

#include "samplesessions.h"
#include "storage/library.h"
#include "storage/librarybackup.h"
#include "storage/librarypreferences.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

class TestLibraryPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    // A library file with a session in it, closed again: the next open for writing is due a copy.
    static QString makeLibrary(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("team.whyboard"));
        auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
        if (!library)
            return {};
        library->insertSession(Test::chainSession(3));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WhyboardTests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init() { QSettings().clear(); }

    void defaultLibraryFollowsThePreference()
    {
        const QString builtIn = LibraryPreferences::builtInLibraryPath();
        QVERIFY(builtIn.endsWith(QStringLiteral("/library.whyboard")));
        QCOMPARE(Library::defaultPath(), builtIn);
        LibraryPreferences::setLibraryPath(QStringLiteral("/srv/postmortems/team.whyboard"));
        QCOMPARE(Library::defaultPath(), QStringLiteral("/srv/postmortems/team.whyboard"));
        // The built-in place chosen again is not pinned: it follows XDG_DATA_HOME.
        LibraryPreferences::setLibraryPath(builtIn);
        QVERIFY(!QSettings().contains(QStringLiteral("library/defaultPath")));
        QCOMPARE(Library::defaultPath(), builtIn);
    }

    void backupsOffMakeNoDailyCopy()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QVERIFY(!path.isEmpty());
        LibraryPreferences::setBackupsEnabled(false);
        QVERIFY(Library::open(path, Library::OpenMode::OpenExisting));
        QVERIFY(LibraryBackup::copies(path).isEmpty());
        QVERIFY(!QFileInfo::exists(LibraryBackup::folderFor(path)));
        // On again: the next open makes today's copy.
        LibraryPreferences::setBackupsEnabled(true);
        QVERIFY(Library::open(path, Library::OpenMode::OpenExisting));
        QCOMPARE(LibraryBackup::copies(path).size(), 1);
    }

    void keepsAsManyCopiesAsChosen()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        const QDate today = QDate::currentDate();
        for (int day = 5; day >= 1; --day)
            QCOMPARE(LibraryBackup::makeDailyCopy(path, today.addDays(-day), 10), QString());
        QCOMPARE(LibraryBackup::copies(path).size(), 5);
        LibraryPreferences::setBackupsKept(2);
        QVERIFY(Library::open(path, Library::OpenMode::OpenExisting)); // closing waits for the copy
        const QList<LibraryBackup::Copy> copies = LibraryBackup::copies(path);
        QCOMPARE(copies.size(), 2);
        QCOMPARE(copies.at(0).day, today);
        QCOMPARE(copies.at(1).day, today.addDays(-1));
        // Out of range: clamped, never zero copies.
        LibraryPreferences::setBackupsKept(0);
        QCOMPARE(LibraryPreferences::backupsKept(), 1);
        QSettings().setValue(QStringLiteral("library/backupsKept"), QStringLiteral("many"));
        QCOMPARE(LibraryPreferences::backupsKept(), LibraryPreferences::defaultBackupsKept);
    }
};

QTEST_GUILESS_MAIN(TestLibraryPreferences)
#include "tst_librarypreferences.moc"
