// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outlinepanel.h"

#include "board/boardscene.h"
#include "board/evidencedialog.h"
#include "itemmodels/chainoutlinemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Whyboard {

OutlinePanel::OutlinePanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("outlinePanel"));
    setWindowTitle(tr("Outline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->setAccessibleName(tr("Why-chain outline"));
    m_tree->setAccessibleDescription(
        tr("The problem and its causes as a tree. Each cause is listed under the card it explains. "
           "Press F2 to edit a card's text, Ctrl+E its evidence."));
    // The same evidence editor as the board's Ctrl+E, for the card of the current row.
    m_evidence = new QAction(tr("E&vidence…"), m_tree);
    m_evidence->setObjectName(QStringLiteral("outlineEvidence"));
    m_evidence->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_evidence->setShortcutContext(Qt::WidgetShortcut);
    connect(m_evidence, &QAction::triggered, this, &OutlinePanel::editEvidence);
    m_tree->addAction(m_evidence);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    setAccessibleName(tr("Outline"));
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (m_model)
            m_collapsedCardIds.insert(m_model->cardId(index));
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (m_model)
            m_collapsedCardIds.remove(m_model->cardId(index));
    });
}

OutlinePanel::~OutlinePanel() = default;

void OutlinePanel::setBoardScene(BoardScene *scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    ChainOutlineModel *old = m_model;
    m_model = scene ? new ChainOutlineModel(scene->document(), this) : nullptr;
    m_tree->setModel(m_model);
    delete old;
    m_collapsedCardIds.clear();
    if (!m_model)
        return;
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutlinePanel::restoreExpansion);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutlinePanel::syncToBoard);
    connect(scene, &BoardScene::cardSelectionChanged, this, &OutlinePanel::syncFromBoard);
    restoreExpansion();
}

// The tree is rebuilt on structural changes: show it open, except for the cards the user
// folded, with the board's selection.
void OutlinePanel::restoreExpansion()
{
    // expandAll() reports each index as expanded, which empties the set: read it first.
    const QSet<QString> collapsed = m_collapsedCardIds;
    m_tree->expandAll();
    for (const QString &cardId : collapsed) {
        for (const QModelIndex &index : m_model->indexesOf(cardId))
            m_tree->collapse(index);
    }
    syncFromBoard();
}

void OutlinePanel::editEvidence()
{
    if (!m_scene || !m_model)
        return;
    const QString cardId = m_model->cardId(m_tree->currentIndex());
    if (!cardId.isEmpty())
        EvidenceDialog::editEvidence(m_scene->document(), cardId, this);
}

void OutlinePanel::syncFromBoard()
{
    if (m_syncing || !m_scene || !m_model)
        return;
    m_syncing = true;
    QItemSelection selection;
    QModelIndex current;
    for (const QString &id : m_scene->selectedCardIds()) {
        const QModelIndexList indexes = m_model->indexesOf(id);
        for (const QModelIndex &index : indexes)
            selection.select(index, index);
        if (!current.isValid() && !indexes.isEmpty())
            current = indexes.first();
    }
    m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_tree->scrollTo(current);
    }
    m_syncing = false;
}

void OutlinePanel::syncToBoard()
{
    if (m_syncing || !m_scene || !m_model)
        return;
    m_syncing = true;
    QStringList ids;
    const QModelIndexList rows = m_tree->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : rows) {
        const QString id = m_model->cardId(index);
        if (!ids.contains(id))
            ids.append(id);
    }
    m_scene->selectCards(ids);
    m_syncing = false;
    if (!ids.isEmpty())
        Q_EMIT cardActivated(ids.first());
}

} // namespace Whyboard
