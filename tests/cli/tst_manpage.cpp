// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/library.h"
#include "storage/librarybackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// packaging/whyboard.1 as a packager checks it: man-db renders it without a warning, lexgrog
// finds its NAME line, it has the sections a manual page has, and its FILES are where the
// program really keeps them.
class TestManPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_page; // the roff source, with "\-" as "-"

    static QString pagePath() { return QDir::cleanPath(QStringLiteral(WHYBOARD_FIXTURES_DIR "/../../packaging/whyboard.1")); }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("MANROFFSEQ"), QString());
        environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        Run result;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The paths below are computed for a home of the test's own; nothing is written there.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("XDG_CONFIG_HOME");
        QCoreApplication::setOrganizationName(QStringLiteral("Whyboard"));
        QCoreApplication::setApplicationName(QStringLiteral("Whyboard"));
        QFile file(pagePath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(pagePath()));
        m_page = QString::fromUtf8(file.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
    }

    void manShowsItWithoutWarnings()
    {
        const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
        if (man.isEmpty())
            QSKIP("man (man-db) is not installed: apt-get install man-db");
        const Run shown = run(man, {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"), QStringLiteral("-l"),
                                    QStringLiteral("-Tutf8"), QStringLiteral("-Z"), pagePath()});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.err.isEmpty(), qPrintable(shown.err));
        QVERIFY(!shown.out.isEmpty());
    }

    void lexgrogFindsItsName()
    {
        const QString lexgrog = QStandardPaths::findExecutable(QStringLiteral("lexgrog"));
        if (lexgrog.isEmpty())
            QSKIP("lexgrog (man-db) is not installed: apt-get install man-db");
        const Run parsed = run(lexgrog, {pagePath()});
        QVERIFY2(parsed.exitCode == 0, qPrintable(parsed.out + parsed.err));
        QVERIFY2(parsed.out.contains(QLatin1String("\"whyboard - ")), qPrintable(parsed.out));
    }

    void hasTheSectionsOfAManualPage()
    {
        for (const char *section : {".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH EXIT STATUS",
                                    ".SH ENVIRONMENT", ".SH FILES", ".SH EXAMPLES", ".SH \"SEE ALSO\"|.SH SEE ALSO"}) {
            bool found = false;
            for (const QString &spelling : QString::fromLatin1(section).split(QLatin1Char('|')))
                found = found || m_page.contains(QLatin1Char('\n') + spelling + QLatin1Char('\n'));
            QVERIFY2(found, section);
        }
        for (const char *page : {"psql (1)", "pg_dump (1)", "sqlite3 (1)"})
            QVERIFY2(m_page.contains(QLatin1String(".BR ") + QLatin1String(page)), page);
    }

    void filesAreWhereTheProgramKeepsThem()
    {
        const QString home = m_home.path();
        const QString library = Library::defaultPath();
        QCOMPARE(library, home + QStringLiteral("/.local/share/Whyboard/Whyboard/library.whyboard"));
        QVERIFY(m_page.contains(QStringLiteral("\n.I ~/.local/share/Whyboard/Whyboard/library.whyboard\n")));
        QCOMPARE(LibraryBackup::folderFor(library), library + QStringLiteral(" backups"));
        QVERIFY(m_page.contains(QStringLiteral("\n.I ~/.local/share/Whyboard/Whyboard/library.whyboard backups/\n")));
        QCOMPARE(QSettings().fileName(), home + QStringLiteral("/.config/Whyboard/Whyboard.conf"));
        QVERIFY(m_page.contains(QStringLiteral("\n.I ~/.config/Whyboard/Whyboard.conf\n")));

        qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/data")));
        const QString moved = Library::defaultPath();
        qunsetenv("XDG_DATA_HOME");
        QCOMPARE(moved, home + QStringLiteral("/data/Whyboard/Whyboard/library.whyboard"));
        QVERIFY(m_page.contains(QStringLiteral("$XDG_DATA_HOME/Whyboard/Whyboard/library.whyboard")));
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
