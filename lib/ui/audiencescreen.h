// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QScreen;

namespace Whyboard {

class BoardScene;
class BoardView;
class MeetingTimer;
class MeetingTimerWidget;

// The presenter view's second screen: the board full screen as the room sees it, with the
// meeting timer in a corner, while the laptop keeps the window, its panels and the timer's
// controls. It shows the window's own board scene, so every edit appears on both at once; it
// never takes the keyboard from the laptop.
class AudienceScreen : public QWidget
{
    Q_OBJECT

public:
    explicit AudienceScreen(MeetingTimer *timer, QWidget *parent = nullptr);
    ~AudienceScreen() override;

    BoardView *view() const { return m_view; }
    MeetingTimerWidget *timerWidget() const { return m_timerWidget; }

    void setBoardScene(BoardScene *scene);
    // Full screen on that screen.
    void showOn(QScreen *screen);

Q_SIGNALS:
    // The board's area changed size (the window reached its screen, or the screen changed).
    void boardResized(const QSize &size);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeTimer();

    BoardView *m_view = nullptr;
    MeetingTimerWidget *m_timerWidget = nullptr;
};

} // namespace Whyboard
