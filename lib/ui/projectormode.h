#pragma once

#include "board/boardtheme.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPointer>

class QAction;
class QMainWindow;

namespace Whyboard {

class BoardScene;
class BoardView;
class MeetingTimer;
class MeetingTimerWidget;

// Projector mode (F5): the window goes full screen with its chrome hidden, the board takes
// the high-contrast theme, the path through the current card stands out while the rest
// fades, and the meeting timer floats in a corner. Every shortcut keeps working; Esc leaves
// and puts back what was there.
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

    QPointer<QMainWindow> m_window;
    QPointer<BoardView> m_view;
    QPointer<MeetingTimer> m_timer;
    MeetingTimerWidget *m_timerWidget = nullptr;
    QPointer<BoardScene> m_connectedScene;
    QList<QMetaObject::Connection> m_sceneConnections;
    bool m_active = false;
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
