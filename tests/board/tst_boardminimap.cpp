// SPDX-License-Identifier: GPL-3.0-or-later
// The overview of a big board: shown only while the board does not fit, moves the view,
// takes no focus, readable in every theme.
#include "analysis/contrast.h"
#include "bigboards.h"
#include "board/boardminimap.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/layoutanimator.h"
#include "boardtesthelpers.h"
#include "samplesessions.h"

#include <QAction>
#include <QApplication>
#include <QTest>

using namespace Whyboard;

namespace {

QPointF viewCentre(const BoardView *view)
{
    return view->mapToScene(view->viewport()->rect().center());
}

// A colour of the map as the room sees it: over the board's background.
QColor over(const QColor &top, const QColor &below)
{
    const qreal a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + below.redF() * (1 - a), top.greenF() * a + below.greenF() * (1 - a),
                            top.blueF() * a + below.blueF() * (1 - a));
}

} // namespace

class TestBoardMiniMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsOnlyWhileTheBoardDoesNotFit();
    void clickAndDragMoveTheView();
    void takesNoFocus();
    void readableInEveryTheme_data();
    void readableInEveryTheme();

private:
    Session m_big = Test::levelledDagSession(5, 400, 12, 0);
};

void TestBoardMiniMap::init()
{
    // The choice is remembered between runs: start each test from the default.
    BoardView view;
    BoardMiniMap map(&view);
    map.toggleAction()->setChecked(true);
}

void TestBoardMiniMap::showsOnlyWhileTheBoardDoesNotFit()
{
    // Big, but not so big that fitting it needs less than the smallest zoom.
    Test::BoardHarness board(Test::levelledDagSession(5, 120, 8, 0), QSize(1280, 800));
    auto *map = new BoardMiniMap(board.view());
    board.scene()->layoutAnimator()->arrange();
    board.view()->fitToView();
    QVERIFY(!map->isVisible());

    board.view()->setZoom(0.8);
    QVERIFY(map->isVisible());
    // Small, in the bottom right corner of the board, shaped like the board.
    const QRect viewport = board.view()->viewport()->rect();
    QVERIFY(viewport.contains(map->geometry()));
    QVERIFY(map->width() <= viewport.width() / 3 && map->height() <= viewport.height() / 3);
    QVERIFY(map->geometry().right() > viewport.width() - 40 && map->geometry().bottom() > viewport.height() - 40);
    const QRectF content = board.scene()->contentRect();
    QVERIFY(qAbs(qreal(map->width()) / map->height() - content.width() / content.height()) < 0.3);

    // Scrolling moves the outline, not the map.
    const QRect placed = map->geometry();
    const QRectF outline = map->viewOutline();
    board.view()->centerOn(content.topLeft());
    QCOMPARE(map->geometry(), placed);
    QVERIFY(map->viewOutline() != outline);

    map->toggleAction()->setChecked(false);
    QVERIFY(!map->isVisible());
    map->toggleAction()->setChecked(true);
    QVERIFY(map->isVisible());

    // The projector keeps the whole board in view: no overview there.
    board.view()->setKeepFitted(true);
    QVERIFY(!map->isVisible());
    board.view()->setKeepFitted(false);

    // A small board fits at the same zoom.
    Test::BoardHarness small(Test::chainSession(2), QSize(1280, 800));
    auto *smallMap = new BoardMiniMap(small.view());
    small.scene()->layoutAnimator()->arrange();
    small.view()->setZoom(0.8);
    QVERIFY(!smallMap->isVisible());
}

void TestBoardMiniMap::clickAndDragMoveTheView()
{
    Test::BoardHarness board(m_big, QSize(1280, 800));
    auto *map = new BoardMiniMap(board.view());
    board.scene()->layoutAnimator()->arrange();
    board.view()->setZoom(1.0);
    board.view()->centerOn(board.scene()->cardItem(QStringLiteral("c1"))->sceneCardRect().center());
    QVERIFY(map->isVisible());
    // One map pixel, in scene units: how closely a click can aim.
    const qreal pixel = map->mappedSceneRect().width() / (map->width() - 8);

    // The view jumps to a card far from the problem.
    const QRectF far = board.scene()->cardItem(QStringLiteral("c400"))->sceneCardRect();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->mapFromScene(far.center()).toPoint());
    QVERIFY2(QLineF(viewCentre(board.view()), far.center()).length() < 2 * pixel,
             qPrintable(QStringLiteral("%1,%2").arg(viewCentre(board.view()).x()).arg(viewCentre(board.view()).y())));
    QVERIFY(map->viewOutline().contains(map->mapFromScene(far.center())));

    // A drag follows the pointer.
    const QRectF content = map->mappedSceneRect();
    const QPointF from = content.center();
    const QPointF to = content.topLeft() + QPointF(content.width() * 0.3, content.height() * 0.4);
    QTest::mousePress(map, Qt::LeftButton, {}, map->mapFromScene(from).toPoint());
    QTest::mouseMove(map, map->mapFromScene((from + to) / 2).toPoint());
    QTest::mouseMove(map, map->mapFromScene(to).toPoint());
    QTest::mouseRelease(map, Qt::LeftButton, {}, map->mapFromScene(to).toPoint());
    QVERIFY(QLineF(viewCentre(board.view()), to).length() < 2 * pixel);
}

void TestBoardMiniMap::takesNoFocus()
{
    Test::BoardHarness board(m_big, QSize(1280, 800));
    auto *map = new BoardMiniMap(board.view());
    board.scene()->layoutAnimator()->arrange();
    board.view()->setZoom(1.0);
    QCOMPARE(map->focusPolicy(), Qt::NoFocus);
    board.view()->setFocus();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->rect().center());
    QVERIFY(board.view()->hasFocus());
    // Tab still walks the cards of the board.
    board.scene()->selectCards({QStringLiteral("c1")});
    QTest::keyClick(board.view(), Qt::Key_Tab);
    QVERIFY(board.view()->hasFocus());
    QVERIFY(board.scene()->currentCardId() != QLatin1String("c1"));
}

void TestBoardMiniMap::readableInEveryTheme_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("light") << int(BoardTheme::Kind::Light);
    QTest::newRow("dark") << int(BoardTheme::Kind::Dark);
    QTest::newRow("projector") << int(BoardTheme::Kind::Projector);
}

// Cards and the view's outline stand out from the map's own background, as the room sees it
// over the board.
void TestBoardMiniMap::readableInEveryTheme()
{
    QFETCH(int, kind);
    Test::BoardHarness board(m_big, QSize(1280, 800));
    auto *map = new BoardMiniMap(board.view());
    board.scene()->layoutAnimator()->arrange();
    board.scene()->setTheme(BoardTheme::forKind(BoardTheme::Kind(kind)));
    board.view()->setZoom(1.0);
    board.view()->centerOn(board.scene()->contentRect().center());
    QVERIFY(map->isVisible());
    const QColor boardBackground = board.scene()->theme().background;
    const QImage image = map->grab().toImage();
    const auto seen = [&](const QPointF &at) {
        const QPoint pixel = (at * image.devicePixelRatio()).toPoint();
        return over(image.pixelColor(pixel), boardBackground);
    };
    const QColor background = seen(QPointF(3, 3));
    const QRectF problem = board.scene()->cardItem(QStringLiteral("c1"))->sceneCardRect();
    const QColor problemBlock = seen(map->mapFromScene(problem.center()));
    QVERIFY2(Contrast::ratio(problemBlock, background) >= 3,
             qPrintable(QStringLiteral("%1 on %2").arg(problemBlock.name(), background.name())));
    int blocks = 0;
    for (const CardItem *card : board.scene()->cardItems()) {
        const QColor block = seen(map->mapFromScene(card->sceneCardRect().center()));
        blocks += Contrast::ratio(block, background) >= 3 ? 1 : 0;

    }
    QVERIFY2(blocks >= board.scene()->cardItems().size() * 0.9, qPrintable(QString::number(blocks)));
    const QRectF outline = map->viewOutline();
    const QColor edge = seen(QPointF(outline.center().x(), outline.top()));
    QVERIFY2(Contrast::ratio(edge, background) >= 3, qPrintable(edge.name()));
}

QTEST_MAIN(TestBoardMiniMap)
#include "tst_boardminimap.moc"
