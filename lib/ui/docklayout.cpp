// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/docklayout.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QTabBar>

#include <algorithm>

namespace Whyboard {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
} // namespace

QDockWidget *DockLayout::find(const QList<QDockWidget *> &docks, const QString &objectName)
{
    for (QDockWidget *each : docks) {
        if (each->objectName() == objectName)
            return each;
    }
    return nullptr;
}

void DockLayout::arrange(QMainWindow *window, const QList<QDockWidget *> &docks)
{
    QDockWidget *sessions = find(docks, QStringLiteral("sessionsDock"));
    QDockWidget *session = find(docks, QStringLiteral("sessionDock"));
    QDockWidget *undo = find(docks, QStringLiteral("undoDock"));
    QDockWidget *outline = find(docks, QStringLiteral("outlineDock"));
    QDockWidget *timeline = find(docks, QStringLiteral("timelineDock"));
    QDockWidget *actions = find(docks, QStringLiteral("actionItemsDock"));
    for (QDockWidget *each : docks) {
        each->setFloating(false);
        each->show();
    }
    // One side bar on the right, two tab groups high: the board keeps the window's full
    // height, which a chain five whys deep needs, and most of its width.
    window->setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    window->addDockWidget(Qt::RightDockWidgetArea, session);
    window->splitDockWidget(session, timeline, Qt::Vertical);
    window->tabifyDockWidget(session, outline);
    window->tabifyDockWidget(outline, undo);
    window->tabifyDockWidget(timeline, actions);
    window->tabifyDockWidget(actions, sessions);
    session->raise();
    timeline->raise();
    window->resizeDocks({session}, {sideBarWidth}, Qt::Horizontal);
    window->resizeDocks({session, timeline}, {1, 1}, Qt::Vertical);
}

void DockLayout::tabifyOthers(QMainWindow *window, const QList<QDockWidget *> &docks)
{
    // On a 1080p projector the details need the full height: no panel shares it beside them.
    QDockWidget *undo = find(docks, QStringLiteral("undoDock"));
    const QList<QDockWidget *> all = window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDockWidget *other : all) {
        if (!docks.contains(other) && window->dockWidgetArea(other) == Qt::RightDockWidgetArea
            && window->tabifiedDockWidgets(other).isEmpty())
            window->tabifyDockWidget(undo, other);
    }
    find(docks, QStringLiteral("sessionDock"))->raise();
    fitSideBarToTabs(window);
}

void DockLayout::fitSideBarToTabs(QMainWindow *window)
{
    const QFontMetrics metrics = window->fontMetrics();
    int needed = sideBarWidth;
    QDockWidget *anyRight = nullptr;
    QSet<QDockWidget *> counted;
    const QList<QDockWidget *> all = window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : all) {
        if (counted.contains(dock) || window->dockWidgetArea(dock) != Qt::RightDockWidgetArea || dock->isFloating())
            continue;
        anyRight = dock;
        QList<QDockWidget *> group = window->tabifiedDockWidgets(dock);
        group.prepend(dock);
        int width = 0;
        for (QDockWidget *member : group) {
            counted.insert(member);
            // The title and the tab's own margins.
            width += metrics.horizontalAdvance(member->windowTitle()) + metrics.averageCharWidth() * 4;
        }
        needed = std::max(needed, width);
    }
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        needed = std::min(needed, screen->availableSize().width() * 2 / 5);
    if (anyRight)
        window->resizeDocks({anyRight}, {needed}, Qt::Horizontal);
    for (QTabBar *bar : window->findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
}

void DockLayout::save(const QMainWindow *window)
{
    QSettings settings;
    settings.setValue(geometryKey, window->saveGeometry());
    settings.setValue(stateKey, window->saveState(version));
}

bool DockLayout::restore(QMainWindow *window)
{
    QSettings settings;
    // Docks first: restoring them can grow the window, and the saved size must win.
    const QByteArray state = settings.value(stateKey).toByteArray();
    const bool restored = !state.isEmpty() && window->restoreState(state, version);
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    return restored;
}

} // namespace Whyboard
