// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// How the real binary reads its command line: -h, --help, -v and --version answer without a
// display; an option Whyboard does not have is a usage error that names it and creates nothing
// (once "whyboard -h" opened a window on a library file named "-h"); "--" lets a library's
// name start with a dash; Qt's own options still reach the window.
class TestCommandLineParsing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QStringList m_made;

    static QStringList entriesOf(const QString &folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

    // Runs in an empty working folder of its own; m_made then lists what the run made there,
    // and "data-home" when it made the default library's folder.
    Test::CommandRun runInEmptyFolder(const QStringList &arguments)
    {
        QTemporaryDir workingDir;
        const Test::CommandRun run = Test::runWhyboard(arguments, m_scratch.path(), workingDir.path());
        m_made = entriesOf(workingDir.path());
        if (QFileInfo::exists(m_scratch.filePath(QStringLiteral("data-home"))))
            m_made.append(QStringLiteral("data-home"));
        return run;
    }

    // The window, offscreen, until its first paint.
    int runWindow(const QStringList &arguments, const QString &workingDir)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_scratch.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_scratch.filePath(QStringLiteral("window-data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_scratch.filePath(QStringLiteral("window-config")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_scratch.filePath(QStringLiteral("runtime")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("WHYBOARD_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(workingDir);
        process.start(QStringLiteral(WHYBOARD_BINARY), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        return process.readAllStandardOutput().contains("painted") ? process.exitCode() : -2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(WHYBOARD_BINARY)), WHYBOARD_BINARY);
        const QString runtime = m_scratch.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("starts");
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("Usage:\n");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Usage:\n");
        QTest::newRow("--help with a library") << QStringList{QStringLiteral("--help"), QStringLiteral("team.whyboard")}
                                               << QStringLiteral("Usage:\n");
        QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << QStringLiteral("whyboard ");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("whyboard ");
    }

    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, starts);
        const Test::CommandRun run = runInEmptyFolder(arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_made, QStringList());
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(starts), qPrintable(run.out));
        if (starts.startsWith(QLatin1String("whyboard")))
            QVERIFY2(QRegularExpression(QStringLiteral("^whyboard \\d+\\.\\d+\\.\\d+\\n$")).match(run.out).hasMatch(), qPrintable(run.out));
    }

    void shortAndLongHelpAreTheSame()
    {
        const Test::CommandRun shortHelp = runInEmptyFolder({QStringLiteral("-h")});
        const Test::CommandRun longHelp = runInEmptyFolder({QStringLiteral("--help")});
        QCOMPARE(shortHelp.out, longHelp.out);
        QVERIFY(shortHelp.out.contains(QLatin1String("-h | --help")));
        QVERIFY(shortHelp.out.contains(QLatin1String("-v | --version")));
        // Readable in a terminal: no line wider than 80 columns but an unbreakable word.
        for (const QString &line : shortHelp.out.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 80 || !line.trimmed().contains(QLatin1Char(' ')), qPrintable(line));
    }

    void helpSpeaksTheSystemLanguage()
    {
        qputenv("LANGUAGE", "de");
        const Test::CommandRun run = runInEmptyFolder({QStringLiteral("--help")});
        qunsetenv("LANGUAGE");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("Aufruf:\n")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("das Fenster öffnen")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Optionen für die Exporte:")), qPrintable(run.out));
    }

    void unknownOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("-x") << QStringList{QStringLiteral("-x")} << QStringLiteral("-x");
        QTest::newRow("--nope") << QStringList{QStringLiteral("--nope")} << QStringLiteral("--nope");
        QTest::newRow("--nope=3") << QStringList{QStringLiteral("--nope=3")} << QStringLiteral("--nope");
        QTest::newRow("-x and a library") << QStringList{QStringLiteral("-x"), QStringLiteral("team.whyboard")} << QStringLiteral("-x");
        QTest::newRow("a library and --nope") << QStringList{QStringLiteral("team.whyboard"), QStringLiteral("--nope")}
                                              << QStringLiteral("--nope");
        QTest::newRow("-h with an unknown letter") << QStringList{QStringLiteral("-hx")} << QStringLiteral("-hx");
        QTest::newRow("after a verb") << QStringList{QStringLiteral("--list"), QStringLiteral("-q")} << QStringLiteral("-q");
        QTest::newRow("after an export")
            << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("out.pdf"), QStringLiteral("--session"), QStringLiteral("1"),
                           QStringLiteral("--landscape")}
            << QStringLiteral("--landscape");
    }

    void unknownOptionsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Test::CommandRun run = runInEmptyFolder(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(m_made, QStringList());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, QStringLiteral("whyboard: unknown option %1 (see --help)\n").arg(named));
    }

    void usageErrorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("export without its file") << QStringList{QStringLiteral("--export-pdf")}
                                                 << QStringLiteral("--export-pdf needs a file name");
        QTest::newRow("search without text") << QStringList{QStringLiteral("--search")} << QStringLiteral("--search needs TEXT");
        QTest::newRow("session without id") << QStringList{QStringLiteral("--check"), QStringLiteral("--session")}
                                            << QStringLiteral("--session needs a session id");
        QTest::newRow("a flag with a value") << QStringList{QStringLiteral("--stats"), QStringLiteral("--json=yes")}
                                             << QStringLiteral("--json does not take a value");
        QTest::newRow("an option twice")
            << QStringList{QStringLiteral("--followups"), QStringLiteral("--owner"), QStringLiteral("ana"), QStringLiteral("--owner"),
                           QStringLiteral("bo")}
            << QStringLiteral("--owner is given twice");
        QTest::newRow("a verb twice") << QStringList{QStringLiteral("--list"), QStringLiteral("--list")}
                                      << QStringLiteral("--list is given twice");
        QTest::newRow("help and a verb") << QStringList{QStringLiteral("-h"), QStringLiteral("--list")}
                                         << QStringLiteral("--help and --list cannot be combined");
        QTest::newRow("an option of another verb") << QStringList{QStringLiteral("--list"), QStringLiteral("--json")}
                                                   << QStringLiteral("--list does not take --json");
        QTest::newRow("an option alone") << QStringList{QStringLiteral("--session"), QStringLiteral("3")}
                                         << QStringLiteral("no command given (see --help)");
        QTest::newRow("copy without TO") << QStringList{QStringLiteral("--copy-library"), QStringLiteral("from.whyboard")}
                                         << QStringLiteral("--copy-library needs TO");
    }

    void usageErrorsSayWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Test::CommandRun run = runInEmptyFolder(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(m_made, QStringList());
        QCOMPARE(run.err, QStringLiteral("whyboard: ") + message + QLatin1Char('\n'));
    }

    void doubleDashEndsTheOptions()
    {
        // A verb's library named "-odd.whyboard": read as a name, so it is missing (exit 2), not unknown.
        const Test::CommandRun run = runInEmptyFolder({QStringLiteral("--list"), QStringLiteral("--"), QStringLiteral("-odd.whyboard")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("-odd.whyboard")), qPrintable(run.err));
    }

    void theWindowOpensALibraryNamedWithADash()
    {
        QTemporaryDir workingDir;
        QCOMPARE(runWindow({QStringLiteral("--"), QStringLiteral("-odd.whyboard")}, workingDir.path()), 0);
        QVERIFY2(entriesOf(workingDir.path()).contains(QStringLiteral("-odd.whyboard")), qPrintable(entriesOf(workingDir.path()).join(u',')));
    }

    void qtOwnOptionsStillReachTheWindow()
    {
        QTemporaryDir workingDir;
        QCOMPARE(runWindow({QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("-reverse"), QStringLiteral("team.whyboard")},
                           workingDir.path()),
                 0);
        const QStringList made = entriesOf(workingDir.path());
        QVERIFY2(made.contains(QStringLiteral("team.whyboard")), qPrintable(made.join(u',')));
        for (const QString &name : made)
            QVERIFY2(name.startsWith(QLatin1String("team.whyboard")), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineParsing)
#include "tst_commandlineparsing.moc"
