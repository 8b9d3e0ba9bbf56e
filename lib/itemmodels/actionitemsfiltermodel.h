// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Whyboard {

// Sorts the action items and narrows them: open only, one owner, overdue only.
class ActionItemsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActionItemsFilterModel(QObject *parent = nullptr);

    bool openOnly() const { return m_openOnly; }
    void setOpenOnly(bool openOnly);
    QString owner() const { return m_owner; }
    void setOwner(const QString &owner); // empty: everyone
    bool overdueOnly() const { return m_overdueOnly; }
    void setOverdueOnly(bool overdueOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_openOnly = false;
    bool m_overdueOnly = false;
    QString m_owner;
};

} // namespace Whyboard
