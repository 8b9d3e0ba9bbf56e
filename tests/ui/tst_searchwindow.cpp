// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardscene.h"
#include "board/boardview.h"
#include "document/sessiondocument.h"
#include "itemmodels/checksmodel.h"
#include "itemmodels/repeatcausewatch.h"
#include "itemmodels/sessionfiltermodel.h"
#include "itemmodels/sessionlistmodel.h"
#include "samplesessions.h"
#include "ui/checkspanel.h"
#include "ui/mainwindow.h"
#include "ui/searchsnippetdelegate.h"
#include "ui/sessionspanel.h"
#include "windowtesthelpers.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

Session example(const char *name)
{
    return Test::fixtureSession(QStringLiteral("examples/") + QLatin1String(name));
}

// How many pixels of the rectangle are the highlighter's colour.
int markedPixels(QWidget *widget, const QRect &rect)
{
    const QImage image = widget->grab(rect).toImage();
    const QColor mark = SearchSnippetDelegate::markColor();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y) == mark ? 1 : 0;
    }
    return count;
}

} // namespace

// The library's search and the repeat-cause alert as the room meets them in the window.
class TestSearchWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString makeLibrary(const QList<Session> &sessions)
    {
        return Test::makeLibrary(m_dir->filePath(QStringLiteral("window.whyboard")), sessions);
    }

private Q_SLOTS:
    void initTestCase() { Test::isolateSettings(m_settingsDir.path()); }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup() { m_dir.reset(); }

    // Typed into the sessions panel: ranked results, the match painted as a highlighter
    // would, and Enter opens the best one with its matching card selected.
    void searchRanksHighlightsAndOpensTheMatchingCard()
    {
        Session timelineOnly = Test::chainSession(2);
        timelineOnly.title = QStringLiteral("Checkout slow");
        TimelineEvent event;
        event.id = QStringLiteral("e1");
        event.text = QStringLiteral("Someone asks whether the restart was rehearsed");
        timelineOnly.timeline = {event};
        const QString path = makeLibrary({timelineOnly, example("aws-s3-outage"), example("gitlab-database-outage")});
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(Test::openWindow(window, path));
        SessionsPanel *panel = window.sessionsPanel();
        window.dock(QStringLiteral("sessionsDock"))->show();
        window.dock(QStringLiteral("sessionsDock"))->raise();

        QTest::keyClicks(panel->searchBox(), QStringLiteral("rehearsed"));
        QAbstractItemModel *rows = panel->view()->model();
        QTRY_COMPARE(rows->rowCount(), 2);
        // The card outranks the timeline, whatever column the list was sorted by.
        const QModelIndex best = rows->index(0, SessionListModel::TitleColumn);
        QCOMPARE(best.data().toString(), QStringLiteral("S3 outage in US-EAST-1"));
        QCOMPARE(best.data(SessionFilterModel::MatchFieldRole).toString(), QStringLiteral("card"));
        QVERIFY(best.data(SessionFilterModel::SnippetRole).toString().contains(QStringLiteral("rehearsed")));
        QCOMPARE(rows->index(1, 0).data(SessionFilterModel::MatchFieldRole).toString(), QStringLiteral("timeline"));
        // Two lines a row, the match painted.
        const QRect cell = panel->view()->visualRect(best);
        QCOMPARE(panel->view()->rowHeight(best.row()), SearchSnippetDelegate::twoLineHeight(panel->view()->fontMetrics()));
        QVERIFY2(markedPixels(panel->view()->viewport(), cell) > 20, "the match is not highlighted");

        panel->searchBox()->setFocus();
        QTest::keyClick(panel->searchBox(), Qt::Key_Return);
        QVERIFY(window.currentDocument());
        QCOMPARE(window.currentDocument()->session().title, QStringLiteral("S3 outage in US-EAST-1"));
        const QStringList selected = window.boardScene()->selectedCardIds();
        QCOMPARE(selected.size(), 1);
        QVERIFY(window.currentDocument()->session().card(selected.constFirst())->text.contains(QStringLiteral("rehearsed")));

        // Cleared, the list is the whole library again, one line a row.
        panel->searchBox()->clear();
        QTRY_COMPARE(rows->rowCount(), 3);
        QVERIFY(rows->index(0, 0).data(SessionFilterModel::SnippetRole).toString().isEmpty());
    }

    // While a why card is typed, the Checks panel names the earlier session with the same
    // cause, after the typing pauses and with one look-up for that card.
    void checksShowARepeatCauseWhileTheCardIsTyped()
    {
        Session fresh = Test::chainSession(0);
        fresh.title = QStringLiteral("Search cluster down");
        fresh.cards[0].text = QStringLiteral("Search was down for two hours");
        const QString path = makeLibrary({example("aws-s3-outage"), fresh});
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(Test::openWindow(window, path));
        QVERIFY(window.openSession(2));
        auto *checks = window.findChild<ChecksPanel *>();
        QVERIFY(checks);
        ChecksModel *model = checks->model();
        RepeatCauseWatch *watch = model->repeatWatch();
        QVERIFY(watch);

        QTRY_VERIFY(!watch->isPending()); // the open session's cards were looked up once
        window.boardScene()->selectCards({window.currentDocument()->session().cards.at(0).id});
        window.boardView()->setFocus();
        QTest::keyClick(window.boardView(), Qt::Key_Return); // the first why, in edit mode
        const QString cause = QStringLiteral("Nobody had rehearsed a full restart of the index subsystem");
        QTest::keyClicks(QApplication::focusWidget(), cause);
        const int queriesAfterTyping = watch->queryCount();
        QTRY_VERIFY(model->indexOf(CheckIds::repeat, window.currentDocument()->session().cards.last().id).isValid());
        // Debounced: far fewer look-ups than keystrokes (one per changed card once typing pauses).
        QVERIFY2(watch->queryCount() - queriesAfterTyping <= 2, qPrintable(QString::number(watch->queryCount())));
        const QModelIndex finding = model->indexOf(CheckIds::repeat, window.currentDocument()->session().cards.last().id);
        const QString message = finding.data(ChecksModel::MessageRole).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Seen in ‘S3 outage in US-EAST-1’")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("the restart had never been rehearsed")), qPrintable(message));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(window.currentDocument()->session().cards.last().text, cause);
    }
};

QTEST_MAIN(TestSearchWindow)
#include "tst_searchwindow.moc"
