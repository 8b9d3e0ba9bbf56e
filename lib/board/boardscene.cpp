// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardscene.h"

#include "analysis/chainchecks.h"
#include "analysis/chainpaths.h"
#include "analysis/layeredlayout.h"
#include "board/boardcontextmenu.h"
#include "board/boardeditor.h"
#include "board/cardnavigator.h"
#include "board/carditem.h"
#include "board/dotgrid.h"
#include "board/layoutanimator.h"
#include "board/linkitem.h"
#include "board/linktooltips.h"
#include "board/linktool.h"
#include "document/sessiondocument.h"

#include <QFontMetricsF>
#include <QGraphicsSceneEvent> // the context menu, help and mouse events
#include <QPainter>

#include <algorithm>

namespace Whyboard {

namespace {

QString linkKey(const QString &causeId, const QString &effectId)
{
    return causeId + QLatin1Char('\n') + effectId;
}

} // namespace

BoardScene::BoardScene(SessionDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_theme(BoardTheme::light())
    , m_screenTheme(m_theme)
{
    Q_ASSERT(document);
    // A shallow index: by default its depth grows with the items, and a dragged long link is
    // re-filed in every cell its box covers (worst frame at 10,000 cards: 90 ms, now 14 ms).
    setBspTreeDepth(8);
    // The editor first: it lets go of a card being edited before the card's item goes.
    m_editor = new BoardEditor(this);
    m_layoutAnimator = new LayoutAnimator(this);
    m_linkTool = new LinkTool(this);
    connect(document, &SessionDocument::cardAdded, this,
            [this](const QString &id) { addCardItemAt(m_document->session().indexOfCard(id)); });
    connect(document, &SessionDocument::cardAboutToBeRemoved, this, &BoardScene::removeCardItem);
    connect(document, &SessionDocument::cardChanged, this, [this](const QString &id) {
        if (CardItem *item = cardItem(id))
            item->refreshContent();
    });
    connect(document, &SessionDocument::cardMoved, this, [this](const QString &id) {
        if (isPresenting())
            return; // the presentation decides where cards are shown
        if (CardItem *item = cardItem(id); item && m_document->session().card(id))
            item->setDocumentPosition(m_document->session().card(id)->position);
    });
    connect(document, &SessionDocument::linkAdded, this, [this](const QString &cause, const QString &effect) {
        addLinkItemAt(m_document->session().indexOfLink(cause, effect));
    });
    connect(document, &SessionDocument::linkAboutToBeRemoved, this, &BoardScene::removeLinkItem);
    connect(document, &SessionDocument::linkChanged, this, [this](const QString &cause, const QString &effect) {
        const int index = m_document->session().indexOfLink(cause, effect);
        if (LinkItem *item = linkItem(cause, effect); item && index >= 0)
            item->setVerdict(m_document->session().links.at(index).verdict);
    });
    // The whole chain is recomputed once per undo step, not once per card of a paste.
    connect(document, &SessionDocument::stepFinished, this, &BoardScene::stepFinished);
    connect(document, &SessionDocument::editRefused, this, &BoardScene::gestureRefused);
    // A read-only board does not let cards be dragged only to snap back.
    connect(document, &SessionDocument::readOnlyChanged, this, [this](bool readOnly) {
        for (CardItem *card : std::as_const(m_cards))
            card->setFlag(QGraphicsItem::ItemIsMovable, !readOnly && !isPresenting());
    });
    connect(this, &QGraphicsScene::selectionChanged, this,
            [this] { Q_EMIT cardSelectionChanged(selectedCardIds()); });
    rebuild();
}

BoardScene::~BoardScene()
{
    // QGraphicsScene's destructor removes the items and announces the selection change when
    // this object is no longer a BoardScene: nobody may hear of it any more.
    disconnect(this, &QGraphicsScene::selectionChanged, nullptr, nullptr);
    // Links first: they unregister from their cards.
    qDeleteAll(m_links);
    m_links.clear();
}

void BoardScene::rebuild()
{
    const RoutingBatch batch(this);
    // By index: finding each of a thousand cards and links by id made building quadratic.
    for (int i = 0; i < m_document->session().cards.size(); ++i)
        addCardItemAt(i);
    for (int i = 0; i < m_document->session().links.size(); ++i)
        addLinkItemAt(i);
    refreshDepths();
}

LinkItem *BoardScene::linkItem(const QString &causeId, const QString &effectId) const
{
    return m_links.value(linkKey(causeId, effectId));
}

void BoardScene::addCardItemAt(int index)
{
    if (index < 0 || index >= m_document->session().cards.size())
        return;
    const QString cardId = m_document->session().cards.at(index).id;
    if (m_cards.contains(cardId))
        return;
    auto *item = new CardItem(m_document, cardId, index);
    item->setFlag(QGraphicsItem::ItemIsMovable, !m_document->isReadOnly() && !isPresenting());
    // Badges before it joins the scene: it is measured once, with them.
    item->setBadges(m_badges.value(cardId));
    addItem(item);
    m_cards.insert(cardId, item);
}

void BoardScene::removeCardItem(const QString &cardId)
{
    CardItem *item = m_cards.take(cardId);
    if (!item)
        return;
    for (LinkItem *link : item->links()) {
        m_links.remove(linkKey(link->causeId(), link->effectId()));
        m_routing.forget(link);
        delete link;
    }
    delete item;
}

void BoardScene::addLinkItemAt(int index)
{
    if (index < 0 || index >= m_document->session().links.size())
        return;
    const QString causeId = m_document->session().links.at(index).causeId;
    const QString effectId = m_document->session().links.at(index).effectId;
    CardItem *cause = cardItem(causeId);
    CardItem *effect = cardItem(effectId);
    if (!cause || !effect || m_links.contains(linkKey(causeId, effectId)))
        return;
    auto *item = new LinkItem(cause, effect);
    addItem(item);
    item->setVerdict(m_document->session().links.at(index).verdict);
    if (!deferRerouting({item}))
        item->reroute();
    m_links.insert(linkKey(causeId, effectId), item);
}

void BoardScene::removeLinkItem(const QString &causeId, const QString &effectId)
{
    LinkItem *link = m_links.take(linkKey(causeId, effectId));
    m_routing.forget(link);
    delete link;
}

void BoardScene::stepFinished()
{
    refreshDepths();
    if (m_namesHidden)
        refreshHiddenNames();
    if (isPresenting())
        arrangePresentation(chainShape() != m_presentedShape);
}

void BoardScene::refreshDepths()
{
    const QHash<QString, ChainDepth> depths = ChainPaths::depthRanges(m_document->session());
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        const ChainDepth depth = depths.value(it.key());
        it.value()->setDepth(depth.longest, depth.shortest);
    }
    Q_EMIT depthsRecomputed();
}

void BoardScene::setNamesHidden(bool hidden)
{
    if (m_namesHidden == hidden)
        return;
    m_namesHidden = hidden;
    m_hiddenNames.clear();
    if (hidden)
        refreshHiddenNames();
    else
        refreshAll();
}

void BoardScene::refreshHiddenNames()
{
    const QStringList names = ChainChecks::namesIn(m_document->session());
    if (names == m_hiddenNames)
        return;
    m_hiddenNames = names;
    refreshAll();
}

QString BoardScene::shownText(const QString &text) const
{
    return m_namesHidden ? ChainChecks::hideNames(text, m_hiddenNames) : text;
}

void BoardScene::refreshAll()
{
    {
        const RoutingBatch batch(this);
        for (CardItem *card : std::as_const(m_cards))
            card->refreshAppearance();
        // The orientation may have changed without any card changing size.
        deferRerouting(m_links.values());
    }
    for (LinkItem *link : std::as_const(m_links))
        link->update();
    // Views cache the background: a new theme must reach them too.
    invalidate(sceneRect(), QGraphicsScene::BackgroundLayer);
    update();
}

// ---- Appearance ----

void BoardScene::setTheme(const BoardTheme &theme)
{
    m_screenTheme = theme;
    if (m_printMode)
        return;
    applyTheme();
    if (isPresenting())
        arrangePresentation(true);
}

// The screen's theme, with the presentation's card width while there is one.
void BoardScene::applyTheme()
{
    m_theme = m_screenTheme;
    if (isPresenting())
        m_theme.cardWidth = m_presentation.cardWidth;
    refreshAll();
}

// ---- Presentation ----

QString BoardScene::chainShape() const
{
    QStringList parts;
    for (const Card &card : m_document->session().cards)
        parts << card.id;
    for (const CausalLink &link : m_document->session().links)
        parts << link.causeId + QLatin1String(">") + link.effectId;
    return parts.join(QLatin1Char(' '));
}

void BoardScene::setPresentationScreen(const QSizeF &screen)
{
    if (screen == m_presentationScreen)
        return;
    m_presentationScreen = screen;
    const bool movable = !m_document->isReadOnly() && screen.isEmpty();
    for (CardItem *card : std::as_const(m_cards))
        card->setFlag(QGraphicsItem::ItemIsMovable, movable);
    if (!screen.isEmpty()) {
        arrangePresentation(true);
        return;
    }
    if (!isPresenting())
        return;
    m_presentation = {};
    m_presentedShape.clear();
    if (!m_printMode)
        applyTheme();
    for (CardItem *card : std::as_const(m_cards)) {
        if (const Card *c = m_document->session().card(card->cardId()))
            card->setDocumentPosition(c->position);
    }
    refreshAll();
}

// Chooses the layout again when the chain changed shape (or the screen did); otherwise lays
// the cards out again with the choice made, since a card that grew while typed still needs
// room but the room's picture should not turn under it.
void BoardScene::arrangePresentation(bool choose)
{
    if (m_presentationScreen.isEmpty() || m_printMode)
        return;
    const ScreenFit previous = m_presentation;
    m_presentation = choose || !previous.isValid()
        ? ScreenFit::choose(*this, m_screenTheme, m_presentationScreen, &previous)
        : ScreenFit::arrange(*this, m_screenTheme, m_presentationScreen, previous.orientation, previous.cardWidth);
    m_presentedShape = chainShape();
    if (previous.cardWidth != m_presentation.cardWidth || previous.orientation != m_presentation.orientation)
        applyTheme();
    for (auto it = m_presentation.positions.cbegin(); it != m_presentation.positions.cend(); ++it) {
        if (CardItem *card = cardItem(it.key()))
            card->setDocumentPosition(it.value());
    }
    Q_EMIT presentationArranged();
}

void BoardScene::setOrientation(Qt::Orientation orientation)
{
    if (m_orientation == orientation)
        return;
    m_orientation = orientation;
    refreshAll();
}

QPointF BoardScene::snapped(const QPointF &point) const
{
    return QPointF(qRound(point.x() / m_gridSize) * m_gridSize, qRound(point.y() / m_gridSize) * m_gridSize);
}

void BoardScene::setCardBadges(const QString &cardId, const QList<CardBadge> &badges)
{
    if (badges.isEmpty())
        m_badges.remove(cardId);
    else
        m_badges.insert(cardId, badges);
    if (CardItem *item = cardItem(cardId))
        item->setBadges(badges);
}

void BoardScene::setPrintMode(bool printMode)
{
    if (m_printMode == printMode)
        return;
    m_printMode = printMode;
    m_theme = printMode ? BoardTheme::light() : m_screenTheme;
    if (!printMode && isPresenting())
        m_theme.cardWidth = m_presentation.cardWidth;
    // Cached pixmaps would turn text into bitmaps in a PDF or SVG.
    for (CardItem *card : std::as_const(m_cards))
        card->setCacheMode(printMode ? QGraphicsItem::NoCache : QGraphicsItem::DeviceCoordinateCache);
    refreshAll();
}

QRectF BoardScene::contentRect() const
{
    QRectF rect;
    for (const CardItem *card : m_cards)
        rect |= card->sceneCardRect();
    for (const LinkItem *link : m_links)
        rect |= link->boundingRect();
    return rect.isNull() ? QRectF() : rect.adjusted(-24, -24, 24, 24);
}

void BoardScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_printMode ? QColor(Qt::white) : m_theme.background); // printed: paper
    if (!m_printMode)
        DotGrid::paint(painter, rect, m_gridSize * 2, m_theme.gridDot);
}

// ---- Selection and navigation ----

QStringList BoardScene::selectedCardIds() const
{
    QList<CardItem *> cards;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() == CardItem::Type)
            cards.append(static_cast<CardItem *>(item));
    }
    std::sort(cards.begin(), cards.end(), CardNavigator::readsBefore);
    QStringList ids;
    for (const CardItem *card : std::as_const(cards))
        ids.append(card->cardId());
    return ids;
}

QList<QPair<QString, QString>> BoardScene::selectedLinks() const
{
    QList<QPair<QString, QString>> links;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() == LinkItem::Type) {
            auto *link = static_cast<LinkItem *>(item);
            links.append({link->causeId(), link->effectId()});
        }
    }
    return links;
}

QString BoardScene::currentCardId() const
{
    for (QGraphicsItem *item = focusItem(); item; item = item->parentItem()) {
        if (item->type() == CardItem::Type && item->isSelected())
            return static_cast<CardItem *>(item)->cardId();
    }
    const QStringList selected = selectedCardIds();
    return selected.isEmpty() ? QString() : selected.first();
}

void BoardScene::selectCards(const QStringList &cardIds, bool ensureVisible)
{
    QSignalBlocker blocker(this);
    clearSelection();
    CardItem *first = nullptr;
    for (const QString &id : cardIds) {
        if (CardItem *item = cardItem(id)) {
            item->setSelected(true);
            if (!first)
                first = item;
        }
    }
    if (first)
        setFocusItem(first, Qt::OtherFocusReason);
    blocker.unblock();
    Q_EMIT selectionChanged();
    if (first && ensureVisible)
        Q_EMIT cardNeedsAttention(first->cardId());
}

// ---- Placement ----

QHash<QString, QSizeF> BoardScene::cardSizes() const
{
    QHash<QString, QSizeF> sizes;
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        sizes.insert(it.key(), it.value()->size());
    return sizes;
}

QPointF BoardScene::spotForNewCard(const QString &parentId) const
{
    const QFontMetricsF header(m_theme.headerFont);
    const QFontMetricsF text(m_theme.textFont);
    const QSizeF size(m_theme.cardWidth, m_theme.padding * 1.75 + header.height() + 10 + text.height());
    return LayeredLayout::freeSpotNear(m_document->session(), cardSizes(), parentId, size, m_orientation,
                                        LayoutAnimator::spacing(m_orientation));
}

// ---- Mouse ----

CardItem *BoardScene::cardAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits = items(scenePos);
    for (QGraphicsItem *item : hits) {
        for (QGraphicsItem *i = item; i; i = i->parentItem()) {
            if (i->type() == CardItem::Type)
                return static_cast<CardItem *>(i);
        }
    }
    return nullptr;
}

QString BoardScene::cardIdAt(const QPointF &scenePos) const
{
    const CardItem *card = cardAt(scenePos);
    return card ? card->cardId() : QString();
}

void BoardScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    if (event->button() == Qt::LeftButton)
        m_editor->beginDrag();
}

void BoardScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        m_editor->finishDrag();
}

void BoardScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    for (QGraphicsItem *item = itemAt(event->scenePos(), QTransform()); item; item = item->parentItem()) {
        if (item->type() == CardItem::Type) {
            auto *card = static_cast<CardItem *>(item);
            if (!card->isSelected())
                selectCards({card->cardId()}, false);
            BoardContextMenu::showForCard(this, card, event->screenPos());
            event->accept();
            return;
        }
        if (item->type() == LinkItem::Type) {
            clearSelection();
            item->setSelected(true);
            BoardContextMenu::showForLink(this, static_cast<LinkItem *>(item), event->screenPos());
            event->accept();
            return;
        }
    }
    QGraphicsScene::contextMenuEvent(event);
}

void BoardScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    LinkToolTips::write(items(event->scenePos()));
    QGraphicsScene::helpEvent(event);
}

} // namespace Whyboard
