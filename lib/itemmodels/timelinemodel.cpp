// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/timelinemodel.h"

#include "data/labels.h"
#include "data/localeformat.h"
#include "document/commands/editeventcommand.h"
#include "document/commands/editsessionfieldcommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/cardlabels.h"
#include "itemmodels/itemidsmime.h"
#include "itemmodels/rowhighlight.h"

#include <QColor>
#include <QLocale>

namespace Whyboard {

TimelineModel::TimelineModel(QObject *parent)
    : DocumentRowsModel({&SessionDocument::eventAboutToBeInserted, &SessionDocument::eventInserted,
                         &SessionDocument::eventAboutToBeRemoved, &SessionDocument::eventRemoved,
                         &SessionDocument::eventChanged},
                        parent)
{
}

void TimelineModel::followDocument(SessionDocument *document)
{
    m_highlighted.clear();
    if (!document)
        return;
    // The cards column shows card texts: keep it current when cards change.
    keep(connect(document, &SessionDocument::cardChanged, this, &TimelineModel::refreshCardsColumn));
    keep(connect(document, &SessionDocument::cardRemoved, this, &TimelineModel::refreshCardsColumn));
}

void TimelineModel::setHighlightedCards(const QStringList &cardIds)
{
    const QSet<QString> highlighted(cardIds.cbegin(), cardIds.cend());
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, HighlightedRole});
}

SessionField TimelineModel::fieldOf(TimelineTimes::Which which)
{
    switch (which) {
    case TimelineTimes::Which::Started: return SessionField::StartedAt;
    case TimelineTimes::Which::Detected: return SessionField::DetectedAt;
    case TimelineTimes::Which::Resolved: return SessionField::ResolvedAt;
    }
    return SessionField::StartedAt;
}

void TimelineModel::pushTimesFollowingTimeline(SessionDocument *document, const Session &before)
{
    for (const TimelineTimes::Source &follow : TimelineTimes::toFollow(before, document->session()))
        document->push(new EditSessionFieldCommand(document, fieldOf(follow.which), follow.at));
}

QString TimelineModel::eventId(int row) const
{
    if (!document() || row < 0 || row >= document()->session().timeline.size())
        return {};
    return document()->session().timeline.at(row).id;
}

int TimelineModel::rowOfEvent(const QString &eventId) const
{
    return document() ? document()->session().indexOfEvent(eventId) : -1;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !document())
        return 0;
    return int(document()->session().timeline.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TimelineModel::isHighlighted(int row) const
{
    if (m_highlighted.isEmpty())
        return false;
    for (const QString &cardId : document()->session().timeline.at(row).cardIds) {
        if (m_highlighted.contains(cardId))
            return true;
    }
    return false;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!document() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Session &session = document()->session();
    const TimelineEvent &event = session.timeline.at(index.row());
    switch (role) {
    case IdRole: return event.id;
    case CardIdsRole: return event.cardIds;
    case HighlightedRole: return isHighlighted(index.row());
    case PreviousTimeRole: {
        QDateTime previous;
        for (const TimelineEvent &other : session.timeline) {
            if (other.id != event.id && other.at.isValid() && (!event.at.isValid() || other.at <= event.at)
                && (!previous.isValid() || other.at > previous))
                previous = other.at;
        }
        return previous.isValid() ? previous : session.startedAt;
    }
    case Qt::BackgroundRole:
        if (isHighlighted(index.row())) {
            return RowHighlight::relatedBackground();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn && event.at.isValid())
            return QStringLiteral("%1 %2").arg(LocaleFormat::longDate(event.at.date()), LocaleFormat::time(event.at.time()));
        if (index.column() == TextColumn)
            return event.text;
        if (index.column() == CardsColumn)
            return cardLabels(session, event.cardIds);
        return {};
    default: break;
    }

    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return event.at.isValid() ? LocaleFormat::dateTime(event.at) : tr("(no time)");
        if (role == Qt::EditRole)
            return event.at;
        if (role == SortRole)
            return event.at.isValid() ? event.at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return Labels::eventKind(event.kind);
        if (role == Qt::EditRole || role == SortRole)
            return int(event.kind);
        break;
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return event.text;
        break;
    case CardsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return cardLabels(session, event.cardIds);
        break;
    default: break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Kind");
    case TextColumn: return tr("What happened");
    case CardsColumn: return tr("Related cards");
    default: return {};
    }
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return result;
    result |= Qt::ItemIsDragEnabled;
    if (document() && !document()->isReadOnly() && index.column() != CardsColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!document() || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    TimelineEvent event = document()->session().timeline.at(index.row());
    switch (index.column()) {
    case TimeColumn: {
        QDateTime time = value.toDateTime();
        if (!time.isValid())
            return false;
        // An editor gives a wall-clock time: keep the offset the event was written in.
        if (time.timeSpec() != Qt::OffsetFromUTC) {
            const int offset = event.at.isValid() ? event.at.offsetFromUtc() : 0;
            time = QDateTime(time.date(), time.time(), Qt::OffsetFromUTC, offset);
        }
        if (sameZonedTime(time, event.at))
            return false;
        event.at = time;
        break;
    }
    case KindColumn: {
        bool ok = false;
        const int kind = value.toInt(&ok);
        if (!ok || kind < int(EventKind::Trigger) || kind > int(EventKind::Note) || EventKind(kind) == event.kind)
            return false;
        event.kind = EventKind(kind);
        break;
    }
    case TextColumn:
        if (value.toString() == event.text)
            return false;
        event.text = value.toString();
        break;
    default:
        return false;
    }
    if (index.column() == TextColumn) // typing merges: no Step around it
        return document()->push(new EditEventCommand(document(), event));
    // A Trigger, Detection or Resolution moving may move the session's times with it.
    const Session before = document()->session();
    SessionDocument::Step step(document(), index.column() == TimeColumn ? tr("Change event time") : tr("Change event kind"));
    if (!document()->push(new EditEventCommand(document(), event)))
        return false;
    pushTimesFollowingTimeline(document(), before);
    return true;
}

QStringList TimelineModel::mimeTypes() const
{
    return {ItemIdsMime::eventIdsType()};
}

QMimeData *TimelineModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = eventId(index.row());
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ItemIdsMime::encode(ItemIdsMime::eventIdsType(), ids);
}

void TimelineModel::refreshCardsColumn()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, CardsColumn), index(rowCount() - 1, CardsColumn));
}

} // namespace Whyboard
