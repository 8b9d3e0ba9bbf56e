// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sessionsummary.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

namespace Whyboard {

class Library;

// Every session of a library: title, date, severity, status, time to detect and to resolve.
// Re-reads the library's summaries when it reports that its sessions changed.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, SeverityColumn, StatusColumn, DetectColumn, ResolveColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, SeverityRole, StatusRole, DateRole };

    explicit SessionListModel(QObject *parent = nullptr);

    Library *library() const;
    void setLibrary(Library *library);
    void reload();
    // An open session changed: show its new title, severity, status and times at once
    // (the library announces only added and removed sessions).
    void updateSession(const Session &session);

    SessionId sessionId(int row) const;
    int rowOfSession(SessionId id) const;
    const SessionSummary &summary(int row) const { return m_sessions.at(row); }

    // detected − started (or resolved − started), unknown when missing or negative.
    static std::optional<qint64> timeToDetect(const SessionSummary &summary);
    static std::optional<qint64> timeToResolve(const SessionSummary &summary);
    static QString formatDuration(std::optional<qint64> msecs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<Library> m_library;
    QList<SessionSummary> m_sessions;
    QMetaObject::Connection m_connection;
};

} // namespace Whyboard
