// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"

#include "itemmodels/documentrowsmodel.h"

namespace Whyboard {

// The people in the room: a name column and one check box column per role.
// Edits push EditParticipantCommand.
class ParticipantsModel : public DocumentRowsModel
{
    Q_OBJECT

public:
    enum { NameColumn = 0, FirstRoleColumn = 1 };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ParticipantsModel(QObject *parent = nullptr);

    QString participantId(int row) const;

    static ParticipantRole roleOfColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
};

} // namespace Whyboard
