// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/actionitemsfiltermodel.h"

#include "itemmodels/actionitemsmodel.h"

namespace Whyboard {

ActionItemsFilterModel::ActionItemsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActionItemsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Edits change what passes the filters (marking an item done hides it under "open only").
    setDynamicSortFilter(true);
}

void ActionItemsFilterModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    invalidateFilter();
}

void ActionItemsFilterModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateFilter();
}

void ActionItemsFilterModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

bool ActionItemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_openOnly && !index.data(ActionItemsModel::OpenRole).toBool())
        return false;
    if (m_overdueOnly && !index.data(ActionItemsModel::OverdueRole).toBool())
        return false;
    if (!m_owner.isEmpty()) {
        const QString owner = sourceModel()->index(sourceRow, ActionItemsModel::OwnerColumn, sourceParent)
                                  .data(Qt::EditRole)
                                  .toString();
        if (owner.compare(m_owner, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace Whyboard
