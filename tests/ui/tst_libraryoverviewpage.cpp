// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedlibrary.h"
#include "windowtesthelpers.h"

#include "analysis/contrast.h"
#include "report/trendchart.h"
#include "storage/library.h"
#include "ui/centralarea.h"
#include "ui/libraryoverviewpage.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include "ui/libraryfigurestable.h"
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

class TestLibraryOverviewPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<Session> m_sessions;

    LibraryOverviewPage *pageOf(MainWindow &window)
    {
        return window.findChild<LibraryOverviewPage *>(QStringLiteral("libraryOverviewPage"));
    }

    // A window on a fresh copy of the generated library, with the overview in front.
    QString openOverview(MainWindow &window, const QString &name)
    {
        const QString path = Test::makeLibrary(m_dir.filePath(name), m_sessions);
        if (path.isEmpty() || !Test::openWindow(window, path))
            return {};
        Test::press(Qt::CTRL | Qt::Key_4);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
        m_sessions = Test::generatedSessions();
    }

    void ctrl4ShowsTheLibraryFigures()
    {
        MainWindow window;
        QVERIFY(!openOverview(window, QStringLiteral("a.whyboard")).isEmpty());
        LibraryOverviewPage *page = pageOf(window);
        QVERIFY(page);
        QCOMPARE(window.centralArea()->currentPage(), page);
        QCOMPARE(page->result().total.sessions, 50);
        QVERIFY(page->result().series.size() >= 20); // two years of months
        QCOMPARE(page->figuresTable()->rowCount(), int(page->result().series.size()));
        QCOMPARE(page->readCount(), 1);
        // The View menu names the page with its shortcut.
        bool listed = false;
        for (QAction *action : window.centralArea()->pageActions())
            listed = listed || action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_4);
        QVERIFY(listed);
    }

    void severityAndPeriodFiltersFromTheKeyboard()
    {
        MainWindow window;
        QVERIFY(!openOverview(window, QStringLiteral("b.whyboard")).isEmpty());
        LibraryOverviewPage *page = pageOf(window);
        int severeOnes = 0;
        for (const Session &s : std::as_const(m_sessions))
            severeOnes += s.severity == 1;
        QVERIFY(severeOnes > 0);
        Test::press(Qt::ALT | Qt::Key_Y); // Severit&y
        auto *severity = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(severity);
        Test::press(Qt::Key_Down);
        QCOMPARE(page->filter().severity, 1);
        QCOMPARE(page->result().total.sessions, severeOnes);
        QCOMPARE(page->result().total.bySeverity[2], 0);

        const qsizetype months = page->result().series.size();
        Test::press(Qt::ALT | Qt::Key_P); // &Per
        Test::press(Qt::Key_Down);
        QCOMPARE(page->period(), StatisticsPeriod::Quarter);
        QVERIFY(page->result().series.size() * 3 >= months - 2);
        QVERIFY(page->result().series.size() < months);
        QCOMPARE(page->readCount(), 1); // filters recompute, they do not read the file again
    }

    void changesToTheLibraryAreReadOnceTheySettle()
    {
        MainWindow window;
        QVERIFY(!openOverview(window, QStringLiteral("c.whyboard")).isEmpty());
        LibraryOverviewPage *page = pageOf(window);
        const int reads = page->readCount();
        const QList<SessionSummary> sessions = window.library()->sessions();
        for (int i = 0; i < 3; ++i)
            QVERIFY(window.library()->trashSession(sessions.at(i).id));
        QTRY_COMPARE(page->result().total.sessions, 47);
        QCOMPARE(page->readCount(), reads + 1);
        QVERIFY(window.library()->restoreFromTrash(sessions.at(0).id));
        QTRY_COMPARE(page->result().total.sessions, 48);
    }

    void textOnSeverityColoursReadsAtFourAndAHalfToOne()
    {
        for (int severity = 0; severity <= 4; ++severity) {
            const QColor fill = TrendChart::severityColor(severity);
            QVERIFY2(Contrast::ratio(fill, TrendChart::textColorOn(fill)) >= Contrast::minimum, qPrintable(fill.name()));
        }
    }

    void chartsSaveAsSvgAndTheReportExportsFromTheFileMenu()
    {
        MainWindow window;
        QVERIFY(!openOverview(window, QStringLiteral("d.whyboard")).isEmpty());
        LibraryOverviewPage *page = pageOf(window);
        const QString folder = m_dir.filePath(QStringLiteral("svg"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(page->saveChartsAsSvg(folder), QString());
        const QStringList svgs = QDir(folder).entryList({QStringLiteral("*.svg")});
        QCOMPARE(svgs.size(), 5);
        QFile svg(QDir(folder).filePath(QStringLiteral("incidents-by-severity.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray drawing = svg.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains("Incidents by severity"));

        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        page->setFileChooser([&](const QString &) { return pdf; });
        QAction *exportReport = window.findChild<QAction *>(QStringLiteral("exportLibraryReport"));
        QVERIFY(exportReport && exportReport->isEnabled());
        exportReport->trigger();
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestLibraryOverviewPage)
#include "tst_libraryoverviewpage.moc"
