// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/documentrowsmodel.h"

namespace Whyboard {

// The session's parking lot, one idea a row in one column. Rewording pushes
// EditParkedIdeaCommand; an idea cannot be emptied (remove it instead).
class ParkingLotModel : public DocumentRowsModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ParkingLotModel(QObject *parent = nullptr);

    QString ideaId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
};

} // namespace Whyboard
