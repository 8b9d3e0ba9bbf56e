// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardtheme.h"
#include "ui/audiencescreen.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPointer>

class QAction;
class QMainWindow;
class QScreen;

namespace Whyboard {

class BoardScene;
class BoardView;
class MeetingTimer;
class MeetingTimerWidget;

// Projector mode (F5): the board takes the high-contrast theme and a layout made for the
// screen (the orientation and card width that make its text largest, fitted whole, without
// scroll bars, and fitted again as the chain grows); the route through the current card
// stands out by its outline while the rest keeps full-contrast text; the meeting timer floats
// in a corner. With one screen the window goes full screen with its chrome hidden. With a
// second screen the board goes full screen there (presenter view) while the window keeps its
// panels and the timer's controls on the laptop. Every shortcut keeps working; Esc leaves and
// puts back what was there.
//
// Also the "hide names" view: participants' names on the board read "Person A", ... on the
// screen only (the board's display filter); the session keeps the names.
class ProjectorMode : public QObject
{
    Q_OBJECT

public:
    ProjectorMode(QMainWindow *window, BoardView *view, MeetingTimer *timer, QObject *parent = nullptr);
    ~ProjectorMode() override;

    bool isActive() const { return m_active; }
    // Whether the board is on a second screen while the window stays (presenter view).
    bool isPresenterView() const { return !m_audience.isNull(); }
    AudienceScreen *audienceScreen() const { return m_audience; }
    // Whether a second screen, when there is one, gets the board (on by default).
    bool presenterViewAllowed() const { return m_presenterViewAllowed; }
    void setPresenterViewAllowed(bool allowed);
    // The screen the room would see the board on now: another screen than the window's,
    // or null with a single screen.
    QScreen *audienceScreenCandidate() const;
    bool namesHidden() const { return m_namesHidden; }
    MeetingTimerWidget *timerWidget() const { return m_timerWidget; }

    // The cards shown at full strength: the read-back route through the current card
    // (empty when no card is current: then nothing fades).
    QStringList emphasisedPath() const { return m_path; }

public Q_SLOTS:
    void enter();
    void leave();
    void setActive(bool active);
    void setNamesHidden(bool hidden);
    // The board got a new scene (another session was opened).
    void sceneChanged();

Q_SIGNALS:
    void activeChanged(bool active);
    void namesHiddenChanged(bool hidden);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BoardScene *scene() const;
    void connectScene();
    void refresh();
    void refreshEmphasis();
    void clearEmphasis();
    void placeTimer();
    void enterOneScreen();
    void enterPresenterView(QScreen *screen);
    void presentOn(const QSize &size);
    void screensChanged();

    QPointer<QMainWindow> m_window;
    QPointer<BoardView> m_view;
    QPointer<MeetingTimer> m_timer;
    MeetingTimerWidget *m_timerWidget = nullptr;
    QPointer<BoardScene> m_connectedScene;
    QList<QMetaObject::Connection> m_sceneConnections;
    bool m_active = false;
    bool m_presenterViewAllowed = true;
    QPointer<AudienceScreen> m_audience;
    bool m_namesHidden = false;
    QStringList m_path;
    QHash<QString, qreal> m_raised; // cards' own z values while the path is lifted

    // What projector mode changed, to put back on leaving.
    QByteArray m_windowState;
    Qt::WindowStates m_windowStates;
    bool m_menuBarVisible = true;
    bool m_statusBarVisible = true;
    BoardTheme m_theme;
    qreal m_zoom = 1.0;
    QPointF m_centre;
    QList<QAction *> m_borrowedActions;
};

} // namespace Whyboard
