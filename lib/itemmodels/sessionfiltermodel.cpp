// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/sessionfiltermodel.h"

#include "itemmodels/sessionlistmodel.h"
#include "storage/library.h"
#include "storage/librarysearch.h"

#include <QPoint>

#include <climits>

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
    m_hits.clear();
    if (!m_searchText.isEmpty() && list && list->library()) {
        const QList<SessionId> ids = list->library()->search(m_searchText);
        const QSet<SessionId> found(ids.cbegin(), ids.cend());
        // Hits come best first: the first of each session is its snippet and its rank.
        QHash<SessionId, int> ranks;
        for (const SearchHit &hit : LibrarySearch::hits(*list->library(), m_searchText, 500)) {
            if (found.contains(hit.sessionId) && !m_hits.contains(hit.sessionId)) {
                ranks.insert(hit.sessionId, int(ranks.size()));
                m_hits.insert(hit.sessionId, hit);
            }
        }
        for (SessionId id : ids) {
            if (!ranks.contains(id))
                ranks.insert(id, int(ranks.size()));
        }
        m_matches = ranks;
    }
    invalidate();
}

std::optional<SearchHit> SessionFilterModel::hitFor(SessionId id) const
{
    const auto it = m_hits.constFind(id);
    return it == m_hits.cend() ? std::nullopt : std::optional<SearchHit>(*it);
}

QVariant SessionFilterModel::data(const QModelIndex &index, int role) const
{
    if (role != SnippetRole && role != SnippetMarksRole && role != MatchFieldRole)
        return QSortFilterProxyModel::data(index, role);
    const std::optional<SearchHit> hit = hitFor(index.data(SessionListModel::IdRole).toLongLong());
    if (!hit)
        return {};
    if (role == SnippetRole)
        return hit->snippet;
    if (role == MatchFieldRole)
        return hit->field;
    QVariantList marks;
    for (const auto &[start, length] : hit->marks)
        marks.append(QPoint(start, length));
    return marks;
}

bool SessionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_matches)
        return QSortFilterProxyModel::lessThan(left, right);
    // Best first in either order of the sorted column.
    const int a = m_matches->value(left.data(SessionListModel::IdRole).toLongLong(), INT_MAX);
    const int b = m_matches->value(right.data(SessionListModel::IdRole).toLongLong(), INT_MAX);
    return sortOrder() == Qt::AscendingOrder ? a < b : a > b;
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
