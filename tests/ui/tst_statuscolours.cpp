// SPDX-License-Identifier: GPL-3.0-or-later
// Warning, error, success and notice colours keep 4.5:1 on a light, a dark and a projector
// palette, and the window's banners and tables use them, following a palette change.
#include "analysis/contrast.h"
#include "analysis/statuscolours.h"
#include "followupsessions.h"
#include "itemmodels/actionitemsmodel.h"
#include "itemmodels/followupsmodel.h"
#include "samplesessions.h"
#include "storage/library.h"
#include "ui/actionitemspanel.h"
#include "ui/centralarea.h"
#include "ui/followupspage.h"
#include "ui/mainwindow.h"
#include "ui/metricsstatus.h"
#include "ui/statusstyle.h"
#include "windowtesthelpers.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;
using Status = StatusColours::Status;

namespace {

// Breeze Dark's colours, as Fusion shows them with a dark palette.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x31, 0x36, 0x3b), text(0xef, 0xf0, 0xf1), base(0x1b, 0x1e, 0x20);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    return p;
}

QPalette lightPalette()
{
    return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
}

// A projector washes colours out: black on white, nothing in between.
QPalette projectorPalette()
{
    QPalette p(Qt::black, Qt::white, Qt::white, QColor(0x60, 0x60, 0x60), QColor(0xa0, 0xa0, 0xa0), Qt::black, Qt::white,
               Qt::white, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf0, 0xf0));
    return p;
}

// Black, for a dark room.
QPalette blackPalette()
{
    QPalette p(Qt::white, Qt::black, QColor(0x40, 0x40, 0x40), QColor(0x20, 0x20, 0x20), QColor(0x30, 0x30, 0x30),
               Qt::white, Qt::white, Qt::black, Qt::black);
    p.setColor(QPalette::AlternateBase, QColor(0x14, 0x14, 0x14));
    return p;
}

bool isDark(const QColor &colour)
{
    return Contrast::relativeLuminance(colour) < 0.18;
}

QString ratioText(const QColor &a, const QColor &b)
{
    return QStringLiteral("%1 on %2: %3:1").arg(a.name(), b.name()).arg(Contrast::ratio(a, b), 0, 'f', 2);
}

} // namespace

class TestStatusColours : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void cleanup() { QApplication::setPalette(lightPalette()); }

    void everyStatusReadsOnEveryPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("projector") << projectorPalette();
        QTest::newRow("black") << blackPalette();
    }

    void everyStatusReadsOnEveryPalette()
    {
        QFETCH(QPalette, palette);
        for (Status status : {Status::Warning, Status::Error, Status::Success, Status::Notice}) {
            const QColor window = palette.color(QPalette::Window);
            const QColor text = StatusColours::text(status, palette);
            QVERIFY2(Contrast::ratio(text, window) >= Contrast::minimum, qPrintable(ratioText(text, window)));
            const QColor cell = StatusColours::cellText(status, palette);
            for (QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase}) {
                const QColor background = palette.color(role);
                QVERIFY2(Contrast::ratio(cell, background) >= Contrast::minimum, qPrintable(ratioText(cell, background)));
            }
            const QColor banner = StatusColours::bannerBackground(status, palette);
            const QColor bannerText = StatusColours::bannerText(status, palette);
            QVERIFY2(Contrast::ratio(bannerText, banner) >= Contrast::minimum, qPrintable(ratioText(bannerText, banner)));
            // A banner keeps the palette's lightness: no pale strip in a dark window.
            QCOMPARE(isDark(banner), isDark(window));
            const QColor field = StatusColours::fieldBackground(status, palette);
            const QColor fieldText = StatusColours::fieldText(status, palette);
            QVERIFY2(Contrast::ratio(fieldText, field) >= Contrast::minimum, qPrintable(ratioText(fieldText, field)));
            QVERIFY(field != palette.color(QPalette::Base)); // it does stand out
        }
        // Error still looks red, success green.
        const QColor error = StatusColours::text(Status::Error, palette);
        QVERIFY(error.red() > error.green() && error.red() > error.blue());
        const QColor success = StatusColours::text(Status::Success, palette);
        QVERIFY(success.green() > success.red() && success.green() > success.blue());
    }

    void labelFollowsThePaletteWhenItChanges()
    {
        QApplication::setPalette(lightPalette());
        QWidget parent;
        auto *label = new QLabel(QStringLiteral("Detected before it started"), &parent);
        StatusStyle::apply(label, Status::Error, StatusStyle::Kind::Text);
        const QColor onLight = label->palette().color(QPalette::WindowText);
        QVERIFY(Contrast::ratio(onLight, parent.palette().color(QPalette::Window)) >= Contrast::minimum);
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents(); // the new palette reaches the widgets through posted events
        const QColor onDark = label->palette().color(QPalette::WindowText);
        QVERIFY(onDark != onLight);
        QVERIFY2(Contrast::ratio(onDark, parent.palette().color(QPalette::Window)) >= Contrast::minimum,
                 qPrintable(ratioText(onDark, parent.palette().color(QPalette::Window))));
        StatusStyle::clear(label);
        QCoreApplication::processEvents();
        QCOMPARE(label->palette().color(QPalette::WindowText), darkPalette().color(QPalette::WindowText));
    }

    void bannersAndTablesUseThemUnderADarkPalette()
    {
        QApplication::setPalette(darkPalette());
        const QDate today = QDate::currentDate();
        const QString path = Test::makeLibrary(m_dir.filePath(QStringLiteral("dark.whyboard")),
                                               Test::followUpSessions(today) << Test::richSampleSession());
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLibrary(path, Library::OpenMode::ReadOnly));

        // The read-only banner over the board.
        auto *banner = window.findChild<QLabel *>(QStringLiteral("boardBanner"));
        QVERIFY(banner && banner->isVisible());
        const QColor bannerBack = banner->palette().color(QPalette::Window);
        const QColor bannerText = banner->palette().color(QPalette::WindowText);
        QVERIFY2(Contrast::ratio(bannerText, bannerBack) >= Contrast::minimum, qPrintable(ratioText(bannerText, bannerBack)));
        QVERIFY(isDark(bannerBack));
        QVERIFY(banner->autoFillBackground());

        // The metrics' problem note in the status bar.
        auto *problems = window.findChild<QLabel *>(QStringLiteral("metricsProblems"));
        QVERIFY(problems);
        const QColor problemText = problems->palette().color(QPalette::WindowText);
        const QColor statusBack = window.metricsStatus()->palette().color(QPalette::Window);
        QVERIFY2(Contrast::ratio(problemText, statusBack) >= Contrast::minimum, qPrintable(ratioText(problemText, statusBack)));

        // The follow-ups' overdue cells, on both row colours of the table.
        auto *followUps = window.findChild<FollowUpsPage *>();
        QVERIFY(followUps);
        window.centralArea()->showPage(followUps); // the page reads the library when shown
        const QModelIndex due = followUps->model()->index(followUps->model()->rowOf(1, QStringLiteral("a2")), FollowUpsModel::DueColumn);
        QVERIFY(due.data(FollowUpsModel::OverdueRole).toBool());
        const QColor overdue = due.data(Qt::ForegroundRole).value<QColor>();
        for (QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase}) {
            const QColor background = followUps->view()->palette().color(role);
            QVERIFY2(Contrast::ratio(overdue, background) >= Contrast::minimum, qPrintable(ratioText(overdue, background)));
        }

        // The meeting's action items: an overdue row is tinted, its text still reads.
        SessionId rich = 0;
        for (const SessionSummary &summary : window.library()->sessions()) {
            if (summary.title == Test::richSampleSession().title)
                rich = summary.id;
        }
        QVERIFY(window.openSession(rich));
        const QAbstractItemModel *actions = window.actionItemsPanel()->model();
        int overdueRows = 0;
        for (int row = 0; row < actions->rowCount(); ++row) {
            const QVariant tint = actions->index(row, ActionItemsModel::DueColumn).data(Qt::BackgroundRole);
            if (!tint.isValid() || actions->index(row, 0).data(ActionItemsModel::HighlightedRole).toBool())
                continue; // no tint, or the tint of a row related to the board's selection
            ++overdueRows;
            const QColor back = tint.value<QColor>();
            const QColor text = QApplication::palette().color(QPalette::Text);
            QVERIFY2(Contrast::ratio(text, back) >= Contrast::minimum, qPrintable(ratioText(text, back)));
            QVERIFY(isDark(back));
        }
        QVERIFY(overdueRows > 0);

        // Back to a light palette: the banner follows.
        QApplication::setPalette(lightPalette());
        QCoreApplication::processEvents();
        QVERIFY(!isDark(banner->palette().color(QPalette::Window)));
        QVERIFY(Contrast::ratio(banner->palette().color(QPalette::WindowText), banner->palette().color(QPalette::Window))
                >= Contrast::minimum);
    }
};

QTEST_MAIN(TestStatusColours)
#include "tst_statuscolours.moc"
