// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panenavigator.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QTextEdit>

#include <algorithm>

namespace Whyboard {

PaneNavigator::PaneNavigator(QMainWindow *window, QWidget *board)
    : QObject(window)
    , m_window(window)
    , m_board(board)
{
    m_next = new QAction(tr("Next &Panel"), this);
    m_next->setShortcut(QKeySequence(Qt::Key_F6));
    m_previous = new QAction(tr("Pre&vious Panel"), this);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_toBoard = new QAction(tr("Go to the &Board"), this);
    m_toBoard->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    for (QAction *action : {m_next, m_previous, m_toBoard}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    connect(m_next, &QAction::triggered, this, [this] { focusNext(true); });
    connect(m_previous, &QAction::triggered, this, [this] { focusNext(false); });
    connect(m_toBoard, &QAction::triggered, this, [this] { focusPane(m_board); });
}

void PaneNavigator::followDocks()
{
    if (!m_window)
        return;
    QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    // The same keys in every run, whatever order a restored layout left the docks in: the
    // meeting's panels first, then any other in the order of their names.
    // Alt+1 to Alt+9 go to the first nine; F6 reaches every one.
    static const QStringList order{QStringLiteral("sessionsDock"),    QStringLiteral("sessionDock"),
                                   QStringLiteral("timelineDock"),    QStringLiteral("actionItemsDock"),
                                   QStringLiteral("parkingLotDock"),  QStringLiteral("inspectorDock"),
                                   QStringLiteral("outlineDock"),     QStringLiteral("checksDock"),
                                   QStringLiteral("actionBalanceDock"), QStringLiteral("undoDock")};
    std::stable_sort(docks.begin(), docks.end(), [](const QDockWidget *a, const QDockWidget *b) {
        const auto rank = [](const QDockWidget *dock) {
            const int index = int(order.indexOf(dock->objectName()));
            return index < 0 ? int(order.size()) : index;
        };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a->objectName() < b->objectName();
    });
    int number = 1;
    for (QDockWidget *dock : docks) {
        m_docks.append(dock);
        // Tab leaves a table for the next field; the arrows move between its cells.
        for (QAbstractItemView *view : dock->findChildren<QAbstractItemView *>())
            view->setTabKeyNavigation(false);
        // Likewise a text box: Tab is the next field, not a tab character in the summary.
        for (QPlainTextEdit *edit : dock->findChildren<QPlainTextEdit *>())
            edit->setTabChangesFocus(true);
        for (QTextEdit *edit : dock->findChildren<QTextEdit *>())
            edit->setTabChangesFocus(true);
        // A panel that only shows (the action balance) still takes the focus, so its key works.
        if (QWidget *content = dock->widget()) {
            const QList<QWidget *> children = content->findChildren<QWidget *>();
            const bool focusable = std::any_of(children.cbegin(), children.cend(), [](const QWidget *child) {
                return child->focusPolicy() & Qt::TabFocus;
            });
            if (!focusable && !(content->focusPolicy() & Qt::TabFocus))
                content->setFocusPolicy(Qt::StrongFocus);
        }
        if (number > 9)
            continue;
        auto *action = new QAction(tr("Go to %1").arg(dock->windowTitle()), this);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        action->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(action);
        connect(action, &QAction::triggered, this, [this, dock] { focusPane(dock); });
        m_toDock.append(action);
        ++number;
    }
}

QList<QAction *> PaneNavigator::actions() const
{
    return QList<QAction *>{m_next, m_previous, m_toBoard} + m_toDock;
}

QList<QWidget *> PaneNavigator::panes() const
{
    QList<QWidget *> panes;
    if (m_board && m_board->isVisible())
        panes.append(m_board);
    for (const QPointer<QDockWidget> &dock : m_docks) {
        if (dock && dock->isVisible())
            panes.append(dock);
    }
    return panes;
}

QWidget *PaneNavigator::currentPane() const
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (w == m_board)
            return w;
        for (const QPointer<QDockWidget> &dock : m_docks) {
            if (w == dock)
                return w;
        }
    }
    return nullptr;
}

QWidget *PaneNavigator::firstFocusable(QWidget *pane)
{
    if (pane->focusPolicy() & Qt::TabFocus)
        return pane;
    // The panel's list or table first: it is what a panel is about.
    for (QAbstractItemView *view : pane->findChildren<QAbstractItemView *>()) {
        if (view->isVisibleTo(pane) && view->isEnabled() && (view->focusPolicy() & Qt::TabFocus))
            return view;
    }
    for (QWidget *child : pane->findChildren<QWidget *>()) {
        if (child->isVisibleTo(pane) && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus))
            return child;
    }
    return nullptr;
}

void PaneNavigator::focusPane(QWidget *pane)
{
    if (!pane)
        return;
    if (auto *dock = qobject_cast<QDockWidget *>(pane)) {
        dock->show();
        dock->raise();
    }
    if (QWidget *target = firstFocusable(pane))
        target->setFocus(Qt::ShortcutFocusReason);
}

void PaneNavigator::focusNext(bool forward)
{
    const QList<QWidget *> all = panes();
    if (all.isEmpty())
        return;
    const int current = int(all.indexOf(currentPane()));
    const int count = int(all.size());
    const int next = current < 0 ? (forward ? 0 : count - 1) : (current + (forward ? 1 : count - 1)) % count;
    focusPane(all.at(next));
}

} // namespace Whyboard
