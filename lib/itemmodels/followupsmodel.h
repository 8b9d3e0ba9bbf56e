// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/followupsquery.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>

#include <functional>

namespace Whyboard {

// Every action item of the library, one row each, with its session: what the Follow-ups page
// shows. Rows come from FollowUpsQuery; an edit goes to the editor the page supplies, which
// pushes it on that session's document, and the page refreshes the rows once it is written.
class FollowUpsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SessionColumn, TextColumn, OwnerColumn, DueColumn, StatusColumn, ColumnCount };
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        ActionIdRole,
        SortRole,
        OverdueRole,
        UnfinishedRole,
        DueRole,    // QDate, invalid for none
        StatusRole, // int(ActionStatus)
    };
    // Changes one field (OwnerColumn, DueColumn or StatusColumn) of one action; false when
    // the edit was refused.
    using Editor = std::function<bool(const FollowUp &followUp, int column, const QVariant &value)>;

    explicit FollowUpsModel(QObject *parent = nullptr);

    void setFollowUps(const QList<FollowUp> &followUps);
    const QList<FollowUp> &followUps() const { return m_rows; }
    const FollowUp &followUp(int row) const { return m_rows.at(row); }
    int rowOf(SessionId sessionId, const QString &actionId) const;
    void setEditor(Editor editor) { m_editor = std::move(editor); }

    // "Today" for the overdue mark; the current date unless a test sets it.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today);

    // The overdue text colour: red, as dark or as light as it must be to read at 4.5:1 or
    // better on the background (the view's base colour) and on the alternate rows' colour.
    static QColor overdueForeground(const QColor &background, const QColor &alternate = QColor());

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QVariant displayData(const FollowUp &followUp, int column) const;

    QList<FollowUp> m_rows;
    QDate m_today;
    Editor m_editor;
};

} // namespace Whyboard
