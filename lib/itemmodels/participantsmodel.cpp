// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/participantsmodel.h"

#include "data/labels.h"
#include "document/commands/editparticipantcommand.h"
#include "document/sessiondocument.h"

namespace Whyboard {

ParticipantsModel::ParticipantsModel(QObject *parent)
    : DocumentRowsModel({&SessionDocument::participantAboutToBeInserted, &SessionDocument::participantInserted,
                         &SessionDocument::participantAboutToBeRemoved, &SessionDocument::participantRemoved,
                         &SessionDocument::participantChanged},
                        parent)
{
}

QString ParticipantsModel::participantId(int row) const
{
    if (!document() || row < 0 || row >= document()->session().participants.size())
        return {};
    return document()->session().participants.at(row).id;
}

ParticipantRole ParticipantsModel::roleOfColumn(int column)
{
    return allParticipantRoles().at(column - FirstRoleColumn);
}

int ParticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !document() ? 0 : int(document()->session().participants.size());
}

int ParticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstRoleColumn + int(allParticipantRoles().size());
}

QVariant ParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!document() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Participant &participant = document()->session().participants.at(index.row());
    if (role == IdRole)
        return participant.id;
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return participant.name;
        return {};
    }
    if (role == Qt::CheckStateRole)
        return participant.roles.testFlag(roleOfColumn(index.column())) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return tr("%1 %2").arg(participant.name, Labels::participantRole(roleOfColumn(index.column())).toLower());
    return {};
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Name");
    if (section < columnCount())
        return Labels::participantRole(roleOfColumn(section));
    return {};
}

Qt::ItemFlags ParticipantsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid() || !document() || document()->isReadOnly())
        return result;
    return result | (index.column() == NameColumn ? Qt::ItemIsEditable : Qt::ItemIsUserCheckable);
}

bool ParticipantsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!document() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Participant participant = document()->session().participants.at(index.row());
    if (index.column() == NameColumn && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == participant.name)
            return false; // a participant without a name would be nonsense
        participant.name = name;
    } else if (index.column() != NameColumn && role == Qt::CheckStateRole) {
        const bool checked = Qt::CheckState(value.toInt()) == Qt::Checked;
        const ParticipantRole participantRole = roleOfColumn(index.column());
        if (participant.roles.testFlag(participantRole) == checked)
            return false;
        participant.roles.setFlag(participantRole, checked);
    } else {
        return false;
    }
    return document()->push(new EditParticipantCommand(document(), participant));
}

} // namespace Whyboard
