// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace Whyboard {

// View › Show Panels (F9): one key hides every panel so the board has the whole window, and
// brings back the same panels. Showing any panel by itself counts as showing the panels.
class PanelsToggle : public QObject
{
    Q_OBJECT

public:
    explicit PanelsToggle(QMainWindow *window);

    QAction *action() const { return m_action; }
    bool panelsShown() const;

public Q_SLOTS:
    void setPanelsShown(bool shown);

private:
    QList<QDockWidget *> docks() const;
    void followDocks();

    QPointer<QMainWindow> m_window;
    QAction *m_action = nullptr;
    QList<QPointer<QDockWidget>> m_hidden; // what hiding took away, to bring back
    bool m_switching = false;
};

} // namespace Whyboard
