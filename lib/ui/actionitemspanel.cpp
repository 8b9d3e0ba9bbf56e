// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actionitemspanel.h"

#include "data/labels.h"
#include "document/commands/addactioncommand.h"
#include "document/commands/editactioncommand.h"
#include "document/commands/removeactionscommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/actionitemsfiltermodel.h"
#include "itemmodels/actionitemsmodel.h"
#include "itemmodels/cardlabels.h"
#include "ui/cardpickermenu.h"
#include "ui/comboboxdelegate.h"
#include "ui/datedelegate.h"
#include "ui/headerfit.h"
#include "ui/namemask.h"
#include "ui/relatedcardids.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Whyboard {

ActionItemsPanel::ActionItemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ActionItemsModel(this))
    , m_filter(new ActionItemsFilterModel(this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActionItemsModel::DueColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setResizeContentsPrecision(100); // the visible rows and 100 more, not all of them
    // The action's words come first: the side bar is narrower than all columns together, so
    // the text keeps a readable width and the columns after it scroll rather than squeeze it.
    header->setSectionResizeMode(ActionItemsModel::TextColumn, QHeaderView::Interactive);
    header->resizeSection(ActionItemsModel::TextColumn, fontMetrics().averageCharWidth() * 34);
    header->setSectionResizeMode(ActionItemsModel::OwnerColumn, QHeaderView::Interactive);
    header->resizeSection(ActionItemsModel::OwnerColumn, fontMetrics().averageCharWidth() * 14);
    header->setSectionResizeMode(ActionItemsModel::RelatedColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ActionItemsModel::LinkColumn, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    fitSectionsToTitles(header);

    // Like the cells, the choice of no category or horizon reads as a dash.
    const auto orDash = [](auto name) {
        return [name](auto value) { return value == decltype(value)::None ? Labels::notSet() : name(value); };
    };
    m_view->setItemDelegateForColumn(ActionItemsModel::DueColumn, new DateDelegate(m_view));
    m_view->setItemDelegateForColumn(ActionItemsModel::CategoryColumn,
                                     new ComboBoxDelegate(ComboBoxDelegate::choicesOf(Labels::actionCategories(), orDash(&Labels::actionCategory)), m_view));
    m_view->setItemDelegateForColumn(ActionItemsModel::HorizonColumn,
                                     new ComboBoxDelegate(ComboBoxDelegate::choicesOf(Labels::actionHorizons(), orDash(&Labels::actionHorizon)), m_view));
    m_view->setItemDelegateForColumn(ActionItemsModel::StatusColumn,
                                     new ComboBoxDelegate(ComboBoxDelegate::choicesOf(Labels::actionStatuses(), &Labels::actionStatus), m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ActionItemsPanel::showContextMenu);
    connect(m_view, &QAbstractItemView::clicked, this, &ActionItemsPanel::openLink);

    m_add = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Action Item"), this);
    m_add->setToolTip(tr("Add an action item for the selected cards or events"));
    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_relate = new QAction(tr("Related Cards…"), this);
    connect(m_add, &QAction::triggered, this, [this] { quickAdd(); });
    connect(m_delete, &QAction::triggered, this, &ActionItemsPanel::deleteSelected);
    connect(m_relate, &QAction::triggered, this, [this] {
        relateSelectedToCards(m_view->viewport()->mapToGlobal(m_view->visualRect(m_view->currentIndex()).center()));
    });
    addAction(m_delete);

    m_openOnly = new QCheckBox(tr("Open only"), this);
    m_overdueOnly = new QCheckBox(tr("Overdue only"), this);
    m_owner = new QComboBox(this);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_openOnly, &QCheckBox::toggled, m_filter, &ActionItemsFilterModel::setOpenOnly);
    connect(m_overdueOnly, &QCheckBox::toggled, m_filter, &ActionItemsFilterModel::setOverdueOnly);
    connect(m_owner, QOverload<int>::of(&QComboBox::activated), this,
            [this] { m_filter->setOwner(m_owner->currentData().toString()); });

    auto *bar = new QHBoxLayout;
    for (QAction *action : {m_add, m_delete, m_relate}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(button);
    }
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("actionTarget"));
    m_target->setTextFormat(Qt::PlainText);
    m_target->setMinimumWidth(80);
    m_target->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addStretch(1);
    // The filters get a row of their own: beside the buttons, the German and French labels
    // made the panel wider than the side bar, squeezing the board.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_openOnly);
    filters->addWidget(m_overdueOnly);
    filters->addStretch(1);
    filters->addWidget(new QLabel(tr("Owner:"), this));
    filters->addWidget(m_owner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_target);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        const QStringList cardIds = relatedCardIds(m_view->selectionModel()->selectedRows(), ActionItemsModel::CardIdsRole);
        Q_EMIT actionsSelected(selectedActionIds(), cardIds);
    });
    setDocument(nullptr);
}

void ActionItemsPanel::setDocument(SessionDocument *document)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_model->setDocument(document);
    m_selectedCards.clear();
    m_selectedEvents.clear();
    updateTarget();
    if (document) {
        m_connections << connect(document, &SessionDocument::readOnlyChanged, this, &ActionItemsPanel::updateActions);
        m_connections << connect(m_model, &QAbstractItemModel::dataChanged, this, &ActionItemsPanel::updateOwners);
        m_connections << connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActionItemsPanel::updateOwners);
        m_connections << connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActionItemsPanel::updateOwners);
    }
    updateOwners();
    updateActions();
}

void ActionItemsPanel::setSelectedCards(const QStringList &cardIds)
{
    m_selectedCards = cardIds;
    updateTarget();
}

void ActionItemsPanel::setSelectedEvents(const QStringList &eventIds)
{
    m_selectedEvents = eventIds;
    updateTarget();
}

void ActionItemsPanel::setNameMask(const NameMask *mask)
{
    m_nameMask = mask;
    if (mask)
        connect(mask, &NameMask::changed, this, [this] {
            updateOwners();
            updateTarget();
        });
    updateOwners();
}

QString ActionItemsPanel::targetText() const
{
    return m_target->text();
}

void ActionItemsPanel::updateTarget()
{
    QStringList cards;
    QStringList events;
    if (m_document) {
        const Session &session = m_document->session();
        for (const QString &id : std::as_const(m_selectedCards)) {
            if (session.card(id))
                cards << id;
        }
        for (const QString &id : std::as_const(m_selectedEvents)) {
            if (const int row = session.indexOfEvent(id); row >= 0)
                events << session.timeline.at(row).text.left(40);
        }
    }
    QStringList parts;
    if (!cards.isEmpty())
        parts << cardLabels(m_document->session(), cards);
    for (const QString &event : std::as_const(events))
        parts << tr("event: %1").arg(event);
    QString text;
    if (!parts.isEmpty())
        text = tr("New items address: %1").arg(parts.join(QStringLiteral("; ")));
    else if (m_document)
        text = tr("Select a card or an event for new items to address it.");
    if (m_nameMask)
        text = m_nameMask->apply(text);
    m_target->setText(text);
    m_target->setToolTip(text);
}

void ActionItemsPanel::highlightCards(const QStringList &cardIds)
{
    m_model->setHighlightedCards(cardIds);
    if (m_view->hasFocus())
        return; // the board followed the user's selection here: do not scroll it away
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ActionItemsModel::HighlightedRole).toBool()) {
            m_view->scrollTo(index);
            break;
        }
    }
}

QStringList ActionItemsPanel::selectedActionIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids << row.data(ActionItemsModel::IdRole).toString();
    return ids;
}

void ActionItemsPanel::selectAction(const QString &actionId)
{
    const int row = m_model->rowOfAction(actionId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, ActionItemsModel::TextColumn));
    if (!index.isValid())
        return; // filtered out
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

QString ActionItemsPanel::quickAdd(const QString &text)
{
    if (!m_document || m_document->isReadOnly())
        return {};
    ActionItem action;
    action.id = m_document->newActionId();
    action.text = text.isEmpty() ? tr("New action item") : text;
    for (const QString &cardId : std::as_const(m_selectedCards)) {
        if (m_document->session().card(cardId))
            action.cardIds << cardId;
    }
    for (const QString &eventId : std::as_const(m_selectedEvents)) {
        if (m_document->session().indexOfEvent(eventId) >= 0)
            action.eventIds << eventId;
    }
    if (!m_document->push(new AddActionCommand(m_document, action)))
        return {};
    const QModelIndex related = m_model->index(m_model->rowOfAction(action.id), ActionItemsModel::RelatedColumn);
    QString addresses = related.data(Qt::DisplayRole).toString();
    if (m_nameMask)
        addresses = m_nameMask->apply(addresses);
    Q_EMIT actionAdded(action.id, addresses);
    // Filters could hide the new item; show everything so it can be typed into.
    m_openOnly->setChecked(false);
    m_overdueOnly->setChecked(false);
    m_owner->setCurrentIndex(0);
    m_filter->setOwner({});
    selectAction(action.id);
    m_view->edit(m_view->currentIndex());
    return action.id;
}

void ActionItemsPanel::deleteSelected()
{
    const QStringList ids = selectedActionIds();
    if (m_document && !ids.isEmpty())
        m_document->push(new RemoveActionsCommand(m_document, ids));
}

void ActionItemsPanel::relateSelectedToCards(const QPoint &globalPos)
{
    const QStringList ids = selectedActionIds();
    if (!m_document || ids.size() != 1)
        return;
    const ActionItem action = m_document->session().actions.at(m_model->rowOfAction(ids.first()));
    CardPickerMenu menu(m_document->session(), action.cardIds, this);
    connect(&menu, &CardPickerMenu::relatedCardsPicked, this, [this, action](const QStringList &cardIds) {
        ActionItem changed = action;
        changed.cardIds = cardIds;
        m_document->push(new EditActionCommand(m_document, changed));
    });
    menu.exec(globalPos);
}

void ActionItemsPanel::updateActions()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && selected > 0);
    m_relate->setEnabled(editable && selected == 1);
    setEnabled(m_document != nullptr);
}

void ActionItemsPanel::updateOwners()
{
    QStringList owners;
    if (m_document) {
        for (const ActionItem &action : m_document->session().actions) {
            if (!action.owner.isEmpty() && !owners.contains(action.owner, Qt::CaseInsensitive))
                owners << action.owner;
        }
    }
    owners.sort(Qt::CaseInsensitive);
    const QString current = m_owner->currentData().toString();
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    for (const QString &owner : std::as_const(owners))
        m_owner->addItem(m_nameMask ? m_nameMask->apply(owner) : owner, owner);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
    if (m_owner->currentIndex() == 0)
        m_filter->setOwner({});
}

void ActionItemsPanel::openLink(const QModelIndex &index)
{
    if (index.column() != ActionItemsModel::LinkColumn)
        return;
    const QUrl url(index.data(Qt::EditRole).toString());
    if (url.isValid() && !url.scheme().isEmpty())
        QDesktopServices::openUrl(url);
}

void ActionItemsPanel::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_add);
    menu.addAction(m_delete);
    menu.addSeparator();
    menu.addAction(m_relate);
    const QModelIndex index = m_view->indexAt(pos);
    const QString link = index.isValid() ? m_filter->index(index.row(), ActionItemsModel::LinkColumn).data(Qt::EditRole).toString() : QString();
    if (!link.isEmpty()) {
        QAction *open = menu.addAction(tr("Open Tracker Link"));
        connect(open, &QAction::triggered, this, [link] { QDesktopServices::openUrl(QUrl(link)); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Whyboard
