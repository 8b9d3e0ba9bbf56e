// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;

namespace Whyboard {

class ActionBalanceWidget;
class ChecksPanel;
class MainWindow;
class MeetingTimer;
class ProjectorMode;
class ReadBackView;
class SessionDocument;

// The facilitation tools in the main window: the Facilitation menu (read back, projector
// mode, hide names, meeting timer), the Checks dock and the Action balance dock. Keeps the
// main window's own wiring to one line.
class FacilitationMenu : public QObject
{
    Q_OBJECT

public:
    explicit FacilitationMenu(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *readBackAction() const { return m_readBack; }
    QAction *projectorAction() const { return m_projector; }
    QAction *hideNamesAction() const { return m_hideNames; }
    ChecksPanel *checksPanel() const { return m_checks; }
    ActionBalanceWidget *actionBalance() const { return m_balance; }
    ReadBackView *readBackView() const { return m_readBackView; }
    ProjectorMode *projectorMode() const { return m_projectorMode; }
    MeetingTimer *meetingTimer() const { return m_timer; }

private:
    void documentChanged(SessionDocument *document);

    QPointer<MainWindow> m_window;
    QMenu *m_menu = nullptr;
    QAction *m_readBack = nullptr;
    QAction *m_projector = nullptr;
    QAction *m_hideNames = nullptr;
    ChecksPanel *m_checks = nullptr;
    ActionBalanceWidget *m_balance = nullptr;
    QDockWidget *m_checksDock = nullptr;
    QDockWidget *m_balanceDock = nullptr;
    ReadBackView *m_readBackView = nullptr;
    ProjectorMode *m_projectorMode = nullptr;
    MeetingTimer *m_timer = nullptr;
};

} // namespace Whyboard
