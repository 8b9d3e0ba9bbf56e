// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a session shows it whole and right: every card measured with its text and badges,
// every link routed between its cards, and each card item showing its own card after cards
// came and went before it.
#include "board/boardscene.h"
#include "board/carditem.h"
#include "board/checkbadges.h"
#include "board/linkitem.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/removecardscommand.h"
#include "document/sessiondocument.h"
#include "samplesessions.h"

#include <QGraphicsSceneHelpEvent>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

class TestBoardOpening : public QObject
{
    Q_OBJECT

private:
    // The board as the window builds it: the scene, then the checks' badges.
    static std::unique_ptr<BoardScene> openBoard(SessionDocument *document)
    {
        auto scene = std::make_unique<BoardScene>(document);
        const BoardScene::RoutingBatch batch(scene.get());
        new CheckBadges(document, scene.get(), scene.get());
        return scene;
    }

    // Empty when every link is where routing it again now would put it.
    static QString staleLinks(const BoardScene &scene)
    {
        for (LinkItem *link : scene.linkItems()) {
            const QPointF start = link->startPoint();
            const QPointF end = link->endPoint();
            link->reroute();
            if (link->startPoint() != start || link->endPoint() != end)
                return link->causeId() + QStringLiteral(" > ") + link->effectId();
        }
        return {};
    }

private Q_SLOTS:
    void everyCardIsMeasuredWithItsTextAndBadges()
    {
        SessionDocument document(Test::randomSession(11, 150, 40, 10));
        const auto scene = openBoard(&document);
        QCOMPARE(scene->cardItems().size(), document.session().cards.size());
        int badged = 0;
        for (const CardItem *card : scene->cardItems()) {
            QCOMPARE(card->size(), card->measuredSize(scene->theme()));
            if (!card->badges().isEmpty())
                ++badged;
        }
        QVERIFY(badged > 0); // the sample has findings, so the badges were part of the measure
    }

    void everyLinkIsRoutedBetweenItsCards()
    {
        SessionDocument document(Test::randomSession(12, 150, 40, 10));
        const auto scene = openBoard(&document);
        QCOMPARE(scene->linkItems().size(), document.session().links.size());
        QCOMPARE(staleLinks(*scene), QString());
        scene->setOrientation(Qt::Horizontal);
        QCOMPARE(staleLinks(*scene), QString());
    }

    void editedTextIsMeasuredAgain()
    {
        SessionDocument document(Test::chainSession(3));
        const auto scene = openBoard(&document);
        const QString id = document.session().cards.last().id;
        CardItem *item = scene->cardItem(id);
        const qreal before = item->size().height();
        Card edited = *document.session().card(id);
        edited.text = QStringLiteral("A much longer cause, which needs several lines on the card to be read whole by the room");
        QVERIFY(document.push(new EditCardCommand(&document, edited)));
        QVERIFY(item->size().height() > before);
        QCOMPARE(staleLinks(*scene), QString());
        document.undoStack()->undo();
        QCOMPARE(item->size().height(), before);
    }

    void cardsShowTheirOwnTextAfterOthersWereRemoved()
    {
        SessionDocument document(Test::randomSession(13, 60, 10, 5));
        const auto scene = openBoard(&document);
        const auto sameTexts = [&] {
            for (const CardItem *card : scene->cardItems()) {
                if (card->card().text != document.session().card(card->cardId())->text)
                    return false;
            }
            return true;
        };
        QVERIFY(sameTexts());
        // The first card nothing explains goes: every card after it moves up a place.
        QString removed;
        for (const Card &card : document.session().cards) {
            if (card.kind != CardKind::Problem && document.session().causesOf(card.id).isEmpty()) {
                removed = card.id;
                break;
            }
        }
        QVERIFY(!removed.isEmpty());
        QVERIFY(document.session().indexOfCard(removed) < document.session().cards.size() - 1);
        QVERIFY(document.push(new RemoveCardsCommand(&document, {removed})));
        QVERIFY(!scene->cardItem(removed));
        QVERIFY(sameTexts());
        document.undoStack()->undo();
        QCOMPARE(scene->cardItems().size(), document.session().cards.size());
        QVERIFY(sameTexts());
    }

    void linkTooltipNamesBothCards()
    {
        SessionDocument document(Test::chainSession(2));
        const auto scene = openBoard(&document);
        LinkItem *link = scene->linkItems().constFirst();
        QGraphicsSceneHelpEvent help(QEvent::GraphicsSceneHelp);
        help.setScenePos((link->startPoint() + link->endPoint()) / 2);
        QCoreApplication::sendEvent(scene.get(), &help);
        QVERIFY2(link->toolTip().contains(document.session().card(link->causeId())->text.left(60)),
                 qPrintable(link->toolTip()));
        QVERIFY(link->toolTip().contains(document.session().card(link->effectId())->text.left(60)));
    }
};

QTEST_MAIN(TestBoardOpening)
#include "tst_boardopening.moc"
