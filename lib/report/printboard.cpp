// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/printboard.h"

#include "analysis/layeredlayout.h"
#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/carditem.h"
#include "board/layoutanimator.h"
#include "board/linkitem.h"
#include "report/depthrowslayout.h"

#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Whyboard {

namespace {

int overlaps(QList<QRectF> rects)
{
    // Sorted by left edge, each card is compared only with those that start before it ends.
    std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    int count = 0;
    for (int i = 0; i < rects.size(); ++i) {
        // A hair of overlap is a shared border, not a hidden card.
        const QRectF inner = rects.at(i).adjusted(2, 2, -2, -2);
        for (int j = i + 1; j < rects.size() && rects.at(j).left() < inner.right(); ++j) {
            if (inner.intersects(rects.at(j)))
                ++count;
        }
    }
    return count;
}

qreal area(const QRectF &rect)
{
    return rect.width() * rect.height();
}

QRectF bounds(const QList<QRectF> &rects)
{
    QRectF result;
    for (const QRectF &rect : rects)
        result |= rect;
    return result;
}

QRectF bounds(const QHash<QString, QPointF> &positions, const QHash<QString, QSizeF> &sizes)
{
    QRectF result;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        result |= QRectF(it.value(), sizes.value(it.key(), LayeredLayout::defaultCardSize()));
    return result;
}

qreal coverage(const QList<QRectF> &cards, const QRectF &content)
{
    qreal covered = 0;
    for (const QRectF &card : cards)
        covered += area(card);
    return area(content) > 0 ? covered / area(content) : 1;
}

bool placed(const QPointF &position)
{
    return std::isfinite(position.x()) && std::isfinite(position.y())
           && std::abs(position.x()) <= PrintBoard::farthestCoordinate
           && std::abs(position.y()) <= PrintBoard::farthestCoordinate;
}

} // namespace

Session PrintBoard::shortenedTexts(const Session &session)
{
    // A card shows a few lines; a pasted log of megabytes would be laid out and written into
    // every export whole, behind the card's edge.
    Session result = session;
    for (Card &card : result.cards) {
        if (card.text.size() > maximumCardText)
            card.text = card.text.left(maximumCardText) + QChar(0x2026);
        if (card.evidence.size() > maximumCardText)
            card.evidence = card.evidence.left(maximumCardText) + QChar(0x2026);
    }
    return result;
}

Session PrintBoard::placedSession(const Session &session)
{
    QList<int> stray;
    QSet<QString> onBoard;
    for (int i = 0; i < session.cards.size(); ++i) {
        if (!placed(session.cards.at(i).position))
            stray.append(i);
        else
            onBoard.insert(session.cards.at(i).id);
    }
    if (stray.isEmpty())
        return session;
    // Placed one by one into the board made of the cards already placed, each under the card
    // it explains, the way a new cause is placed.
    Session result = session;
    Session board = session;
    board.cards.clear();
    for (const Card &card : session.cards) {
        if (onBoard.contains(card.id))
            board.cards.append(card);
    }
    QHash<QString, QSizeF> sizes;
    QSizeF cell;
    for (const Card &card : session.cards) {
        const QSizeF size = LayeredLayout::estimatedCardSize(card);
        sizes.insert(card.id, size);
        cell = cell.expandedTo(size);
    }
    QHash<QString, QStringList> effects; // by cause, in link order
    for (const CausalLink &link : session.links)
        effects[link.causeId].append(link.effectId);
    // Each search looks at the whole board: past a few hundred, the rest go in a grid under
    // it, so a board of thousands of stray cards costs no more than their number.
    const int searched = std::min<int>(int(stray.size()), maximumSearchedStrays);
    for (int k = 0; k < searched; ++k) {
        const int i = stray.at(k);
        Card card = session.cards.at(i);
        QString parent;
        for (const QString &effect : effects.value(card.id)) {
            if (onBoard.contains(effect)) {
                parent = effect;
                break;
            }
        }
        card.position = board.cards.isEmpty()
                            ? QPointF(0, 0)
                            : LayeredLayout::freeSpotNear(board, sizes, parent, sizes.value(card.id));
        if (!placed(card.position))
            card.position = QPointF(0, 0);
        board.cards.append(card);
        onBoard.insert(card.id);
        result.cards[i].position = card.position;
    }
    const qsizetype rest = stray.size() - searched;
    if (rest > 0) {
        QRectF used;
        for (const Card &card : std::as_const(board.cards))
            used |= QRectF(card.position, sizes.value(card.id));
        const int columns = int(std::ceil(std::sqrt(double(rest))));
        const qreal gap = 40;
        const qreal rows = std::ceil(double(rest) / columns);
        // Under the board, kept inside the coordinates a board may use.
        const qreal top = std::min(used.bottom() + gap, farthestCoordinate - rows * (cell.height() + gap));
        const qreal left = std::clamp(used.left(), -farthestCoordinate, farthestCoordinate - columns * (cell.width() + gap));
        for (qsizetype k = 0; k < rest; ++k) {
            const int i = stray.at(searched + k);
            result.cards[i].position = QPointF(left + (k % columns) * (cell.width() + gap),
                                               top + qreal(k / columns) * (cell.height() + gap));
        }
    }
    return result;
}

PrintBoard::PrintBoard(const Session &session)
    : m_document(placedSession(shortenedTexts(session)))
    , m_scene(std::make_unique<BoardScene>(&m_document))
{
    m_scene->layoutAnimator()->setAnimationsEnabled(false);
    m_scene->setPrintMode(true);
    const QList<QRectF> room = cardRects();
    const int before = overlaps(room);
    const qreal roomArea = area(bounds(room));
    const bool sparse = coverage(room, bounds(room)) < sparseCoverage;
    if (before == 0 && !sparse)
        return;
    // The layered layout the board's own button makes, or rows by why depth when that is much
    // smaller: a big tangled chain spreads the layered layout far and wide.
    const Session &copy = m_document.session();
    const QHash<QString, QSizeF> sizes = m_scene->cardSizes();
    const Qt::Orientation orientation = m_scene->preferredOrientation();
    QHash<QString, QPointF> layout =
        LayeredLayout::arrange(copy, sizes, orientation, LayoutAnimator::spacing(orientation));
    const QHash<QString, QPointF> rows = DepthRowsLayout::arrange(copy, sizes, LayoutAnimator::spacing(Qt::Vertical));
    const bool useRows = area(bounds(rows, sizes)) < area(bounds(layout, sizes)) * rowsAdvantage;
    if (useRows)
        layout = rows;
    // Overlapping cards hide each other: the new layout always shows them. A board strewn
    // thinly keeps the room's places unless the layout is far more compact.
    if (before == 0 && area(bounds(layout, sizes)) * sparseGain >= roomArea)
        return;
    if (useRows)
        m_scene->setOrientation(Qt::Vertical);
    m_scene->editor()->moveCards(layout);
    m_relaidOut = true;
}

PrintBoard::~PrintBoard() = default;

QRectF PrintBoard::contentRect() const
{
    return m_scene->cardItems().isEmpty() ? QRectF() : m_scene->contentRect();
}

QList<QRectF> PrintBoard::cardRects() const
{
    QList<QRectF> rects;
    for (const Card &card : m_document.session().cards) {
        if (const CardItem *item = m_scene->cardItem(card.id))
            rects.append(item->sceneCardRect());
    }
    return rects;
}

QStringList PrintBoard::cardIds() const
{
    QStringList ids;
    for (const Card &card : m_document.session().cards) {
        if (m_scene->cardItem(card.id))
            ids.append(card.id);
    }
    return ids;
}

DiagramPlanInput PrintBoard::planInput() const
{
    DiagramPlanInput input;
    input.content = contentRect();
    input.cards = cardRects();
    input.cardIds = cardIds();
    QHash<QString, int> index;
    for (int i = 0; i < input.cardIds.size(); ++i)
        index.insert(input.cardIds.at(i), i);
    for (const LinkItem *link : m_scene->linkItems()) {
        DiagramPlanInput::Link entry;
        entry.cause = index.value(link->causeId(), -1);
        entry.effect = index.value(link->effectId(), -1);
        if (entry.cause < 0 || entry.effect < 0)
            continue;
        entry.path = {input.cards.at(entry.cause).center(), link->startPoint(), link->endPoint(),
                      input.cards.at(entry.effect).center()};
        input.links.append(entry);
    }
    // Stable order whatever the scene's hash order: by cause, then effect.
    std::sort(input.links.begin(), input.links.end(), [](const auto &a, const auto &b) {
        return a.cause < b.cause || (a.cause == b.cause && a.effect < b.effect);
    });
    input.cardTextSize = m_scene->theme().textFont.pixelSize() > 0 ? m_scene->theme().textFont.pixelSize()
                                                                     : m_scene->theme().textFont.pointSizeF();
    return input;
}

void PrintBoard::render(QPainter *painter, const QRectF &target, const QRectF &source,
                        const QStringList &cardIds) const
{
    QList<QGraphicsItem *> hidden;
    if (!cardIds.isEmpty()) {
        // Only what lies in the source can be drawn: hiding every other card of a big board
        // for each of its parts would make the report's time grow with parts times cards.
        const QSet<QString> shown(cardIds.cbegin(), cardIds.cend());
        const QList<QGraphicsItem *> inSource = m_scene->items(source, Qt::IntersectsItemBoundingRect);
        for (QGraphicsItem *item : inSource) {
            if (!item->isVisible())
                continue;
            if (item->type() == CardItem::Type) {
                if (!shown.contains(static_cast<CardItem *>(item)->cardId()))
                    hidden.append(item);
            } else if (item->type() == LinkItem::Type) {
                const auto *link = static_cast<LinkItem *>(item);
                if (!shown.contains(link->causeId()) && !shown.contains(link->effectId()))
                    hidden.append(item);
            }
        }
    }
    for (QGraphicsItem *item : std::as_const(hidden))
        item->setVisible(false);
    m_scene->render(painter, target, source, Qt::KeepAspectRatio);
    for (QGraphicsItem *item : std::as_const(hidden))
        item->setVisible(true);
}

} // namespace Whyboard
