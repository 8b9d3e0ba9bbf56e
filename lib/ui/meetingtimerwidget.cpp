// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meetingtimerwidget.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace Whyboard {

namespace {

constexpr qint64 minute = 60 * 1000;

// Fixed colours: the widget floats over the board in any theme, so it brings its own backdrop.
const char *const timerStyleSheet =
    "QFrame#meetingTimer { background: #10141c; border-radius: 10px; }"
    "QLabel { color: #f5f7fa; background: transparent; }"
    "QToolButton { color: #f5f7fa; background: #2a3342; border: none; border-radius: 6px; padding: 4px 10px; }"
    "QToolButton:hover { background: #3a4558; }"
    "QToolButton:disabled { color: #7c8796; }";

} // namespace

MeetingTimerWidget::MeetingTimerWidget(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("meetingTimer"));
    setStyleSheet(QString::fromUtf8(timerStyleSheet));
    setAccessibleName(tr("Meeting timer"));

    auto *phases = new QHBoxLayout;
    phases->setSpacing(14);
    for (MeetingTimer::Phase phase : MeetingTimer::phases()) {
        auto *label = new QLabel(this);
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::RichText);
        m_phaseLabels[static_cast<int>(phase)] = label;
        phases->addWidget(label);
    }
    m_remaining = new QLabel(this);
    m_remaining->setAlignment(Qt::AlignCenter);

    const auto button = [this](const QString &text, const QString &toolTip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(toolTip);
        b->setFocusPolicy(Qt::NoFocus); // the board keeps the keyboard
        return b;
    };
    m_previous = button(QStringLiteral("◀"), tr("Previous phase"));
    m_startPause = button(tr("Start"), tr("Start or pause the meeting clock"));
    m_next = button(QStringLiteral("▶"), tr("Next phase"));
    connect(m_previous, &QToolButton::clicked, this, [this] {
        if (m_timer)
            m_timer->previousPhase();
    });
    connect(m_next, &QToolButton::clicked, this, [this] {
        if (m_timer)
            m_timer->nextPhase();
    });
    connect(m_startPause, &QToolButton::clicked, this, [this] {
        if (!m_timer)
            return;
        if (m_timer->isRunning())
            m_timer->pause();
        else
            m_timer->start();
    });

    auto *controls = new QHBoxLayout;
    controls->addStretch(1);
    controls->addWidget(m_previous);
    controls->addWidget(m_startPause);
    controls->addWidget(m_next);
    controls->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addLayout(phases);
    layout->addWidget(m_remaining);
    layout->addLayout(controls);
    applyFonts();
    updateDisplay();
}

void MeetingTimerWidget::setTimer(MeetingTimer *timer)
{
    disconnect(m_connection);
    m_timer = timer;
    if (timer)
        m_connection = connect(timer, &MeetingTimer::changed, this, &MeetingTimerWidget::updateDisplay);
    updateDisplay();
}

void MeetingTimerWidget::setLarge(bool large)
{
    m_large = large;
    applyFonts();
    adjustSize();
}

QString MeetingTimerWidget::remainingText() const
{
    if (!m_timer)
        return {};
    return remainingText(m_timer->read());
}

QString MeetingTimerWidget::remainingText(const MeetingTimer::Reading &reading)
{
    const qint64 remaining = reading.remaining(reading.phase);
    return remaining < 0 ? tr("%1 over").arg(MeetingTimer::formatSeconds(-remaining))
                         : tr("%1 left").arg(MeetingTimer::formatSeconds(remaining));
}

QString MeetingTimerWidget::phaseText(MeetingTimer::Phase phase) const
{
    if (!m_timer)
        return MeetingTimer::phaseName(phase);
    return phaseText(m_timer->read(), phase);
}

QString MeetingTimerWidget::phaseText(const MeetingTimer::Reading &reading, MeetingTimer::Phase phase)
{
    return tr("%1 %2 / %3")
        .arg(MeetingTimer::phaseName(phase), MeetingTimer::formatSeconds(reading.elapsed(phase)),
             MeetingTimer::formatSeconds(reading.timeBox(phase)));
}

void MeetingTimerWidget::updateDisplay()
{
    // One reading for every figure: the phase line and the big number agree to the second.
    const MeetingTimer::Reading reading = m_timer ? m_timer->read() : MeetingTimer::Reading();
    for (MeetingTimer::Phase phase : MeetingTimer::phases()) {
        QLabel *label = m_phaseLabels[static_cast<int>(phase)];
        const bool current = m_timer && reading.phase == phase;
        const bool over = m_timer && reading.isOverrun(phase);
        const QString colour = over ? QStringLiteral("#ff8a80") : current ? QStringLiteral("#ffd166") : QStringLiteral("#b8c2d0");
        const QString name = MeetingTimer::phaseName(phase).toHtmlEscaped();
        const QString times = m_timer ? QStringLiteral("%1 / %2").arg(MeetingTimer::formatSeconds(reading.elapsed(phase)),
                                                                     MeetingTimer::formatSeconds(reading.timeBox(phase)))
                                      : QString();
        label->setText(QStringLiteral("<span style='color:%1'>%2%3%4<br>%5</span>")
                           .arg(colour, current ? QStringLiteral("<b>") : QString(), name,
                                current ? QStringLiteral("</b>") : QString(), times));
        label->setToolTip(m_timer ? phaseText(reading, phase) : MeetingTimer::phaseName(phase));
    }
    const bool over = m_timer && reading.isOverrun(reading.phase);
    m_remaining->setText(m_timer ? remainingText(reading) : tr("No timer"));
    m_remaining->setStyleSheet(over ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #f5f7fa;"));
    m_startPause->setText(m_timer && m_timer->isRunning() ? tr("Pause") : tr("Start"));
    m_startPause->setEnabled(m_timer);
    m_previous->setEnabled(m_timer && m_timer->currentPhase() != MeetingTimer::Phase::Timeline);
    m_next->setEnabled(m_timer && m_timer->currentPhase() != MeetingTimer::Phase::Actions);
}

QString MeetingTimerWidget::shownPhaseText(MeetingTimer::Phase phase) const
{
    QTextDocument html;
    html.setHtml(m_phaseLabels[static_cast<int>(phase)]->text());
    return html.toPlainText().simplified();
}

QString MeetingTimerWidget::shownRemainingText() const
{
    return m_remaining->text();
}

void MeetingTimerWidget::applyFonts()
{
    QFont phase = font();
    phase.setPixelSize(m_large ? 20 : 13);
    for (QLabel *label : m_phaseLabels)
        label->setFont(phase);
    QFont big = font();
    big.setPixelSize(m_large ? 48 : 26);
    big.setBold(true);
    big.setStyleHint(QFont::Monospace);
    m_remaining->setFont(big);
    QFont buttons = font();
    buttons.setPixelSize(m_large ? 18 : 13);
    for (QToolButton *b : {m_previous, m_startPause, m_next})
        b->setFont(buttons);
}

void MeetingTimerWidget::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_timer)
        return;
    QMenu menu(this);
    for (MeetingTimer::Phase phase : MeetingTimer::phases()) {
        menu.addAction(tr("Time Box for %1…").arg(MeetingTimer::phaseName(phase)), this,
                       [this, phase] { editTimeBox(phase); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Clock"), m_timer.data(), &MeetingTimer::reset);
    menu.exec(event->globalPos());
}

void MeetingTimerWidget::editTimeBox(MeetingTimer::Phase phase)
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(this, tr("Time Box"),
                                             tr("Minutes for %1:").arg(MeetingTimer::phaseName(phase)),
                                             int(m_timer->timeBox(phase) / minute), 1, 600, 1, &ok);
    if (ok && m_timer)
        m_timer->setTimeBox(phase, minutes * minute);
}

} // namespace Whyboard
