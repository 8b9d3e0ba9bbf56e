// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/parkinglotpanel.h"

#include "document/commands/addactioncommand.h"
#include "document/commands/parkideacommand.h"
#include "document/commands/unparkideascommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/parkinglotmodel.h"
#include "board/boardscene.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Whyboard {

ParkingLotPanel::ParkingLotPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ParkingLotModel(this))
    , m_entry(new QLineEdit(this))
    , m_list(new QTableView(this))
    , m_makeAction(new QPushButton(tr("Make &Action Item"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("parkingLotPanel"));
    setWindowTitle(tr("Parking Lot"));
    setAccessibleName(tr("Parking lot"));

    m_entry->setObjectName(QStringLiteral("parkingLotEntry"));
    m_entry->setPlaceholderText(tr("Park an idea, press Enter, keep asking why"));
    m_entry->setAccessibleName(tr("New parked idea"));
    m_entry->setClearButtonEnabled(true);
    m_entry->installEventFilter(this);
    connect(m_entry, &QLineEdit::returnPressed, this, &ParkingLotPanel::park);

    m_list->setObjectName(QStringLiteral("parkingLotList"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Parked ideas"));
    m_list->horizontalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->hide();
    m_list->setShowGrid(false);
    m_list->setWordWrap(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setTabKeyNavigation(false);
    auto *remove = new QAction(m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ParkingLotPanel::removeSelected);
    m_list->addAction(remove);

    m_makeAction->setObjectName(QStringLiteral("parkingLotMakeAction"));
    m_makeAction->setToolTip(tr("Turn the selected idea into an action item"));
    m_remove->setObjectName(QStringLiteral("parkingLotRemove"));
    connect(m_makeAction, &QPushButton::clicked, this, &ParkingLotPanel::makeActionItem);
    connect(m_remove, &QPushButton::clicked, this, &ParkingLotPanel::removeSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_makeAction);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_entry);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_entry);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ParkingLotPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ParkingLotPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParkingLotPanel::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ParkingLotPanel::updateButtons);
    updateButtons();
}

QDockWidget *ParkingLotPanel::install(MainWindow *window)
{
    auto *panel = new ParkingLotPanel(window);
    auto *dock = new QDockWidget(tr("Parking Lot"), window);
    dock->setObjectName(QStringLiteral("parkingLotDock"));
    dock->setWidget(panel);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    window->addAction(MainWindow::MenuPlace::ViewEnd, dock->toggleViewAction());
    auto *park = new QAction(tr("Park an Idea"), dock);
    park->setObjectName(QStringLiteral("parkIdea"));
    park->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    park->setToolTip(tr("Set a fix idea aside for later and keep asking why (Ctrl+K)"));
    connect(park, &QAction::triggered, panel, [dock, panel] {
        dock->show();
        dock->raise();
        panel->startParking();
    });
    window->addAction(MainWindow::MenuPlace::ViewEnd, park);
    panel->setAddressedCards([window] {
        return window->boardScene() ? window->boardScene()->selectedCardIds() : QStringList();
    });
    connect(panel, &ParkingLotPanel::actionItemMade, window, [window] {
        if (QDockWidget *actions = window->dock(QStringLiteral("actionItemsDock")))
            actions->raise();
    });
    connect(window, &MainWindow::currentDocumentChanged, panel, &ParkingLotPanel::setDocument);
    return dock;
}

void ParkingLotPanel::setDocument(SessionDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    m_entry->setEnabled(document && !document->isReadOnly());
    updateButtons();
}

void ParkingLotPanel::setAddressedCards(std::function<QStringList()> addressedCards)
{
    m_addressedCards = std::move(addressedCards);
}

void ParkingLotPanel::startParking()
{
    QWidget *focused = QApplication::focusWidget();
    if (focused && focused != m_entry && !isAncestorOf(focused))
        m_focusBeforeParking = focused;
    m_entry->setFocus(Qt::ShortcutFocusReason);
    m_entry->selectAll();
}

bool ParkingLotPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_entry && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && m_focusBeforeParking) {
        m_entry->clear();
        returnFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ParkingLotPanel::park()
{
    const QString text = m_entry->text().trimmed();
    if (!m_document || text.isEmpty())
        return;
    if (!m_document->push(new ParkIdeaCommand(m_document, {QString(), text})))
        return;
    m_entry->clear();
    returnFocus();
}

void ParkingLotPanel::returnFocus()
{
    if (m_focusBeforeParking)
        m_focusBeforeParking->setFocus(Qt::OtherFocusReason);
    m_focusBeforeParking.clear();
}

QStringList ParkingLotPanel::selectedIdeaIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(m_model->ideaId(row.row()));
    if (ids.isEmpty() && m_list->currentIndex().isValid())
        ids.append(m_model->ideaId(m_list->currentIndex().row()));
    return ids;
}

void ParkingLotPanel::makeActionItem()
{
    const QStringList ids = selectedIdeaIds();
    if (!m_document || ids.size() != 1)
        return;
    const ParkedIdea &idea = m_document->session().parkingLot.at(m_document->session().indexOfParkedIdea(ids.first()));
    ActionItem action;
    action.id = m_document->newActionId();
    action.text = idea.text;
    if (m_addressedCards)
        action.cardIds = m_addressedCards();
    SessionDocument::Step step(m_document, tr("Make action item from parked idea"));
    if (!step.isOpen())
        return;
    m_document->push(new UnparkIdeasCommand(m_document, ids));
    m_document->push(new AddActionCommand(m_document, action));
    Q_EMIT actionItemMade(action.id);
}

void ParkingLotPanel::removeSelected()
{
    if (m_document)
        m_document->push(new UnparkIdeasCommand(m_document, selectedIdeaIds()));
}

void ParkingLotPanel::updateButtons()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const int selected = int(m_list->selectionModel()->selectedRows().size());
    m_makeAction->setEnabled(editable && selected == 1);
    m_remove->setEnabled(editable && selected > 0);
}

} // namespace Whyboard
