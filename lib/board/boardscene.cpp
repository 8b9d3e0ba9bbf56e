#include "board/boardscene.h"

#include "analysis/chainpaths.h"
#include "analysis/layeredlayout.h"
#include "board/boardcontextmenu.h"
#include "board/cardclipboard.h"
#include "board/cardnavigator.h"
#include "board/carditem.h"
#include "board/cardpaster.h"
#include "board/linkitem.h"
#include "document/commands/addcardcommand.h"
#include "document/commands/addlinkcommand.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/movecardscommand.h"
#include "document/commands/removecardscommand.h"
#include "document/commands/removelinkcommand.h"
#include "document/commands/setlinkverdictcommand.h"
#include "document/sessiondocument.h"

#include <QClipboard>
#include <QEasingCurve>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGuiApplication>
#include <QPainter>
#include <QUndoStack>
#include <QVariantAnimation>

#include <algorithm>

namespace Whyboard {

namespace {

QString linkKey(const QString &causeId, const QString &effectId)
{
    return causeId + QLatin1Char('\n') + effectId;
}

// Tighter than the layout's defaults: the cards are large, and a chain must fit a projector.
LayoutSpacing boardSpacing(Qt::Orientation orientation)
{
    LayoutSpacing spacing;
    // Left to right, the gap between columns also carries the curved arrows and the "Why?" button.
    spacing.layerGap = orientation == Qt::Vertical ? 56 : 100;
    spacing.siblingGap = orientation == Qt::Vertical ? 36 : 28;
    return spacing;
}

} // namespace

BoardScene::BoardScene(SessionDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_theme(BoardTheme::light())
    , m_screenTheme(m_theme)
{
    Q_ASSERT(document);
    connect(document, &SessionDocument::cardAdded, this, [this](const QString &id) {
        addCardItem(id);
        refreshDepths();
    });
    connect(document, &SessionDocument::cardAboutToBeRemoved, this, &BoardScene::removeCardItem);
    connect(document, &SessionDocument::cardChanged, this, [this](const QString &id) {
        if (CardItem *item = cardItem(id); item && m_document->session().card(id))
            item->setCard(*m_document->session().card(id));
    });
    connect(document, &SessionDocument::cardMoved, this, [this](const QString &id) {
        if (CardItem *item = cardItem(id); item && m_document->session().card(id))
            item->setDocumentPosition(m_document->session().card(id)->position);
    });
    connect(document, &SessionDocument::linkAdded, this, [this](const QString &cause, const QString &effect) {
        addLinkItem(cause, effect);
        refreshDepths();
    });
    connect(document, &SessionDocument::linkAboutToBeRemoved, this, &BoardScene::removeLinkItem);
    connect(document, &SessionDocument::linkRemoved, this, &BoardScene::refreshDepths);
    connect(document, &SessionDocument::linkChanged, this, [this](const QString &cause, const QString &effect) {
        const int index = m_document->session().indexOfLink(cause, effect);
        if (LinkItem *item = linkItem(cause, effect); item && index >= 0)
            item->setVerdict(m_document->session().links.at(index).verdict);
    });
    connect(document, &SessionDocument::editRefused, this, &BoardScene::gestureRefused);
    // A read-only board does not let cards be dragged only to snap back.
    connect(document, &SessionDocument::readOnlyChanged, this, [this](bool readOnly) {
        for (CardItem *card : std::as_const(m_cards))
            card->setFlag(QGraphicsItem::ItemIsMovable, !readOnly);
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
    for (const Card &card : m_document->session().cards)
        addCardItem(card.id);
    for (const CausalLink &link : m_document->session().links)
        addLinkItem(link.causeId, link.effectId);
    refreshDepths();
}

LinkItem *BoardScene::linkItem(const QString &causeId, const QString &effectId) const
{
    return m_links.value(linkKey(causeId, effectId));
}

void BoardScene::addCardItem(const QString &cardId)
{
    const Card *card = m_document->session().card(cardId);
    if (!card || m_cards.contains(cardId))
        return;
    auto *item = new CardItem(*card);
    item->setFlag(QGraphicsItem::ItemIsMovable, !m_document->isReadOnly());
    addItem(item);
    item->setBadges(m_badges.value(cardId));
    m_cards.insert(cardId, item);
}

void BoardScene::removeCardItem(const QString &cardId)
{
    CardItem *item = m_cards.take(cardId);
    if (!item)
        return;
    if (m_editingCardId == cardId) {
        m_editingCardId.clear();
        item->endEditing();
    }
    m_pressPositions.remove(cardId);
    for (LinkItem *link : item->links()) {
        m_links.remove(linkKey(link->causeId(), link->effectId()));
        delete link;
    }
    delete item;
}

void BoardScene::addLinkItem(const QString &causeId, const QString &effectId)
{
    CardItem *cause = cardItem(causeId);
    CardItem *effect = cardItem(effectId);
    const int index = m_document->session().indexOfLink(causeId, effectId);
    if (!cause || !effect || index < 0 || m_links.contains(linkKey(causeId, effectId)))
        return;
    auto *item = new LinkItem(cause, effect);
    addItem(item);
    item->setVerdict(m_document->session().links.at(index).verdict);
    item->reroute();
    m_links.insert(linkKey(causeId, effectId), item);
}

void BoardScene::removeLinkItem(const QString &causeId, const QString &effectId)
{
    delete m_links.take(linkKey(causeId, effectId));
}

void BoardScene::refreshDepths()
{
    const QHash<QString, int> depths = ChainPaths::depths(m_document->session());
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        it.value()->setDepth(depths.value(it.key(), -1));
}

void BoardScene::refreshAll()
{
    for (CardItem *card : std::as_const(m_cards))
        card->refreshAppearance();
    for (LinkItem *link : std::as_const(m_links)) {
        link->reroute();
        link->update();
    }
    // Views cache the background: a new theme must reach them too.
    invalidate(sceneRect(), QGraphicsScene::BackgroundLayer);
    update();
}

// ---- Appearance ----

void BoardScene::setTheme(const BoardTheme &theme)
{
    if (m_printMode) {
        m_screenTheme = theme;
        return;
    }
    m_theme = theme;
    m_screenTheme = theme;
    refreshAll();
}

void BoardScene::setOrientation(Qt::Orientation orientation)
{
    if (m_orientation == orientation)
        return;
    m_orientation = orientation;
    refreshAll();
}

void BoardScene::setSnapToGrid(bool snap)
{
    m_snapToGrid = snap;
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
    if (m_printMode) {
        painter->fillRect(rect, Qt::white); // paper
        return;
    }
    painter->fillRect(rect, m_theme.background);
    // A quiet dot grid, left out when zoomed so far out that it would turn into noise.
    const qreal step = m_gridSize * 2;
    if (painter->transform().m11() * step < 10)
        return;
    painter->setPen(QPen(m_theme.gridDot, 2.5, Qt::SolidLine, Qt::RoundCap));
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    }
    painter->drawPoints(dots.constData(), int(dots.size()));
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

QString BoardScene::neighbourCard(const QString &cardId, Qt::Key direction) const
{
    return CardNavigator::neighbour(m_cards.values(), cardItem(cardId), direction);
}

QString BoardScene::nextCardInReadingOrder(const QString &cardId, bool forward) const
{
    return CardNavigator::next(m_cards.values(), cardId, forward);
}

// ---- Gestures ----

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
                                        boardSpacing(m_orientation));
}

QString BoardScene::addWhy(const QString &effectId, bool startEditing)
{
    if (!m_document->session().card(effectId))
        return {};
    finishEditing();
    Card card;
    card.id = m_document->newCardId();
    card.kind = CardKind::Why;
    card.position = spotForNewCard(effectId);
    if (!m_document->push(new AddCardCommand(m_document, card, effectId)))
        return {};
    selectCards({card.id});
    if (startEditing)
        editCard(card.id);
    return card.id;
}

QString BoardScene::addSiblingCause(const QString &cardId, bool startEditing)
{
    const Session &session = m_document->session();
    const Card *card = session.card(cardId);
    if (!card)
        return {};
    QString effect = cardId;
    if (card->kind != CardKind::Problem) {
        const QStringList effects = session.effectsOf(cardId);
        effect = effects.isEmpty() ? (session.problemCard() ? session.problemCard()->id : QString())
                                   : effects.first();
    }
    return addWhy(effect, startEditing);
}

void BoardScene::editCard(const QString &cardId, const QString &typedText)
{
    CardItem *item = cardItem(cardId);
    if (!item || m_editingCardId == cardId)
        return;
    finishEditing();
    if (m_document->isReadOnly()) {
        Q_EMIT gestureRefused(tr("This session is open read-only; changes are not possible."));
        return;
    }
    selectCards({cardId});
    m_editingCardId = cardId;
    item->beginEditing(typedText);
    Q_EMIT editingStarted(cardId);
}

void BoardScene::finishEditing()
{
    if (m_editingCardId.isEmpty())
        return;
    const QString id = m_editingCardId;
    m_editingCardId.clear();
    CardItem *item = cardItem(id);
    if (!item)
        return;
    const QString text = item->editedText();
    item->endEditing();
    if (const Card *card = m_document->session().card(id); card && card->text != text) {
        Card edited = *card;
        edited.text = text;
        pushCardEdit(edited, tr("Edit card text"));
    }
    selectCards({id}, false);
    Q_EMIT editingFinished(id);
}

void BoardScene::setVerified(const QString &cardId, bool verified)
{
    const Card *card = m_document->session().card(cardId);
    if (!card || card->verified == verified)
        return;
    Card edited = *card;
    edited.verified = verified;
    pushCardEdit(edited, verified ? tr("Mark verified") : tr("Mark unverified"));
}

// A parent step keeps this edit its own undo step instead of merging with earlier typing.
bool BoardScene::pushCardEdit(const Card &edited, const QString &text)
{
    auto *step = new QUndoCommand(text);
    new EditCardCommand(m_document, edited, step);
    return m_document->push(step);
}

bool BoardScene::linkCards(const QString &causeId, const QString &effectId)
{
    const QString refusal = m_document->linkRefusal(causeId, effectId);
    if (!refusal.isEmpty()) {
        Q_EMIT gestureRefused(refusal);
        return false;
    }
    return m_document->push(new AddLinkCommand(m_document, causeId, effectId));
}

bool BoardScene::unlinkCards(const QString &causeId, const QString &effectId)
{
    const QString refusal = m_document->unlinkRefusal(causeId, effectId);
    if (!refusal.isEmpty()) {
        Q_EMIT gestureRefused(refusal);
        return false;
    }
    return m_document->push(new RemoveLinkCommand(m_document, causeId, effectId));
}

void BoardScene::setLinkVerdict(const QString &causeId, const QString &effectId, int verdict)
{
    if (m_document->session().indexOfLink(causeId, effectId) < 0)
        return;
    m_document->push(new SetLinkVerdictCommand(m_document, causeId, effectId, ReadBackVerdict(verdict)));
}

void BoardScene::removeCards(const QStringList &cardIds)
{
    const Session &session = m_document->session();
    QStringList whys;
    for (const QString &id : cardIds) {
        if (const Card *card = session.card(id); card && card->kind == CardKind::Why)
            whys.append(id);
    }
    if (whys.isEmpty()) {
        if (!cardIds.isEmpty())
            Q_EMIT gestureRefused(tr("The problem card stays: it is what the session is about."));
        return;
    }
    // Keep the keyboard going: afterwards select what the first removed card explained.
    QString next;
    for (const QString &effect : session.effectsOf(whys.first())) {
        if (!whys.contains(effect)) {
            next = effect;
            break;
        }
    }
    finishEditing();
    if (m_document->push(new RemoveCardsCommand(m_document, whys)) && !next.isEmpty())
        selectCards({next}, false);
}

void BoardScene::deleteSelection()
{
    const QStringList cards = selectedCardIds();
    if (!cards.isEmpty()) {
        removeCards(cards);
        return;
    }
    const auto links = selectedLinks();
    if (links.size() == 1) {
        unlinkCards(links.first().first, links.first().second);
        return;
    }
    if (links.isEmpty())
        return;
    SessionDocument::Step step(m_document, tr("Remove %n link(s)", nullptr, int(links.size())));
    for (const auto &link : links)
        unlinkCards(link.first, link.second);
}

void BoardScene::moveCards(const QHash<QString, QPointF> &positions)
{
    QHash<QString, QPointF> changed;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const Card *card = m_document->session().card(it.key());
        if (card && card->position != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return;
    // A parent step keeps each drag its own undo step instead of merging with the last one.
    auto *step = new QUndoCommand;
    auto *move = new MoveCardsCommand(m_document, changed, step);
    step->setText(move->text());
    if (!m_document->push(step)) {
        for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
            if (CardItem *item = cardItem(it.key()))
                item->setDocumentPosition(m_document->session().card(it.key())->position);
        }
    }
}

void BoardScene::autoLayout()
{
    if (m_layoutAnimation)
        m_layoutAnimation->stop();
    finishEditing();
    const QHash<QString, QPointF> targets =
        LayeredLayout::arrange(m_document->session(), cardSizes(), m_orientation, boardSpacing(m_orientation));
    if (!m_animate) {
        moveCards(targets);
        Q_EMIT layoutAnimationFinished();
        return;
    }
    QHash<QString, QPointF> starts;
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (CardItem *item = cardItem(it.key()))
            starts.insert(it.key(), item->pos());
    }
    auto *animation = new QVariantAnimation(this);
    animation->setStartValue(0.0);
    animation->setEndValue(1.0);
    animation->setDuration(450);
    animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(animation, &QVariantAnimation::valueChanged, this, [this, starts, targets](const QVariant &value) {
        const qreal t = value.toReal();
        for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
            if (CardItem *item = cardItem(it.key()))
                item->setDocumentPosition(it.value() + (targets.value(it.key()) - it.value()) * t);
        }
    });
    connect(animation, &QVariantAnimation::finished, this, [this, targets] {
        moveCards(targets);
        Q_EMIT layoutAnimationFinished();
    });
    m_layoutAnimation = animation;
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

void BoardScene::copySelection() const
{
    const QStringList ids = selectedCardIds();
    const CardClipboard::Contents contents = CardClipboard::contentsOf(m_document->session(), ids);
    if (contents.isEmpty())
        return;
    QGuiApplication::clipboard()->setMimeData(CardClipboard::toMimeData(contents));
}

bool BoardScene::canPaste() const
{
    return CardClipboard::canRead(QGuiApplication::clipboard()->mimeData());
}

QStringList BoardScene::paste()
{
    const CardClipboard::Contents contents = CardClipboard::fromMimeData(QGuiApplication::clipboard()->mimeData());
    if (contents.isEmpty())
        return {};
    finishEditing();
    QString target = currentCardId();
    if (target.isEmpty() && m_document->session().problemCard())
        target = m_document->session().problemCard()->id;
    CardPaster paster(m_document, contents);
    const QStringList created = paster.insert([target](const Card &) { return target; },
                                              spotForNewCard(target),
                                              tr("Paste %n card(s)", nullptr, int(contents.cards.size())));
    selectCards(created);
    return created;
}

QStringList BoardScene::duplicateSelection()
{
    const Session &session = m_document->session();
    const CardClipboard::Contents contents = CardClipboard::contentsOf(session, selectedCardIds());
    if (contents.isEmpty())
        return {};
    finishEditing();
    // Copies explain what their originals explained.
    auto targetFor = [&session](const Card &card) {
        const QStringList effects = session.effectsOf(card.id);
        return effects.isEmpty() && session.problemCard() ? session.problemCard()->id : effects.value(0);
    };
    const QString firstTarget = targetFor(contents.cards.first());
    CardPaster paster(m_document, contents);
    const QStringList created = paster.insert(targetFor, spotForNewCard(firstTarget),
                                              tr("Duplicate %n card(s)", nullptr, int(contents.cards.size())));
    selectCards(created);
    return created;
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
    m_pressPositions.clear();
    if (event->button() != Qt::LeftButton)
        return;
    for (const QString &id : selectedCardIds())
        m_pressPositions.insert(id, cardItem(id)->pos());
}

void BoardScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        commitDraggedCards();
}

void BoardScene::commitDraggedCards()
{
    QHash<QString, QPointF> moved;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        CardItem *item = cardItem(it.key());
        if (item && item->pos() != it.value())
            moved.insert(it.key(), item->pos());
    }
    m_pressPositions.clear();
    moveCards(moved);
}

void BoardScene::beginLinkDrag(const QString &causeId, const QPointF &scenePos)
{
    m_linkDragCause = causeId;
    delete m_linkDragLine;
    m_linkDragLine = new QGraphicsPathItem;
    QPen pen(m_theme.accent, m_theme.linkWidth, Qt::DashLine, Qt::RoundCap);
    m_linkDragLine->setPen(pen);
    m_linkDragLine->setZValue(10);
    addItem(m_linkDragLine);
    updateLinkDrag(scenePos);
}

void BoardScene::updateLinkDrag(const QPointF &scenePos)
{
    CardItem *cause = cardItem(m_linkDragCause);
    if (!cause || !m_linkDragLine)
        return;
    QPainterPath path(m_orientation == Qt::Vertical
                          ? QPointF(cause->sceneCardRect().center().x(), cause->sceneCardRect().top())
                          : QPointF(cause->sceneCardRect().left(), cause->sceneCardRect().center().y()));
    path.lineTo(scenePos);
    m_linkDragLine->setPath(path);
}

void BoardScene::finishLinkDrag(const QPointF &scenePos)
{
    delete m_linkDragLine;
    m_linkDragLine = nullptr;
    const QString cause = m_linkDragCause;
    m_linkDragCause.clear();
    CardItem *target = cardAt(scenePos);
    if (target && target->cardId() != cause)
        linkCards(cause, target->cardId());
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

} // namespace Whyboard
