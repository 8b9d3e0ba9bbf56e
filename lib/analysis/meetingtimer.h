// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QTimer;

namespace Whyboard {

// The facilitator's clock for the meeting: three phases, each with a time box, shown on the
// projector. The clock is injectable so that tests can move time by hand.
class MeetingTimer : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Timeline = 0, Whys = 1, Actions = 2 };
    Q_ENUM(Phase)

    // Milliseconds from any fixed origin, never going back.
    using Clock = std::function<qint64()>;

    explicit MeetingTimer(QObject *parent = nullptr);
    // A timer with its own clock does not tick by itself: call refresh() after moving time.
    explicit MeetingTimer(Clock clock, QObject *parent = nullptr);

    static QList<Phase> phases() { return {Phase::Timeline, Phase::Whys, Phase::Actions}; }
    static QString phaseName(Phase phase);

    qint64 timeBox(Phase phase) const; // milliseconds
    void setTimeBox(Phase phase, qint64 milliseconds);

    Phase currentPhase() const { return m_phase; }
    bool isRunning() const { return m_running; }

    qint64 elapsed(Phase phase) const;
    qint64 remaining(Phase phase) const; // negative once over the time box
    bool isOverrun(Phase phase) const;
    qint64 totalElapsed() const;
    qint64 totalTimeBox() const;

    // Every figure the clock shows, from one reading of the clock in whole seconds, so that
    // elapsed + remaining is the time box to the second in every phase.
    struct Reading
    {
        Phase phase = Phase::Timeline;
        bool running = false;
        qint64 elapsedSeconds[3] = {0, 0, 0};  // whole seconds done, never rounded up
        qint64 timeBoxSeconds[3] = {0, 0, 0};

        qint64 elapsed(Phase p) const { return elapsedSeconds[static_cast<int>(p)]; }
        qint64 timeBox(Phase p) const { return timeBoxSeconds[static_cast<int>(p)]; }
        qint64 remaining(Phase p) const { return timeBox(p) - elapsed(p); } // negative once over
        bool isOverrun(Phase p) const { return remaining(p) < 0; }
    };
    Reading read() const;

    // "12:05", or "−3:10" for a negative duration; hours when needed ("1:02:00"). Whole
    // seconds, cut rather than rounded, as read() counts them.
    static QString formatDuration(qint64 milliseconds);
    static QString formatSeconds(qint64 seconds);

public Q_SLOTS:
    void start();
    void pause();
    void setPhase(Whyboard::MeetingTimer::Phase phase);
    void nextPhase();
    void previousPhase();
    void reset();
    // Notices a time box running out; the real clock calls this every second.
    void refresh();

Q_SIGNALS:
    void phaseChanged(Whyboard::MeetingTimer::Phase phase);
    void runningChanged(bool running);
    void overrunStarted(Whyboard::MeetingTimer::Phase phase);
    // Anything shown changed: the time, the phase, a time box.
    void changed();

private:
    void settle(); // moves the running phase's time into its total
    int index(Phase phase) const { return static_cast<int>(phase); }

    Clock m_clock;
    QTimer *m_ticker = nullptr;
    Phase m_phase = Phase::Timeline;
    bool m_running = false;
    qint64 m_since = 0;
    qint64 m_elapsed[3] = {0, 0, 0};
    qint64 m_timeBox[3];
    bool m_overrunNoticed[3] = {false, false, false};
};

} // namespace Whyboard
