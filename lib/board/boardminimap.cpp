// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardminimap.h"

#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "document/sessiondocument.h"

#include <QAction>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace Whyboard {

namespace {

constexpr int inset = 4;           // between the frame and the blocks
constexpr qreal restingOpacity = 0.9; // while the pointer is elsewhere
constexpr qreal smallestBlock = 2; // device pixels: a card never vanishes from the map

QString settingsKey()
{
    return QStringLiteral("board/showOverview");
}

} // namespace

BoardMiniMap::BoardMiniMap(BoardView *view)
    : QWidget(view->viewport())
    , m_view(view)
    , m_toggle(new QAction(tr("Board &Overview"), this))
{
    setObjectName(QStringLiteral("boardMiniMap"));
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole board: click or drag to move the view"));
    setAccessibleName(tr("Board overview"));
    hide();

    m_toggle->setObjectName(QStringLiteral("boardOverview"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(QSettings().value(settingsKey(), true).toBool());
    m_toggle->setStatusTip(tr("Show a small map of the whole board while it does not fit the view"));
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(settingsKey(), on);
        place();
    });

    view->viewport()->installEventFilter(this);
    for (const QScrollBar *bar : {view->horizontalScrollBar(), view->verticalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, this, &BoardMiniMap::viewMoved);
        connect(bar, &QScrollBar::rangeChanged, this, &BoardMiniMap::viewMoved);
    }
    connect(view, &BoardView::zoomChanged, this, &BoardMiniMap::viewMoved);
    connect(view, &BoardView::boardSceneChanged, this, &BoardMiniMap::followScene);
    followScene(view->boardScene());
}

void BoardMiniMap::followScene(BoardScene *scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    disconnect(m_stepConnection);
    m_scene = scene;
    if (scene) {
        // Once per undo step, as the view's own scene rect: never per frame of a drag.
        m_stepConnection = connect(scene->document(), &SessionDocument::stepFinished, this, &BoardMiniMap::boardChanged);
        connect(scene, &BoardScene::presentationArranged, this, &BoardMiniMap::boardChanged);
        connect(scene, &BoardScene::cardSelectionChanged, this, [this] {
            m_pictureStale = true;
            update();
        });
    }
    boardChanged();
}

void BoardMiniMap::boardChanged()
{
    m_content = m_scene ? m_scene->contentRect() : QRectF();
    m_pictureStale = true;
    place();
}

void BoardMiniMap::viewMoved()
{
    place();
}

bool BoardMiniMap::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

// In the viewport's bottom right corner, shaped like the board, at most a third of the
// viewport; hidden while the whole board is in view. The viewport scrolls its children
// along with the board, so this runs after every scroll and puts the map back.
void BoardMiniMap::place()
{
    const QWidget *viewport = m_view->viewport();
    const QRect shown = viewport->rect().adjusted(-2, -2, 2, 2);
    const QSize room(std::min(maximumWidth, viewport->width() / 3) - 2 * inset,
                     std::min(maximumHeight, viewport->height() / 3) - 2 * inset);
    const bool wanted = m_toggle->isChecked() && m_scene && !m_content.isEmpty() && !m_view->keepsFitted()
                        && room.width() >= 40 && room.height() >= 30
                        && !shown.contains(m_view->mapFromScene(m_content).boundingRect());
    if (!wanted) {
        hide();
        return;
    }
    const qreal scale = std::min(room.width() / m_content.width(), room.height() / m_content.height());
    const QSize size(int(std::ceil(m_content.width() * scale)) + 2 * inset,
                     int(std::ceil(m_content.height() * scale)) + 2 * inset);
    if (!qFuzzyCompare(scale, m_scale) || size != this->size()) {
        m_scale = scale;
        m_pictureStale = true;
        resize(size);
    }
    move(viewport->width() - width() - margin, viewport->height() - height() - margin);
    show();
    raise();
    update();
}

QPointF BoardMiniMap::mapFromScene(const QPointF &scenePoint) const
{
    return QPointF(inset, inset) + (scenePoint - m_content.topLeft()) * m_scale;
}

QRectF BoardMiniMap::viewOutline() const
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return QRectF(mapFromScene(visible.topLeft()), mapFromScene(visible.bottomRight()));
}

QString BoardMiniMap::themeKey() const
{
    const BoardTheme &theme = m_scene->theme();
    return QString::number(int(theme.kind)) + theme.background.name() + theme.mutedText.name() + theme.accent.name();
}

// The frame and one block per card, drawn once per change of the board.
void BoardMiniMap::paintPicture()
{
    const BoardTheme &theme = m_scene->theme();
    const qreal ratio = devicePixelRatioF();
    m_picture = QPixmap(size() * ratio);
    m_picture.setDevicePixelRatio(ratio);
    m_picture.fill(Qt::transparent);
    QPainter painter(&m_picture);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor back = theme.background;
    back.setAlpha(235);
    painter.setPen(QPen(theme.mutedText, 1));
    painter.setBrush(back);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    // Whole device pixels: blended edges would wash tiny blocks out into the background.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    const QList<CardItem *> cards = m_scene->cardItems();
    for (const CardItem *card : cards) {
        const QRectF scene = card->sceneCardRect();
        const QPointF corner = mapFromScene(scene.topLeft()) * ratio;
        const QRectF block(QPointF(std::round(corner.x()), std::round(corner.y())) / ratio,
                           QSizeF(std::max(smallestBlock, std::round(scene.width() * m_scale * ratio)),
                                  std::max(smallestBlock, std::round(scene.height() * m_scale * ratio)))
                               / ratio);
        const QColor colour = card->isSelected()                      ? theme.accent
                              : card->card().kind == CardKind::Problem ? theme.problemBorder
                                                                      : theme.mutedText;
        painter.fillRect(block, colour);
    }
    m_pictureTheme = themeKey();
    m_pictureStale = false;
}

void BoardMiniMap::paintEvent(QPaintEvent *)
{
    if (!m_scene)
        return;
    if (m_pictureStale || m_pictureTheme != themeKey() || m_picture.deviceIndependentSize() != QSizeF(size()))
        paintPicture();
    QPainter painter(this);
    painter.setOpacity(m_hovered || m_dragging ? 1.0 : restingOpacity);
    painter.drawPixmap(0, 0, m_picture);
    const BoardTheme &theme = m_scene->theme();
    QColor wash = theme.accent;
    wash.setAlpha(40);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(rect().adjusted(1, 1, -1, -1));
    painter.setPen(QPen(theme.accent, 2));
    painter.setBrush(wash);
    painter.drawRect(viewOutline());
}

void BoardMiniMap::centreViewAt(const QPointF &point)
{
    m_view->centerOn(m_content.topLeft() + (point - QPointF(inset, inset)) / m_scale);
}

void BoardMiniMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    centreViewAt(event->position());
    event->accept();
}

void BoardMiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        centreViewAt(event->position());
        event->accept();
        return;
    }
    QWidget::mouseMoveEvent(event);
}

void BoardMiniMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        setCursor(Qt::PointingHandCursor);
        update();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void BoardMiniMap::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QWidget::enterEvent(event);
}

void BoardMiniMap::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QWidget::leaveEvent(event);
}

} // namespace Whyboard
