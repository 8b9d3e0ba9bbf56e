// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "storage/library.h"
#include "ui/docklayout.h"
#include "ui/libraryactions.h"
#include "ui/sessionactions.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QUndoGroup;

namespace Whyboard {

class ActionItemsPanel;
class BoardActions;
class BoardDropHandler;
class BoardScene;
class BoardView;
class CentralArea;
class EmptySessionPage;
class MetricsStatus;
class NameMask;
class PaneNavigator;
class RoomIndicators;
class OutlinePanel;
class SessionDocument;
class SessionDetailsPanel;
class SessionsPanel;
class TimelinePanel;
class TimelineSourceActions;
class Workspace;

// The window: the board in the centre, the meeting's panels docked around it, menus,
// toolbar and status bar. It wires parts together; the open library and session belong to
// its Workspace, which the window and the panels follow.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Where other parts put their actions and menus, so that no part edits another's menus.
    enum class MenuPlace {
        EditEnd,    // the end of Edit, where Preferences… goes
        FileExport, // File, after the library actions and before Quit
        ViewEnd,    // the end of View
        ViewPages,  // the top of View, with the board and the other pages
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void addAction(MenuPlace place, QAction *action);
    using QWidget::addAction;
    // A menu of its own in the menu bar, before Help.
    void addMenuBeforeHelp(QMenu *menu);

    // Opens a library file and its most recent session. On failure shows why (offering
    // read-only for a newer or busy library), keeps the current library and returns false.
    bool openLibrary(const QString &path, Library::OpenMode mode = Library::OpenMode::OpenExisting);
    bool openSession(SessionId id);

    Workspace *workspace() const { return m_workspace; }
    Library *library() const;
    SessionDocument *currentDocument() const;
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *sessionMenu() const { return m_sessionMenu; }
    QMenu *boardMenu() const { return m_boardMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }

    CentralArea *centralArea() const { return m_central; }
    BoardView *boardView() const { return m_boardView; }
    BoardScene *boardScene() const { return m_scene; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    ActionItemsPanel *actionItemsPanel() const { return m_actions; }
    SessionDetailsPanel *sessionDetailsPanel() const { return m_sessionDetailsPanel; }
    SessionsPanel *sessionsPanel() const { return m_sessions; }
    MetricsStatus *metricsStatus() const { return m_metrics; }
    BoardActions *boardActions() const { return m_boardActions; }
    OutlinePanel *outlinePanel() const { return m_outline; }
    LibraryActions *libraryActions() const { return m_libraryActions; }
    PaneNavigator *paneNavigator() const { return m_panes; }
    // "Hide names" for every text the window shows (Facilitation › Hide Names).
    NameMask *nameMask() const { return m_nameMask; }
    RoomIndicators *roomIndicators() const { return m_indicators; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QDockWidget *dock(const QString &objectName) const;
    // The banner over the board ("read-only ..."); empty when hidden.
    QString bannerText() const;

    // Dock layout and geometry, kept in QSettings between runs.
    void saveLayout() const { DockLayout::save(this); }
    bool restoreLayout() { return DockLayout::restore(this); }

public Q_SLOTS:
    void newSession() { m_sessionActions->createSession(); }
    void duplicateSession() { m_sessionActions->duplicateSession(); }
    // Moves the open session to the trash (after asking, unless confirm is false).
    void deleteSession(bool confirm = true) { m_sessionActions->deleteSession(confirm); }
    // Restores a session from the trash; 0 asks which.
    void restoreDeletedSession(SessionId id = 0) { m_sessionActions->restoreFromTrash(id); }
    void emptyTrash(bool confirm = true) { m_sessionActions->emptyTrash(confirm); }
    void saveCopy() { m_libraryActions->saveCopy(); }
    void chooseLibraryToOpen() { m_libraryActions->chooseToOpen(); }
    void chooseLibraryToCreate() { m_libraryActions->chooseToCreate(); }
    void about();
    // Help › Keyboard Shortcuts: the sheet of every key, built from the menus.
    // A status-bar message, read through "hide names".
    void showStatus(const QString &text, int timeoutMs = 6000);

Q_SIGNALS:
    // Forwards of the Workspace's announcements, once the window has followed them.
    void currentDocumentChanged(Whyboard::SessionDocument *document);
    void libraryChanged(Whyboard::Library *library);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createCentralArea();
    void createDocks();
    void createActions();
    void createMenus();
    void followLibrary(Library *library);
    void followDocument(SessionDocument *document);
    void updateTitle();
    void updateActions();
    void linkCardSelection(const QStringList &cardIds);
    void showCardsOf(const QStringList &cardIds);
    void startFirstSentence();
    void finishRoomTools();

    Workspace *m_workspace = nullptr;
    SessionActions *m_sessionActions = nullptr;

    QUndoGroup *m_undoGroup = nullptr;
    CentralArea *m_central = nullptr;
    QAction *m_viewPagesEnd = nullptr;
    BoardView *m_boardView = nullptr;
    BoardScene *m_scene = nullptr;
    BoardDropHandler *m_dropHandler = nullptr;
    BoardActions *m_boardActions = nullptr;
    OutlinePanel *m_outline = nullptr;
    TimelinePanel *m_timeline = nullptr;
    ActionItemsPanel *m_actions = nullptr;
    SessionDetailsPanel *m_sessionDetailsPanel = nullptr;
    SessionsPanel *m_sessions = nullptr;
    MetricsStatus *m_metrics = nullptr;
    LibraryActions *m_libraryActions = nullptr;
    QList<QDockWidget *> m_docks;
    PaneNavigator *m_panes = nullptr;
    NameMask *m_nameMask = nullptr;
    RoomIndicators *m_indicators = nullptr;
    bool m_showingCardsOf = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_sessionMenu = nullptr;
    QMenu *m_boardMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_fileExportEnd = nullptr;
    bool m_viewHasContributions = false;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_addEvent = nullptr;
    TimelineSourceActions *m_timelineSources = nullptr;
    QAction *m_addActionItem = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_resetLayout = nullptr;
    QAction *m_about = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_toolUndo = nullptr; // the toolbar's Undo and Redo keep one width
    QAction *m_toolRedo = nullptr;
    QByteArray m_defaultState;
};

} // namespace Whyboard
