// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QTreeView;

namespace Whyboard {

class BoardScene;
class ChainOutlineModel;

// The why-chain as an indented, editable tree beside the board, with its selection kept in
// step with the board's. Graphics items are invisible to screen readers, so this panel is
// also how the board is accessible.
class OutlinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutlinePanel(QWidget *parent = nullptr);
    ~OutlinePanel() override;

    // Follows this board (and its document); nullptr shows nothing.
    void setBoardScene(BoardScene *scene);
    BoardScene *boardScene() const { return m_scene; }

    QTreeView *treeView() const { return m_tree; }
    ChainOutlineModel *model() const { return m_model; }
    QAction *evidenceAction() const { return m_evidence; }

public Q_SLOTS:
    // The evidence dialog for the card of the current row (Ctrl+E, the context menu).
    void editEvidence();

Q_SIGNALS:
    // The user picked a card in the outline (the board selects it too).
    void cardActivated(const QString &cardId);

private:
    void syncFromBoard();
    void syncToBoard();
    void restoreExpansion();

    QTreeView *m_tree;
    QAction *m_evidence = nullptr;
    QPointer<BoardScene> m_scene;
    ChainOutlineModel *m_model = nullptr;
    bool m_syncing = false;
    QSet<QString> m_collapsedCardIds; // survives the rebuilds that structural edits cause
};

} // namespace Whyboard
