// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace Whyboard {

// Start-up benchmarks time a launch to the first painted window: with the environment
// variable WHYBOARD_QUIT_AFTER_FIRST_PAINT set, the program writes "painted" on stdout once
// the window has painted for the first time, and quits.
class FirstPaintSignal : public QObject
{
    Q_OBJECT

public:
    // Installs the watcher on window when the variable is set; does nothing otherwise.
    static void installIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintSignal(QWidget *window);

    QWidget *m_window;
    bool m_painted = false;
};

} // namespace Whyboard
