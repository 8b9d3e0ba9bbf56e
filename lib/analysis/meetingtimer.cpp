// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/meetingtimer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace Whyboard {

namespace {

constexpr qint64 minute = 60 * 1000;

MeetingTimer::Clock steadyClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace

MeetingTimer::MeetingTimer(QObject *parent)
    : MeetingTimer(steadyClock(), parent)
{
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &MeetingTimer::refresh);
}

MeetingTimer::MeetingTimer(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    // An hour's postmortem: establish what happened, dig, then decide what to change.
    , m_timeBox{15 * minute, 30 * minute, 15 * minute}
{
}

QString MeetingTimer::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Timeline:
        return QCoreApplication::translate("MeetingTimer", "Timeline");
    case Phase::Whys:
        return QCoreApplication::translate("MeetingTimer", "Whys");
    case Phase::Actions:
        return QCoreApplication::translate("MeetingTimer", "Actions");
    }
    return {};
}

qint64 MeetingTimer::timeBox(Phase phase) const
{
    return m_timeBox[index(phase)];
}

void MeetingTimer::setTimeBox(Phase phase, qint64 milliseconds)
{
    m_timeBox[index(phase)] = qMax<qint64>(0, milliseconds);
    m_overrunNoticed[index(phase)] = isOverrun(phase);
    Q_EMIT changed();
}

qint64 MeetingTimer::elapsed(Phase phase) const
{
    qint64 result = m_elapsed[index(phase)];
    if (m_running && phase == m_phase)
        result += m_clock() - m_since;
    return result;
}

qint64 MeetingTimer::remaining(Phase phase) const
{
    return timeBox(phase) - elapsed(phase);
}

bool MeetingTimer::isOverrun(Phase phase) const
{
    return remaining(phase) < 0;
}

qint64 MeetingTimer::totalElapsed() const
{
    qint64 total = 0;
    for (Phase phase : phases())
        total += elapsed(phase);
    return total;
}

qint64 MeetingTimer::totalTimeBox() const
{
    return m_timeBox[0] + m_timeBox[1] + m_timeBox[2];
}

MeetingTimer::Reading MeetingTimer::read() const
{
    Reading reading;
    reading.phase = m_phase;
    reading.running = m_running;
    const qint64 now = m_running ? m_clock() : m_since;
    for (Phase phase : phases()) {
        qint64 elapsed = m_elapsed[index(phase)];
        if (m_running && phase == m_phase)
            elapsed += now - m_since;
        reading.elapsedSeconds[index(phase)] = elapsed / 1000;
        reading.timeBoxSeconds[index(phase)] = m_timeBox[index(phase)] / 1000;
    }
    return reading;
}

QString MeetingTimer::formatDuration(qint64 milliseconds)
{
    return formatSeconds(milliseconds / 1000);
}

QString MeetingTimer::formatSeconds(qint64 seconds)
{
    const bool negative = seconds < 0;
    if (negative)
        seconds = -seconds;
    const qint64 hours = seconds / 3600;
    seconds %= 3600;
    const QString body = hours > 0 ? QStringLiteral("%1:%2:%3")
                                         .arg(hours)
                                         .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                                         .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                                   : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return negative ? QStringLiteral("−") + body : body;
}

void MeetingTimer::start()
{
    if (m_running)
        return;
    m_since = m_clock();
    m_running = true;
    if (m_ticker)
        m_ticker->start();
    Q_EMIT runningChanged(true);
    Q_EMIT changed();
}

void MeetingTimer::pause()
{
    if (!m_running)
        return;
    settle();
    m_running = false;
    if (m_ticker)
        m_ticker->stop();
    Q_EMIT runningChanged(false);
    Q_EMIT changed();
}

void MeetingTimer::settle()
{
    if (!m_running)
        return;
    const qint64 now = m_clock();
    m_elapsed[index(m_phase)] += now - m_since;
    m_since = now;
}

void MeetingTimer::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    settle();
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
    Q_EMIT changed();
}

void MeetingTimer::nextPhase()
{
    if (m_phase != Phase::Actions)
        setPhase(static_cast<Phase>(index(m_phase) + 1));
}

void MeetingTimer::previousPhase()
{
    if (m_phase != Phase::Timeline)
        setPhase(static_cast<Phase>(index(m_phase) - 1));
}

void MeetingTimer::reset()
{
    pause();
    for (int i = 0; i < 3; ++i) {
        m_elapsed[i] = 0;
        m_overrunNoticed[i] = false;
    }
    setPhase(Phase::Timeline);
    Q_EMIT changed();
}

void MeetingTimer::refresh()
{
    if (m_running && !m_overrunNoticed[index(m_phase)] && isOverrun(m_phase)) {
        m_overrunNoticed[index(m_phase)] = true;
        Q_EMIT overrunStarted(m_phase);
    }
    Q_EMIT changed();
}

} // namespace Whyboard
