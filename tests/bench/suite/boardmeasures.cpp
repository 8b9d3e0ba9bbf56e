// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardmeasures.h"

#include "barecarditem.h"
#include "barescene.h"
#include "benchsessions.h"
#include "timing.h"

#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/layoutanimator.h"
#include "document/sessiondocument.h"

#include <QApplication>
#include <QGraphicsView>
#include <QLocale>
#include <QTest>

#include <algorithm>

namespace Whyboard::Bench {

namespace {

const QSize viewSize(1920, 1080);

// Until the view has repainted what the move changed: the scene reports its changes queued,
// the view then posts its update request.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QString count(int cards)
{
    return QLocale(QLocale::English).toString(cards);
}

// One frame time per mouse move while dragging the card under start, whose scene position
// position() gives.
QList<double> dragFrames(QGraphicsView *view, const QPoint &start, int frames, const std::function<QPointF()> &position)
{
    QWidget *viewport = view->viewport();
    const QPointF before = position();
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    for (int i = 1; i <= 3; ++i) { // the first moves also flush what the press left to repaint
        QTest::mouseMove(viewport, start + QPoint(i, i));
        settle();
    }
    QList<double> times;
    for (int i = 0; i < frames; ++i) {
        const QPoint to = start + QPoint(4 + i % 37, 4 + (i * 7) % 23);
        times.append(millisecondsOf([&] {
            QTest::mouseMove(viewport, to);
            settle();
        }));
    }
    if (position() == before)
        qFatal("the drag at %d,%d did not move the card", start.x(), start.y());
    // Back where it was, so that every round starts from the same board.
    QTest::mouseMove(viewport, start);
    settle();
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start);
    settle();
    return times;
}

double repaintTime(QGraphicsView *view)
{
    return millisecondsOf([view] { view->viewport()->repaint(); });
}

// Our board and the floor's, side by side, with the same cards at the same places.
struct Boards
{
    explicit Boards(const Session &session)
        : document(session)
        , scene(&document)
    {
        scene.layoutAnimator()->setAnimationsEnabled(false);
        scene.layoutAnimator()->arrange();
        view.setBoardScene(&scene);
        view.resize(viewSize);
        view.show();
        QHash<QString, QRectF> rects;
        for (const CardItem *card : scene.cardItems())
            rects.insert(card->cardId(), card->sceneCardRect());
        bare = std::make_unique<BareScene>(document.session(), rects, scene.theme().textFont);
        bareView.setScene(bare.get());
        // Our board is drawn antialiased; a floor drawn without would not be the same work.
        bareView.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        bareView.resize(viewSize);
        bareView.show();
        (void)QTest::qWaitForWindowExposed(&view);
        (void)QTest::qWaitForWindowExposed(&bareView);
        settle();
    }

    // Both views at 100 %, the card in the middle; where to grab it.
    std::pair<QPoint, QPoint> centreOn(const QString &cardId)
    {
        const QRectF rect = scene.cardItem(cardId)->sceneCardRect();
        view.setZoom(1.0);
        view.centerOn(rect.center());
        bareView.resetTransform();
        bareView.centerOn(rect.center());
        settle();
        const QPointF grab = rect.center() + QPointF(0, 10); // on the text, clear of buttons and handles
        return {view.mapFromScene(grab), bareView.mapFromScene(grab)};
    }

    void fit()
    {
        view.fitToView();
        bareView.fitInView(bare->itemsBoundingRect(), Qt::KeepAspectRatio);
        settle();
    }

    SessionDocument document;
    BoardScene scene;
    BoardView view;
    std::unique_ptr<BareScene> bare;
    QGraphicsView bareView;
};

} // namespace

BoardMeasures::BoardMeasures(const BenchOptions &options)
    : m_options(options)
{
}

QList<Measurement> BoardMeasures::dragAndRepaint(int cards, int levels, bool worstFrame) const
{
    const Session session = BenchSessions::dag(cards, levels, 0, 0);
    Boards boards(session);
    QList<Measurement> result;

    auto dragMeasure = [&](const QString &cardId) {
        const auto [ours, floor] = boards.centreOn(cardId);
        QList<double> oursFrames;
        QList<double> floorFrames;
        for (int round = 0; round < m_options.dragRounds; ++round) {
            // Each round grabs the card elsewhere: two presses on one spot would be a double click.
            const QPoint shift(12 * round - 24, 0);
            oursFrames += dragFrames(&boards.view, ours + shift, m_options.frames,
                                     [&] { return boards.scene.cardItem(cardId)->pos(); });
            floorFrames += dragFrames(&boards.bareView, floor + shift, m_options.frames,
                                      [&] { return boards.bare->card(cardId)->pos(); });
        }
        return std::pair{oursFrames, floorFrames};
    };

    const QString light = BenchSessions::cardWithOneLink(session);
    const QString heavy = session.cards.at(1).id; // 13 links
    const auto [lightOurs, lightFloor] = dragMeasure(light);
    const QString size = count(cards);
    result.append({QStringLiteral("drag_%1").arg(cards), QStringLiteral("drag frame, %1 cards, a card with 1 link").arg(size),
                   median(lightOurs), median(lightFloor), std::nullopt, QStringLiteral("ms")});
    const auto [heavyOurs, heavyFloor] = dragMeasure(heavy);
    if (worstFrame) {
        QList<double> all = lightOurs + heavyOurs;
        QList<double> allFloor = lightFloor + heavyFloor;
        result.append({QStringLiteral("drag_worst_%1").arg(cards),
                       QStringLiteral("worst drag frame, %1 cards (floor's worst %2 ms)")
                           .arg(size, QString::number(*std::max_element(allFloor.begin(), allFloor.end()), 'f', 1)),
                       *std::max_element(all.begin(), all.end()), std::nullopt, 16.0, QStringLiteral("ms")});
    } else {
        result.append({QStringLiteral("drag_%1_13_links").arg(cards),
                       QStringLiteral("drag frame, %1 cards, a card with 13 links").arg(size), median(heavyOurs),
                       median(heavyFloor), std::nullopt, QStringLiteral("ms")});
    }

    boards.fit();
    const TimedPair repaint = interleaved(
        m_options.rounds * 2, [&] { return repaintTime(&boards.view); }, [&] { return repaintTime(&boards.bareView); });
    result.append({QStringLiteral("repaint_%1").arg(cards), QStringLiteral("full repaint at fit, %1 cards").arg(size),
                   repaint.ours, repaint.floor, std::nullopt, QStringLiteral("ms")});
    return result;
}

QList<Measurement> BoardMeasures::layout(int cards, int levels) const
{
    SessionDocument document(BenchSessions::dag(cards, levels, 3000, 0));
    BoardScene scene(&document);
    scene.layoutAnimator()->setAnimationsEnabled(false);
    scene.layoutAnimator()->arrange();
    QRectF bounds;
    for (const CardItem *card : scene.cardItems())
        bounds |= card->sceneCardRect();
    const QString title = QStringLiteral("laid-out board, %1 cards in %2 levels: %3 x %4 px")
                              .arg(count(cards))
                              .arg(levels)
                              .arg(qRound(bounds.width()))
                              .arg(qRound(bounds.height()));
    // A few thousand pixels tall, and a shape a screen and a page can show.
    return {{QStringLiteral("layout_%1").arg(cards), title, bounds.height(), std::nullopt, 8000.0, QStringLiteral("px")},
            {QStringLiteral("layout_%1_aspect").arg(cards), title, bounds.width() / std::max(1.0, bounds.height()),
             std::nullopt, 2.2, QStringLiteral("w/h")}};
}

} // namespace Whyboard::Bench
