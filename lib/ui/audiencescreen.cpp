// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audiencescreen.h"

#include "board/boardview.h"
#include "ui/meetingtimerwidget.h"

#include <QEvent>
#include <QScreen>
#include <QVBoxLayout>

namespace Whyboard {

AudienceScreen::AudienceScreen(MeetingTimer *timer, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus)
{
    setObjectName(QStringLiteral("audienceScreen"));
    setWindowTitle(tr("Whyboard: board for the room"));
    // The laptop keeps the keyboard: showing this window must not take it away.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    m_view = new BoardView(this);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setAccessibleName(tr("Why-chain board for the room"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_timerWidget = new MeetingTimerWidget(m_view);
    m_timerWidget->setTimer(timer);
    m_timerWidget->setLarge(true);
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &BoardView::zoomChanged, this, &AudienceScreen::placeTimer);
}

AudienceScreen::~AudienceScreen()
{
    m_view->setBoardScene(nullptr);
}

void AudienceScreen::setBoardScene(BoardScene *scene)
{
    m_view->setBoardScene(scene);
}

void AudienceScreen::showOn(QScreen *screen)
{
    setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
    m_timerWidget->show();
    placeTimer();
}

void AudienceScreen::placeTimer()
{
    m_timerWidget->adjustSize();
    m_timerWidget->move(m_view->viewport()->geometry().topLeft() + m_view->freeCorner(m_timerWidget->size(), 16));
    m_timerWidget->raise();
}

bool AudienceScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_view->viewport()) {
        placeTimer();
        Q_EMIT boardResized(m_view->viewport()->size());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Whyboard
