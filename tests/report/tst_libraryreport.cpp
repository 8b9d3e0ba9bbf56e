// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "generatedlibrary.h"
#include "reporttesthelpers.h"

#include "report/libraryreport.h"
#include "storage/library.h"
#include "storage/librarystatisticsrows.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// The library report through the real binary and from its writer.
class TestLibraryReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QList<Session> m_sessions;

    Test::CommandRun run(const QStringList &arguments) const { return Test::runWhyboard(arguments, m_dir.path()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("runtime"))));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_library = m_dir.filePath(QStringLiteral("generated.whyboard"));
        m_sessions = Test::generatedSessions();
        std::unique_ptr<Library> library = Library::open(m_library, Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        QVERIFY(!Test::storeSessions(*library, m_sessions).contains(0));
        // WHYBOARD_GENERATED_LIBRARY=path keeps a copy of the generated library, to open in the window.
        const QString keep = qEnvironmentVariable("WHYBOARD_GENERATED_LIBRARY");
        if (!keep.isEmpty()) {
            QFile::remove(keep);
            QVERIFY(library->saveCopy(keep));
        }
    }

    void theQuarterInReview()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("q3.pdf"));
        const Test::CommandRun written = run({QStringLiteral("--export-library-pdf"), pdf, QStringLiteral("--since"),
                                              QStringLiteral("2026-07"), QStringLiteral("--until"), QStringLiteral("2026-09"),
                                              m_library});
        QCOMPARE(written.exitCode, 0);
        QVERIFY2(written.err.isEmpty(), qPrintable(written.err));
        int inQuarter = 0;
        for (const Session &s : std::as_const(m_sessions))
            inQuarter += s.startedAt.date() >= QDate(2026, 7, 1) && s.startedAt.date() <= QDate(2026, 9, 30);
        QVERIFY(inQuarter > 0);
        const QString text = Test::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Library report")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Incidents from [^.]*July[^.]*2026 to [^.]*September[^.]*2026"))));
        QVERIFY(text.contains(QStringLiteral("%1 incidents").arg(inQuarter)));
        for (const char *section : {"Incidents by severity", "Severity mix", "Time to detect", "Time to resolve",
                                    "Top cause categories", "Follow-up completion", "Overdue actions by owner"})
            QVERIFY2(text.contains(QLatin1String(section)), section);
        // Repeat causes come from elsewhere: with none given, there is no such section.
        QVERIFY(!text.contains(QStringLiteral("Repeat causes")));
        // Charts are vectors: the axis labels are text in the PDF, not pixels.
        QVERIFY(text.contains(QStringLiteral("Jul 2026")));
        QVERIFY(Test::pdfPageCount(pdf) >= 2);
    }

    void inGermanWithDatesInGerman()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("de.pdf"));
        const Test::CommandRun written = run({QStringLiteral("--export-library-pdf"), pdf, QStringLiteral("--language"),
                                              QStringLiteral("de"), QStringLiteral("--until"), QStringLiteral("2026-11-30"),
                                              m_library});
        QCOMPARE(written.exitCode, 0);
        const QString text = Test::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("30. November 2026")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Dez. 2025")) || text.contains(QStringLiteral("Dez 2025")));
    }

    void repeatCausesAreASectionWhenGiven()
    {
        std::unique_ptr<Library> library = Library::open(m_library, Library::OpenMode::ReadOnly);
        QVERIFY(library);
        QString error;
        const QList<StatisticsSession> rows = LibraryStatisticsRows::read(library->database(), &error);
        QVERIFY(error.isEmpty());
        LibraryReportOptions options;
        options.until = QDate(2026, 11, 30);
        options.repeatCauses = {QStringLiteral("the restart had never been rehearsed: seen in 3 sessions")};
        const QString pdf = m_dir.filePath(QStringLiteral("repeat.pdf"));
        QCOMPARE(LibraryReport::writePdf(pdf, rows, options, QDate(2026, 12, 1)), QString());
        const QString text = Test::pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Repeat causes")));
        QVERIFY(text.contains(QStringLiteral("the restart had never been rehearsed")));
    }

    void refusesAnUnknownLanguageBeforeWriting()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("xx.pdf"));
        const Test::CommandRun refused = run({QStringLiteral("--export-library-pdf"), pdf, QStringLiteral("--language"),
                                              QStringLiteral("xx"), m_library});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(TestLibraryReport)
#include "tst_libraryreport.moc"
