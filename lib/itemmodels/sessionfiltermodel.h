#pragma once

#include "data/session.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Whyboard {

// Narrows the session list: the library's full-text search, a severity, a status, a date range.
class SessionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SessionFilterModel(QObject *parent = nullptr);

    // Runs Library::search on the source model's library; empty text shows everything.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setSeverity(int severity); // 0: any
    void setStatus(std::optional<SessionStatus> status);
    void setDateRange(const QDate &from, const QDate &to); // invalid ends are open
    // Re-runs the search after the library changed.
    void refresh();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    std::optional<QSet<SessionId>> m_matches;
    int m_severity = 0;
    std::optional<SessionStatus> m_status;
    QDate m_from;
    QDate m_to;
};

} // namespace Whyboard
