#pragma once

#include "model/enums.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Whyboard {

class SessionDocument;

// The people in the room: a name column and one check box column per role.
// Edits push EditParticipantCommand.
class ParticipantsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum { NameColumn = 0, FirstRoleColumn = 1 };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ParticipantsModel(QObject *parent = nullptr);

    void setDocument(SessionDocument *document);
    QString participantId(int row) const;

    static QString roleName(ParticipantRole role);
    static ParticipantRole roleOfColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QPointer<SessionDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Whyboard
