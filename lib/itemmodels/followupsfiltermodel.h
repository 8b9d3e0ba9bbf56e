// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace Whyboard {

// The follow-ups a lead asks for: one owner's, by status, by when they are due. Sorts by the
// model's SortRole (dates as dates, no date last).
class FollowUpsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { Unfinished, Open, InProgress, Done, Any };
    enum class DueWindow { Any, Overdue, ThisWeek, Next30Days, NoDueDate };

    explicit FollowUpsFilterModel(QObject *parent = nullptr);

    void setOwner(const QString &owner); // empty: everyone
    void setStatusFilter(StatusFilter filter);
    void setDueWindow(DueWindow window);
    QString owner() const { return m_owner; }
    StatusFilter statusFilter() const { return m_status; }
    DueWindow dueWindow() const { return m_window; }

    // "Today" for the windows; the current date unless a test sets it.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today);

    // Whether a due day (invalid for none) of an unfinished or done action is in a window.
    static bool isInWindow(DueWindow window, const QDate &due, bool unfinished, const QDate &today);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_owner;
    StatusFilter m_status = StatusFilter::Unfinished;
    DueWindow m_window = DueWindow::Any;
    QDate m_today;
};

} // namespace Whyboard
