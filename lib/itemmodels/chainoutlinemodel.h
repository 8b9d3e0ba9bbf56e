// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/chainpaths.h"

#include <QAbstractItemModel>
#include <QMultiHash>

#include <memory>
#include <vector>

namespace Whyboard {

class SessionDocument;

// The why-chain as a tree: the problem, under it the causes that explain it, under each cause
// its own causes, and so on. A cause that explains several cards appears under each of them.
// Cards that do not reach the problem follow as extra top-level rows. Siblings are in board
// order, so the tree follows card moves. The tree is rebuilt at most once per undo step (a
// 50-card paste is one reset); text edits only change their rows. Editing the text pushes a
// command; the model itself never changes the session.
class ChainOutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        CardIdRole = Qt::UserRole + 1,
        DepthRole, // 0 problem, 1.. whys along the longest route, -1 not linked
        VerifiedRole,  // verified: evidence the room checked
        EvidenceRole,
        ShortestDepthRole, // the shortest route; differs from DepthRole for "Why 3 / 5"
        ChainStepRole,     // "Why 3 / 5", "Problem", "Not linked", as the board's header says it
    };

    explicit ChainOutlineModel(SessionDocument *document, QObject *parent = nullptr);
    ~ChainOutlineModel() override;

    SessionDocument *document() const { return m_document; }
    QString cardId(const QModelIndex &index) const;
    // Every row that shows the card (several when it explains several cards).
    QModelIndexList indexesOf(const QString &cardId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Stops expanding a very dense graph after this many rows.
    static constexpr int maximumRows = 20000;

private:
    struct Node;
    void rebuild();
    void reset();
    void stepFinished();
    void cardChanged(const QString &cardId);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;

    SessionDocument *m_document;
    std::vector<std::unique_ptr<Node>> m_roots;
    QMultiHash<QString, Node *> m_nodesByCard;
    QHash<QString, ChainDepth> m_depths;
    bool m_structureChanged = false; // since the last step: cards, links or places changed
    bool m_resetting = false;        // a removal began a reset that the step's end finishes
};

} // namespace Whyboard
