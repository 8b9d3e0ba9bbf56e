#pragma once

#include "data/session.h"
#include "storage/library.h"

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
class EmptySessionPage;
class MetricsStatus;
class OutlinePanel;
class RecentLibraries;
class SessionDocument;
class SessionDetailsPanel;
class SessionsPanel;
class TimelinePanel;

// The window: the board in the centre, the meeting's panels docked around it, menus,
// toolbar and status bar. It wires parts together and owns the open library and session;
// the parts themselves live in their own classes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a library file and its most recent session. On failure shows why (offering
    // read-only for a newer or busy library), keeps the current library and returns false.
    bool openLibrary(const QString &path, Library::OpenMode mode = Library::OpenMode::OpenExisting);
    bool openSession(SessionId id);

    Library *library() const { return m_library.get(); }
    SessionDocument *currentDocument() const { return m_document.get(); }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *sessionMenu() const { return m_sessionMenu; }
    QMenu *boardMenu() const { return m_boardMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }

    BoardView *boardView() const { return m_boardView; }
    BoardScene *boardScene() const { return m_scene; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    ActionItemsPanel *actionItemsPanel() const { return m_actions; }
    SessionDetailsPanel *sessionDetailsPanel() const { return m_sessionDetailsPanel; }
    SessionsPanel *sessionsPanel() const { return m_sessions; }
    MetricsStatus *metricsStatus() const { return m_metrics; }
    BoardActions *boardActions() const { return m_boardActions; }
    OutlinePanel *outlinePanel() const { return m_outline; }
    QDockWidget *dock(const QString &objectName) const;
    // The banner over the board ("read-only ..."); empty when hidden.
    QString bannerText() const;

    // Dock layout and geometry, kept in QSettings between runs.
    void saveLayout() const;
    bool restoreLayout();

public Q_SLOTS:
    void newSession();
    void duplicateSession();
    // Deletes the open session (after asking, unless confirm is false); it can be restored.
    void deleteSession(bool confirm = true);
    void restoreDeletedSession();
    void saveCopy();
    void chooseLibraryToOpen();
    void chooseLibraryToCreate();
    void about();

Q_SIGNALS:
    void currentDocumentChanged(Whyboard::SessionDocument *document);
    void libraryChanged(Whyboard::Library *library);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createCentralArea();
    void createDocks();
    void createActions();
    void createMenus();
    void defaultLayout();
    void tabifyExtraDocks();
    void setDocument(std::unique_ptr<SessionDocument> document);
    void closeDocument();
    void updateTitle();
    void updateActions();
    void showOpenFailure(const QString &path, LibraryOpenError error, const QString &message);
    void linkCardSelection(const QStringList &cardIds);
    void showCardsOf(const QStringList &cardIds);

    std::unique_ptr<Library> m_library;
    std::unique_ptr<SessionDocument> m_document;
    QList<Session> m_deletedSessions;

    QUndoGroup *m_undoGroup = nullptr;
    QStackedWidget *m_centre = nullptr;
    QLabel *m_banner = nullptr;
    EmptySessionPage *m_emptyPage = nullptr;
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
    RecentLibraries *m_recent = nullptr;
    QList<QDockWidget *> m_docks;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_sessionMenu = nullptr;
    QMenu *m_boardMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_newSession = nullptr;
    QAction *m_duplicateSession = nullptr;
    QAction *m_deleteSession = nullptr;
    QAction *m_restoreSession = nullptr;
    QAction *m_openLibrary = nullptr;
    QAction *m_newLibrary = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_addEvent = nullptr;
    QAction *m_pasteChatLog = nullptr;
    QAction *m_addActionItem = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_resetLayout = nullptr;
    QAction *m_about = nullptr;
    QByteArray m_defaultState;
};

} // namespace Whyboard
