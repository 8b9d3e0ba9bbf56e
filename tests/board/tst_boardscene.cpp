// SPDX-License-Identifier: GPL-3.0-or-later
// The board mirrors its document: items appear, change and vanish with the document's
// signals, gestures become undoable commands, refusals change nothing.
#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/carditem.h"
#include "board/linkitem.h"
#include "boardtesthelpers.h"
#include "document/commands/addcardcommand.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/movecardscommand.h"
#include "document/commands/setlinkverdictcommand.h"
#include "document/sessiondocument.h"
#include "samplesessions.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>
#include <QPainter>
#include <QSignalSpy>
#include <QSvgGenerator>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

class TestBoardScene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryCardAndLink();
    void followsDocumentChanges();
    void refusesALinkThatWouldCloseACycle();
    void refusesToUnlinkWhatWouldLeaveACardAlone();
    void deletesCardsUndoably();
    void keepsTheProblemCard();
    void refutedLinkIsDrawnDifferently();
    void badgesGrowTheCardAndStayAfterUndo();
    void copyAndPasteKeepsInternalLinksAsOneUndoStep();
    void pastesIntoAnotherSession();
    void duplicateExplainsWhatTheOriginalExplained();
    void printModeHidesSelectionAndUsesLightTheme();
    void contentRectCoversTheCards();
    void printRenderingKeepsTextAsText();
    void staysEqualToTheDocumentUnderRandomEdits_data();
    void staysEqualToTheDocumentUnderRandomEdits();
};

void TestBoardScene::showsEveryCardAndLink()
{
    SessionDocument document(Test::richSampleSession());
    BoardScene scene(&document);
    QCOMPARE(scene.cardItems().size(), document.session().cards.size());
    QCOMPARE(scene.linkItems().size(), document.session().links.size());
    QVERIFY2(Test::boardMismatch(scene).isEmpty(), qPrintable(Test::boardMismatch(scene)));
    const Card *problem = document.session().problemCard();
    QVERIFY(problem);
    QCOMPARE(scene.cardItem(problem->id)->depthLabel(), QStringLiteral("PROBLEM"));
}

void TestBoardScene::followsDocumentChanges()
{
    SessionDocument document(Test::chainSession(2));
    BoardScene scene(&document);
    Card card;
    card.id = document.newCardId();
    card.text = QStringLiteral("Another cause");
    card.position = QPointF(500, 300);
    document.push(new AddCardCommand(&document, card, QStringLiteral("c2")));
    QVERIFY(scene.cardItem(card.id));
    QCOMPARE(scene.cardItem(card.id)->depthLabel(), QStringLiteral("WHY 2"));
    QVERIFY(scene.linkItem(card.id, QStringLiteral("c2")));

    card.text = QStringLiteral("Edited");
    document.push(new EditCardCommand(&document, card));
    QCOMPARE(scene.cardItem(card.id)->card().text, QStringLiteral("Edited"));

    document.push(new MoveCardsCommand(&document, {{card.id, QPointF(40, 700)}}));
    QCOMPARE(scene.cardItem(card.id)->pos(), QPointF(40, 700));
    // The arrow follows the card it starts from.
    QCOMPARE(scene.linkItem(card.id, QStringLiteral("c2"))->startPoint().y(), 700.0);

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QVERIFY(!scene.cardItem(card.id));
    QVERIFY2(Test::boardMismatch(scene).isEmpty(), qPrintable(Test::boardMismatch(scene)));
}

void TestBoardScene::refusesALinkThatWouldCloseACycle()
{
    SessionDocument document(Test::chainSession(3));
    BoardScene scene(&document);
    QSignalSpy refused(&scene, &BoardScene::gestureRefused);
    const Session before = document.session();

    QVERIFY(!scene.editor()->linkCards(QStringLiteral("c2"), QStringLiteral("c4")));

    QCOMPARE(refused.count(), 1);
    QVERIFY(!refused.first().first().toString().isEmpty());
    QCOMPARE(document.session(), before);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!scene.linkItem(QStringLiteral("c2"), QStringLiteral("c4")));
}

void TestBoardScene::refusesToUnlinkWhatWouldLeaveACardAlone()
{
    SessionDocument document(Test::chainSession(2));
    BoardScene scene(&document);
    QSignalSpy refused(&scene, &BoardScene::gestureRefused);
    scene.linkItem(QStringLiteral("c3"), QStringLiteral("c2"))->setSelected(true);
    scene.editor()->deleteSelection();
    QCOMPARE(refused.count(), 1);
    QVERIFY(scene.linkItem(QStringLiteral("c3"), QStringLiteral("c2")));
    QCOMPARE(document.session().links.size(), 2);
}

void TestBoardScene::deletesCardsUndoably()
{
    SessionDocument document(Test::chainSession(3));
    BoardScene scene(&document);
    scene.selectCards({QStringLiteral("c3")});
    scene.editor()->deleteSelection();
    QVERIFY(!scene.cardItem(QStringLiteral("c3")));
    // The cause of the removed card now explains what the removed card explained.
    QVERIFY(scene.linkItem(QStringLiteral("c4"), QStringLiteral("c2")));
    QCOMPARE(scene.selectedCardIds(), QStringList{QStringLiteral("c2")});
    document.undoStack()->undo();
    QVERIFY(scene.cardItem(QStringLiteral("c3")));
    QVERIFY2(Test::boardMismatch(scene).isEmpty(), qPrintable(Test::boardMismatch(scene)));
}

void TestBoardScene::keepsTheProblemCard()
{
    SessionDocument document(Test::chainSession(1));
    BoardScene scene(&document);
    QSignalSpy refused(&scene, &BoardScene::gestureRefused);
    scene.selectCards({QStringLiteral("c1")});
    scene.editor()->deleteSelection();
    QVERIFY(scene.cardItem(QStringLiteral("c1")));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestBoardScene::refutedLinkIsDrawnDifferently()
{
    SessionDocument document(Test::chainSession(1));
    BoardScene scene(&document);
    scene.editor()->setLinkVerdict(QStringLiteral("c2"), QStringLiteral("c1"), int(ReadBackVerdict::DoesNotHold));
    QCOMPARE(scene.linkItem(QStringLiteral("c2"), QStringLiteral("c1"))->verdict(), ReadBackVerdict::DoesNotHold);
    document.undoStack()->undo();
    QCOMPARE(scene.linkItem(QStringLiteral("c2"), QStringLiteral("c1"))->verdict(), ReadBackVerdict::NotChecked);
}

void TestBoardScene::badgesGrowTheCardAndStayAfterUndo()
{
    SessionDocument document(Test::chainSession(1));
    BoardScene scene(&document);
    const qreal plain = scene.cardItem(QStringLiteral("c2"))->size().height();
    scene.setCardBadges(QStringLiteral("c2"), {{QStringLiteral("no-action"), QStringLiteral("No action"),
                                                QStringLiteral("No action item addresses this cause"), Qt::red}});
    QVERIFY(scene.cardItem(QStringLiteral("c2"))->size().height() > plain);
    QCOMPARE(scene.cardBadges(QStringLiteral("c2")).size(), 1);

    // A removed and restored card gets its badges back until a check replaces them.
    scene.editor()->removeCards({QStringLiteral("c2")});
    document.undoStack()->undo();
    QCOMPARE(scene.cardItem(QStringLiteral("c2"))->badges().size(), 1);
    scene.setCardBadges(QStringLiteral("c2"), {});
    QCOMPARE(scene.cardItem(QStringLiteral("c2"))->size().height(), plain);
}

void TestBoardScene::copyAndPasteKeepsInternalLinksAsOneUndoStep()
{
    SessionDocument document(Test::chainSession(3));
    BoardScene scene(&document);
    scene.selectCards({QStringLiteral("c3"), QStringLiteral("c4")});
    scene.editor()->copySelection();
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasText());
    QVERIFY(scene.editor()->canPaste());

    scene.selectCards({QStringLiteral("c1")});
    const int steps = document.undoStack()->count();
    const QStringList pasted = scene.editor()->paste();
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    const Session &session = document.session();
    // The copy of c3 explains the target; the copy of c4 explains the copy of c3.
    const QString top = session.card(pasted.at(0))->text == QStringLiteral("Why 2") ? pasted.at(0) : pasted.at(1);
    const QString bottom = top == pasted.at(0) ? pasted.at(1) : pasted.at(0);
    QCOMPARE(session.effectsOf(top), QStringList{QStringLiteral("c1")});
    QCOMPARE(session.effectsOf(bottom), QStringList{top});
    QCOMPARE(scene.selectedCardIds().size(), 2);
    QVERIFY2(Test::boardMismatch(scene).isEmpty(), qPrintable(Test::boardMismatch(scene)));

    document.undoStack()->undo();
    QCOMPARE(document.session().cards.size(), 4);
}

void TestBoardScene::pastesIntoAnotherSession()
{
    SessionDocument source(Test::chainSession(2));
    BoardScene sourceScene(&source);
    sourceScene.selectCards({QStringLiteral("c3")});
    sourceScene.editor()->copySelection();

    SessionDocument target(Test::richSampleSession());
    BoardScene targetScene(&target);
    const int before = target.session().cards.size();
    const QStringList pasted = targetScene.editor()->paste();
    QCOMPARE(pasted.size(), 1);
    QCOMPARE(target.session().cards.size(), before + 1);
    QCOMPARE(target.session().card(pasted.first())->text, QStringLiteral("Why 2"));
    QCOMPARE(target.session().effectsOf(pasted.first()), QStringList{target.session().problemCard()->id});
}

void TestBoardScene::duplicateExplainsWhatTheOriginalExplained()
{
    SessionDocument document(Test::chainSession(2));
    BoardScene scene(&document);
    scene.selectCards({QStringLiteral("c3")});
    const QStringList copies = scene.editor()->duplicateSelection();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(document.session().effectsOf(copies.first()), QStringList{QStringLiteral("c2")});
    QVERIFY(Test::overlappingCards(scene).isEmpty());
}

void TestBoardScene::printModeHidesSelectionAndUsesLightTheme()
{
    SessionDocument document(Test::chainSession(1));
    BoardScene scene(&document);
    scene.setTheme(BoardTheme::dark());
    scene.selectCards({QStringLiteral("c2")});
    scene.setPrintMode(true);
    QCOMPARE(scene.theme().kind, BoardTheme::Kind::Light);
    QCOMPARE(scene.cardItem(QStringLiteral("c2"))->cacheMode(), QGraphicsItem::NoCache);
    scene.setPrintMode(false);
    QCOMPARE(scene.theme().kind, BoardTheme::Kind::Dark);
    QCOMPARE(scene.cardItem(QStringLiteral("c2"))->cacheMode(), QGraphicsItem::DeviceCoordinateCache);
}

void TestBoardScene::contentRectCoversTheCards()
{
    SessionDocument document(Test::chainSession(3));
    BoardScene scene(&document);
    const QRectF content = scene.contentRect();
    for (const CardItem *card : scene.cardItems())
        QVERIFY(content.contains(card->sceneCardRect()));
}

void TestBoardScene::printRenderingKeepsTextAsText()
{
    SessionDocument document(Test::chainSession(2));
    BoardScene scene(&document);
    scene.selectCards({QStringLiteral("c2")});
    scene.setPrintMode(true);
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    const QRectF content = scene.contentRect();
    generator.setViewBox(QRectF(QPointF(0, 0), content.size()));
    {
        QPainter painter(&generator);
        scene.render(&painter, QRectF(QPointF(0, 0), content.size()), content);
    }
    const QString text = QString::fromUtf8(svg.data());
    QVERIFY(text.contains(QStringLiteral("Why 2")));
    QVERIFY(text.contains(QStringLiteral("<text")));
    QVERIFY(!text.contains(QStringLiteral("<image"))); // no cached bitmaps
}

void TestBoardScene::staysEqualToTheDocumentUnderRandomEdits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 7") << 7u;
    QTest::newRow("seed 2026") << 2026u;
}

void TestBoardScene::staysEqualToTheDocumentUnderRandomEdits()
{
    QFETCH(quint32, seed);
    SessionDocument document(Test::randomSession(seed, 12, 0, 0));
    BoardScene scene(&document);
    QRandomGenerator random(seed);
    auto anyCard = [&] {
        const auto &cards = document.session().cards;
        return cards.at(random.bounded(int(cards.size()))).id;
    };
    for (int step = 0; step < 500; ++step) {
        const int what = random.bounded(10);
        const Session &session = document.session();
        if (what == 0) {
            scene.editor()->addWhy(anyCard(), false);
        } else if (what == 1) {
            scene.editor()->removeCards({anyCard()});
        } else if (what == 2) {
            scene.editor()->moveCards({{anyCard(), QPointF(random.bounded(2000), random.bounded(1500))}});
        } else if (what == 3) {
            Card card = *session.card(anyCard());
            card.text = QStringLiteral("Edit %1").arg(step);
            card.verified = random.bounded(2);
            document.push(new EditCardCommand(&document, card));
        } else if (what == 4) {
            scene.editor()->linkCards(anyCard(), anyCard());
        } else if (what == 5 && !session.links.isEmpty()) {
            const CausalLink link = session.links.at(random.bounded(int(session.links.size())));
            scene.editor()->unlinkCards(link.causeId, link.effectId);
        } else if (what == 6 && !session.links.isEmpty()) {
            const CausalLink link = session.links.at(random.bounded(int(session.links.size())));
            scene.editor()->setLinkVerdict(link.causeId, link.effectId, random.bounded(3));
        } else if (what <= 8 && document.undoStack()->canUndo()) {
            document.undoStack()->undo();
        } else if (document.undoStack()->canRedo()) {
            document.undoStack()->redo();
        }
        const QString mismatch = Test::boardMismatch(scene);
        QVERIFY2(mismatch.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(mismatch)));
    }
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.session(), Test::randomSession(seed, 12, 0, 0));
    QVERIFY2(Test::boardMismatch(scene).isEmpty(), qPrintable(Test::boardMismatch(scene)));
}

QTEST_MAIN(TestBoardScene)
#include "tst_boardscene.moc"
