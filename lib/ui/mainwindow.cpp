#include "ui/mainwindow.h"

#include "board/boardactions.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/checkbadges.h"
#include "document/sessiondocument.h"
#include "ui/actionitemspanel.h"
#include "ui/boarddrophandler.h"
#include "ui/emptysessionpage.h"
#include "ui/exportactions.h"
#include "ui/facilitationmenu.h"
#include "ui/librarydialogs.h"
#include "ui/metricsstatus.h"
#include "ui/outlinepanel.h"
#include "ui/recentlibraries.h"
#include "ui/sessiondetailspanel.h"
#include "itemmodels/sessionlistmodel.h"
#include "ui/sessionspanel.h"
#include "ui/timelinepanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace Whyboard {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
constexpr int layoutVersion = 1;

QString lastSessionKey(const QString &libraryPath)
{
    return QStringLiteral("lastSession/") + QString::fromLatin1(libraryPath.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/whyboard.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    createCentralArea();
    createDocks();
    createActions();
    createMenus();
    ExportActions::install(this); // File › Export …, Print…, Print Preview…
    m_metrics = new MetricsStatus(this);
    statusBar()->addPermanentWidget(m_metrics);
    defaultLayout();
    new FacilitationMenu(this); // its docks join the default layout
    tabifyExtraDocks();
    m_defaultState = saveState(layoutVersion);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.92);
    restoreLayout();
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    closeDocument();
}

void MainWindow::createCentralArea()
{
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QLabel(centre);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_centre = new QStackedWidget(centre);
    m_boardView = new BoardView(m_centre);
    m_dropHandler = new BoardDropHandler(m_boardView, this);
    m_boardActions = new BoardActions(m_boardView, this);
    connect(m_dropHandler, &BoardDropHandler::related, this, [this](const QString &, int count) {
        statusBar()->showMessage(tr("Related %n item(s) to the card.", nullptr, count), 4000);
    });
    m_centre->addWidget(m_boardView);

    m_emptyPage = new EmptySessionPage(m_centre);
    connect(m_emptyPage, &EmptySessionPage::newSessionRequested, this, &MainWindow::newSession);
    connect(m_emptyPage, &EmptySessionPage::openLibraryRequested, this, &MainWindow::chooseLibraryToOpen);
    m_centre->addWidget(m_emptyPage);

    layout->addWidget(m_centre, 1);
    setCentralWidget(centre);
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
}

void MainWindow::defaultLayout()
{
    QDockWidget *sessions = dock(QStringLiteral("sessionsDock"));
    QDockWidget *session = dock(QStringLiteral("sessionDock"));
    QDockWidget *undo = dock(QStringLiteral("undoDock"));
    QDockWidget *outline = dock(QStringLiteral("outlineDock"));
    QDockWidget *timeline = dock(QStringLiteral("timelineDock"));
    QDockWidget *actions = dock(QStringLiteral("actionItemsDock"));
    for (QDockWidget *each : std::as_const(m_docks)) {
        each->setFloating(false);
        each->show();
    }
    // The board is what the room reads: the panels around it start no larger than they need.
    addDockWidget(Qt::LeftDockWidgetArea, sessions);
    addDockWidget(Qt::RightDockWidgetArea, session);
    addDockWidget(Qt::BottomDockWidgetArea, timeline);
    splitDockWidget(timeline, actions, Qt::Horizontal);
    tabifyDockWidget(session, outline);
    tabifyDockWidget(outline, undo);
    session->raise();
    resizeDocks({sessions, session}, {300, 420}, Qt::Horizontal);
    resizeDocks({timeline, actions}, {800, 800}, Qt::Horizontal);
    resizeDocks({timeline}, {240}, Qt::Vertical);
}

void MainWindow::tabifyExtraDocks()
{
    // Panels that other parts add beside the details join their tab group: on a 1080p
    // projector the details need the full height.
    QDockWidget *undo = dock(QStringLiteral("undoDock"));
    const QList<QDockWidget *> all = findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDockWidget *other : all) {
        if (!m_docks.contains(other) && dockWidgetArea(other) == Qt::RightDockWidgetArea && tabifiedDockWidgets(other).isEmpty())
            tabifyDockWidget(undo, other);
    }
    dock(QStringLiteral("sessionDock"))->raise();
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    for (QDockWidget *each : m_docks) {
        if (each->objectName() == objectName)
            return each;
    }
    return nullptr;
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void MainWindow::createActions()
{
    m_newSession = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Session"), this);
    m_newSession->setShortcut(QKeySequence::New);
    m_newSession->setStatusTip(tr("Start a new postmortem in this library"));
    connect(m_newSession, &QAction::triggered, this, &MainWindow::newSession);

    m_duplicateSession = new QAction(tr("&Duplicate Session"), this);
    connect(m_duplicateSession, &QAction::triggered, this, &MainWindow::duplicateSession);
    m_deleteSession = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("De&lete Session…"), this);
    connect(m_deleteSession, &QAction::triggered, this, [this] { deleteSession(true); });
    m_restoreSession = new QAction(tr("&Restore Deleted Session"), this);
    connect(m_restoreSession, &QAction::triggered, this, &MainWindow::restoreDeletedSession);

    m_openLibrary = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Library…"), this);
    m_openLibrary->setShortcut(QKeySequence::Open);
    connect(m_openLibrary, &QAction::triggered, this, &MainWindow::chooseLibraryToOpen);
    m_newLibrary = new QAction(tr("New &Library…"), this);
    connect(m_newLibrary, &QAction::triggered, this, &MainWindow::chooseLibraryToCreate);
    m_saveCopy = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save a &Copy…"), this);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopy, &QAction::triggered, this, &MainWindow::saveCopy);
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

    m_addEvent = new QAction(QIcon::fromTheme(QStringLiteral("appointment-new")), tr("Add &Event"), this);
    m_addEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_addEvent, &QAction::triggered, this, [this] {
        dock(QStringLiteral("timelineDock"))->raise();
        m_timeline->addEvent();
    });
    m_pasteChatLog = new QAction(tr("&Paste Chat Log…"), this);
    m_pasteChatLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_pasteChatLog, &QAction::triggered, m_timeline, &TimelinePanel::pasteChatLog);
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
    connect(m_resetLayout, &QAction::triggered, this, [this] { restoreState(m_defaultState, layoutVersion); });
    m_about = new QAction(tr("&About Whyboard"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_newSession);
    m_fileMenu->addAction(m_duplicateSession);
    m_fileMenu->addAction(m_deleteSession);
    m_fileMenu->addAction(m_restoreSession);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_openLibrary);
    m_recent = new RecentLibraries(this);
    connect(m_recent, &RecentLibraries::libraryChosen, this, [this](const QString &path) { openLibrary(path); });
    m_fileMenu->addMenu(m_recent);
    m_fileMenu->addAction(m_newLibrary);
    m_fileMenu->addAction(m_saveCopy);
    m_fileMenu->addSeparator();
    // Export and print actions are added by their owners; Quit stays last whatever they add.
    m_fileMenu->addAction(m_quit);
    connect(m_fileMenu, &QMenu::aboutToShow, this, [this] {
        if (m_fileMenu->actions().constLast() == m_quit)
            return;
        m_fileMenu->removeAction(m_quit);
        m_fileMenu->addSeparator();
        m_fileMenu->addAction(m_quit);
    });

    // The sessions list offers what can be done to a session.
    m_sessions->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_sessions->view()->addActions({m_newSession, m_duplicateSession, m_deleteSession, m_restoreSession});

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_boardActions->editActions());

    m_sessionMenu = menuBar()->addMenu(tr("&Session"));
    m_sessionMenu->addAction(m_addEvent);
    m_sessionMenu->addAction(m_pasteChatLog);
    m_sessionMenu->addAction(m_addActionItem);

    m_boardMenu = menuBar()->addMenu(tr("&Board"));
    m_boardMenu->addActions(m_boardActions->viewActions());
    m_boardMenu->addSeparator();
    auto *themes = m_boardMenu->addMenu(tr("&Theme"));
    themes->addActions(m_boardActions->themeGroup()->actions());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *each : std::as_const(m_docks))
        m_viewMenu->addAction(each->toggleViewAction());
    m_viewMenu->addAction(m_resetLayout);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreen);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newSession);
    m_toolBar->addAction(m_openLibrary);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_boardActions->addWhy());
    m_toolBar->addAction(m_boardActions->linkMode());
    m_toolBar->addAction(m_boardActions->autoLayout());
    m_toolBar->addAction(m_boardActions->snapToGrid());
    m_toolBar->addAction(m_boardActions->fitToView());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_addEvent);
    m_toolBar->addAction(m_addActionItem);
    m_viewMenu->insertAction(m_resetLayout, m_toolBar->toggleViewAction());
}

bool MainWindow::openLibrary(const QString &path, Library::OpenMode mode)
{
    LibraryOpenError error = LibraryOpenError::None;
    QString message;
    std::unique_ptr<Library> library = Library::open(path, mode, &error, &message);
    if (!library) {
        showOpenFailure(path, error, message);
        return false;
    }
    closeDocument();
    m_library = std::move(library);
    connect(m_library.get(), &Library::writeFailed, this, [this](const QString &reason) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Changes Not Saved"),
                                    tr("The last change could not be written to the library.\n\n%1").arg(reason),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    m_recent->add(m_library->path());
    m_sessions->setLibrary(m_library.get());
    Q_EMIT libraryChanged(m_library.get());

    // Reopen the session last worked on, else the newest one.
    const SessionId last = QSettings().value(lastSessionKey(m_library->path())).toLongLong();
    const QList<SessionSummary> sessions = m_library->sessions();
    SessionId toOpen = 0;
    for (const SessionSummary &summary : sessions) {
        if (summary.id == last)
            toOpen = last;
    }
    if (toOpen == 0 && !sessions.isEmpty()) {
        const auto newest = std::max_element(sessions.cbegin(), sessions.cend(), [](const SessionSummary &a, const SessionSummary &b) {
            return a.startedAt < b.startedAt || (a.startedAt == b.startedAt && a.id < b.id);
        });
        toOpen = newest->id;
    }
    if (toOpen == 0 || !openSession(toOpen))
        setDocument(nullptr);
    return true;
}

void MainWindow::showOpenFailure(const QString &path, LibraryOpenError error, const QString &message)
{
    QPushButton *readOnly = nullptr;
    QMessageBox *box = LibraryDialogs::openFailure(this, path, error, message, &readOnly);
    if (readOnly) {
        // Queued: the box closes first, then the library opens behind it.
        connect(readOnly, &QPushButton::clicked, this, [this, path] {
            QMetaObject::invokeMethod(this, [this, path] { openLibrary(path, Library::OpenMode::ReadOnly); }, Qt::QueuedConnection);
        });
    }
    box->open();
}

bool MainWindow::openSession(SessionId id)
{
    if (!m_library)
        return false;
    if (m_document && m_document->sessionId() == id)
        return true;
    std::optional<Session> session = m_library->loadSession(id);
    if (!session) {
        statusBar()->showMessage(tr("That session could not be loaded: %1").arg(m_library->lastError()), 8000);
        return false;
    }
    auto document = std::make_unique<SessionDocument>(std::move(*session));
    if (m_library->isReadOnly())
        document->setReadOnly(true);
    else
        m_library->attach(document.get());
    setDocument(std::move(document));
    QSettings().setValue(lastSessionKey(m_library->path()), id);
    return true;
}

void MainWindow::closeDocument()
{
    if (!m_document)
        return;
    SessionDocument *old = m_document.get();
    // Whoever follows the current document lets go of it before it goes away.
    Q_EMIT currentDocumentChanged(nullptr);
    m_timeline->setDocument(nullptr);
    m_actions->setDocument(nullptr);
    m_sessionDetailsPanel->setDocument(nullptr);
    m_metrics->setDocument(nullptr);
    m_dropHandler->setDocument(nullptr);
    m_outline->setBoardScene(nullptr);
    m_boardView->setBoardScene(nullptr);
    delete m_scene;
    m_scene = nullptr;
    m_undoGroup->removeStack(old->undoStack());
    if (m_library && !m_library->isReadOnly())
        m_library->detach(old);
    m_document.reset();
}

void MainWindow::setDocument(std::unique_ptr<SessionDocument> document)
{
    closeDocument();
    m_document = std::move(document);
    SessionDocument *doc = m_document.get();
    if (doc) {
        m_undoGroup->addStack(doc->undoStack());
        m_undoGroup->setActiveStack(doc->undoStack());
        m_scene = new BoardScene(doc, this);
        new CheckBadges(doc, m_scene, m_scene); // the checks' badges, whether or not the Checks dock is open
        m_boardView->setBoardScene(m_scene);
        m_outline->setBoardScene(m_scene);
        connect(m_scene, &BoardScene::cardSelectionChanged, this, &MainWindow::linkCardSelection);
        connect(m_scene, &BoardScene::gestureRefused, this, [this](const QString &reason) { statusBar()->showMessage(reason, 6000); });
        connect(doc, &SessionDocument::editRefused, this, [this](const QString &reason) { statusBar()->showMessage(reason, 6000); });
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
    m_centre->setCurrentWidget(doc ? static_cast<QWidget *>(m_boardView) : m_emptyPage);
    m_emptyPage->setState(!m_library                ? EmptySessionPage::State::NoLibrary
                          : m_library->isReadOnly() ? EmptySessionPage::State::EmptyReadOnlyLibrary
                                                    : EmptySessionPage::State::EmptyLibrary);
    updateTitle();
    updateActions();
    Q_EMIT currentDocumentChanged(doc);
}

void MainWindow::updateTitle()
{
    QString title = tr("Whyboard");
    if (m_library)
        title = QFileInfo(m_library->path()).fileName() + QStringLiteral(" — ") + title;
    if (m_document)
        title = (m_document->session().title.isEmpty() ? tr("Untitled session") : m_document->session().title)
                + QStringLiteral(" — ") + title;
    const bool readOnly = (m_library && m_library->isReadOnly()) || (m_document && m_document->isReadOnly());
    if (readOnly)
        title += QStringLiteral(" ") + tr("[read-only]");
    setWindowTitle(title);
    if (readOnly) {
        m_banner->setText(tr("<b>Read-only.</b> This library is open for reading only: nothing you do here changes %1.")
                              .arg(QDir::toNativeSeparators(m_library ? m_library->path() : QString()).toHtmlEscaped()));
    }
    m_banner->setVisible(readOnly);
}

void MainWindow::updateActions()
{
    const bool writable = m_library && !m_library->isReadOnly();
    const bool editable = m_document && !m_document->isReadOnly();
    m_newSession->setEnabled(writable);
    m_duplicateSession->setEnabled(writable && m_document);
    m_deleteSession->setEnabled(writable && m_document);
    m_restoreSession->setEnabled(writable && !m_deletedSessions.isEmpty());
    m_saveCopy->setEnabled(m_library != nullptr);
    m_addEvent->setEnabled(editable);
    m_pasteChatLog->setEnabled(editable);
    m_addActionItem->setEnabled(editable);
}

void MainWindow::linkCardSelection(const QStringList &cardIds)
{
    m_timeline->highlightCards(cardIds);
    m_actions->highlightCards(cardIds);
    m_actions->setSelectedCards(cardIds);
}

void MainWindow::showCardsOf(const QStringList &cardIds)
{
    if (!m_scene || cardIds.isEmpty())
        return;
    m_scene->selectCards(cardIds, true);
    m_boardView->ensureCardVisible(cardIds.first());
}

void MainWindow::newSession()
{
    if (!m_library || m_library->isReadOnly())
        return;
    Session session;
    session.title = tr("Untitled incident");
    Card problem;
    problem.id = QStringLiteral("c1");
    problem.kind = CardKind::Problem;
    problem.text = tr("What went wrong?");
    session.cards << problem;
    const SessionId id = m_library->insertSession(session);
    if (id == 0) {
        QMessageBox::warning(this, tr("New Session"), tr("The session could not be created: %1").arg(m_library->lastError()));
        return;
    }
    openSession(id);
}

void MainWindow::duplicateSession()
{
    if (!m_library || m_library->isReadOnly() || !m_document)
        return;
    Session copy = m_document->session();
    copy.id = 0;
    copy.title = tr("%1 (copy)").arg(copy.title);
    copy.status = SessionStatus::Draft;
    const SessionId id = m_library->insertSession(copy);
    if (id != 0)
        openSession(id);
}

void MainWindow::deleteSession(bool confirm)
{
    if (!m_library || m_library->isReadOnly() || !m_document)
        return;
    const Session session = m_document->session();
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Delete Session"),
            tr("Delete \"%1\" with its %n card(s), timeline and action items?", nullptr, int(session.cards.size()))
                    .arg(session.title)
                + QStringLiteral("\n\n") + tr("Until you quit, File ▸ Restore Deleted Session brings it back."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    setDocument(nullptr);
    if (!m_library->deleteSession(session.id)) {
        statusBar()->showMessage(tr("The session could not be deleted: %1").arg(m_library->lastError()), 8000);
        openSession(session.id);
        return;
    }
    m_deletedSessions.append(session);
    const QList<SessionSummary> remaining = m_library->sessions();
    if (!remaining.isEmpty())
        openSession(remaining.first().id);
    updateActions();
    statusBar()->showMessage(tr("Deleted \"%1\". File ▸ Restore Deleted Session brings it back.").arg(session.title), 10000);
}

void MainWindow::restoreDeletedSession()
{
    if (!m_library || m_library->isReadOnly() || m_deletedSessions.isEmpty())
        return;
    const Session session = m_deletedSessions.takeLast();
    if (!m_library->restoreSession(session)) {
        m_deletedSessions.append(session);
        statusBar()->showMessage(tr("The session could not be restored: %1").arg(m_library->lastError()), 8000);
        return;
    }
    openSession(session.id);
    updateActions();
}

void MainWindow::saveCopy()
{
    bool onlySession = false;
    if (!m_library || !LibraryDialogs::chooseCopyScope(this, m_document != nullptr, &onlySession))
        return;
    const QString target = LibraryDialogs::chooseNew(this, tr("Save a Copy"));
    if (target.isEmpty())
        return;
    const std::optional<SessionId> only = onlySession ? std::optional<SessionId>(m_document->sessionId()) : std::nullopt;
    if (m_library->saveCopy(target, only))
        statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(target)), 8000);
    else
        QMessageBox::warning(this, tr("Save a Copy"), tr("The copy could not be written: %1").arg(m_library->lastError()));
}

void MainWindow::chooseLibraryToOpen()
{
    const QString path = LibraryDialogs::chooseExisting(this, m_library ? QFileInfo(m_library->path()).absolutePath() : QString());
    if (!path.isEmpty())
        openLibrary(path);
}

void MainWindow::chooseLibraryToCreate()
{
    const QString path = LibraryDialogs::chooseNew(this, tr("New Library"));
    if (!path.isEmpty())
        openLibrary(path, Library::OpenMode::CreateIfMissing);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Whyboard"),
                       tr("<h3>Whyboard %1</h3><p>A whiteboard for blameless 5-Whys postmortems: the causal "
                          "chain on the board, the timeline and the action items beside it.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState(layoutVersion));
}

bool MainWindow::restoreLayout()
{
    QSettings settings;
    // Docks first: restoring them can grow the window, and the saved size must win.
    const QByteArray state = settings.value(stateKey).toByteArray();
    const bool restored = !state.isEmpty() && restoreState(state, layoutVersion);
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    return restored;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Whyboard
