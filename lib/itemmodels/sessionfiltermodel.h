// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "storage/searchhit.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Whyboard {

// Narrows the session list: the library's full-text search, a severity, a status, a date range.
// While a search is on, the sessions are ranked best match first whatever the sorted column,
// and every column answers the roles below with the best matching item of its session.
class SessionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Role {
        SnippetRole = Qt::UserRole + 100, // QString: the matching text around the match
        SnippetMarksRole,                 // QVariantList of QPoint(start, length) in the snippet
        MatchFieldRole,                   // QString: "title", "card", "timeline", ...
    };

    explicit SessionFilterModel(QObject *parent = nullptr);

    // Runs Library::search on the source model's library; empty text shows everything.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    bool isSearching() const { return m_matches.has_value(); }
    // The best matching item of a session while searching.
    std::optional<SearchHit> hitFor(SessionId id) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setSeverity(int severity); // 0: any
    void setStatus(std::optional<SessionStatus> status);
    void setDateRange(const QDate &from, const QDate &to); // invalid ends are open
    // Re-runs the search after the library changed.
    void refresh();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    std::optional<QHash<SessionId, int>> m_matches; // session -> its place in the ranking
    QHash<SessionId, SearchHit> m_hits;
    int m_severity = 0;
    std::optional<SessionStatus> m_status;
    QDate m_from;
    QDate m_to;
};

} // namespace Whyboard
