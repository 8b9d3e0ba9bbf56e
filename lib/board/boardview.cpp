// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardview.h"

#include "board/boardeditor.h"
#include "board/boardmessage.h"
#include "board/boardscene.h"
#include "board/carditem.h"
#include "board/faroutpainter.h"
#include "board/linkitem.h"
#include "board/linktool.h"
#include "board/stilllinks.h"
#include "document/sessiondocument.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QRubberBand>
#include <QScrollBar>
#include <QStyleOptionRubberBand>
#include <QWheelEvent>

#include <algorithm>

namespace Whyboard {

namespace {
constexpr qreal zoomStep = 1.2;
constexpr qreal fitMaximumZoom = 1.6; // a tiny board should not fill the wall with one card
constexpr int panThreshold = 4;
constexpr qreal fitMargin = 24; // viewport pixels around a fitted board
} // namespace

BoardView::BoardView(QWidget *parent)
    : QGraphicsView(parent)
    , m_message(new BoardMessage(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setCacheMode(QGraphicsView::CacheBackground);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Why-chain board"));
    setAccessibleDescription(tr("Cards and arrows of the why-chain. The Outline panel lists the same cards as a tree."));

}

BoardView::~BoardView() = default;

void BoardView::setBoardScene(BoardScene *scene)
{
    const bool wasLinkMode = isLinkMode();
    if (m_scene) {
        disconnect(m_scene, nullptr, this, nullptr);
        disconnect(m_scene->linkTool(), nullptr, this, nullptr);
    }
    disconnect(m_stepConnection);
    m_scene = scene;
    if (wasLinkMode)
        linkModeToggled(false);
    setScene(scene);
    if (!scene) {
        Q_EMIT boardSceneChanged(nullptr);
        return;
    }
    connect(scene, &BoardScene::gestureRefused, this, &BoardView::showTransientMessage);
    connect(scene, &BoardScene::cardNeedsAttention, this, &BoardView::ensureCardVisible);
    connect(scene->linkTool(), &LinkTool::activeChanged, this, &BoardView::linkModeToggled);
    // The room around the cards follows the content once per undo step.
    m_stepConnection = connect(scene->document(), &SessionDocument::stepFinished, this, &BoardView::contentChanged);
    connect(scene, &BoardScene::presentationArranged, this, &BoardView::contentChanged);
    connect(scene, &QGraphicsScene::selectionChanged, this, &BoardView::settleLinks);
    updateSceneRect();
    resetCachedContent();
    settleLinks();
    Q_EMIT boardSceneChanged(scene);
}

BoardScene *BoardView::boardScene() const
{
    return m_scene;
}

// Room to pan around the cards: half a screen beyond the content on every side.
void BoardView::updateSceneRect()
{
    if (!m_scene)
        return;
    QRectF content = m_scene->contentRect();
    if (content.isNull())
        content = QRectF(-400, -300, 800, 600);
    const qreal fitting = fittingZoom(content);
    m_minimumZoom = fitting > 0 ? qMin(defaultMinimumZoom, fitting) : defaultMinimumZoom;
    const qreal z = qMax(zoom(), m_minimumZoom);
    const qreal dx = viewport()->width() / z / 2;
    const qreal dy = viewport()->height() / z / 2;
    setSceneRect(content.adjusted(-dx, -dy, dx, dy));
}

void BoardView::settleLinks()
{
    const QRectF changed = m_scene ? StillLinks::settle(*m_scene) : QRectF();
    if (!changed.isNull())
        m_scene->invalidate(changed, QGraphicsScene::BackgroundLayer);
}

void BoardView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (m_scene && !isFarOut())
        StillLinks::paint(painter, rect, *m_scene);
}

void BoardView::contentChanged()
{
    settleLinks();
    updateSceneRect();
    if (m_keepFitted && m_scene && m_scene->contentRect() != m_fittedContent)
        fitToView();
}

QPoint BoardView::freeCorner(const QSize &size, int margin) const
{
    const QRect area = viewport()->rect().adjusted(margin, margin, -margin, -margin);
    const QList<QPoint> corners{QPoint(area.right() - size.width(), area.top()), area.topLeft(),
                                QPoint(area.right() - size.width(), area.bottom() - size.height()),
                                QPoint(area.left(), area.bottom() - size.height())};
    if (!m_scene)
        return corners.first();
    for (const QPoint &corner : corners) {
        const QRect place(corner, size);
        const QList<CardItem *> cards = m_scene->cardItems();
        const bool free = std::none_of(cards.cbegin(), cards.cend(), [&](const CardItem *card) {
            return mapFromScene(card->sceneCardRect()).boundingRect().intersects(place);
        });
        if (free)
            return corner;
    }
    return corners.first();
}

void BoardView::setKeepFitted(bool on)
{
    m_keepFitted = on;
    const Qt::ScrollBarPolicy policy = on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    setHorizontalScrollBarPolicy(policy);
    setVerticalScrollBarPolicy(policy);
    if (on)
        fitToView();
}

qreal BoardView::zoom() const
{
    return transform().m11();
}

void BoardView::setZoom(qreal zoom)
{
    zoom = qBound(m_minimumZoom, zoom, maximumZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    const QPointF centre = mapToScene(viewport()->rect().center());
    setTransform(QTransform::fromScale(zoom, zoom));
    updateSceneRect();
    centerOn(centre);
    Q_EMIT zoomChanged(zoom);
}

void BoardView::zoomBy(qreal factor, const QPointF &viewportAnchor)
{
    const qreal target = qBound(m_minimumZoom, zoom() * factor, maximumZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    const QPointF sceneAnchor = mapToScene(viewportAnchor.toPoint());
    setTransform(QTransform::fromScale(target, target));
    updateSceneRect();
    // Keep the point under the cursor (or pinch) where it was.
    const QPointF moved = mapFromScene(sceneAnchor);
    const QPointF delta = moved - viewportAnchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(delta.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(delta.y()));
    Q_EMIT zoomChanged(target);
}

void BoardView::zoomIn()
{
    zoomBy(zoomStep, viewport()->rect().center());
}

void BoardView::zoomOut()
{
    zoomBy(1 / zoomStep, viewport()->rect().center());
}

// The zoom that shows rect whole with a margin, or 0 when the viewport is too small to tell.
qreal BoardView::fittingZoom(const QRectF &rect) const
{
    if (rect.isEmpty() || viewport()->width() < 10 || viewport()->height() < 10)
        return 0;
    return qMin((viewport()->width() - 2 * fitMargin) / rect.width(),
                (viewport()->height() - 2 * fitMargin) / rect.height());
}

void BoardView::fitRect(const QRectF &rect, qreal maxZoom)
{
    const qreal fitting = fittingZoom(rect);
    if (fitting <= 0)
        return;
    // The least zoom never stops a fit: a board of any size fits.
    const qreal z = qMin(fitting, maxZoom);
    setTransform(QTransform::fromScale(z, z));
    updateSceneRect();
    centerOn(rect.center());
    Q_EMIT zoomChanged(z);
}

void BoardView::fitToView()
{
    if (!m_scene)
        return;
    m_fittedContent = m_scene->contentRect();
    fitRect(m_fittedContent, fitMaximumZoom);
}

void BoardView::zoomToSelection()
{
    if (!m_scene)
        return;
    QRectF rect;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (const QGraphicsItem *item : selected)
        rect |= item->sceneBoundingRect();
    if (rect.isNull()) {
        fitToView();
        return;
    }
    fitRect(rect.adjusted(-40, -40, 40, 40), 2.0);
}

void BoardView::ensureCardVisible(const QString &cardId)
{
    // A fitted board shows every card already; scrolling towards one would push others out.
    if (!m_scene || m_keepFitted)
        return;
    if (CardItem *card = m_scene->cardItem(cardId)) {
        updateSceneRect();
        ensureVisible(card->sceneCardRect(), 60, 60);
    }
}

bool BoardView::isLinkMode() const
{
    return m_scene && m_scene->linkTool()->isActive();
}

void BoardView::setLinkMode(bool on)
{
    if (m_scene)
        m_scene->linkTool()->setActive(on);
    else if (!on)
        linkModeToggled(false);
}

void BoardView::linkModeToggled(bool on)
{
    viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    if (on)
        showTransientMessage(tr("Link mode: click a cause, then the card it explains. Esc ends."));
    Q_EMIT linkModeChanged(on);
}

void BoardView::showTransientMessage(const QString &text)
{
    m_message->showText(text);
}

QString BoardView::transientMessage() const
{
    return m_message->shownText();
}

void BoardView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateSceneRect();
    if (m_keepFitted)
        fitToView();
    if (m_message->isVisible())
        m_message->reposition();
}

bool BoardView::isFarOut() const
{
    return m_scene && !m_scene->printMode() && !m_scene->editor()->isEditing()
           && FarOutPainter::isFarOut(m_scene->theme(), zoom());
}

void BoardView::paintEvent(QPaintEvent *event)
{
    if (!isFarOut()) {
        if (m_paintedFarOut) {
            // The background cache missed what scrolled by meanwhile.
            m_paintedFarOut = false;
            resetCachedContent();
        }
        QGraphicsView::paintEvent(event);
        return;
    }
    m_paintedFarOut = true;
    // Far out, thousands of cards may be in view: going through every item (its transform,
    // cache and state) costs more than a frame, one pass over the board does not.
    QPainter painter(viewport());
    painter.setClipRegion(event->region());
    const QRectF exposed = mapToScene(event->region().boundingRect().adjusted(-1, -1, 1, 1)).boundingRect();
    painter.setTransform(viewportTransform());
    drawBackground(&painter, exposed);
    FarOutPainter::paintBoard(&painter, exposed, *m_scene);
    drawForeground(&painter, exposed);
    if (!rubberBandRect().isEmpty()) {
        painter.resetTransform();
        QStyleOptionRubberBand option;
        option.initFrom(viewport());
        option.rect = rubberBandRect();
        option.shape = QRubberBand::Rectangle;
        style()->drawControl(QStyle::CE_RubberBand, &option, &painter, viewport());
    }
}

bool BoardView::event(QEvent *event)
{
    // While typing in a card, its keys are text, not the window's shortcuts (Enter, Delete...).
    if (event->type() == QEvent::ShortcutOverride && m_scene && m_scene->editor()->isEditing()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool command = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
        static const QList<int> editingKeys{Qt::Key_A, Qt::Key_C, Qt::Key_V, Qt::Key_X, Qt::Key_Z,
                                            Qt::Key_Y, Qt::Key_Left, Qt::Key_Right, Qt::Key_Home,
                                            Qt::Key_End, Qt::Key_Backspace, Qt::Key_Delete};
        if (!command || editingKeys.contains(key->key())) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

bool BoardView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
            gestures->accept(pinch);
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void BoardView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (!qFuzzyIsNull(steps))
            zoomBy(std::pow(zoomStep, steps), event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void BoardView::keyPressEvent(QKeyEvent *event)
{
    if (m_scene && !m_scene->editor()->isEditing() && handleNavigationKey(event)) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

bool BoardView::handleNavigationKey(QKeyEvent *event)
{
    BoardScene *s = m_scene;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    QString current = s->currentCardId();
    const Card *problem = s->document()->session().problemCard();
    const QString start = current.isEmpty() && problem ? problem->id : current;
    auto select = [s](const QString &id) {
        if (!id.isEmpty())
            s->selectCards({id});
        return true;
    };

    switch (event->key()) {
    case Qt::Key_Escape:
        if (isLinkMode()) {
            setLinkMode(false);
            return true;
        }
        s->clearSelection();
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        if (current.isEmpty())
            return select(start);
        return select(s->nextCardInReadingOrder(current, event->key() == Qt::Key_Tab
                                                             && !(mods & Qt::ShiftModifier)));
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (mods & ~Qt::ShiftModifier)
            return false;
        if (current.isEmpty())
            return select(start);
        return select(s->neighbourCard(current, Qt::Key(event->key())));
    default:
        break;
    }
    // Typing on a selected card starts editing it with what was typed.
    const QString text = event->text();
    if (!current.isEmpty() && !(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        && !text.isEmpty() && text.at(0).isPrint()) {
        s->editor()->editCard(current, text);
        return true;
    }
    return false;
}

void BoardView::mousePressEvent(QMouseEvent *event)
{
    if (!m_scene) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (isLinkMode() && event->button() == Qt::LeftButton) {
        m_scene->linkTool()->click(scenePos);
        event->accept();
        return;
    }
    const bool onItem = itemAt(event->position().toPoint()) != nullptr;
    const bool pan = event->button() == Qt::MiddleButton
                     || (event->button() == Qt::LeftButton && !onItem && !(event->modifiers() & Qt::ShiftModifier));
    if (pan) {
        m_scene->editor()->finishEditing();
        m_panning = true;
        m_panLast = m_panStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && !onItem)
        setDragMode(QGraphicsView::RubberBandDrag);
    QGraphicsView::mousePressEvent(event);
}

void BoardView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void BoardView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(isLinkMode() ? Qt::CrossCursor : Qt::ArrowCursor);
        // A click on the background, not a pan: deselect like any canvas.
        if ((event->position().toPoint() - m_panStart).manhattanLength() < panThreshold && m_scene)
            m_scene->clearSelection();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    setDragMode(QGraphicsView::NoDrag);
}

} // namespace Whyboard
