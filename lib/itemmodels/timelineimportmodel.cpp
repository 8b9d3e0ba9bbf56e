// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/timelineimportmodel.h"

#include "data/labels.h"
#include "data/localeformat.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>
#include <cstdlib>

namespace Whyboard {

TimelineImportModel::TimelineImportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineImportModel::setRows(const QList<TimelineImportRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_chosen.clear();
    m_chosen.reserve(rows.size());
    m_chosenCount = 0;
    for (const TimelineImportRow &row : rows) {
        const bool isNew = row.status == TimelineImportRow::Status::New;
        m_chosen.append(isNew);
        m_chosenCount += isNew;
    }
    endResetModel();
    Q_EMIT chosenCountChanged(m_chosenCount);
}

QList<TimelineEvent> TimelineImportModel::chosenEvents() const
{
    return TimelineImportPlan::eventsToAdd(m_rows, m_chosen);
}

int TimelineImportModel::count(TimelineImportRow::Status status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [status](const TimelineImportRow &row) { return row.status == status; }));
}

void TimelineImportModel::chooseAll(bool chosen)
{
    m_chosenCount = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_chosen[i] = chosen && m_rows.at(i).status == TimelineImportRow::Status::New;
        m_chosenCount += m_chosen.at(i);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn), {Qt::CheckStateRole});
    Q_EMIT chosenCountChanged(m_chosenCount);
}

int TimelineImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineImportModel::statusText(const TimelineImportRow &row) const
{
    switch (row.status) {
    case TimelineImportRow::Status::New:
        return row.record.sourceType.isEmpty() ? tr("New") : tr("New (%1)").arg(row.record.sourceType);
    case TimelineImportRow::Status::AlreadyInTimeline:
    case TimelineImportRow::Status::RepeatedInFile:
    case TimelineImportRow::Status::Skipped:
        return tr("Not added: %1").arg(row.reason);
    }
    return {};
}

QVariant TimelineImportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TimelineImportRow &row = m_rows.at(index.row());
    const bool isNew = row.status == TimelineImportRow::Status::New;
    if (role == Qt::CheckStateRole && index.column() == TimeColumn && isNew)
        return m_chosen.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && !isNew)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::EditRole && index.column() == KindColumn)
        return int(row.event.kind);
    if (role == Qt::ToolTipRole && index.column() == EventColumn)
        return row.event.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: {
        if (!row.event.at.isValid())
            return QString();
        // With its offset: the zone chosen in the preview decides it, so the room sees which.
        const int minutes = row.event.at.offsetFromUtc() / 60;
        return QStringLiteral("%1 UTC%2%3:%4")
            .arg(LocaleFormat::dateTime(row.event.at), minutes < 0 ? QStringLiteral("−") : QStringLiteral("+"))
            .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'))
            .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
    }
    case KindColumn: return Labels::eventKind(row.event.kind);
    case EventColumn: {
        // One line in the table: a long message shows its start, the tool tip the whole.
        QString text = row.event.text;
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text.size() > 300 ? QString(text.left(300) + QChar(0x2026)) : text;
    }
    case StatusColumn: return statusText(row);
    case SourceColumn: return row.record.location;
    }
    return {};
}

bool TimelineImportModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    TimelineImportRow &row = m_rows[index.row()];
    if (row.status != TimelineImportRow::Status::New)
        return false;
    if (role == Qt::CheckStateRole && index.column() == TimeColumn) {
        const bool chosen = value.toInt() == Qt::Checked;
        if (chosen == m_chosen.at(index.row()))
            return true;
        m_chosen[index.row()] = chosen;
        m_chosenCount += chosen ? 1 : -1;
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT chosenCountChanged(m_chosenCount);
        return true;
    }
    if (role == Qt::EditRole && index.column() == KindColumn) {
        row.event.kind = EventKind(value.toInt());
        Q_EMIT dataChanged(index, index);
        return true;
    }
    return false;
}

Qt::ItemFlags TimelineImportModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_rows.at(index.row()).status != TimelineImportRow::Status::New)
        return flags;
    if (index.column() == TimeColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == KindColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TimelineImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Kind");
    case EventColumn: return tr("Event");
    case StatusColumn: return tr("Added?");
    case SourceColumn: return tr("From");
    }
    return {};
}

} // namespace Whyboard
