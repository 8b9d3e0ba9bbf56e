// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/facilitationmenu.h"

#include "analysis/meetingtimer.h"
#include "board/boardview.h"
#include "board/evidencedialog.h"
#include "document/sessiondocument.h"
#include "ui/actionbalancewidget.h"
#include "ui/actionitemspanel.h"
#include "itemmodels/checksmodel.h"
#include "ui/checkspanel.h"
#include "ui/searchhitreveal.h"
#include "ui/mainwindow.h"
#include "ui/namemask.h"
#include "ui/projectormode.h"
#include "ui/readbackview.h"
#include "ui/timelinepanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

namespace Whyboard {

FacilitationMenu::FacilitationMenu(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("facilitation"));
    m_timer = new MeetingTimer(this);

    m_checks = new ChecksPanel(window);
    m_checksDock = new QDockWidget(tr("Checks"), window);
    m_checksDock->setObjectName(QStringLiteral("checksDock"));
    m_checksDock->setWidget(m_checks);
    window->addDockWidget(Qt::RightDockWidgetArea, m_checksDock);
    // The repeat check looks for the same cause in the library's other sessions.
    m_checks->model()->setLibrary(window->library());
    connect(window, &MainWindow::libraryChanged, m_checks->model(), &ChecksModel::setLibrary);
    SearchHitReveal::install(window);

    m_balance = new ActionBalanceWidget(window);
    m_balanceDock = new QDockWidget(tr("Action Balance"), window);
    m_balanceDock->setObjectName(QStringLiteral("actionBalanceDock"));
    m_balanceDock->setWidget(m_balance);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_balanceDock);
    if (QDockWidget *actions = window->dock(QStringLiteral("actionItemsDock"))) {
        window->tabifyDockWidget(actions, m_balanceDock);
        actions->raise();
    }

    m_readBackView = new ReadBackView(window);
    connect(m_readBackView, &ReadBackView::closed, this, [this] {
        if (m_window && m_window->boardView())
            m_window->boardView()->setFocus(); // back to the board, where the read-back began
    });
    m_projectorMode = new ProjectorMode(window, window->boardView(), m_timer, this);

    m_menu = new QMenu(tr("F&acilitation"), window);
    m_readBack = m_menu->addAction(tr("&Read Back the Chain"));
    m_readBack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_readBack->setStatusTip(tr("Step through each route from a root cause to the problem and mark every step"));
    connect(m_readBack, &QAction::triggered, m_readBackView, &ReadBackView::open);

    m_projector = m_menu->addAction(tr("&Projector Mode"));
    m_projector->setCheckable(true);
    m_projector->setShortcut(QKeySequence(Qt::Key_F5));
    m_projector->setShortcutContext(Qt::ApplicationShortcut);
    m_projector->setStatusTip(tr("Full screen, high contrast, large type, with the meeting timer; Esc leaves"));
    connect(m_projector, &QAction::toggled, m_projectorMode, &ProjectorMode::setActive);
    connect(m_projectorMode, &ProjectorMode::activeChanged, m_projector, &QAction::setChecked);

    m_hideNames = m_menu->addAction(tr("&Hide Names"));
    m_hideNames->setCheckable(true);
    m_hideNames->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_hideNames->setStatusTip(tr("Show participants' names as Person A, Person B, … everywhere on screen; "
                                 "the session keeps them"));
    connect(m_hideNames, &QAction::toggled, m_projectorMode, &ProjectorMode::setNamesHidden);
    connect(m_hideNames, &QAction::toggled, window->nameMask(), &NameMask::setOn);
    connect(m_hideNames, &QAction::toggled, m_readBackView, &ReadBackView::setNamesHidden);

    m_menu->addSeparator();
    QAction *start = m_menu->addAction(tr("Start or Pause the Meeting &Timer"));
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(start, &QAction::triggered, m_timer, [this] {
        if (m_timer->isRunning())
            m_timer->pause();
        else
            m_timer->start();
    });
    QAction *nextPhase = m_menu->addAction(tr("&Next Meeting Phase"));
    nextPhase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    connect(nextPhase, &QAction::triggered, m_timer, &MeetingTimer::nextPhase);
    m_menu->addSeparator();
    m_menu->addAction(m_checksDock->toggleViewAction());
    m_menu->addAction(m_balanceDock->toggleViewAction());

    // Before Help, where a user looks for it.
    window->addMenuBeforeHelp(m_menu);
    window->addAction(MainWindow::MenuPlace::ViewEnd, m_checksDock->toggleViewAction());
    window->addAction(MainWindow::MenuPlace::ViewEnd, m_balanceDock->toggleViewAction());

    connect(m_checks, &ChecksPanel::findingActivated, this, [this](const CheckFinding &finding) {
        if (!m_window)
            return;
        if (finding.itemKind == CheckItemKind::Event && m_window->timelinePanel())
            m_window->timelinePanel()->selectEvent(finding.itemId);
        else if (finding.itemKind == CheckItemKind::Action && m_window->actionItemsPanel())
            m_window->actionItemsPanel()->selectAction(finding.itemId);
    });
    // The finding that asks for evidence opens the same editor as the card and the outline.
    connect(m_checks, &ChecksPanel::evidenceRequested, this, [this](const QString &cardId) {
        if (m_window->currentDocument())
            EvidenceDialog::editEvidence(m_window->currentDocument(), cardId, m_window);
    });
    connect(m_checks, &ChecksPanel::actionAdded, this, [this](const QString &actionId) {
        if (!m_window || !m_window->actionItemsPanel())
            return;
        if (QDockWidget *dock = m_window->dock(QStringLiteral("actionItemsDock"))) {
            dock->show();
            dock->raise();
        }
        m_window->actionItemsPanel()->selectAction(actionId);
    });
    connect(window, &MainWindow::currentDocumentChanged, this, &FacilitationMenu::documentChanged);
    documentChanged(window->currentDocument());
}

void FacilitationMenu::documentChanged(SessionDocument *document)
{
    if (!m_window)
        return;
    m_checks->setDocument(document);
    m_checks->setBoardScene(document ? m_window->boardScene() : nullptr);
    m_balance->setDocument(document);
    m_readBackView->setDocument(document);
    m_readBackView->setBoardScene(document ? m_window->boardScene() : nullptr);
    if (!document && m_readBackView->isVisible())
        m_readBackView->close();
    m_readBack->setEnabled(document);
    m_projectorMode->sceneChanged();
}

} // namespace Whyboard
