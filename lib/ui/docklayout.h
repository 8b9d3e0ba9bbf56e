// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QDockWidget;
class QMainWindow;

namespace Whyboard {

// Where the window's panels go: the default arrangement, the tab group that panels added by
// other parts join, and the layout kept in QSettings between runs.
class DockLayout
{
public:
    // 2: the panels moved into one side bar; layouts saved before give way to it.
    static constexpr int version = 2;
    static constexpr int sideBarWidth = 380;

    static QDockWidget *find(const QList<QDockWidget *> &docks, const QString &objectName);
    // The board is what the room reads: the panels share one narrow side bar on the right, in
    // two tab groups (the session's details, outline, checks and history above; the timeline,
    // action items and sessions below).
    static void arrange(QMainWindow *window, const QList<QDockWidget *> &docks);
    // Panels that other parts added on the right join the details' tab group; then the side
    // bar widens until every tab shows its whole title (up to 40% of the screen).
    static void tabifyOthers(QMainWindow *window, const QList<QDockWidget *> &docks);

    // Tab titles are never cut ("Sess…"): past the side bar's width the tabs scroll.
    static void fitSideBarToTabs(QMainWindow *window);

    static void save(const QMainWindow *window);
    static bool restore(QMainWindow *window);
};

} // namespace Whyboard
