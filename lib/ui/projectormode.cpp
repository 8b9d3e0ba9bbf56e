// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/projectormode.h"

#include "analysis/chainpaths.h"
#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/linkitem.h"
#include "document/sessiondocument.h"
#include "ui/audiencescreen.h"
#include "ui/meetingtimerwidget.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>

#include <utility>

namespace Whyboard {

ProjectorMode::ProjectorMode(QMainWindow *window, BoardView *view, MeetingTimer *timer, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_view(view)
    , m_timer(timer)
{
    m_timerWidget = new MeetingTimerWidget(view);
    m_timerWidget->setTimer(timer);
    m_timerWidget->setLarge(true);
    m_timerWidget->hide();
    // The viewport, not the view: its geometry is final when its resize arrives.
    view->viewport()->installEventFilter(this);
    connect(view, &BoardView::boardSceneChanged, this, &ProjectorMode::sceneChanged);
    connect(view, &BoardView::zoomChanged, this, &ProjectorMode::placeTimer);
    // A projector plugged in or pulled out during the meeting moves the board to where the
    // room can see it.
    connect(qApp, &QGuiApplication::screenAdded, this, &ProjectorMode::screensChanged);
    connect(qApp, &QGuiApplication::screenRemoved, this, &ProjectorMode::screensChanged);
    connectScene();
}

ProjectorMode::~ProjectorMode()
{
    // The window is going away with everything projector mode changed: nothing to put back.
    if (m_active) {
        qApp->removeEventFilter(this);
        delete m_audience;
    }
    if (BoardScene *s = scene())
        s->setNamesHidden(false);
}

BoardScene *ProjectorMode::scene() const
{
    return m_view ? m_view->boardScene() : nullptr;
}

void ProjectorMode::setActive(bool active)
{
    if (active)
        enter();
    else
        leave();
}

void ProjectorMode::setPresenterViewAllowed(bool allowed)
{
    if (m_presenterViewAllowed == allowed)
        return;
    m_presenterViewAllowed = allowed;
    screensChanged();
}

QScreen *ProjectorMode::audienceScreenCandidate() const
{
    if (!m_presenterViewAllowed || !m_window)
        return nullptr;
    const QScreen *own = m_window->screen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (screen != own)
            return screen;
    }
    return nullptr;
}

void ProjectorMode::screensChanged()
{
    if (!m_active)
        return;
    // Only when the answer changes: a third screen added does not move the board.
    QScreen *target = audienceScreenCandidate();
    const bool onTarget = m_audience ? m_audience->screen() == target : target == nullptr;
    if (onTarget)
        return;
    leave();
    enter();
}

void ProjectorMode::enter()
{
    if (m_active || !m_window || !m_view)
        return;
    m_active = true;
    if (BoardScene *s = scene()) {
        m_theme = s->theme();
        s->setTheme(BoardTheme::projector().withTextScale(m_theme.textScale)); // the room's card text size
    }
    m_zoom = m_view->zoom();
    m_centre = m_view->mapToScene(m_view->viewport()->rect().center());
    if (QScreen *screen = audienceScreenCandidate())
        enterPresenterView(screen);
    else
        enterOneScreen();
    qApp->installEventFilter(this);
    m_timerWidget->show();
    m_timerWidget->raise();
    placeTimer();
    refreshEmphasis();
    m_view->setFocus();
    Q_EMIT activeChanged(true);
}

void ProjectorMode::enterOneScreen()
{
    m_windowState = m_window->saveState();
    m_windowStates = m_window->windowState();
    m_menuBarVisible = m_window->menuBar()->isVisible();
    m_statusBarVisible = m_window->statusBar()->isVisible();

    // A hidden menu bar takes its actions' shortcuts with it; borrowing the actions into the
    // window keeps every shortcut working while the chrome is gone.
    const QList<QAction *> menuActions = m_window->menuBar()->actions();
    for (QAction *menuAction : menuActions) {
        QList<QAction *> pending{menuAction};
        while (!pending.isEmpty()) {
            QAction *action = pending.takeFirst();
            if (action->menu()) {
                pending += action->menu()->actions();
            } else if (!action->shortcut().isEmpty() && !m_window->actions().contains(action)) {
                m_window->addAction(action);
                m_borrowedActions.append(action);
            }
        }
    }
    for (QWidget *child : m_window->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child->inherits("QDockWidget") || child->inherits("QToolBar"))
            child->hide();
    }
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    m_window->showFullScreen();
    // The screen's size until the view reports its own (full screen arrives asynchronously).
    if (const QScreen *screen = m_window->screen())
        presentOn(screen->geometry().size());
    m_view->setKeepFitted(true);
}

void ProjectorMode::enterPresenterView(QScreen *screen)
{
    m_audience = new AudienceScreen(m_timer, m_window);
    m_audience->setBoardScene(scene());
    connect(m_audience, &AudienceScreen::boardResized, this, &ProjectorMode::presentOn);
    presentOn(screen->geometry().size());
    m_audience->showOn(screen);
    m_audience->view()->setKeepFitted(true);
    // The laptop shows the same picture, whole, to point at.
    m_view->fitToView();
}

void ProjectorMode::presentOn(const QSize &size)
{
    if (BoardScene *s = scene(); s && m_active && !size.isEmpty())
        s->setPresentationScreen(size);
}

void ProjectorMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    qApp->removeEventFilter(this);
    if (m_view) // the timer widget is the view's child: it goes when the view goes
        m_timerWidget->hide();
    clearEmphasis();
    const bool presenter = !m_audience.isNull();
    if (m_audience) {
        m_audience->hide();
        m_audience->setBoardScene(nullptr);
        m_audience->deleteLater();
        m_audience = nullptr;
    }
    if (m_view)
        m_view->setKeepFitted(false);
    if (BoardScene *s = scene()) {
        s->setPresentationScreen({});
        s->setTheme(m_theme);
    }
    if (m_window && !presenter) {
        for (QAction *action : std::as_const(m_borrowedActions))
            m_window->removeAction(action);
        m_window->menuBar()->setVisible(m_menuBarVisible);
        m_window->statusBar()->setVisible(m_statusBarVisible);
        m_window->setWindowState(m_windowStates);
        m_window->restoreState(m_windowState);
    }
    m_borrowedActions.clear();
    if (m_view) {
        m_view->setZoom(m_zoom);
        m_view->centerOn(m_centre);
        m_view->setFocus();
    }
    Q_EMIT activeChanged(false);
}

void ProjectorMode::sceneChanged()
{
    if (m_active && scene()) {
        m_theme = scene()->theme();
        scene()->setTheme(BoardTheme::projector().withTextScale(m_theme.textScale));
        const BoardView *shown = m_audience ? m_audience->view() : m_view.data();
        presentOn(shown->viewport()->size());
    }
    if (m_audience)
        m_audience->setBoardScene(scene());
    if (scene())
        scene()->setNamesHidden(m_namesHidden);
    connectScene();
    refresh();
}

void ProjectorMode::connectScene()
{
    for (const QMetaObject::Connection &c : std::as_const(m_sceneConnections))
        disconnect(c);
    m_sceneConnections.clear();
    BoardScene *s = scene();
    m_connectedScene = s;
    if (!s)
        return;
    m_sceneConnections << connect(s, &BoardScene::cardSelectionChanged, this, &ProjectorMode::refresh);
    // The path through the current card is recomputed once per undo step.
    if (SessionDocument *doc = s->document())
        m_sceneConnections << connect(doc, &SessionDocument::stepFinished, this, &ProjectorMode::refresh);
}

void ProjectorMode::refresh()
{
    if (m_active)
        refreshEmphasis();
}

void ProjectorMode::refreshEmphasis()
{
    BoardScene *s = scene();
    m_path.clear();
    if (!s || !s->document()) {
        return;
    }
    const QString current = s->currentCardId();
    if (!current.isEmpty()) {
        for (const QStringList &path : ChainPaths::readBackPaths(s->document()->session())) {
            if (path.contains(current)) {
                m_path = path;
                break;
            }
        }
    }
    const bool emphasise = !m_path.isEmpty();
    for (CardItem *item : s->cardItems()) {
        const bool strong = !emphasise || m_path.contains(item->cardId());
        item->setEmphasis(!emphasise ? CardEmphasis::None : strong ? CardEmphasis::OnPath : CardEmphasis::OffPath);
        // Where cards overlap, the path's cards lie on top.
        if (!m_raised.contains(item->cardId()))
            m_raised.insert(item->cardId(), item->zValue());
        item->setZValue(m_raised.value(item->cardId()) + (strong && emphasise ? 0.5 : 0.0));
    }
    for (LinkItem *link : s->linkItems()) {
        const int at = m_path.indexOf(link->causeId());
        const bool onPath = at >= 0 && at + 1 < m_path.size() && m_path.at(at + 1) == link->effectId();
        link->setEmphasis(!emphasise ? CardEmphasis::None : onPath ? CardEmphasis::OnPath : CardEmphasis::OffPath);
    }
}

void ProjectorMode::clearEmphasis()
{
    m_path.clear();
    const QHash<QString, qreal> raised = std::exchange(m_raised, {});
    if (BoardScene *s = scene()) {
        for (CardItem *item : s->cardItems()) {
            item->setEmphasis(CardEmphasis::None);
            if (raised.contains(item->cardId()))
                item->setZValue(raised.value(item->cardId()));
        }
        for (LinkItem *link : s->linkItems())
            link->setEmphasis(CardEmphasis::None);
    }
}

void ProjectorMode::setNamesHidden(bool hidden)
{
    if (hidden == m_namesHidden)
        return;
    m_namesHidden = hidden;
    if (BoardScene *s = scene())
        s->setNamesHidden(hidden);
    Q_EMIT namesHiddenChanged(hidden);
}

void ProjectorMode::placeTimer()
{
    if (!m_view || !m_timerWidget->isVisible())
        return;
    m_timerWidget->adjustSize();
    // In a corner the cards leave free, so the timer hides no part of the chain.
    m_timerWidget->move(m_view->viewport()->geometry().topLeft() + m_view->freeCorner(m_timerWidget->size(), 16));
}

bool ProjectorMode::eventFilter(QObject *watched, QEvent *event)
{
    // The event type first: while the view is being destroyed its children still send events,
    // and m_view must not be looked at then.
    if (event->type() == QEvent::Resize && m_view && watched == m_view->viewport()) {
        placeTimer();
        if (m_active && !m_audience)
            presentOn(m_view->viewport()->size());
    }
    if (m_active && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        // Esc first ends what is in progress (editing a card, a read-back, a dialog); only a
        // plain Esc on the board leaves projector mode.
        QWidget *focus = QApplication::focusWidget();
        const bool onBoard = !focus || focus == m_view || (m_view && m_view->isAncestorOf(focus)) || focus == m_window;
        BoardScene *s = scene();
        if (onBoard && !(s && s->editor()->isEditing()) && !QApplication::activeModalWidget()) {
            leave();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Whyboard
