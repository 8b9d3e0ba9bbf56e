// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardtesthelpers.h"

#include "board/boardactions.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/layoutanimator.h"
#include "board/linkitem.h"
#include "document/sessiondocument.h"

#include <QTest>

namespace Whyboard::Test {

BoardHarness::BoardHarness(const Session &session, const QSize &viewSize)
    : m_document(std::make_unique<SessionDocument>(session))
    , m_scene(std::make_unique<BoardScene>(m_document.get()))
    , m_view(std::make_unique<BoardView>())
{
    m_scene->layoutAnimator()->setAnimationsEnabled(false);
    m_view->setBoardScene(m_scene.get());
    m_actions = std::make_unique<BoardActions>(m_view.get());
    m_view->resize(viewSize);
    m_view->show();
    m_view->activateWindow();
    if (!QTest::qWaitForWindowExposed(m_view.get()))
        qWarning("board view was not exposed");
    m_view->setFocus();
}

BoardHarness::~BoardHarness()
{
    m_actions.reset();
    m_view->setBoardScene(nullptr);
}

QPoint BoardHarness::viewportPointOf(const QString &cardId, const QPointF &fraction) const
{
    const CardItem *card = m_scene->cardItem(cardId);
    if (!card)
        return {};
    const QRectF rect = card->sceneCardRect();
    return m_view->mapFromScene(rect.topLeft() + QPointF(rect.width() * fraction.x(), rect.height() * fraction.y()));
}

QString boardMismatch(const BoardScene &scene)
{
    const Session &session = scene.document()->session();
    if (scene.cardItems().size() != session.cards.size())
        return QStringLiteral("%1 card items for %2 cards").arg(scene.cardItems().size()).arg(session.cards.size());
    for (const Card &card : session.cards) {
        const CardItem *item = scene.cardItem(card.id);
        if (!item)
            return QStringLiteral("no item for card %1").arg(card.id);
        if (item->pos() != card.position)
            return QStringLiteral("card %1 at (%2, %3) on the board, (%4, %5) in the document")
                .arg(card.id)
                .arg(item->pos().x()).arg(item->pos().y())
                .arg(card.position.x()).arg(card.position.y());
        if (item->card().text != card.text || item->card().verified != card.verified
            || item->card().evidence != card.evidence || item->card().kind != card.kind)
            return QStringLiteral("card %1 shows other content").arg(card.id);
    }
    if (scene.linkItems().size() != session.links.size())
        return QStringLiteral("%1 link items for %2 links").arg(scene.linkItems().size()).arg(session.links.size());
    for (const CausalLink &link : session.links) {
        const LinkItem *item = scene.linkItem(link.causeId, link.effectId);
        if (!item)
            return QStringLiteral("no arrow %1 -> %2").arg(link.causeId, link.effectId);
        if (item->verdict() != link.verdict)
            return QStringLiteral("arrow %1 -> %2 shows another verdict").arg(link.causeId, link.effectId);
        if (item->cause() != scene.cardItem(link.causeId) || item->effect() != scene.cardItem(link.effectId))
            return QStringLiteral("arrow %1 -> %2 joins other items").arg(link.causeId, link.effectId);
    }
    return {};
}

QStringList overlappingCards(const BoardScene &scene)
{
    QStringList pairs;
    const QList<CardItem *> cards = scene.cardItems();
    for (int i = 0; i < cards.size(); ++i) {
        for (int j = i + 1; j < cards.size(); ++j) {
            if (cards.at(i)->sceneCardRect().intersects(cards.at(j)->sceneCardRect()))
                pairs.append(cards.at(i)->cardId() + QLatin1Char('/') + cards.at(j)->cardId());
        }
    }
    return pairs;
}

} // namespace Whyboard::Test
