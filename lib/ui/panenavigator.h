// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace Whyboard {

// Moving between the board and the panels without a mouse: F6 and Shift+F6 go to the next or
// previous pane (the board, then each open panel), Alt+0 to the board and Alt+1… to the panels
// in the View menu's order. Tab inside a table goes on to the next field rather than
// round its cells, and in a text box to the next field rather than into the text, so that Tab
// and Shift+Tab also reach the board from any panel.
class PaneNavigator : public QObject
{
    Q_OBJECT

public:
    PaneNavigator(QMainWindow *window, QWidget *board);

    // One action per pane (board first), and next/previous pane.
    QList<QAction *> actions() const;
    // Takes every dock the window has now (call once the docks are made).
    void followDocks();

    // The pane that holds the focus: the board, a dock, or null.
    QWidget *currentPane() const;
    void focusPane(QWidget *pane);
    void focusNext(bool forward);

private:
    QList<QWidget *> panes() const;
    static QWidget *firstFocusable(QWidget *pane);

    QPointer<QMainWindow> m_window;
    QPointer<QWidget> m_board;
    QList<QPointer<QDockWidget>> m_docks;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_toBoard = nullptr;
    QList<QAction *> m_toDock;
};

} // namespace Whyboard
