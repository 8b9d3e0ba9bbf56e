// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/timelineimportplan.h"

#include <QAbstractTableModel>

namespace Whyboard {

// The import preview's rows: every entry the export gave, the event it becomes and whether it
// is added. New rows start chosen and can be dropped (or picked again) with their check box
// or Space; their kind can be changed. Rows that will not be added say why.
class TimelineImportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, EventColumn, StatusColumn, SourceColumn, ColumnCount };

    explicit TimelineImportModel(QObject *parent = nullptr);

    void setRows(const QList<TimelineImportRow> &rows);
    const QList<TimelineImportRow> &rows() const { return m_rows; }

    // The events of the chosen rows, with the kinds as the user left them.
    QList<TimelineEvent> chosenEvents() const;
    int chosenCount() const { return m_chosenCount; }
    int count(TimelineImportRow::Status status) const;
    // Chooses every New row, or none.
    void chooseAll(bool chosen);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void chosenCountChanged(int count);

private:
    QString statusText(const TimelineImportRow &row) const;

    QList<TimelineImportRow> m_rows;
    QList<bool> m_chosen;
    int m_chosenCount = 0;
};

} // namespace Whyboard
