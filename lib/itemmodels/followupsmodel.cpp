// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/followupsmodel.h"

#include "analysis/statuscolours.h"
#include "data/labels.h"
#include "data/localeformat.h"

#include <QFont>

#include <algorithm>
#include <limits>

namespace Whyboard {

FollowUpsModel::FollowUpsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FollowUpsModel::setFollowUps(const QList<FollowUp> &followUps)
{
    beginResetModel();
    m_rows = followUps;
    endResetModel();
}

int FollowUpsModel::rowOf(SessionId sessionId, const QString &actionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sessionId == sessionId && m_rows.at(row).actionId == actionId)
            return row;
    }
    return -1;
}

void FollowUpsModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QColor FollowUpsModel::overdueForeground(const QColor &background, const QColor &alternate)
{
    return StatusColours::textOn(StatusColours::Status::Error, background, alternate);
}

int FollowUpsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpsModel::displayData(const FollowUp &followUp, int column) const
{
    switch (column) {
    case SessionColumn: return followUp.sessionTitle;
    case TextColumn: return followUp.text;
    case OwnerColumn: return followUp.owner.isEmpty() ? Labels::notSet() : followUp.owner;
    case DueColumn:
        if (!followUp.due.isValid())
            return Labels::notSet();
        // Not by colour alone: the words say it too.
        return followUp.isOverdue(today()) ? tr("%1 (overdue)").arg(LocaleFormat::date(followUp.due))
                                           : LocaleFormat::date(followUp.due);
    case StatusColumn: return Labels::actionStatus(followUp.status);
    default: return {};
    }
}

QVariant FollowUpsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FollowUp &followUp = m_rows.at(index.row());
    const bool overdue = followUp.isOverdue(today());
    switch (role) {
    case Qt::DisplayRole: return displayData(followUp, index.column());
    case Qt::ToolTipRole:
        if (overdue && index.column() == DueColumn)
            return tr("Overdue since %1").arg(LocaleFormat::date(followUp.due));
        if (index.column() == SessionColumn)
            return tr("Session %1: %2 (Enter opens it)").arg(followUp.sessionId).arg(followUp.sessionTitle);
        return displayData(followUp, index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case OwnerColumn: return followUp.owner;
        case DueColumn: return followUp.due;
        case StatusColumn: return int(followUp.status);
        default: return displayData(followUp, index.column());
        }
    case SortRole:
        switch (index.column()) {
        case DueColumn: return followUp.due.isValid() ? followUp.due.toJulianDay() : std::numeric_limits<qint64>::max();
        case StatusColumn: return int(followUp.status);
        default: return displayData(followUp, index.column()).toString().toCaseFolded();
        }
    case SessionIdRole: return followUp.sessionId;
    case ActionIdRole: return followUp.actionId;
    case OverdueRole: return overdue;
    case UnfinishedRole: return followUp.isUnfinished();
    case DueRole: return followUp.due;
    case StatusRole: return int(followUp.status);
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DueColumn || index.column() == StatusColumn))
            return StatusColours::cellText(StatusColours::Status::Error, StatusColours::currentPalette());
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == DueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant FollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SessionColumn: return tr("Session");
    case TextColumn: return tr("Action");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

Qt::ItemFlags FollowUpsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editor
        && (index.column() == OwnerColumn || index.column() == DueColumn || index.column() == StatusColumn))
        result |= Qt::ItemIsEditable;
    return result;
}

bool FollowUpsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editor || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    // A copy: the editor's write refreshes the rows.
    const FollowUp followUp = m_rows.at(index.row());
    return m_editor(followUp, index.column(), value);
}

} // namespace Whyboard
