// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "board/boardactions.h"
#include "board/boardscene.h"
#include "board/boardeditor.h"
#include "board/boardminimap.h"
#include "board/boardview.h"
#include "board/checkbadges.h"
#include "document/sessiondocument.h"
#include "ui/actionitemspanel.h"
#include "ui/boarddrophandler.h"
#include "ui/cardinspectorpanel.h"
#include "ui/centralarea.h"
#include "ui/leasebanner.h"
#include "ui/emptysessionpage.h"
#include "ui/exportactions.h"
#include "ui/facilitationmenu.h"
#include "ui/followupspage.h"
#include "ui/fishbonepage.h"
#include "ui/desktopidentity.h"
#include "ui/docklayout.h"
#include "ui/libraryactions.h"
#include "ui/librarydialogs.h"
#include "ui/libraryoverviewpage.h"
#include "ui/metricsstatus.h"
#include "ui/namemask.h"
#include "ui/panenavigator.h"
#include "ui/roomindicators.h"
#include "ui/shortcutsdialog.h"
#include "ui/outlinepanel.h"
#include "ui/panelstoggle.h"
#include "ui/parkinglotpanel.h"
#include "ui/sessionactions.h"
#include "ui/sessiondetailspanel.h"
#include "itemmodels/sessionlistmodel.h"
#include "ui/sessionspanel.h"
#include "ui/steadytoolaction.h"
#include "ui/timelinepanel.h"
#include "ui/timelinesourceactions.h"
#include "ui/windowtitle.h"
#include "ui/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

namespace Whyboard {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_nameMask(new NameMask(this))
{
    connect(m_workspace, &Workspace::libraryChanged, this, &MainWindow::followLibrary);
    connect(m_workspace, &Workspace::documentChanged, this, &MainWindow::followDocument);
    // The installed theme's icon (sharp at every size), else the built-in drawing.
    setWindowIcon(QIcon::fromTheme(QLatin1String(DesktopIdentity::id), QIcon(QStringLiteral(":/icons/whyboard.svg"))));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    createCentralArea();
    createDocks();
    createActions();
    createMenus();
    ExportActions::install(this); // File › Export …, Print…, Print Preview…
    m_metrics = new MetricsStatus(this);
    statusBar()->addPermanentWidget(m_metrics);
    DockLayout::arrange(this, m_docks);
    new FacilitationMenu(this); // its docks join the default layout
    CardInspectorPanel::install(this);
    ParkingLotPanel::install(this);
    FollowUpsPage::install(this); // View › Follow-ups (Ctrl+3), its exports, the review a new session offers
    LibraryOverviewPage::install(this); // View › Library Overview (Ctrl+4), File › Export › Library Report…
    FishbonePage::install(this); // View › Fishbone (Ctrl+2), File › Export › Fishbone…
    DockLayout::tabifyOthers(this, m_docks);
    m_viewMenu->insertAction(m_resetLayout, (new PanelsToggle(this))->action()); // F9: every panel
    finishRoomTools();
    m_defaultState = saveState(DockLayout::version);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.92);
    restoreLayout();
    followDocument(nullptr);
}

MainWindow::~MainWindow()
{
    m_workspace->closeSession();
}

Library *MainWindow::library() const
{
    return m_workspace->library();
}

SessionDocument *MainWindow::currentDocument() const
{
    return m_workspace->document();
}

void MainWindow::createCentralArea()
{
    m_central = new CentralArea(this);
    m_boardView = m_central->boardView();
    m_central->addBanner(new LeaseBanner(m_workspace, m_boardView, m_central));
    m_dropHandler = new BoardDropHandler(m_boardView, this);
    m_boardActions = new BoardActions(m_boardView, this);
    connect(m_dropHandler, &BoardDropHandler::related, this, [this](const QString &, int count) {
        statusBar()->showMessage(tr("Related %n item(s) to the card.", nullptr, count), 4000);
    });
    connect(m_central->emptyPage(), &EmptySessionPage::newSessionRequested, this, &MainWindow::newSession);
    connect(m_central->emptyPage(), &EmptySessionPage::openLibraryRequested, this, &MainWindow::chooseLibraryToOpen);
    setCentralWidget(m_central);
}

void MainWindow::createDocks()
{
    const auto addDock = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        m_docks << dock;
        return dock;
    };
    m_sessions = new SessionsPanel(this);
    connect(m_sessions, &SessionsPanel::sessionActivated, this, &MainWindow::openSession);
    addDock(m_sessions, tr("Sessions"), QStringLiteral("sessionsDock"), Qt::LeftDockWidgetArea);

    m_sessionDetailsPanel = new SessionDetailsPanel(this);
    addDock(m_sessionDetailsPanel, tr("Session"), QStringLiteral("sessionDock"), Qt::RightDockWidgetArea);

    m_outline = new OutlinePanel(this);
    addDock(m_outline, tr("Outline"), QStringLiteral("outlineDock"), Qt::RightDockWidgetArea);

    auto *undoView = new QUndoView(m_undoGroup, this);
    undoView->setEmptyLabel(tr("<opened>"));
    addDock(undoView, tr("Undo History"), QStringLiteral("undoDock"), Qt::RightDockWidgetArea);

    m_timeline = new TimelinePanel(this);
    addDock(m_timeline, tr("Timeline"), QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);
    m_actions = new ActionItemsPanel(this);
    addDock(m_actions, tr("Action Items"), QStringLiteral("actionItemsDock"), Qt::BottomDockWidgetArea);

    // Linking the views: an event or action shows its cards; a card shows its events and actions.
    connect(m_timeline, &TimelinePanel::eventsSelected, this, [this](const QStringList &eventIds, const QStringList &cardIds) {
        m_actions->setSelectedEvents(eventIds);
        showCardsOf(cardIds);
    });
    connect(m_actions, &ActionItemsPanel::actionsSelected, this,
            [this](const QStringList &, const QStringList &cardIds) { showCardsOf(cardIds); });
    connect(m_actions, &ActionItemsPanel::actionAdded, this, [this](const QString &, const QString &addresses) {
        showStatus(addresses.isEmpty() ? tr("Added an action item that addresses nothing yet.")
                                       : tr("Added an action item for: %1").arg(addresses),
                   8000);
    });
    m_actions->setNameMask(m_nameMask);
    m_sessionDetailsPanel->setNameMask(m_nameMask);
}

// The meeting's keyboard and room aids, once every dock (the facilitation ones too) exists.
void MainWindow::finishRoomTools()
{
    m_panes = new PaneNavigator(this, m_boardView);
    m_panes->followDocks();
    auto *goTo = new QMenu(tr("&Go To"), this);
    goTo->addActions(m_panes->actions());
    m_viewMenu->insertMenu(m_resetLayout, goTo);
    m_nameMask->coverViews(this);
    m_indicators = new RoomIndicators(m_boardView, statusBar());
    connect(m_boardActions, &BoardActions::lockedChanged, m_indicators, &RoomIndicators::setLocked);
    connect(m_nameMask, &NameMask::changed, this, [this] {
        m_indicators->setNamesHidden(m_nameMask->isOn());
        updateTitle();
    });
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return DockLayout::find(m_docks, objectName);
}

QString MainWindow::bannerText() const
{
    return m_central->bannerText();
}

void MainWindow::createActions()
{
    m_sessionActions = new SessionActions(m_workspace, this);
    connect(m_sessionActions, &SessionActions::message, this, &MainWindow::showStatus);
    connect(m_sessionActions, &SessionActions::sessionCreated, this, &MainWindow::startFirstSentence);
    m_libraryActions = new LibraryActions(m_workspace, this);
    connect(m_libraryActions, &LibraryActions::message, this, &MainWindow::showStatus);
    m_quit = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redo->setShortcut(QKeySequence::Redo);
    m_toolUndo = SteadyToolAction::create(m_undo, tr("Undo"), this);
    m_toolRedo = SteadyToolAction::create(m_redo, tr("Redo"), this);

    m_addEvent = new QAction(QIcon::fromTheme(QStringLiteral("appointment-new")), tr("Add &Event"), this);
    m_addEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_addEvent, &QAction::triggered, this, [this] {
        dock(QStringLiteral("timelineDock"))->raise();
        m_timeline->addEvent();
    });
    m_timelineSources = new TimelineSourceActions(m_timeline, this);
    m_addActionItem = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add &Action Item"), this);
    m_addActionItem->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addActionItem->setStatusTip(tr("Add an action item linked to the selected cards or events"));
    connect(m_addActionItem, &QAction::triggered, this, [this] {
        dock(QStringLiteral("actionItemsDock"))->raise();
        m_actions->quickAdd();
    });

    m_fullScreen = new QAction(tr("&Full Screen"), this);
    m_fullScreen->setShortcut(QKeySequence::FullScreen);
    m_fullScreen->setCheckable(true);
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    m_resetLayout = new QAction(tr("Reset &Panel Layout"), this);
    connect(m_resetLayout, &QAction::triggered, this, [this] { restoreState(m_defaultState, DockLayout::version); });
    m_about = new QAction(tr("&About Whyboard"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
    m_shortcuts = new QAction(QIcon::fromTheme(QStringLiteral("help-keybord-shortcuts")), tr("&Keyboard Shortcuts"), this);
    m_shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Question),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Question)});
    m_shortcuts->setShortcutContext(Qt::ApplicationShortcut);
    m_shortcuts->setStatusTip(tr("Every key of the window, in large type"));
    connect(m_shortcuts, &QAction::triggered, this, [this] { ShortcutsDialog::showFor(this); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addActions(m_sessionActions->actions());
    m_fileMenu->addSeparator();
    m_libraryActions->addToMenu(m_fileMenu);
    m_fileMenu->addSeparator();
    // Export and print actions go before this separator (the FileExport place); Quit stays last.
    m_fileExportEnd = m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    // The sessions list offers what can be done to a session.
    m_sessions->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_sessions->view()->addActions(m_sessionActions->actions());

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_boardActions->editActions());

    m_sessionMenu = menuBar()->addMenu(tr("&Session"));
    m_sessionMenu->addAction(m_addEvent);
    m_sessionMenu->addActions(m_timelineSources->actions());
    m_sessionMenu->addAction(m_addActionItem);

    m_boardMenu = menuBar()->addMenu(tr("&Board"));
    m_boardMenu->addAction(m_boardActions->linkMode());
    m_boardMenu->addAction(m_boardActions->lockBoard());
    m_boardMenu->addSeparator();
    m_boardMenu->addActions(m_boardActions->viewActions());
    m_boardMenu->addSeparator();
    auto *themes = m_boardMenu->addMenu(tr("&Theme"));
    themes->addActions(m_boardActions->themeGroup()->actions());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions(m_central->pageActions());
    m_viewPagesEnd = m_viewMenu->addSeparator();
    for (QDockWidget *each : std::as_const(m_docks))
        m_viewMenu->addAction(each->toggleViewAction());
    m_viewMenu->addAction(m_resetLayout);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreen);
    m_viewMenu->addAction(m_central->miniMap()->toggleAction());

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_sessionActions->newSession());
    m_toolBar->addAction(m_libraryActions->openLibrary());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_toolUndo);
    m_toolBar->addAction(m_toolRedo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_boardActions->addWhy());
    m_toolBar->addAction(m_boardActions->linkMode());
    m_toolBar->addAction(m_boardActions->autoLayout());
    m_toolBar->addAction(m_boardActions->snapToGrid());
    m_toolBar->addAction(m_boardActions->fitToView());
    m_toolBar->addAction(m_boardActions->lockBoard());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_addEvent);
    m_toolBar->addAction(m_addActionItem);
    m_viewMenu->insertAction(m_resetLayout, m_toolBar->toggleViewAction());
}

bool MainWindow::openLibrary(const QString &path, Library::OpenMode mode)
{
    return m_libraryActions->open(path, mode);
}

bool MainWindow::openSession(SessionId id)
{
    if (m_workspace->openSession(id))
        return true;
    statusBar()->showMessage(m_workspace->lastError(), 8000);
    return false;
}

void MainWindow::followLibrary(Library *library)
{
    connect(library, &Library::writeFailed, this, [this](const QString &reason) { LibraryDialogs::writeFailure(this, reason); });
    connect(library, &Library::connectionLost, m_central, &CentralArea::setConnectionNotice);
    connect(library, &Library::reconnected, this, [this] { statusBar()->showMessage(m_central->connectionRestored(), 15000); });
    m_sessions->setLibrary(library);
    Q_EMIT libraryChanged(library);
}

void MainWindow::followDocument(SessionDocument *doc)
{
    if (!doc) {
        // Whoever follows the current document lets go of it before it goes away.
        Q_EMIT currentDocumentChanged(nullptr);
        m_outline->setBoardScene(nullptr);
        m_boardView->setBoardScene(nullptr);
        delete m_scene;
        m_scene = nullptr;
        for (QUndoStack *stack : m_undoGroup->stacks())
            m_undoGroup->removeStack(stack);
    } else {
        m_undoGroup->addStack(doc->undoStack());
        m_undoGroup->setActiveStack(doc->undoStack());
        m_scene = new BoardScene(doc, this);
        // Badges (Checks dock open or not) and the view's theme resize cards: links route once, at the end.
        const BoardScene::RoutingBatch batch(m_scene);
        new CheckBadges(doc, m_scene, m_scene);
        m_boardView->setBoardScene(m_scene);
        m_outline->setBoardScene(m_scene);
        connect(m_scene, &BoardScene::cardSelectionChanged, this, &MainWindow::linkCardSelection);
        connect(m_scene, &BoardScene::gestureRefused, this, [this](const QString &reason) { showStatus(reason); });
        connect(doc, &SessionDocument::editRefused, this, [this](const QString &reason) { showStatus(reason); });
        connect(doc, &SessionDocument::sessionFieldChanged, this, [this, doc](SessionField field) {
            if (field == SessionField::Title)
                updateTitle();
            m_sessions->model()->updateSession(doc->session());
        });
        connect(doc, &SessionDocument::readOnlyChanged, this, [this] {
            updateTitle();
            updateActions();
        });
        // Fit once the view has its final size (layouts settle after this event).
        QTimer::singleShot(0, m_boardView, &BoardView::fitToView);
    }
    m_timeline->setDocument(doc);
    m_actions->setDocument(doc);
    m_sessionDetailsPanel->setDocument(doc);
    m_metrics->setDocument(doc);
    m_dropHandler->setDocument(doc);
    m_sessions->setCurrentSession(doc ? doc->sessionId() : 0);
    m_nameMask->setDocument(doc);
    updateTitle();
    updateActions();
    if (doc)
        Q_EMIT currentDocumentChanged(doc);
}

void MainWindow::updateTitle()
{
    const Library *library = m_workspace->library();
    const SessionDocument *document = m_workspace->document();
    setWindowTitle(WindowTitle::text(library, document, *m_nameMask));
    m_central->follow(library, document);
    if (!document && (!QApplication::focusWidget() || m_central->isAncestorOf(QApplication::focusWidget())))
        m_central->emptyPage()->setFocus(); // Enter or Space starts the first session
}

void MainWindow::updateActions()
{
    const bool editable = currentDocument() && !currentDocument()->isReadOnly();
    m_sessionActions->updateEnabled();
    m_addEvent->setEnabled(editable);
    m_timelineSources->setEditable(editable);
    m_addActionItem->setEnabled(editable);
}

void MainWindow::linkCardSelection(const QStringList &cardIds)
{
    // A card chosen on the board, not shown for an event: the event is no longer what the
    // room is talking about, so a new action item addresses the card alone.
    if (!m_showingCardsOf)
        m_actions->setSelectedEvents({});
    m_timeline->highlightCards(cardIds);
    m_actions->highlightCards(cardIds);
    m_actions->setSelectedCards(cardIds);
}

void MainWindow::showCardsOf(const QStringList &cardIds)
{
    if (!m_scene || cardIds.isEmpty())
        return;
    m_showingCardsOf = true;
    m_scene->selectCards(cardIds, true);
    m_showingCardsOf = false;
    m_boardView->ensureCardVisible(cardIds.first());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Whyboard"),
                       tr("<h3>Whyboard %1</h3><p>A whiteboard for blameless 5-Whys postmortems: the causal "
                          "chain on the board, the timeline and the action items beside it.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(m_nameMask->apply(text), timeoutMs);
}

// The room's first sentence goes straight into the problem card, replacing its prompt.
void MainWindow::startFirstSentence()
{
    const Card *problem = currentDocument() ? currentDocument()->session().problemCard() : nullptr;
    if (!m_scene || !problem)
        return;
    m_boardView->setFocus(Qt::OtherFocusReason);
    m_scene->editor()->editCard(problem->id);
    m_scene->editor()->selectEditedText();
}

void MainWindow::addAction(MenuPlace place, QAction *action)
{
    switch (place) {
    case MenuPlace::EditEnd:
        m_editMenu->addAction(action);
        break;
    case MenuPlace::FileExport:
        m_fileMenu->insertAction(m_fileExportEnd, action);
        break;
    case MenuPlace::ViewPages:
        m_viewMenu->insertAction(m_viewPagesEnd, action);
        break;
    case MenuPlace::ViewEnd:
        if (!m_viewHasContributions)
            m_viewMenu->addSeparator(); // between the window's own entries and the others'
        m_viewHasContributions = true;
        m_viewMenu->addAction(action);
        break;
    }
}

void MainWindow::addMenuBeforeHelp(QMenu *menu)
{
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Whyboard
