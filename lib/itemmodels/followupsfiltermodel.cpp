// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/followupsfiltermodel.h"

#include "data/enums.h"
#include "itemmodels/followupsmodel.h"

namespace Whyboard {

FollowUpsFilterModel::FollowUpsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FollowUpsModel::SortRole);
    setDynamicSortFilter(true);
}

void FollowUpsFilterModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateFilter();
}

void FollowUpsFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

void FollowUpsFilterModel::setDueWindow(DueWindow window)
{
    if (window == m_window)
        return;
    m_window = window;
    invalidateFilter();
}

void FollowUpsFilterModel::setToday(const QDate &today)
{
    m_today = today;
    invalidateFilter();
}

bool FollowUpsFilterModel::isInWindow(DueWindow window, const QDate &due, bool unfinished, const QDate &today)
{
    switch (window) {
    case DueWindow::Any: return true;
    case DueWindow::NoDueDate: return !due.isValid();
    case DueWindow::Overdue: return unfinished && due.isValid() && due < today;
    case DueWindow::ThisWeek: {
        // The week as the calendar shows it, Monday to Sunday.
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return due.isValid() && due >= monday && due <= monday.addDays(6);
    }
    case DueWindow::Next30Days: return due.isValid() && due >= today && due <= today.addDays(30);
    }
    return true;
}

bool FollowUpsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = ActionStatus(index.data(FollowUpsModel::StatusRole).toInt());
    switch (m_status) {
    case StatusFilter::Unfinished:
        if (status == ActionStatus::Done)
            return false;
        break;
    case StatusFilter::Open:
        if (status != ActionStatus::Open)
            return false;
        break;
    case StatusFilter::InProgress:
        if (status != ActionStatus::InProgress)
            return false;
        break;
    case StatusFilter::Done:
        if (status != ActionStatus::Done)
            return false;
        break;
    case StatusFilter::Any: break;
    }
    if (!m_owner.isEmpty()) {
        const QString owner = sourceModel()->index(sourceRow, FollowUpsModel::OwnerColumn, sourceParent).data(Qt::EditRole).toString();
        if (owner.compare(m_owner, Qt::CaseInsensitive) != 0)
            return false;
    }
    return isInWindow(m_window, index.data(FollowUpsModel::DueRole).toDate(), status != ActionStatus::Done, today());
}

} // namespace Whyboard
