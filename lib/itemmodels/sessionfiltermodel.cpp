#include "itemmodels/sessionfiltermodel.h"

#include "itemmodels/sessionlistmodel.h"
#include "storage/library.h"

namespace Whyboard {

SessionFilterModel::SessionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SessionListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SessionFilterModel::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
    refresh();
}

void SessionFilterModel::refresh()
{
    m_matches.reset();
    auto *list = qobject_cast<SessionListModel *>(sourceModel());
    if (!m_searchText.isEmpty() && list && list->library()) {
        const QList<SessionId> ids = list->library()->search(m_searchText);
        m_matches = QSet<SessionId>(ids.cbegin(), ids.cend());
    }
    invalidateFilter();
}

void SessionFilterModel::setSeverity(int severity)
{
    m_severity = severity;
    invalidateFilter();
}

void SessionFilterModel::setStatus(std::optional<SessionStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void SessionFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_matches && !m_matches->contains(index.data(SessionListModel::IdRole).toLongLong()))
        return false;
    if (m_severity > 0 && index.data(SessionListModel::SeverityRole).toInt() != m_severity)
        return false;
    if (m_status && index.data(SessionListModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = index.data(SessionListModel::DateRole).toDate();
        if (!date.isValid() || (m_from.isValid() && date < m_from) || (m_to.isValid() && date > m_to))
            return false;
    }
    return true;
}

} // namespace Whyboard
