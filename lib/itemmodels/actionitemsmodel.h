// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/documentrowsmodel.h"

#include <QDate>
#include <QSet>

namespace Whyboard {

// The session's action items as a table, one row per item in document order.
// Edits push EditActionCommand. Overdue items (due before today, not done) are marked.
class ActionItemsModel : public DocumentRowsModel
{
    Q_OBJECT

public:
    enum Column {
        TextColumn,
        OwnerColumn,
        DueColumn,
        CategoryColumn,
        HorizonColumn,
        StatusColumn,
        RelatedColumn,
        LinkColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,
        CardIdsRole,
        EventIdsRole,
        OverdueRole,
        OpenRole, // not done
        HighlightedRole,
    };

    explicit ActionItemsModel(QObject *parent = nullptr);

    // "Today" for the overdue mark; the current date unless a test sets it.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today);

    void setHighlightedCards(const QStringList &cardIds);

    QString actionId(int row) const;
    int rowOfAction(const QString &actionId) const;
    bool isOverdue(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::LinkAction | Qt::CopyAction; }

private:
    void followDocument(SessionDocument *document) override;
    QVariant displayData(int row, int column) const;
    void refreshAll();

    QDate m_today;
    QSet<QString> m_highlighted;
};

} // namespace Whyboard
