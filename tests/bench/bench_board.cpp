// SPDX-License-Identifier: GPL-3.0-or-later
// How the board copes with a 1,000-card session: building the scene, dragging one card (only
// it and its arrows should repaint), and a full auto-layout. Run by hand; nothing asserts time.
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/layoutanimator.h"
#include "board/linkitem.h"
#include "boardtesthelpers.h"
#include "document/sessiondocument.h"
#include "samplesessions.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

class BenchBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildScene();
    void dragOneCard();
    void autoLayout();
};

void BenchBoard::buildScene()
{
    const Session session = Test::randomSession(11, 1000, 0, 0);
    SessionDocument document(session);
    QBENCHMARK {
        BoardScene scene(&document);
        Q_UNUSED(scene);
    }
}

void BenchBoard::dragOneCard()
{
    SessionDocument document(Test::randomSession(11, 1000, 0, 0));
    BoardScene scene(&document);
    scene.layoutAnimator()->setAnimationsEnabled(false);
    scene.layoutAnimator()->arrange();
    BoardView view;
    view.setBoardScene(&scene);
    view.resize(1920, 1080);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    QApplication::processEvents();

    const QString id = document.session().cards.at(500).id;
    CardItem *card = scene.cardItem(id);
    view.centerOn(card);
    view.setZoom(1.0);
    QApplication::processEvents();
    const QPoint start = view.mapFromScene(card->sceneCardRect().center() + QPointF(0, 10));

    // What each move asks to repaint: the scene's changed regions and the items under them.
    qreal repaintedArea = 0;
    int repaintedItems = 0;
    connect(&scene, &QGraphicsScene::changed, this, [&](const QList<QRectF> &regions) {
        QRectF united;
        for (const QRectF &r : regions)
            united |= r;
        repaintedArea += united.width() * united.height();
        repaintedItems += int(scene.items(united).size());
    });
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
    // Warm up: the first move also flushes what the layout and the fit left to repaint.
    for (int i = 1; i <= 3; ++i) {
        QTest::mouseMove(view.viewport(), start + QPoint(i, i));
        QApplication::processEvents();
    }
    repaintedArea = 0;
    repaintedItems = 0;
    int moves = 0;
    QElapsedTimer timer;
    timer.start();
    QBENCHMARK {
        ++moves;
        QTest::mouseMove(view.viewport(), start + QPoint(moves % 200, (moves / 2) % 100));
        QApplication::processEvents();
        view.viewport()->repaint();
    }
    const qint64 elapsed = timer.elapsed();
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(moves % 200, (moves / 2) % 100));
    qInfo("%d moves, %.2f ms each; per move %.1f items under a changed area of %.0f scene units^2 "
          "(the card has %d arrows; the board has %d items)",
          moves, double(elapsed) / moves, double(repaintedItems) / moves, repaintedArea / moves,
          int(card->links().size()), int(scene.items().size()));
    QCOMPARE(document.undoStack()->count(), 2); // the layout and the one drag
}

void BenchBoard::autoLayout()
{
    SessionDocument document(Test::randomSession(11, 1000, 0, 0));
    BoardScene scene(&document);
    scene.layoutAnimator()->setAnimationsEnabled(false);
    QBENCHMARK {
        scene.layoutAnimator()->arrange();
    }
}

QTEST_MAIN(BenchBoard)
#include "bench_board.moc"
