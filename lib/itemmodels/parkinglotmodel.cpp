// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/parkinglotmodel.h"

#include "document/commands/editparkedideacommand.h"
#include "document/sessiondocument.h"

namespace Whyboard {

ParkingLotModel::ParkingLotModel(QObject *parent)
    : DocumentRowsModel({&SessionDocument::parkedIdeaAboutToBeInserted, &SessionDocument::parkedIdeaInserted,
                         &SessionDocument::parkedIdeaAboutToBeRemoved, &SessionDocument::parkedIdeaRemoved,
                         &SessionDocument::parkedIdeaChanged},
                        parent)
{
}

QString ParkingLotModel::ideaId(int row) const
{
    if (!document() || row < 0 || row >= document()->session().parkingLot.size())
        return {};
    return document()->session().parkingLot.at(row).id;
}

int ParkingLotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !document() ? 0 : int(document()->session().parkingLot.size());
}

int ParkingLotModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 1; }

QVariant ParkingLotModel::data(const QModelIndex &index, int role) const
{
    if (!document() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ParkedIdea &idea = document()->session().parkingLot.at(index.row());
    switch (role) {
    case IdRole:
        return idea.id;
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return idea.text;
    default:
        return {};
    }
}

QVariant ParkingLotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Idea");
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ParkingLotModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && document() && !document()->isReadOnly())
        result |= Qt::ItemIsEditable;
    return result;
}

bool ParkingLotModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!document() || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ParkedIdea idea = document()->session().parkingLot.at(index.row());
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text == idea.text)
        return false;
    idea.text = text;
    return document()->push(new EditParkedIdeaCommand(document(), idea));
}

} // namespace Whyboard
