// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of bad library file, given to the real whyboard binary: each verb either refuses it
// with one line naming the file and what is wrong, or (a newer, read-only or busy library) reads
// it; none crashes or hangs, and the file's bytes never change. Library::open's own cases are in
// tests/storage/tst_library.cpp; these go through the command line as a user's script would.

#include "commandruns.h"
#include "samplesessions.h"
#include "storagetesthelpers.h"
#include "storage/library.h"
#include "storage/libraryschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <unistd.h>

#include <algorithm>

using namespace Whyboard;

Q_DECLARE_METATYPE(Whyboard::Library::OpenMode)

namespace {

// Where a truncation cuts the file: inside the header, at and around page boundaries, half way,
// and one byte short.
const qint64 truncationOffsets[] = {1, 16, 99, 100, 1024, 4095, 4096, 4097, -2, -1}; // -2: half, -1: size - 1

QString offsetName(qint64 offset)
{
    return offset == -2 ? QStringLiteral("half") : offset == -1 ? QStringLiteral("size - 1") : QString::number(offset);
}

// root ignores permission bits, so it gets the immutable attribute instead.
bool protect(const QString &target, bool on)
{
    if (::geteuid() == 0)
        return QProcess::execute(QStringLiteral("chattr"), {on ? QStringLiteral("+i") : QStringLiteral("-i"), target}) == 0;
    return QFile::setPermissions(target, on ? QFile::ReadOwner | QFile::ExeOwner
                                            : QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class TestBadLibraryFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QByteArray m_pristine; // a sound library of 40 sessions

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
    }

    qint64 cutAt(qint64 offset) const
    {
        return offset == -2 ? m_pristine.size() / 2 : offset == -1 ? m_pristine.size() - 1 : offset;
    }

    QByteArray truncated(qint64 offset) const { return m_pristine.left(cutAt(offset)); }

    // A cut of whole pages that were all zero loses nothing, so such a file may be opened; a
    // page cut short is refused whatever it held.
    bool cutsOnlyZeros(qint64 offset) const
    {
        const QByteArray cut = m_pristine.mid(cutAt(offset));
        const int pageSize = m_pristine.size() > 17 ? (uchar(m_pristine.at(16)) << 8 | uchar(m_pristine.at(17))) : 1;
        return cut.size() % (pageSize == 1 ? 65536 : pageSize) == 0
               && std::all_of(cut.cbegin(), cut.cend(), [](char c) { return c == 0; });
    }

    // Makes the bad file of this kind at path (in a folder of its own); returns the path to give.
    QString prepare(const QString &kind, const QString &folder)
    {
        const QString path = folder + QStringLiteral("/bad.whyboard");
        if (kind == QLatin1String("random bytes")) {
            QByteArray bytes(8192, Qt::Uninitialized);
            QRandomGenerator random(13);
            for (char &c : bytes)
                c = char(random.bounded(256));
            writeFile(path, bytes);
        } else if (kind.startsWith(QLatin1String("truncated at "))) {
            for (qint64 offset : truncationOffsets) {
                if (kind == QStringLiteral("truncated at ") + offsetName(offset))
                    writeFile(path, truncated(offset));
            }
        } else if (kind == QLatin1String("another program's database")) {
            Test::executeSql(path, {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
                                    QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.org')")});
        } else if (kind == QLatin1String("zero-byte")) {
            writeFile(path, {});
        } else if (kind == QLatin1String("directory")) {
            QDir().mkpath(path);
        } else if (kind == QLatin1String("FIFO")) {
            ::mkfifo(QFile::encodeName(path).constData(), 0600);
        } else if (kind == QLatin1String("link to a device")) {
            QFile::link(QStringLiteral("/dev/zero"), path);
        } else if (kind == QLatin1String("device")) {
            return QStringLiteral("/dev/null");
        } else {
            writeFile(path, m_pristine);
            if (kind == QLatin1String("newer schema version"))
                Test::executeSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(LibrarySchema::currentVersion() + 1)});
            else if (kind == QLatin1String("negative schema version"))
                Test::executeSql(path, {QStringLiteral("PRAGMA user_version = -3")});
        }
        return path;
    }

    static QStringList verbArguments(const QString &verb, const QString &library, const QString &scratch)
    {
        if (verb == QLatin1String("--import"))
            return {verb, QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json"), library};
        if (verb == QLatin1String("--export-json"))
            return {verb, scratch + QStringLiteral("/out.json"), QStringLiteral("--session"), QStringLiteral("1"), library};
        return {verb, library};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_scratch.filePath(QStringLiteral("pristine.whyboard"));
        {
            auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
            QVERIFY(library);
            library->insertSession(Test::richSampleSession());
            for (int i = 0; i < 39; ++i)
                library->insertSession(Test::chainSession(3 + i % 7));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_pristine = file.readAll();
        QVERIFY(m_pristine.size() > 4 * 4096);
    }

    void everyVerbRefusesOrReadsUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<int>("expectedExit");
        QTest::addColumn<QString>("reason"); // a word the refusal must contain

        QList<std::pair<QString, QString>> refused{
            {QStringLiteral("random bytes"), QStringLiteral("damaged")},
            {QStringLiteral("another program's database"), QStringLiteral("another program")},
            {QStringLiteral("negative schema version"), QStringLiteral("-3")},
            {QStringLiteral("directory"), QStringLiteral("folder")},
            {QStringLiteral("zero-byte"), QStringLiteral("empty")},
            {QStringLiteral("FIFO"), QStringLiteral("regular file")},
            {QStringLiteral("device"), QStringLiteral("regular file")},
            {QStringLiteral("link to a device"), QStringLiteral("regular file")},
        };
        const QStringList verbs{QStringLiteral("--list"), QStringLiteral("--import"), QStringLiteral("--export-json")};
        for (const auto &[kind, reason] : refused) {
            for (const QString &verb : verbs) {
                // Creating takes a file of no bytes over: a creation killed before its first commit leaves one.
                const int expected = kind == QLatin1String("zero-byte") && verb == QLatin1String("--import") ? 0 : 2;
                QTest::addRow("%s, %s", qPrintable(kind), qPrintable(verb)) << kind << verb << expected << reason;
            }
        }
        for (qint64 offset : truncationOffsets) {
            const QString kind = QStringLiteral("truncated at ") + offsetName(offset);
            for (const QString &verb : verbs)
                QTest::addRow("%s, %s", qPrintable(kind), qPrintable(verb)) << kind << verb << (cutsOnlyZeros(offset) ? 0 : 2)
                                                                            << QString();
        }
        // Readable but not writable: the reading verbs work, --import says why it cannot write.
        const QList<std::pair<QString, QString>> readOnly{
            {QStringLiteral("newer schema version"), QStringLiteral("newer Whyboard")},
            {QStringLiteral("read-only file"), QStringLiteral("permission")},
            {QStringLiteral("read-only folder"), QStringLiteral("permission")},
            {QStringLiteral("held by another instance"), QString::number(QCoreApplication::applicationPid())},
        };
        for (const auto &[kind, reason] : readOnly) {
            for (const QString &verb : verbs) {
                const bool writes = verb == QLatin1String("--import");
                QTest::addRow("%s, %s", qPrintable(kind), qPrintable(verb)) << kind << verb << (writes ? 2 : 0)
                                                                            << (writes ? reason : QString());
            }
        }
    }

    void everyVerbRefusesOrReadsUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, verb);
        QFETCH(int, expectedExit);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("library folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = prepare(kind, folder);
        const bool regular = QFileInfo(path).isFile();
        const QByteArray before = regular ? Test::fileChecksum(path) : QByteArray();
        std::unique_ptr<Library> holder;
        QString protectedTarget;
        if (kind == QLatin1String("held by another instance")) {
            holder = Library::open(path, Library::OpenMode::OpenExisting);
            QVERIFY(holder);
        } else if (kind.startsWith(QLatin1String("read-only"))) {
            protectedTarget = kind == QLatin1String("read-only file") ? path : folder;
            if (!protect(protectedTarget, true))
                QSKIP("This file system cannot make a file unwritable for this user.");
        }
        const QStringList entriesBefore = Test::folderEntries(folder);

        const Test::CommandRun run = Test::runWhyboard(verbArguments(verb, path, dir.path()), dir.path());

        const QStringList entriesAfter = Test::folderEntries(folder);
        holder.reset();
        if (!protectedTarget.isEmpty())
            QVERIFY(protect(protectedTarget, false));
        QVERIFY2(run.exitCode != -1, "crashed or hung");
        QVERIFY2(run.exitCode == expectedExit, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        if (expectedExit != 0) {
            // One line, naming the file and what is wrong with it.
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(run.err.startsWith(QStringLiteral("whyboard: ")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QDir::toNativeSeparators(path)), qPrintable(run.err));
            QVERIFY2(run.err.contains(reason), qPrintable(run.err));
            QCOMPARE(entriesAfter, entriesBefore); // nothing created beside it either
        }
        if (regular && expectedExit == 0 && verb == QLatin1String("--import")) {
            // Taken over (an empty file) or whole (a cut of zeros only): the import is in it.
            auto library = Library::open(path, Library::OpenMode::ReadOnly);
            QVERIFY(library);
            QCOMPARE(library->sessions().constLast().title, QStringLiteral("That time the LinkedIn app was deleted"));
        } else if (regular) {
            QCOMPARE(Test::fileChecksum(path), before);
        }
        else
            QCOMPARE(QFileInfo(path).isFile(), false);
        QVERIFY(!QFileInfo::exists(QStringLiteral("/dev/null-journal")) && !QFileInfo::exists(QStringLiteral("/dev/zero-wal")));
    }

    void truncatedAtTenOffsetsIsRefused_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<Library::OpenMode>("mode");
        for (qint64 offset : truncationOffsets) {
            QTest::addRow("at %s, open", qPrintable(offsetName(offset))) << offset << Library::OpenMode::OpenExisting;
            QTest::addRow("at %s, create", qPrintable(offsetName(offset))) << offset << Library::OpenMode::CreateIfMissing;
            QTest::addRow("at %s, read-only", qPrintable(offsetName(offset))) << offset << Library::OpenMode::ReadOnly;
        }
    }

    // What an interrupted copy or download leaves: refused whatever the cut, never opened as a
    // smaller library that silently lost its last sessions (or, for a 1-byte file, taken over as
    // an empty one). Only a cut of zero bytes, which loses nothing, may open, and then whole.
    void truncatedAtTenOffsetsIsRefused()
    {
        QFETCH(qint64, offset);
        QFETCH(Library::OpenMode, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.whyboard"));
        writeFile(path, truncated(offset));
        const QByteArray before = Test::fileChecksum(path);
        const QStringList entries = Test::folderEntries(dir.path());
        LibraryOpenError error = LibraryOpenError::None;
        QString message;
        if (cutsOnlyZeros(offset)) {
            // May open (then whole), or be refused as any cut file (a page cut short).
            if (auto library = Library::open(path, Library::OpenMode::ReadOnly)) {
                QCOMPARE(library->sessions().size(), 40);
                Session expected = Test::richSampleSession();
                expected.id = 1;
                QCOMPARE(Test::sessionDifference(*library->loadSession(1), expected), QString());
                return;
            }
        }
        QVERIFY(!Library::open(path, mode, &error, &message));
        QCOMPARE(error, LibraryOpenError::NotADatabase);
        QVERIFY2(message.contains(path), qPrintable(message));
        QCOMPARE(Test::fileChecksum(path), before);
        QCOMPARE(Test::folderEntries(dir.path()), entries);
    }
};

QTEST_MAIN(TestBadLibraryFiles)
#include "tst_badlibraryfiles.moc"
