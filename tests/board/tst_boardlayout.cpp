// SPDX-License-Identifier: GPL-3.0-or-later
// Auto-layout as one animated, undoable step; readable text at fit-to-view.
#include "bigboards.h"
#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/layoutanimator.h"
#include "boardtesthelpers.h"
#include "document/sessiondocument.h"
#include "offscreenscreens.h"
#include "samplesessions.h"
#include "board/screenfit.h"
#include "report/boardimageexporter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

Q_DECLARE_METATYPE(Whyboard::Session)

namespace {

Card why(const QString &id, const QString &text)
{
    Card card;
    card.id = id;
    card.text = text;
    return card; // every card at (0, 0): a pile that only a layout can sort out
}

Session shape(const QString &name)
{
    Session session;
    Card problem = why(QStringLiteral("p"), QStringLiteral("Orders were lost for an hour"));
    problem.kind = CardKind::Problem;
    session.cards.append(problem);
    auto add = [&session](const QString &id, const QStringList &explains) {
        session.cards.append(why(id, QStringLiteral("Cause %1 with a sentence long enough to wrap").arg(id)));
        for (const QString &effect : explains)
            session.links.append({id, effect, ReadBackVerdict::NotChecked});
    };
    if (name == QLatin1String("chain")) {
        add(QStringLiteral("a"), {QStringLiteral("p")});
        add(QStringLiteral("b"), {QStringLiteral("a")});
        add(QStringLiteral("c"), {QStringLiteral("b")});
        add(QStringLiteral("d"), {QStringLiteral("c")});
    } else if (name == QLatin1String("tree")) {
        add(QStringLiteral("a"), {QStringLiteral("p")});
        add(QStringLiteral("b"), {QStringLiteral("p")});
        add(QStringLiteral("c"), {QStringLiteral("a")});
        add(QStringLiteral("d"), {QStringLiteral("a")});
        add(QStringLiteral("e"), {QStringLiteral("b")});
    } else { // a DAG: "s" is a shared cause of two effects on different levels
        add(QStringLiteral("a"), {QStringLiteral("p")});
        add(QStringLiteral("b"), {QStringLiteral("p")});
        add(QStringLiteral("c"), {QStringLiteral("a")});
        add(QStringLiteral("s"), {QStringLiteral("c"), QStringLiteral("b")});
        add(QStringLiteral("t"), {QStringLiteral("s")});
    }
    return session;
}

} // namespace

class TestBoardLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autoLayoutSeparatesCardsAndPutsParentsAbove_data();
    void autoLayoutSeparatesCardsAndPutsParentsAbove();
    void leftToRightPutsEffectsLeftOfCauses();
    void animatedLayoutEndsInOneUndoStep();
    void newCardsLandInAFreeSpot();
    void fitToViewKeepsASevenCardChainReadable_data();
    void fitToViewKeepsASevenCardChainReadable();
    void screenFitUsesTheScreensShape_data();
    void screenFitUsesTheScreensShape();
    void bigBoardLooksLikeADrawing_data();
    void bigBoardLooksLikeADrawing();
};

void TestBoardLayout::autoLayoutSeparatesCardsAndPutsParentsAbove_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("chain") << QStringLiteral("chain");
    QTest::newRow("tree") << QStringLiteral("tree");
    QTest::newRow("DAG with a shared cause") << QStringLiteral("dag");
}

void TestBoardLayout::autoLayoutSeparatesCardsAndPutsParentsAbove()
{
    QFETCH(QString, name);
    SessionDocument document(shape(name));
    BoardScene scene(&document);
    scene.layoutAnimator()->setAnimationsEnabled(false);
    QVERIFY(!Test::overlappingCards(scene).isEmpty());

    scene.layoutAnimator()->arrange();

    QVERIFY2(Test::overlappingCards(scene).isEmpty(), qPrintable(Test::overlappingCards(scene).join(QLatin1Char(' '))));
    for (const CausalLink &link : document.session().links) {
        const QRectF cause = scene.cardItem(link.causeId)->sceneCardRect();
        const QRectF effect = scene.cardItem(link.effectId)->sceneCardRect();
        QVERIFY2(effect.bottom() < cause.top(),
                 qPrintable(QStringLiteral("%1 is not above %2").arg(link.effectId, link.causeId)));
    }
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY2(Test::boardMismatch(scene).isEmpty(), qPrintable(Test::boardMismatch(scene)));
    document.undoStack()->undo();
    for (const Card &card : document.session().cards)
        QCOMPARE(card.position, QPointF(0, 0));
}

void TestBoardLayout::leftToRightPutsEffectsLeftOfCauses()
{
    SessionDocument document(shape(QStringLiteral("tree")));
    BoardScene scene(&document);
    scene.layoutAnimator()->setAnimationsEnabled(false);
    scene.setOrientation(Qt::Horizontal);
    scene.layoutAnimator()->arrange();
    QVERIFY(Test::overlappingCards(scene).isEmpty());
    for (const CausalLink &link : document.session().links)
        QVERIFY(scene.cardItem(link.effectId)->sceneCardRect().right() < scene.cardItem(link.causeId)->sceneCardRect().left());
}

void TestBoardLayout::animatedLayoutEndsInOneUndoStep()
{
    SessionDocument document(shape(QStringLiteral("dag")));
    BoardScene scene(&document);
    QSignalSpy finished(scene.layoutAnimator(), &LayoutAnimator::finished);
    scene.layoutAnimator()->arrange();
    QCOMPARE(document.undoStack()->count(), 0); // the document changes when the cards have arrived
    QVERIFY(finished.wait(3000));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(Test::overlappingCards(scene).isEmpty());
    QVERIFY2(Test::boardMismatch(scene).isEmpty(), qPrintable(Test::boardMismatch(scene)));
}

void TestBoardLayout::newCardsLandInAFreeSpot()
{
    SessionDocument document(shape(QStringLiteral("tree")));
    BoardScene scene(&document);
    scene.layoutAnimator()->setAnimationsEnabled(false);
    scene.layoutAnimator()->arrange();
    for (int i = 0; i < 4; ++i)
        scene.editor()->addWhy(QStringLiteral("a"), false);
    QVERIFY2(Test::overlappingCards(scene).isEmpty(), qPrintable(Test::overlappingCards(scene).join(QLatin1Char(' '))));
    for (const QString &cause : document.session().causesOf(QStringLiteral("a")))
        QVERIFY(scene.cardItem(cause)->sceneCardRect().top() > scene.cardItem(QStringLiteral("a"))->sceneCardRect().bottom());
}

void TestBoardLayout::fitToViewKeepsASevenCardChainReadable_data()
{
    QTest::addColumn<int>("themeKind");
    QTest::newRow("light") << int(BoardTheme::Kind::Light);
    QTest::newRow("projector") << int(BoardTheme::Kind::Projector);
}

void TestBoardLayout::fitToViewKeepsASevenCardChainReadable()
{
    QFETCH(int, themeKind);
    Session session = Test::chainSession(6);
    for (Card &card : session.cards)
        card.text = QStringLiteral("%1: a statement of about the length people write").arg(card.text);
    Test::BoardHarness board(session, QSize(1920, 1080));
    board.scene()->setTheme(BoardTheme::forKind(BoardTheme::Kind(themeKind)));
    board.scene()->layoutAnimator()->arrange();
    board.view()->fitToView();
    const qreal shownPixels = board.scene()->theme().textFont.pixelSize() * board.view()->zoom();
    QVERIFY2(shownPixels >= 18, qPrintable(QStringLiteral("text is %1 px high").arg(shownPixels)));
}

void TestBoardLayout::screenFitUsesTheScreensShape_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<qreal>("minimumGain");
    // A tall chain on a wide screen: the board's own shape leaves most of the width empty.
    QTest::newRow("example on 16:9") << QStringLiteral("linkedin-app-deleted") << QSize(1920, 1080) << 1.2;
    QTest::newRow("GitLab on 16:9") << QStringLiteral("gitlab-database-outage") << QSize(1920, 1080) << 1.0;
    QTest::newRow("S3 on 16:9") << QStringLiteral("aws-s3-outage") << QSize(1920, 1080) << 1.0;
    QTest::newRow("example on a portrait screen") << QStringLiteral("linkedin-app-deleted") << QSize(1080, 1920) << 1.1;
}

// The layout chosen for a screen reads better than the board's own shape on that screen,
// overlaps nothing and keeps effects before their causes.
void TestBoardLayout::screenFitUsesTheScreensShape()
{
    QFETCH(QString, fixture);
    QFETCH(QSize, screen);
    QFETCH(qreal, minimumGain);
    SessionDocument document(Test::exampleFixture(fixture));
    BoardScene scene(&document);
    scene.setTheme(BoardTheme::projector());
    const BoardTheme theme = BoardTheme::projector();
    const ScreenFit plain = ScreenFit::arrange(scene, theme, screen, Qt::Vertical, theme.cardWidth);
    const ScreenFit chosen = ScreenFit::choose(scene, theme, screen);
    qInfo("%s on %dx%d: %s, cards %.0f wide, x-height %.1f px (the theme's own top-down layout: %.1f px)",
          qPrintable(fixture), screen.width(), screen.height(), chosen.orientation == Qt::Vertical ? "top down" : "left to right",
          chosen.cardWidth, chosen.xHeight, plain.xHeight);
    QVERIFY(chosen.xHeight >= plain.xHeight * minimumGain);

    scene.setPresentationScreen(screen);
    QVERIFY(scene.isPresenting());
    QVERIFY2(Test::overlappingCards(scene).isEmpty(), qPrintable(Test::overlappingCards(scene).join(QLatin1Char(' '))));
    for (const CausalLink &link : document.session().links) {
        const QRectF cause = scene.cardItem(link.causeId)->sceneCardRect();
        const QRectF effect = scene.cardItem(link.effectId)->sceneCardRect();
        QVERIFY(scene.orientation() == Qt::Vertical ? effect.bottom() < cause.top() : effect.right() < cause.left());
    }
    scene.setPresentationScreen({});
    QVERIFY2(Test::boardMismatch(scene).isEmpty(), qPrintable(Test::boardMismatch(scene)));
}

void TestBoardLayout::bigBoardLooksLikeADrawing_data()
{
    QTest::addColumn<Session>("session");
    QTest::addColumn<Qt::Orientation>("orientation");
    QTest::newRow("400 random cards, top down") << Test::randomSession(7, 400, 0, 0) << Qt::Vertical;
    QTest::newRow("400 cards in 12 levels, top down") << Test::levelledDagSession(7, 400, 12, 0) << Qt::Vertical;
    QTest::newRow("400 cards in 12 levels, left to right") << Test::levelledDagSession(7, 400, 12, 0) << Qt::Horizontal;
}

// A big board, arranged on the board with its real card sizes, keeps a screen's shape; its PNG
// shows the whole drawing in a bounded image in which the text can still be read, and its SVG
// opens at a bounded size.
void TestBoardLayout::bigBoardLooksLikeADrawing()
{
    QFETCH(Session, session);
    QFETCH(Qt::Orientation, orientation);
    // Exported as imported, cards strewn about: the picture is laid out, not a column.
    const QImage strewn = BoardImageExporter::image(session);
    QVERIFY2(strewn.width() >= strewn.height() / 2 && strewn.width() <= strewn.height() * 2.2,
             qPrintable(QStringLiteral("%1 x %2").arg(strewn.width()).arg(strewn.height())));

    SessionDocument document(session);
    BoardScene scene(&document);
    scene.setOrientation(orientation);
    scene.layoutAnimator()->setAnimationsEnabled(false);
    const Card *problem = document.session().problemCard();
    QVERIFY(problem);
    const QPointF problemPlace = problem->position;
    scene.layoutAnimator()->arrange();
    QCOMPARE(document.session().problemCard()->position, problemPlace);
    QVERIFY2(Test::overlappingCards(scene).isEmpty(), qPrintable(Test::overlappingCards(scene).join(QLatin1Char(' '))));
    const QRectF content = scene.contentRect();
    const qreal aspect = content.width() / content.height();
    qInfo("board %.0f x %.0f", content.width(), content.height());
    QVERIFY2(aspect >= 0.5 && aspect <= 2.2, qPrintable(QStringLiteral("%1 x %2").arg(content.width()).arg(content.height())));

    const QImage image = BoardImageExporter::image(document.session());
    QVERIFY(!image.isNull());
    QVERIFY(image.width() <= BoardImageExporter::maximumSide && image.height() <= BoardImageExporter::maximumSide);
    QVERIFY(qreal(image.width()) * image.height() <= BoardImageExporter::maximumPixels);
    QVERIFY2(qAbs(qreal(image.width()) / image.height() - aspect) < 0.05 * aspect,
             qPrintable(QStringLiteral("%1 x %2").arg(image.width()).arg(image.height())));
    // The card text (25 px on the board) is at least 9 px in the picture.
    const qreal scale = image.width() / content.width();
    QVERIFY2(scale * scene.theme().textFont.pixelSize() >= 9, qPrintable(QString::number(scale)));

    QTemporaryDir dir;
    const QString svgPath = dir.filePath(QStringLiteral("board.svg"));
    QCOMPARE(BoardImageExporter::writeSvg(document.session(), svgPath), QString());
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString head = QString::fromUtf8(svg.read(4000));
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("width=\"([0-9.]+)mm\" height=\"([0-9.]+)mm\"")).match(head);
    QVERIFY2(size.hasMatch(), qPrintable(head.left(600)));
    const qreal millimetresPerPixel = 25.4 / 96;
    QVERIFY(size.captured(1).toDouble() <= BoardImageExporter::maximumSide * millimetresPerPixel + 1);
    QVERIFY(size.captured(2).toDouble() <= BoardImageExporter::maximumSide * millimetresPerPixel + 1);
    QVERIFY(qAbs(size.captured(1).toDouble() / size.captured(2).toDouble() - aspect) < 0.05 * aspect);
}

QTEST_MAIN(TestBoardLayout)
#include "tst_boardlayout.moc"
