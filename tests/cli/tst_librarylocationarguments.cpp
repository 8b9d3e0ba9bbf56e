// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// A LIBRARY argument shaped like an address that Whyboard does not open is a usage error for
// every verb: exit code 1, one line naming it on stderr, and nothing created in the folder the
// command ran in (once "--import x.json postgresql://host/db" made ./postgresql:/host/db).
class TestLibraryLocationArguments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;

    static QString example() { return QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json"); }

    static QStringList entriesOf(const QString &folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(WHYBOARD_BINARY)), WHYBOARD_BINARY);
        const QString runtime = m_scratch.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void refusedAddressesCreateNothing_data()
    {
        QTest::addColumn<QStringList>("verb");
        QTest::addColumn<QString>("library");
        QTest::addColumn<QString>("named"); // how the message names the argument
        const QList<std::pair<const char *, QStringList>> verbs{
            {"import", {QStringLiteral("--import"), example()}},
            {"list", {QStringLiteral("--list")}},
            {"export", {QStringLiteral("--export-json"), QStringLiteral("out.json"), QStringLiteral("--session"), QStringLiteral("1")}},
            {"check", {QStringLiteral("--check"), QStringLiteral("--session"), QStringLiteral("1")}},
            {"followups", {QStringLiteral("--followups")}},
            {"search", {QStringLiteral("--search"), QStringLiteral("disk")}},
            {"stats", {QStringLiteral("--stats")}},
            {"ics", {QStringLiteral("--export-ics"), QStringLiteral("out.ics")}},
            {"library pdf", {QStringLiteral("--export-library-pdf"), QStringLiteral("out.pdf")}},
            {"timeline", {QStringLiteral("--import-timeline"), example(), QStringLiteral("--session"), QStringLiteral("1")}},
            {"restore", {QStringLiteral("--restore-backup")}},
        };
        const QList<std::pair<QString, QString>> libraries{
            {QStringLiteral("sqlite://x"), QStringLiteral("sqlite://x")},
            {QStringLiteral("file:///tmp/x"), QStringLiteral("file:///tmp/x")},
            {QStringLiteral("http://x/y"), QStringLiteral("http://x/y")},
            {QStringLiteral("postgresql:x"), QStringLiteral("postgresql:x")},
            {QStringLiteral("postgresql://host/"), QStringLiteral("postgresql://host/")},
            {QStringLiteral("postgresql://h/db?bogus=1"), QStringLiteral("bogus")},
            {QStringLiteral("postgresql://ana:secret@h/db?bogus=1"), QStringLiteral("postgresql://ana:****@h/db")},
        };
        for (const auto &[verbName, verb] : verbs) {
            for (const auto &[library, named] : libraries) {
                // Every verb with every address would be 77 processes: the import (the verb that
                // creates) and the list take them all, the others the first and the last two.
                const bool everyAddress = QByteArray(verbName) == "import" || QByteArray(verbName) == "list";
                if (!everyAddress && library != libraries.first().first && !library.contains(QLatin1String("bogus")))
                    continue;
                QTest::addRow("%s %s", verbName, qPrintable(library)) << verb << library << named;
            }
        }
    }

    void refusedAddressesCreateNothing()
    {
        QFETCH(QStringList, verb);
        QFETCH(QString, library);
        QFETCH(QString, named);
        QTemporaryDir workingDir;
        const Test::CommandRun run = Test::runWhyboard(verb + QStringList{library}, m_scratch.path(), workingDir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(QLatin1String("whyboard: ")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("secret")), qPrintable(run.err));
        QCOMPARE(entriesOf(workingDir.path()), QStringList());
        QVERIFY(!QFileInfo::exists(m_scratch.filePath(QStringLiteral("data-home/Whyboard"))));
    }

    void helpSaysWhatALibraryMayBe()
    {
        const Test::CommandRun run = Test::runWhyboard({QStringLiteral("--help")}, m_scratch.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("postgresql://[USER@]HOST[:PORT]/DATABASE")), qPrintable(run.out));
    }

    void aServerLibraryIsBackedUpOnTheServer()
    {
        QTemporaryDir workingDir;
        const Test::CommandRun run = Test::runWhyboard({QStringLiteral("--restore-backup"), QStringLiteral("postgresql://db.example.com/team")},
                                                       m_scratch.path(), workingDir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("pg_dump")), qPrintable(run.err));
        QCOMPARE(entriesOf(workingDir.path()), QStringList());
    }

    void anUnreachableServerIsNeverAFile()
    {
        // Port 1 on this computer: nothing listens there, so the connection is refused at once.
        const QString address = QStringLiteral("postgresql://127.0.0.1:1/team?connect_timeout=3");
        {
            QTemporaryDir probeDir;
            const QString before = QDir::currentPath();
            QDir::setCurrent(probeDir.path());
            LibraryOpenError error = LibraryOpenError::None;
            Library::open(address, Library::OpenMode::ReadOnly, &error);
            QDir::setCurrent(before);
            if (error != LibraryOpenError::ServerUnreachable)
                QSKIP("this build's Library::open does not open libraries on a PostgreSQL server");
        }
        for (const QStringList &verb : {QStringList{QStringLiteral("--import"), example()}, QStringList{QStringLiteral("--list")}}) {
            QTemporaryDir workingDir;
            const Test::CommandRun run = Test::runWhyboard(verb + QStringList{address}, m_scratch.path(), workingDir.path());
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.startsWith(QLatin1String("whyboard: ")), qPrintable(run.err));
            QCOMPARE(entriesOf(workingDir.path()), QStringList());
        }
    }
};

QTEST_MAIN(TestLibraryLocationArguments)
#include "tst_librarylocationarguments.moc"
