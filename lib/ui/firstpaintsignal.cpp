// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstpaintsignal.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Whyboard {

void FirstPaintSignal::installIfRequested(QWidget *window)
{
    if (qEnvironmentVariableIsSet("WHYBOARD_QUIT_AFTER_FIRST_PAINT"))
        qApp->installEventFilter(new FirstPaintSignal(window));
}

FirstPaintSignal::FirstPaintSignal(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

bool FirstPaintSignal::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_painted = true;
        // Once this paint (and the ones queued with it) has reached the screen.
        QTimer::singleShot(0, qApp, [] {
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return false;
}

} // namespace Whyboard
