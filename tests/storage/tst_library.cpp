// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgrestesthelpers.h"
#include "samplesessions.h"
#include "storagetesthelpers.h"
#include "storage/library.h"
#include "storage/libraryschema.h"
#include "data/sessionlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <unistd.h>

using namespace Whyboard;

Q_DECLARE_METATYPE(Whyboard::Library::OpenMode)
Q_DECLARE_METATYPE(Whyboard::LibraryOpenError)

// Opening, validating, locking, reading and copying library files.
class TestLibrary : public QObject
{
    Q_OBJECT

private:
    QString pathIn(const QTemporaryDir &dir, const QString &name = QStringLiteral("lib.whyboard"))
    {
        return dir.filePath(name);
    }

    // A library holding the rich sample and a few chains; returns the rich sample's id.
    SessionId makeLibrary(const QString &path, int extraSessions = 3)
    {
        auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
        if (!library)
            return 0;
        const SessionId id = library->insertSession(Test::richSampleSession());
        for (int i = 0; i < extraSessions; ++i)
            library->insertSession(Test::chainSession(5 + i));
        return id;
    }

private Q_SLOTS:
    void createsNewLibraryWithMarks_data() { Test::addBackendRows(); }
    void createsNewLibraryWithMarks()
    {
        WHYBOARD_REQUIRE_BACKEND();
        QTemporaryDir dir;
        Test::ScratchLibrary scratch(Test::backend());
        const bool onServer = Test::backend() == Test::LibraryBackend::Postgres;
        const QString path = onServer ? scratch.location() : dir.filePath(QStringLiteral("sub/folder/new.whyboard"));
        {
            LibraryOpenError error = LibraryOpenError::InUse;
            auto library = Library::open(path, Library::OpenMode::CreateIfMissing, &error);
            QVERIFY(library);
            QCOMPARE(error, LibraryOpenError::None);
            QVERIFY(library->sessions().isEmpty());
            QVERIFY(!library->isReadOnly());
        }
        if (onServer) {
            // On a server the marks are the one row of whyboard_library.
            QCOMPARE(Test::querySql(path, QStringLiteral("SELECT count(*) FROM whyboard_library")).toLongLong(), 1);
            QCOMPARE(Test::querySql(path, QStringLiteral("SELECT application_id FROM whyboard_library")).toLongLong(),
                     qint64(LibrarySchema::applicationId));
            QCOMPARE(Test::querySql(path, QStringLiteral("SELECT schema_version FROM whyboard_library")).toInt(),
                     LibrarySchema::currentVersion());
            QVERIFY(Test::querySql(path, QStringLiteral("SELECT created_ms FROM whyboard_library")).toLongLong() > 0);
            return;
        }
        QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA application_id")).toLongLong(),
                 qint64(LibrarySchema::applicationId));
        QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA user_version")).toInt(), LibrarySchema::currentVersion());
        QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        // The lock goes with the last writer.
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    void creatingTakesAnEmptyFileOver()
    {
        // What a creation killed before its first commit leaves behind.
        QTemporaryDir dir;
        const QString path = pathIn(dir);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(!Library::open(path, Library::OpenMode::OpenExisting));
        {
            auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
            QVERIFY(library);
            QCOMPARE(library->insertSession(Test::chainSession(1)), SessionId(1));
        }
        QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA application_id")).toLongLong(),
                 qint64(LibrarySchema::applicationId));
        QVERIFY(Library::open(path, Library::OpenMode::OpenExisting));
    }

    void roundTripKeepsEverySessionField_data() { Test::addBackendRows(); }
    void roundTripKeepsEverySessionField()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        const QString path = scratch.location();
        Session expected = Test::richSampleSession();
        // Texts of the longest length allowed, with every script the sample uses.
        QString big;
        while (big.size() < SessionLimits::maxTextLength)
            big += expected.title + QLatin1Char('\n');
        big.truncate(SessionLimits::maxTextLength);
        if (big.back().isHighSurrogate())
            big.back() = QLatin1Char('x');
        expected.summary = big;
        expected.cards[1].text = big;
        expected.cards[1].evidence = big;
        expected.timeline[0].text = big;
        expected.actions[0].text = big;
        {
            auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
            QVERIFY(library);
            library->insertSession(Test::chainSession(3));
            expected.id = library->insertSession(expected);
            QCOMPARE(expected.id, SessionId(2));
        }
        auto reopened = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(reopened);
        const std::optional<Session> loaded = reopened->loadSession(expected.id);
        QVERIFY(loaded);
        QVERIFY2(*loaded == expected, qPrintable(Test::sessionDifference(*loaded, expected)));
        QVERIFY(!reopened->loadSession(99));
    }

    void summariesListEverySession_data() { Test::addBackendRows(); }
    void summariesListEverySession()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        const QString path = scratch.location();
        const SessionId richId = makeLibrary(path, 2);
        auto library = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(library);
        const QList<SessionSummary> summaries = library->sessions();
        QCOMPARE(summaries.size(), 3);
        const Session rich = Test::richSampleSession();
        const SessionSummary &first = summaries.constFirst();
        QCOMPARE(first.id, richId);
        QCOMPARE(first.title, rich.title);
        QCOMPARE(first.severity, rich.severity);
        QCOMPARE(first.status, rich.status);
        QVERIFY(sameZonedTime(first.startedAt, rich.startedAt));
        QCOMPARE(first.cardCount, int(rich.cards.size()));
        const int open = int(std::count_if(rich.actions.cbegin(), rich.actions.cend(),
                                           [](const ActionItem &a) { return a.status != ActionStatus::Done; }));
        QCOMPARE(first.openActionCount, open);
        QCOMPARE(summaries.at(2).cardCount, 7); // chainSession(6)
    }

    void sessionIdsAreNeverReusedAndTheTrashKeepsDeletedSessions_data() { Test::addBackendRows(); }
    void sessionIdsAreNeverReusedAndTheTrashKeepsDeletedSessions()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        Session second;
        {
            auto library = Library::open(scratch.location(), Library::OpenMode::CreateIfMissing);
            QVERIFY(library);
            QCOMPARE(library->insertSession(Test::chainSession(1)), SessionId(1));
            QCOMPARE(library->insertSession(Test::chainSession(2)), SessionId(2));
            second = *library->loadSession(2);
            QSignalSpy trashChanged(library.get(), &Library::trashChanged);
            QVERIFY(library->trashSession(2));
            QCOMPARE(trashChanged.count(), 1);
            QCOMPARE(library->sessions().size(), 1);
            QVERIFY(!library->search(second.title).contains(2));
            // The newest session went to the trash: the next one still gets a fresh id.
            QCOMPARE(library->insertSession(Test::chainSession(3)), SessionId(3));
            QVERIFY(!library->trashSession(99));
        }
        auto library = Library::open(scratch.location(), Library::OpenMode::OpenExisting);
        QVERIFY(library);
        const QList<SessionSummary> trashed = library->trashedSessions();
        QCOMPARE(trashed.size(), 1);
        QCOMPARE(trashed.first().id, SessionId(2));
        QVERIFY(trashed.first().deletedAt.isValid());
        QVERIFY(library->restoreFromTrash(2));
        QVERIFY(!library->restoreFromTrash(2)); // no longer in the trash
        QCOMPARE(*library->loadSession(2), second);
        QCOMPARE(library->sessions().size(), 3);

        // Emptying the trash deletes for good, and the ids stay taken.
        QVERIFY(library->trashSession(3));
        QVERIFY(library->emptyTrash());
        QVERIFY(library->trashedSessions().isEmpty());
        QVERIFY(!library->loadSession(3));
        QCOMPARE(library->insertSession(Test::chainSession(4)), SessionId(4));
        Session copy = second;
        QVERIFY(!library->insertSessionKeepingId(copy)); // the id is taken
        copy.id = 10;
        QVERIFY(library->insertSessionKeepingId(copy));
        QCOMPARE(library->insertSession(Test::chainSession(5)), SessionId(11));
    }

    void badFilesAreRefusedAndLeftUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Library::OpenMode>("mode");
        QTest::addColumn<LibraryOpenError>("expected");
        const QList<std::pair<const char *, LibraryOpenError>> kinds{
            {"garbage", LibraryOpenError::NotADatabase},
            {"empty", LibraryOpenError::NotADatabase},
            {"truncated header", LibraryOpenError::NotADatabase},
            {"truncated", LibraryOpenError::NotADatabase},
            {"foreign sqlite", LibraryOpenError::ForeignDatabase},
            {"other application id", LibraryOpenError::ForeignDatabase},
            {"trigger", LibraryOpenError::UntrustedSchema},
            {"view", LibraryOpenError::UntrustedSchema},
            {"negative schema version", LibraryOpenError::NotADatabase},
            {"directory", LibraryOpenError::IsDirectory},
        };
        const QList<std::pair<const char *, Library::OpenMode>> modes{
            {"open", Library::OpenMode::OpenExisting},
            {"create", Library::OpenMode::CreateIfMissing},
            {"read-only", Library::OpenMode::ReadOnly},
        };
        for (const auto &[kind, error] : kinds) {
            for (const auto &[modeName, mode] : modes) {
                if (qstrcmp(kind, "empty") == 0 && mode == Library::OpenMode::CreateIfMissing)
                    continue; // creating takes an empty file over (see below)
                QTest::addRow("%s, %s", kind, modeName) << QString::fromLatin1(kind) << mode << error;
            }
        }
        QTest::addRow("newer schema, open") << QStringLiteral("newer") << Library::OpenMode::OpenExisting
                                            << LibraryOpenError::NewerSchema;
        QTest::addRow("newer schema, create") << QStringLiteral("newer") << Library::OpenMode::CreateIfMissing
                                              << LibraryOpenError::NewerSchema;
        QTest::addRow("missing, open") << QStringLiteral("missing") << Library::OpenMode::OpenExisting
                                       << LibraryOpenError::NotFound;
        QTest::addRow("missing, read-only") << QStringLiteral("missing") << Library::OpenMode::ReadOnly
                                            << LibraryOpenError::NotFound;
    }

    void badFilesAreRefusedAndLeftUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(Library::OpenMode, mode);
        QFETCH(LibraryOpenError, expected);
        QTemporaryDir dir;
        const QString path = pathIn(dir, QStringLiteral("bad file.whyboard"));
        const auto writeBytes = [&](const QByteArray &bytes) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        if (kind == QLatin1String("garbage")) {
            QByteArray bytes(8192, Qt::Uninitialized);
            QRandomGenerator generator(7);
            for (char &c : bytes)
                c = char(generator.bounded(256));
            writeBytes(bytes);
        } else if (kind == QLatin1String("empty")) {
            writeBytes({});
        } else if (kind.startsWith(QLatin1String("truncated"))) {
            QVERIFY(makeLibrary(path, 40));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 64 * 1024);
            QVERIFY(file.resize(kind == QLatin1String("truncated") ? file.size() / 2 : 60));
        } else if (kind == QLatin1String("foreign sqlite")) {
            QCOMPARE(Test::executeSql(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                                             QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")}),
                     QString());
        } else if (kind == QLatin1String("other application id")) {
            QCOMPARE(Test::executeSql(path, {QStringLiteral("PRAGMA application_id = 1234"),
                                             QStringLiteral("CREATE TABLE cards (id TEXT)")}),
                     QString());
        } else if (kind == QLatin1String("trigger") || kind == QLatin1String("view")) {
            QVERIFY(makeLibrary(path));
            const QString statement = kind == QLatin1String("trigger")
                ? QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON cards BEGIN DELETE FROM sessions; END")
                : QStringLiteral("CREATE VIEW evil AS SELECT * FROM cards");
            QCOMPARE(Test::executeSql(path, {statement}), QString());
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(makeLibrary(path));
            QCOMPARE(Test::executeSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(LibrarySchema::currentVersion() + 1)}),
                     QString());
        } else if (kind == QLatin1String("negative schema version")) {
            // Read as an index into the migrations, it used to crash every verb and the window.
            QVERIFY(makeLibrary(path));
            QCOMPARE(Test::executeSql(path, {QStringLiteral("PRAGMA user_version = -3")}), QString());
        } else if (kind == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(path));
        }
        const QByteArray before = Test::fileChecksum(path);
        const QStringList entriesBefore = Test::folderEntries(dir.path());

        LibraryOpenError error = LibraryOpenError::None;
        QString message;
        auto library = Library::open(path, mode, &error, &message);
        QVERIFY(!library);
        QCOMPARE(error, expected);
        QVERIFY2(message.contains(path), qPrintable(message));
        QCOMPARE(Test::fileChecksum(path), before);
        QCOMPARE(Test::folderEntries(dir.path()), entriesBefore); // no file created beside it either
    }

    void nonRegularFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Library::OpenMode>("mode");
        for (const char *kind : {"pipe", "link to a device"}) {
            QTest::addRow("%s, open", kind) << QString::fromLatin1(kind) << Library::OpenMode::OpenExisting;
            QTest::addRow("%s, create", kind) << QString::fromLatin1(kind) << Library::OpenMode::CreateIfMissing;
            QTest::addRow("%s, read-only", kind) << QString::fromLatin1(kind) << Library::OpenMode::ReadOnly;
        }
    }

    // A pipe blocked every verb forever; a link to /dev/zero made SQLite write /dev/zero-journal.
    void nonRegularFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(Library::OpenMode, mode);
        QTemporaryDir dir;
        const QString path = pathIn(dir, QStringLiteral("odd.whyboard"));
        if (kind == QLatin1String("pipe"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        const QStringList entriesBefore = Test::folderEntries(dir.path());
        LibraryOpenError error = LibraryOpenError::None;
        QString message;
        QVERIFY(!Library::open(path, mode, &error, &message));
        QCOMPARE(error, LibraryOpenError::NotADatabase);
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("regular file")), qPrintable(message));
        QCOMPARE(Test::folderEntries(dir.path()), entriesBefore);
        QVERIFY(!QFileInfo::exists(QStringLiteral("/dev/zero-journal")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/dev/zero-wal")));
    }

    void newerSchemaOpensReadOnlyAndNeverWrites_data() { Test::addBackendRows(); }
    void newerSchemaOpensReadOnlyAndNeverWrites()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        const bool onServer = Test::backend() == Test::LibraryBackend::Postgres;
        const QString path = scratch.location();
        const SessionId id = makeLibrary(path);
        const int newer = LibrarySchema::currentVersion() + 1;
        const QString versionQuery = onServer ? QStringLiteral("SELECT schema_version FROM whyboard_library")
                                              : QStringLiteral("PRAGMA user_version");
        QCOMPARE(Test::executeSql(path, {QStringLiteral("ALTER TABLE cards ADD COLUMN colour TEXT"),
                                         onServer ? QStringLiteral("UPDATE whyboard_library SET schema_version = %1").arg(newer)
                                                  : QStringLiteral("PRAGMA user_version = %1").arg(newer)}),
                 QString());
        // A file's bytes, or on a server everything a write could touch, dumped as text.
        const auto snapshot = [&] {
            if (!onServer)
                return QVariant(Test::fileChecksum(path));
            return Test::querySql(path, QStringLiteral(
                "SELECT concat_ws('|', (SELECT string_agg(s::text, ',' ORDER BY id) FROM sessions s), "
                "(SELECT string_agg(c::text, ',' ORDER BY session_id, id) FROM cards c), "
                "(SELECT string_agg(n::text, ',' ORDER BY name) FROM counters n), "
                "(SELECT string_agg(w::text, ',') FROM whyboard_library w))"));
        };
        const QVariant before = snapshot();
        QVERIFY(before.isValid());
        {
            LibraryOpenError error = LibraryOpenError::InUse;
            auto library = Library::open(path, Library::OpenMode::ReadOnly, &error);
            QVERIFY(library);
            QCOMPARE(error, LibraryOpenError::None);
            QVERIFY(library->isReadOnly());
            QCOMPARE(library->sessions().size(), 4);
            Session expected = Test::richSampleSession();
            expected.id = id;
            QCOMPARE(*library->loadSession(id), expected);
            QCOMPARE(library->insertSession(Test::chainSession(1)), SessionId(0));
            QVERIFY(!library->trashSession(id));
            QVERIFY(!library->emptyTrash());
        }
        QCOMPARE(snapshot(), before);
        QCOMPARE(Test::querySql(path, versionQuery).toInt(), newer);
    }

    void secondWriterIsToldWhoHoldsTheLibrary()
    {
        QTemporaryDir dir;
        const QString path = pathIn(dir);
        auto first = Library::open(path, Library::OpenMode::CreateIfMissing);
        QVERIFY(first);
        const SessionId id = first->insertSession(Test::chainSession(2));

        LibraryOpenError error = LibraryOpenError::None;
        QString message;
        QVERIFY(!Library::open(path, Library::OpenMode::OpenExisting, &error, &message));
        QCOMPARE(error, LibraryOpenError::InUse);
        const QString pid = QString::number(QCoreApplication::applicationPid());
        QVERIFY2(message.contains(pid), qPrintable(message));
        QVERIFY(Library::holderDescription(path).contains(pid));

        // Read-only works meanwhile and sees what the writer committed.
        auto reader = Library::open(path, Library::OpenMode::ReadOnly, &error);
        QVERIFY(reader);
        QCOMPARE(reader->loadSession(id)->title, Test::chainSession(2).title);
        first->insertSession(Test::chainSession(4));
        QCOMPARE(reader->sessions().size(), 2);

        first.reset();
        QVERIFY(Library::open(path, Library::OpenMode::OpenExisting));
    }

    void unwritableFileOrFolderIsRefused_data()
    {
        QTest::addColumn<bool>("lockFolder");
        QTest::newRow("file") << false;
        QTest::newRow("folder") << true;
    }

    void unwritableFileOrFolderIsRefused()
    {
        QFETCH(bool, lockFolder);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/lib.whyboard");
        QVERIFY(makeLibrary(path));
        const QString target = lockFolder ? folder : path;
        // root ignores permission bits, so it gets the immutable attribute instead.
        const bool asRoot = ::geteuid() == 0;
        const auto protect = [&](bool on) {
            if (asRoot)
                return QProcess::execute(QStringLiteral("chattr"), {on ? QStringLiteral("+i") : QStringLiteral("-i"), target}) == 0;
            return QFile::setPermissions(target, on ? QFile::ReadOwner | QFile::ExeOwner
                                                    : QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        };
        if (!protect(true))
            QSKIP("This file system cannot make a file unwritable for this user.");
        const QByteArray before = Test::fileChecksum(path);
        LibraryOpenError error = LibraryOpenError::None;
        QString message;
        const bool opened = bool(Library::open(path, Library::OpenMode::OpenExisting, &error, &message));
        const bool readable = bool(Library::open(path, Library::OpenMode::ReadOnly));
        const QByteArray after = Test::fileChecksum(path);
        QVERIFY(protect(false));
        QVERIFY(!opened);
        QCOMPARE(error, LibraryOpenError::Unwritable);
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY(readable);
        QCOMPARE(after, before);
    }

    void saveCopyOfWholeLibraryAndOfOneSession_data() { Test::addBackendRows(); }
    // From a server library the copies are SQLite files too.
    void saveCopyOfWholeLibraryAndOfOneSession()
    {
        WHYBOARD_REQUIRE_BACKEND();
        QTemporaryDir dir;
        Test::ScratchLibrary scratch(Test::backend());
        const QString path = scratch.location();
        const SessionId richId = makeLibrary(path, 2);
        auto library = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(library);
        const QString whole = dir.filePath(QStringLiteral("copy of all.whyboard"));
        const QString single = dir.filePath(QStringLiteral("just one.whyboard"));
        QVERIFY2(library->saveCopy(whole), qPrintable(library->lastError()));
        QVERIFY2(library->saveCopy(single, richId), qPrintable(library->lastError()));
        QVERIFY(!library->saveCopy(path)); // never over itself
        QVERIFY(!QFileInfo::exists(QStringLiteral("postgresql:"))); // nor as a folder named after an address
        QVERIFY(!library->saveCopy(dir.filePath(QStringLiteral("x.whyboard")), SessionId(77)));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.whyboard"))));

        // Saving again replaces the earlier copy.
        QVERIFY2(library->saveCopy(single, richId), qPrintable(library->lastError()));

        for (const QString &file : {whole, single}) {
            QFile copyFile(file);
            QVERIFY(copyFile.open(QIODevice::ReadOnly));
            QCOMPARE(copyFile.read(16), QByteArray("SQLite format 3", 16)); // a file, whatever the library was
        }
        auto copy = Library::open(whole, Library::OpenMode::OpenExisting);
        QVERIFY(copy);
        QCOMPARE(copy->sessions().size(), 3);
        QCOMPARE(*copy->loadSession(richId), *library->loadSession(richId));
        auto one = Library::open(single, Library::OpenMode::OpenExisting);
        QVERIFY(one);
        QCOMPARE(one->sessions().size(), 1);
        QCOMPARE(*one->loadSession(richId), *library->loadSession(richId));
        QVERIFY(!QFile::exists(single + QStringLiteral(".part")));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
