// SPDX-License-Identifier: GPL-3.0-or-later
// A big board stays readable and whole: far out, cards are numbered blocks and links thin
// lines; fit-to-view shows every card of a board of any size; a long link painted in parts
// looks the same as painted whole.
#include "board/boardactions.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/faroutpainter.h"
#include "board/linkitem.h"
#include "boardtesthelpers.h"
#include "document/sessiondocument.h"
#include "samplesessions.h"

#include <QApplication>
#include <QImage>
#include <QWheelEvent>
#include <QLocale>
#include <QPainter>
#include <QTest>

using namespace Whyboard;

namespace {

// The chain c1 <- c2 <- ... with the cards placed at the given points.
Session placedChain(const QList<QPointF> &places)
{
    Session session = Test::chainSession(int(places.size()) - 1);
    for (int i = 0; i < places.size(); ++i)
        session.cards[i].position = places.at(i);
    return session;
}

// How many pixels of the rectangle are within a small distance of the colour.
int pixelsLike(const QImage &image, const QRect &rect, const QColor &color)
{
    int count = 0;
    const QRect area = rect & image.rect();
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) + qAbs(c.green() - color.green()) + qAbs(c.blue() - color.blue()) < 24)
                ++count;
        }
    }
    return count;
}

// Pixels of the rectangle far from the fill colour: the ink of what is written on it.
int inkOn(const QImage &image, const QRect &rect, const QColor &fill)
{
    int count = 0;
    const QRect area = rect & image.rect();
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - fill.red()) + qAbs(c.green() - fill.green()) + qAbs(c.blue() - fill.blue()) > 200)
                ++count;
        }
    }
    return count;
}

// Whether the pixel has a like-coloured pixel at most one pixel away in the other image.
bool hasNear(const QImage &other, int x, int y, const QColor &color)
{
    for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) {
            if (!other.rect().contains(x + dx, y + dy))
                continue;
            const QColor c = other.pixelColor(x + dx, y + dy);
            if (qAbs(c.red() - color.red()) + qAbs(c.green() - color.green()) + qAbs(c.blue() - color.blue()) <= 60)
                return true;
        }
    }
    return false;
}

QImage renderScene(BoardScene &scene, const QRectF &source, qreal scale)
{
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(image.rect()), source);
    return image;
}

} // namespace

class TestBoardFarOut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void farOutCardsAreNumberedBlocks();
    void farOutViewPaintsBlocksWithNumbers();
    void fitShowsEveryCardOfAHugeBoard();
    void zoomKeysStopAtTheWholeBoard();
    void longLinkPaintsTheSameInParts_data();
    void longLinkPaintsTheSameInParts();
};

void TestBoardFarOut::farOutCardsAreNumberedBlocks()
{
    SessionDocument document(Test::chainSession(3));
    BoardScene scene(&document);
    CardItem *card = scene.cardItem(QStringLiteral("c3"));
    QCOMPARE(card->farOutLabel(), QLocale().toString(2));
    const CardItem *problem = scene.cardItem(QStringLiteral("c1"));
    QCOMPARE(problem->farOutLabel(), problem->depthLabel());
    const BoardTheme &theme = scene.theme();
    QVERIFY(!FarOutPainter::isFarOut(theme, 1.0));
    QVERIFY(!FarOutPainter::isFarOut(theme, 0.5));
    QVERIFY(FarOutPainter::isFarOut(theme, 0.1));

    // Painted small, the card is a square-cornered block: its very corner has the card's
    // border colour, where a card near to has the background behind its rounded corner.
    const QRectF rect = card->sceneCardRect();
    const CardLook look = card->look();
    const qreal farScale = 0.2;
    const QImage small = renderScene(scene, rect, farScale);
    QCOMPARE(small.pixelColor(0, 0).rgb(), look.border.rgb());
    QVERIFY(pixelsLike(small, small.rect(), look.fill) > small.width() * small.height() / 3);
    // ... with its number in the card's text colour, and no sentence.
    const int numberPixels = pixelsLike(small, small.rect(), look.text);
    QVERIFY2(numberPixels > 10, qPrintable(QString::number(numberPixels)));
    QVERIFY(numberPixels < small.width() * small.height() / 4);

    const QImage near = renderScene(scene, rect, 1.0);
    QVERIFY(near.pixelColor(0, 0).rgb() != look.border.rgb());
}

void TestBoardFarOut::farOutViewPaintsBlocksWithNumbers()
{
    Test::BoardHarness board(Test::chainSession(3), QSize(1000, 700));
    BoardView *view = board.view();
    view->setZoom(1.0);
    QVERIFY(!view->isFarOut());
    view->setZoom(0.18);
    QVERIFY(view->isFarOut());
    view->centerOn(board.scene()->cardItem(QStringLiteral("c3")));
    const QImage shot = view->viewport()->grab().toImage();
    for (const QString &id : {QStringLiteral("c2"), QStringLiteral("c3"), QStringLiteral("c4")}) {
        CardItem *card = board.scene()->cardItem(id);
        const QRect rect = view->mapFromScene(card->sceneCardRect()).boundingRect();
        QVERIFY(view->viewport()->rect().contains(rect));
        const CardLook look = card->look();
        const QRect inside = rect.adjusted(3, 3, -3, -3);
        QVERIFY2(pixelsLike(shot, inside, look.fill) > inside.width() * inside.height() / 3, qPrintable(id));
        QVERIFY2(inkOn(shot, inside, look.fill) > 4, qPrintable(id)); // the number
    }
    // Selecting a block shows it in the accent colour, far out too.
    board.scene()->selectCards({QStringLiteral("c3")}, false);
    const QRect selected = view->mapFromScene(board.scene()->cardItem(QStringLiteral("c3"))->sceneCardRect()).boundingRect();
    const QImage after = view->viewport()->grab().toImage();
    QVERIFY(pixelsLike(after, selected, board.scene()->theme().accent) > 20);
}

void TestBoardFarOut::fitShowsEveryCardOfAHugeBoard()
{
    // 30,000 scene units wide: at the old least zoom (0.1) a 1280-pixel view showed 12,800.
    QList<QPointF> places;
    for (int i = 0; i < 7; ++i)
        places.append(QPointF(i * 5000, (i % 2) * 3000));
    Test::BoardHarness board(placedChain(places));
    BoardView *view = board.view();
    view->setZoom(1.0);
    view->fitToView();
    QVERIFY(view->zoom() < BoardView::defaultMinimumZoom);
    const QRect viewport = view->viewport()->rect();
    for (const CardItem *card : board.scene()->cardItems()) {
        const QRect rect = view->mapFromScene(card->sceneCardRect()).boundingRect();
        QVERIFY2(viewport.contains(rect), qPrintable(card->cardId()));
    }
}

void TestBoardFarOut::zoomKeysStopAtTheWholeBoard()
{
    QList<QPointF> places;
    for (int i = 0; i < 5; ++i)
        places.append(QPointF(0, i * 8000));
    Test::BoardHarness board(placedChain(places));
    BoardView *view = board.view();
    view->setZoom(1.0);
    // Zooming out step by step (Ctrl + wheel) ends where the whole board is in view, not before.
    const QPointF centre = view->viewport()->rect().center();
    for (int i = 0; i < 60; ++i) {
        QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
    }
    QVERIFY(view->zoom() < BoardView::defaultMinimumZoom);
    QCOMPARE(view->zoom(), view->minimumZoom());
    const qreal least = view->zoom();
    view->fitToView();
    QVERIFY(qAbs(view->zoom() - least) < least * 0.01);
    view->setZoom(least / 10);
    QCOMPARE(view->zoom(), least);
    // And back in.
    view->zoomIn();
    QVERIFY(view->zoom() > least);
}

void TestBoardFarOut::longLinkPaintsTheSameInParts_data()
{
    QTest::addColumn<int>("verdict");
    QTest::newRow("plain") << int(ReadBackVerdict::NotChecked);
    QTest::newRow("refuted, dashed") << int(ReadBackVerdict::DoesNotHold);
}

void TestBoardFarOut::longLinkPaintsTheSameInParts()
{
    QFETCH(int, verdict);
    // A link about 9,000 units long, curved across the board.
    SessionDocument document(placedChain({QPointF(0, 0), QPointF(3000, 9000)}));
    BoardScene scene(&document);
    scene.setPrintMode(true); // a white page: what is not white is the link
    LinkItem *link = scene.linkItem(QStringLiteral("c2"), QStringLiteral("c1"));
    QVERIFY(link);
    link->setVerdict(ReadBackVerdict(verdict));
    const qreal scale = 0.5;
    const QRectF all = link->boundingRect();
    const QImage whole = renderScene(scene, all, scale);

    // Parts along the line, each painted on its own, match the same part of the whole.
    for (const qreal t : {0.2, 0.5, 0.8}) {
        // The curve leaves and enters the cards vertically, bending halfway.
        const QPointF a = link->startPoint();
        const QPointF d = link->endPoint();
        const qreal bend = (d.y() - a.y()) / 2;
        const QPointF b = a + QPointF(0, bend);
        const QPointF c = d - QPointF(0, bend);
        const qreal u = 1 - t;
        const QPointF middle = a * (u * u * u) + b * (3 * u * u * t) + c * (3 * u * t * t) + d * (t * t * t);
        // Whole pixels apart from the whole picture's corner, so the two line up exactly.
        const QPointF corner = all.topLeft() + QPointF(std::round((middle.x() - 200 - all.left()) / 2) * 2,
                                                       std::round((middle.y() - 200 - all.top()) / 2) * 2);
        const QRectF part(corner, QSizeF(400, 400));
        const QImage piece = renderScene(scene, part, scale);
        const QPoint offset(qRound((part.left() - all.left()) * scale), qRound((part.top() - all.top()) * scale));
        const QImage same = whole.copy(QRect(offset, piece.size()));
        int inked = 0;
        int different = 0;
        for (int y = 0; y < piece.height(); ++y) {
            for (int x = 0; x < piece.width(); ++x) {
                const QColor a = piece.pixelColor(x, y);
                if (a.rgb() == QColor(Qt::white).rgb())
                    continue;
                ++inked;
                // Antialiasing may differ by a shade; a dash out of place differs by pixels.
                if (!hasNear(same, x, y, a))
                    ++different;
            }
        }
        QVERIFY2(inked > 100, qPrintable(QStringLiteral("nothing painted at %1").arg(t)));
        QVERIFY2(different <= inked / 10, qPrintable(QStringLiteral("%1 of %2 pixels differ at %3").arg(different).arg(inked).arg(t)));
    }
}

QTEST_MAIN(TestBoardFarOut)
#include "tst_boardfarout.moc"
