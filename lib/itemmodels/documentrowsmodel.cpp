// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/documentrowsmodel.h"

#include "document/sessiondocument.h"

namespace Whyboard {

DocumentRowsModel::DocumentRowsModel(const RowSignals &rowSignals, QObject *parent)
    : QAbstractTableModel(parent)
    , m_rowSignals(rowSignals)
{
}

SessionDocument *DocumentRowsModel::document() const
{
    return m_document;
}

void DocumentRowsModel::setDocument(SessionDocument *document)
{
    beginResetModel();
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    if (document) {
        keep(connect(document, m_rowSignals.aboutToBeInserted, this, [this](int row) { beginInsertRows({}, row, row); }));
        keep(connect(document, m_rowSignals.inserted, this, [this] { endInsertRows(); }));
        keep(connect(document, m_rowSignals.aboutToBeRemoved, this, [this](int row) { beginRemoveRows({}, row, row); }));
        keep(connect(document, m_rowSignals.removed, this, [this] { endRemoveRows(); }));
        keep(connect(document, m_rowSignals.changed, this,
                     [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1)); }));
        keep(connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); }));
    }
    followDocument(document);
    endResetModel();
}

} // namespace Whyboard
