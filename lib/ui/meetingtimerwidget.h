// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/meetingtimer.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QToolButton;

namespace Whyboard {

// The meeting clock as the room sees it: the three phases with their time boxes, the current
// phase's remaining time in large type (red once over), and start/pause and phase buttons.
// Right-click sets the time boxes.
class MeetingTimerWidget : public QFrame
{
    Q_OBJECT

public:
    explicit MeetingTimerWidget(QWidget *parent = nullptr);

    void setTimer(MeetingTimer *timer);
    MeetingTimer *timer() const { return m_timer; }

    // Projector size: everything larger.
    void setLarge(bool large);

    // What the big number says, e.g. "12:30 left" or "2:05 over".
    QString remainingText() const;
    QString phaseText(MeetingTimer::Phase phase) const;
    // The phase's label text, e.g. "Timeline 0:01 / 15:00"; with the big number from the same
    // reading, elapsed + remaining is the time box.
    static QString phaseText(const MeetingTimer::Reading &reading, MeetingTimer::Phase phase);
    static QString remainingText(const MeetingTimer::Reading &reading);
    // The phase labels as shown (plain text, one per phase) and the big number.
    QString shownPhaseText(MeetingTimer::Phase phase) const;
    QString shownRemainingText() const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateDisplay();
    void applyFonts();
    void editTimeBox(MeetingTimer::Phase phase);

    QPointer<MeetingTimer> m_timer;
    bool m_large = false;
    QLabel *m_phaseLabels[3] = {nullptr, nullptr, nullptr};
    QLabel *m_remaining = nullptr;
    QToolButton *m_startPause = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QMetaObject::Connection m_connection;
};

} // namespace Whyboard
