// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/actionitemsmodel.h"

#include "analysis/statuscolours.h"
#include "document/commands/editactioncommand.h"
#include "document/sessiondocument.h"
#include "data/labels.h"
#include "itemmodels/cardlabels.h"
#include "itemmodels/itemidsmime.h"
#include "itemmodels/rowhighlight.h"
#include "data/localeformat.h"

#include <QColor>
#include <QFont>
#include <QUrl>

namespace Whyboard {

ActionItemsModel::ActionItemsModel(QObject *parent)
    : DocumentRowsModel({&SessionDocument::actionAboutToBeInserted, &SessionDocument::actionInserted,
                         &SessionDocument::actionAboutToBeRemoved, &SessionDocument::actionRemoved,
                         &SessionDocument::actionChanged},
                        parent)
{
}

void ActionItemsModel::followDocument(SessionDocument *document)
{
    m_highlighted.clear();
    if (!document)
        return;
    // The related column names cards and events: keep it current.
    keep(connect(document, &SessionDocument::cardChanged, this, &ActionItemsModel::refreshAll));
    keep(connect(document, &SessionDocument::cardRemoved, this, &ActionItemsModel::refreshAll));
    keep(connect(document, &SessionDocument::eventChanged, this, &ActionItemsModel::refreshAll));
}

void ActionItemsModel::setToday(const QDate &today)
{
    m_today = today;
    refreshAll();
}

void ActionItemsModel::setHighlightedCards(const QStringList &cardIds)
{
    const QSet<QString> highlighted(cardIds.cbegin(), cardIds.cend());
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    refreshAll();
}

QString ActionItemsModel::actionId(int row) const
{
    if (!document() || row < 0 || row >= document()->session().actions.size())
        return {};
    return document()->session().actions.at(row).id;
}

int ActionItemsModel::rowOfAction(const QString &actionId) const
{
    return document() ? document()->session().indexOfAction(actionId) : -1;
}

bool ActionItemsModel::isOverdue(int row) const
{
    if (!document() || row < 0 || row >= document()->session().actions.size())
        return false;
    const ActionItem &action = document()->session().actions.at(row);
    return action.status != ActionStatus::Done && action.due.isValid() && action.due < today();
}

int ActionItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !document() ? 0 : int(document()->session().actions.size());
}

int ActionItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
// A cell shows a dash, not "No category", for a value the room has not chosen yet.
template<typename Enum>
QString cellText(Enum value, QString (*name)(Enum))
{
    return value == Enum::None ? Labels::notSet() : name(value);
}
} // namespace

QVariant ActionItemsModel::displayData(int row, int column) const
{
    const Session &session = document()->session();
    const ActionItem &action = session.actions.at(row);
    switch (column) {
    case TextColumn: return action.text;
    case OwnerColumn: return action.owner;
    case DueColumn: return LocaleFormat::date(action.due);
    case CategoryColumn: return cellText(action.category, &Labels::actionCategory);
    case HorizonColumn: return cellText(action.horizon, &Labels::actionHorizon);
    case StatusColumn: return Labels::actionStatus(action.status);
    case RelatedColumn: {
        QStringList parts;
        if (!action.cardIds.isEmpty())
            parts << cardLabels(session, action.cardIds);
        for (const QString &eventId : action.eventIds) {
            const int eventRow = session.indexOfEvent(eventId);
            if (eventRow >= 0)
                parts << tr("event: %1").arg(session.timeline.at(eventRow).text.left(32));
        }
        return parts.join(QStringLiteral("; "));
    }
    case LinkColumn: return action.link;
    default: return {};
    }
}

QVariant ActionItemsModel::data(const QModelIndex &index, int role) const
{
    if (!document() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ActionItem &action = document()->session().actions.at(index.row());
    const bool highlighted = std::any_of(action.cardIds.cbegin(), action.cardIds.cend(),
                                         [this](const QString &id) { return m_highlighted.contains(id); });
    switch (role) {
    case Qt::DisplayRole: return displayData(index.row(), index.column());
    case Qt::ToolTipRole: {
        if (index.column() == LinkColumn && !action.link.isEmpty())
            return tr("Open %1").arg(action.link);
        if (isOverdue(index.row()))
            return tr("Overdue since %1").arg(LocaleFormat::date(action.due));
        return displayData(index.row(), index.column());
    }
    case IdRole: return action.id;
    case CardIdsRole: return action.cardIds;
    case EventIdsRole: return action.eventIds;
    case OverdueRole: return isOverdue(index.row());
    case OpenRole: return action.status != ActionStatus::Done;
    case HighlightedRole: return highlighted;
    case Qt::EditRole:
        switch (index.column()) {
        case TextColumn: return action.text;
        case OwnerColumn: return action.owner;
        case DueColumn: return action.due;
        case CategoryColumn: return int(action.category);
        case HorizonColumn: return int(action.horizon);
        case StatusColumn: return int(action.status);
        case LinkColumn: return action.link;
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case DueColumn: return action.due.isValid() ? action.due.toJulianDay() : std::numeric_limits<qint64>::max();
        case CategoryColumn: return int(action.category);
        case HorizonColumn: return int(action.horizon);
        case StatusColumn: return int(action.status);
        default: return displayData(index.row(), index.column());
        }
    case Qt::BackgroundRole:
        if (highlighted) {
            return RowHighlight::relatedBackground();
        }
        if (isOverdue(index.row()))
            return StatusColours::fieldBackground(StatusColours::Status::Error, StatusColours::currentPalette());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == LinkColumn && !action.link.isEmpty())
            return RowHighlight::linkForeground();
        return {};
    case Qt::FontRole:
        if ((index.column() == LinkColumn && !action.link.isEmpty())
            || (index.column() == DueColumn && isOverdue(index.row()))) {
            QFont font;
            font.setUnderline(index.column() == LinkColumn);
            font.setBold(index.column() == DueColumn);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant ActionItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn: return tr("Action");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case CategoryColumn: return tr("Category");
    case HorizonColumn: return tr("Horizon");
    case StatusColumn: return tr("Status");
    case RelatedColumn: return tr("Addresses");
    case LinkColumn: return tr("Tracker link");
    default: return {};
    }
}

Qt::ItemFlags ActionItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return result;
    result |= Qt::ItemIsDragEnabled;
    if (document() && !document()->isReadOnly() && index.column() != RelatedColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool ActionItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!document() || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const ActionItem original = document()->session().actions.at(index.row());
    ActionItem action = original;
    const auto enumValue = [&value](int low, int high, int *out) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < low || number > high)
            return false;
        *out = number;
        return true;
    };
    int number = 0;
    switch (index.column()) {
    case TextColumn: action.text = value.toString(); break;
    case OwnerColumn: action.owner = value.toString().trimmed(); break;
    case DueColumn:
        // An empty value clears the date; anything else must be a real date.
        if (value.isNull() || value.toString().isEmpty())
            action.due = QDate();
        else if (value.toDate().isValid())
            action.due = value.toDate();
        else
            return false;
        break;
    case CategoryColumn:
        if (!enumValue(int(ActionCategory::None), int(ActionCategory::Training), &number))
            return false;
        action.category = ActionCategory(number);
        break;
    case HorizonColumn:
        if (!enumValue(int(ActionHorizon::None), int(ActionHorizon::Long), &number))
            return false;
        action.horizon = ActionHorizon(number);
        break;
    case StatusColumn:
        if (!enumValue(int(ActionStatus::Open), int(ActionStatus::Done), &number))
            return false;
        action.status = ActionStatus(number);
        break;
    case LinkColumn: {
        const QString link = value.toString().trimmed();
        if (!link.isEmpty() && !QUrl(link, QUrl::StrictMode).isValid())
            return false;
        action.link = link;
        break;
    }
    default: return false;
    }
    if (action == original)
        return false;
    return document()->push(new EditActionCommand(document(), action));
}

QStringList ActionItemsModel::mimeTypes() const
{
    return {ItemIdsMime::actionIdsType()};
}

QMimeData *ActionItemsModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = actionId(index.row());
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ItemIdsMime::encode(ItemIdsMime::actionIdsType(), ids);
}

void ActionItemsModel::refreshAll()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Whyboard
