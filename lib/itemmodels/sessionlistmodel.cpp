// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/sessionlistmodel.h"

#include "analysis/incidentmetrics.h"
#include "data/labels.h"
#include "storage/library.h"
#include "data/localeformat.h"

namespace Whyboard {

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Library *SessionListModel::library() const
{
    return m_library;
}

void SessionListModel::setLibrary(Library *library)
{
    disconnect(m_connection);
    m_library = library;
    if (library)
        m_connection = connect(library, &Library::sessionsChanged, this, &SessionListModel::reload);
    reload();
}

void SessionListModel::reload()
{
    beginResetModel();
    m_sessions = m_library ? m_library->sessions() : QList<SessionSummary>();
    endResetModel();
}

void SessionListModel::updateSession(const Session &session)
{
    const int row = rowOfSession(session.id);
    if (row < 0)
        return;
    SessionSummary &summary = m_sessions[row];
    summary.title = session.title;
    summary.summary = session.summary;
    summary.severity = session.severity;
    summary.status = session.status;
    summary.startedAt = session.startedAt;
    summary.detectedAt = session.detectedAt;
    summary.resolvedAt = session.resolvedAt;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

SessionId SessionListModel::sessionId(int row) const
{
    return row >= 0 && row < m_sessions.size() ? m_sessions.at(row).id : 0;
}

int SessionListModel::rowOfSession(SessionId id) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == id)
            return row;
    }
    return -1;
}

namespace {
std::optional<qint64> between(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    const qint64 msecs = from.msecsTo(to);
    return msecs >= 0 ? std::optional<qint64>(msecs) : std::nullopt;
}
} // namespace

std::optional<qint64> SessionListModel::timeToDetect(const SessionSummary &summary)
{
    return between(summary.startedAt, summary.detectedAt);
}

std::optional<qint64> SessionListModel::timeToResolve(const SessionSummary &summary)
{
    return between(summary.startedAt, summary.resolvedAt);
}

QString SessionListModel::formatDuration(std::optional<qint64> msecs)
{
    return msecs ? IncidentMetrics::formatDuration(*msecs) : tr("unknown");
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SessionSummary &session = m_sessions.at(index.row());
    switch (role) {
    case IdRole: return session.id;
    case SeverityRole: return session.severity;
    case StatusRole: return int(session.status);
    case DateRole: return session.startedAt.isValid() ? session.startedAt.date() : QDate();
    case Qt::ToolTipRole: return session.summary.isEmpty() ? session.title : session.summary;
    case Qt::TextAlignmentRole:
        return index.column() == SeverityColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return session.title.isEmpty() ? tr("(untitled)") : session.title;
        case DateColumn:
            return LocaleFormat::date(session.startedAt.date());
        case SeverityColumn: return session.severity > 0 ? QString::number(session.severity) : tr("–");
        case StatusColumn: return Labels::sessionStatus(session.status);
        case DetectColumn: return formatDuration(timeToDetect(session));
        case ResolveColumn: return formatDuration(timeToResolve(session));
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case TitleColumn: return session.title;
        case DateColumn: return session.startedAt.isValid() ? session.startedAt.toMSecsSinceEpoch() : 0;
        case SeverityColumn: return session.severity > 0 ? session.severity : 99;
        case StatusColumn: return int(session.status);
        case DetectColumn: return timeToDetect(session).value_or(-1);
        case ResolveColumn: return timeToResolve(session).value_or(-1);
        default: return {};
        }
    default: return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Title");
    case DateColumn: return tr("Date");
    case SeverityColumn: return tr("Sev.");
    case StatusColumn: return tr("Status");
    case DetectColumn: return tr("To detect");
    case ResolveColumn: return tr("To resolve");
    default: return {};
    }
}

} // namespace Whyboard
