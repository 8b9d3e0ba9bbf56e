// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesessions.h"
#include "storagetesthelpers.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace Whyboard;

namespace {

const char childPathVariable[] = "WHYBOARD_INTEGRITY_CHILD_PATH";
const QString lastCheckRow = QStringLiteral("last_integrity_check_ms");

} // namespace

// The full integrity check reads the whole file, so an open runs it only when there is a
// reason: after an unclean close, when the last check is a week old or never happened. A
// damaged file is then refused as before; a cleanly closed, recently checked one opens
// without being read through.
class TestLibraryIntegrity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A library with enough sessions that its last page holds session rows, which an open
    // never reads.
    QString makeLibrary(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
        if (!library)
            return {};
        for (int i = 0; i < 12; ++i)
            library->insertSession(Test::richSampleSession());
        return path;
    }

    // Overwrites the last page of card rows with garbage, as a bad disk sector would (the
    // file's own last page may be a free one of the search index, which no check reads).
    static bool damageLastPage(const QString &path)
    {
        const qint64 pageSize = Test::querySql(path, QStringLiteral("PRAGMA page_size")).toLongLong();
        const qint64 page = Test::querySql(path, QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = 'cards'")).toLongLong();
        QFile file(path);
        if (pageSize <= 0 || page <= 1 || !file.open(QIODevice::ReadWrite) || file.size() < 4 * pageSize)
            return false;
        file.seek((page - 1) * pageSize);
        return file.write(QByteArray(int(pageSize), '\xff')) == pageSize;
    }

    static bool opens(const QString &path, Library::OpenMode mode, LibraryOpenError *error = nullptr,
                      QString *message = nullptr)
    {
        return Library::open(path, mode, error, message) != nullptr;
    }

    // Leaves the library as a killed Whyboard does: its lock behind, nothing closed.
    void killWhileHolding(const QString &path)
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childPathVariable), path);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForReadyRead(20000));
        QVERIFY(child.readAll().contains("ready"));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
    }

private Q_SLOTS:
    void cleanRecentlyCheckedLibraryIsNotReadThrough()
    {
        const QString path = makeLibrary(QStringLiteral("clean.whyboard"));
        QVERIFY(!path.isEmpty());
        QVERIFY(damageLastPage(path));
        // The damage lies where opening does not look: a clean library opens, both ways.
        QVERIFY(opens(path, Library::OpenMode::OpenExisting));
        QVERIFY(opens(path, Library::OpenMode::ReadOnly));
    }

    void uncleanlyClosedLibraryIsCheckedAndRefusedWhenDamaged()
    {
        const QString path = makeLibrary(QStringLiteral("crashed.whyboard"));
        QVERIFY(!path.isEmpty());
        QVERIFY(damageLastPage(path));
        killWhileHolding(path);
        const QByteArray before = Test::fileChecksum(path);
        for (Library::OpenMode mode : {Library::OpenMode::ReadOnly, Library::OpenMode::OpenExisting}) {
            LibraryOpenError error = LibraryOpenError::None;
            QString message;
            QVERIFY(!opens(path, mode, &error, &message));
            QCOMPARE(error, LibraryOpenError::NotADatabase);
            QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
        }
        QCOMPARE(Test::fileChecksum(path), before);
    }

    void uncleanlyClosedSoundLibraryOpensWithItsSessions()
    {
        const QString path = makeLibrary(QStringLiteral("sound.whyboard"));
        QVERIFY(!path.isEmpty());
        killWhileHolding(path);
        auto library = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(library);
        QCOMPARE(library->sessions().size(), 12);
    }

    void libraryUncheckedForAWeekIsCheckedAgain()
    {
        const QString path = makeLibrary(QStringLiteral("old.whyboard"));
        QVERIFY(!path.isEmpty());
        const qint64 eightDaysAgo = QDateTime::currentDateTimeUtc().addDays(-8).toMSecsSinceEpoch();
        QCOMPARE(Test::executeSql(path, {QStringLiteral("UPDATE counters SET value = %1 WHERE name = '%2'")
                                             .arg(eightDaysAgo)
                                             .arg(lastCheckRow)}),
                 QString());
        QVERIFY(damageLastPage(path));
        LibraryOpenError error = LibraryOpenError::None;
        QVERIFY(!opens(path, Library::OpenMode::OpenExisting, &error));
        QCOMPARE(error, LibraryOpenError::NotADatabase);
        QVERIFY(!opens(path, Library::OpenMode::ReadOnly, &error));
        QCOMPARE(error, LibraryOpenError::NotADatabase);
    }

    void libraryNeverCheckedIsCheckedOnceThenTrusted()
    {
        // A library written before checks were dated has no date: the first open checks it.
        const QString path = makeLibrary(QStringLiteral("never.whyboard"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(Test::executeSql(path, {QStringLiteral("DELETE FROM counters WHERE name = '%1'").arg(lastCheckRow)}),
                 QString());
        QVERIFY(opens(path, Library::OpenMode::OpenExisting));
        // Found sound just now, so damage that appears later waits for the next reason to check.
        QVERIFY(damageLastPage(path));
        QVERIFY(opens(path, Library::OpenMode::OpenExisting));
    }

    void neverCheckedDamagedLibraryIsRefused()
    {
        const QString path = makeLibrary(QStringLiteral("never-damaged.whyboard"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(Test::executeSql(path, {QStringLiteral("DELETE FROM counters WHERE name = '%1'").arg(lastCheckRow)}),
                 QString());
        QVERIFY(damageLastPage(path));
        LibraryOpenError error = LibraryOpenError::None;
        QVERIFY(!opens(path, Library::OpenMode::ReadOnly, &error));
        QCOMPARE(error, LibraryOpenError::NotADatabase);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QString path = qEnvironmentVariable(childPathVariable);
    if (!path.isEmpty())
        return Test::holdLibraryUntilKilled(path, Library::OpenMode::OpenExisting);
    TestLibraryIntegrity test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_libraryintegrity.moc"
