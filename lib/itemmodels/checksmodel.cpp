// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/checksmodel.h"

#include "analysis/chainchecks.h"
#include "analysis/chainpaths.h"
#include "data/labels.h"
#include "document/sessiondocument.h"
#include "itemmodels/repeatcausewatch.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace Whyboard {

namespace {

QString oneLine(const QString &text, int length = 60)
{
    const QString line = text.simplified();
    return line.size() <= length ? line : QString(line.left(length - 1) + QStringLiteral("…"));
}

// A finding is the same row from one refresh to the next when it is about the same item.
QString rowKey(const CheckFinding &finding)
{
    return QString::number(int(finding.itemKind)) + QLatin1Char('\n') + finding.itemId;
}

} // namespace

ChecksModel::ChecksModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

ChecksModel::~ChecksModel() = default;

void ChecksModel::setDocument(SessionDocument *document)
{
    if (document == m_document && (document || m_groups.isEmpty()))
        return;
    disconnect(m_stepConnection);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    m_groups.clear();
    m_depths.clear();
    endResetModel();
    if (document) {
        m_stepConnection = connect(document, &SessionDocument::stepFinished, this, &ChecksModel::refresh);
        connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    refresh();
}

void ChecksModel::setLibrary(Library *library)
{
    if (!m_repeats) {
        if (!library)
            return;
        m_repeats = new RepeatCauseWatch(this);
        connect(m_repeats, &RepeatCauseWatch::answersChanged, this, &ChecksModel::refresh);
    }
    m_repeats->setLibrary(library);
}

void ChecksModel::setIncludeDismissed(bool include)
{
    if (include == m_includeDismissed)
        return;
    m_includeDismissed = include;
    refresh();
}

void ChecksModel::refresh()
{
    QList<CheckFinding> found;
    if (m_document) {
        ChainCheckOptions options;
        options.includeDismissed = m_includeDismissed;
        found = ChainChecks::run(m_document->session(), options);
        if (m_repeats && m_repeats->library())
            found += RepeatCauses::findings(m_document->session(), *m_repeats, m_includeDismissed);
        m_depths = ChainPaths::depthRanges(m_document->session());
    } else {
        m_depths.clear();
    }
    const bool changed = found != findings();

    QList<Group> groups;
    const QStringList checkIds = CheckIds::all() << CheckIds::repeat;
    for (int c = 0; c < checkIds.size(); ++c) {
        Group group{checkIds.at(c), quintptr(c + 1), {}};
        for (const CheckFinding &f : std::as_const(found)) {
            if (f.checkId == group.checkId)
                group.findings.append(f);
        }
        if (!group.findings.isEmpty())
            groups.append(group);
    }
    apply(groups);

    // The labels read the document: any row may read differently after a step (a card's
    // text, a why's depth), even when the findings are the same.
    if (!m_groups.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0));
        for (int g = 0; g < m_groups.size(); ++g) {
            const QModelIndex parent = index(g, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(int(m_groups.at(g).findings.size()) - 1, 0, parent));
        }
    }
    if (changed)
        Q_EMIT findingsChanged();
}

void ChecksModel::apply(const QList<Group> &groups)
{
    QSet<quintptr> wanted;
    for (const Group &group : groups)
        wanted.insert(group.tag);
    for (int g = int(m_groups.size()) - 1; g >= 0; --g) {
        if (wanted.contains(m_groups.at(g).tag))
            continue;
        beginRemoveRows({}, g, g);
        m_groups.removeAt(g);
        endRemoveRows();
    }
    // Both lists are in check order, so a new group goes before the first later check.
    for (const Group &group : groups) {
        const int row = groupRowOfTag(group.tag);
        if (row >= 0) {
            applyFindings(row, group.findings);
            continue;
        }
        int at = 0;
        while (at < m_groups.size() && m_groups.at(at).tag < group.tag)
            ++at;
        beginInsertRows({}, at, at);
        m_groups.insert(at, group);
        endInsertRows();
    }
}

void ChecksModel::applyFindings(int groupRow, const QList<CheckFinding> &findings)
{
    const QModelIndex parent = index(groupRow, 0);
    QList<CheckFinding> &rows = m_groups[groupRow].findings;
    QSet<QString> wanted;
    for (const CheckFinding &f : findings)
        wanted.insert(rowKey(f));
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(rowKey(rows.at(i))))
            continue;
        beginRemoveRows(parent, i, i);
        rows.removeAt(i);
        endRemoveRows();
    }
    // What is left is in the new order already, or a move away from it (cards reordered).
    for (int i = 0; i < findings.size(); ++i) {
        const QString key = rowKey(findings.at(i));
        if (i < rows.size() && rowKey(rows.at(i)) == key) {
            rows[i] = findings.at(i);
            continue;
        }
        int from = -1;
        for (int r = i + 1; r < rows.size() && from < 0; ++r) {
            if (rowKey(rows.at(r)) == key)
                from = r;
        }
        if (from >= 0) {
            beginMoveRows(parent, from, from, parent, i);
            rows.move(from, i);
            endMoveRows();
            rows[i] = findings.at(i);
        } else {
            beginInsertRows(parent, i, i);
            rows.insert(i, findings.at(i));
            endInsertRows();
        }
    }
    Q_ASSERT(rows.size() == findings.size());
}

int ChecksModel::groupRowOfTag(quintptr tag) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).tag == tag)
            return g;
    }
    return -1;
}

QList<CheckFinding> ChecksModel::findings() const
{
    QList<CheckFinding> result;
    for (const Group &group : m_groups)
        result += group.findings;
    return result;
}

int ChecksModel::openCount() const
{
    int open = 0;
    for (const Group &group : m_groups) {
        for (const CheckFinding &f : group.findings)
            open += f.dismissed ? 0 : 1;
    }
    return open;
}

std::optional<CheckFinding> ChecksModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return std::nullopt;
    const int g = groupRowOfTag(index.internalId());
    if (g < 0 || index.row() >= m_groups.at(g).findings.size())
        return std::nullopt;
    return m_groups.at(g).findings.at(index.row());
}

QModelIndex ChecksModel::indexOf(const QString &checkId, const QString &itemId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).checkId != checkId)
            continue;
        const QList<CheckFinding> &rows = m_groups.at(g).findings;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).itemId == itemId)
                return createIndex(i, 0, m_groups.at(g).tag);
        }
    }
    return {};
}

bool ChecksModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() == 0;
}

QModelIndex ChecksModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (!isGroup(parent) || parent.column() != 0 || parent.row() >= m_groups.size())
        return {};
    const Group &group = m_groups.at(parent.row());
    return row < group.findings.size() ? createIndex(row, 0, group.tag) : QModelIndex();
}

QModelIndex ChecksModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int g = groupRowOfTag(child.internalId());
    return g >= 0 ? createIndex(g, 0, quintptr(0)) : QModelIndex();
}

int ChecksModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (!isGroup(parent) || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).findings.size());
}

int ChecksModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ChecksModel::data(const QModelIndex &index, int role) const
{
    if (isGroup(index)) {
        if (index.row() >= m_groups.size() || index.column() != 0)
            return {};
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(ChainChecks::checkTitle(group.checkId)).arg(group.findings.size());
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case CheckIdRole:
            return group.checkId;
        case FindingCountRole:
            return int(group.findings.size());
        default:
            return {};
        }
    }
    const auto f = finding(index);
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return f->dismissed ? tr("%1 (dismissed: %2)").arg(itemLabel(*f), f->dismissalReason) : itemLabel(*f);
    case Qt::ToolTipRole:
        return QString(f->message + QLatin1Char('\n') + f->suggestion);
    case Qt::ForegroundRole:
        if (f->dismissed)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case CheckIdRole:
        return f->checkId;
    case ItemIdRole:
        return f->itemId;
    case ItemKindRole:
        return int(f->itemKind);
    case MessageRole:
        return f->message;
    case SuggestionRole:
        return f->suggestion;
    case DismissedRole:
        return f->dismissed;
    case DismissalReasonRole:
        return f->dismissalReason;
    case RelatedCardIdsRole:
        return relatedCardIds(*f);
    case ItemLabelRole:
        return itemLabel(*f);
    default:
        return {};
    }
}

Qt::ItemFlags ChecksModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A heading is not a finding: nothing acts on it.
    return isGroup(index) ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ChecksModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CheckIdRole, "checkId");
    names.insert(ItemIdRole, "itemId");
    names.insert(ItemKindRole, "itemKind");
    names.insert(MessageRole, "message");
    names.insert(SuggestionRole, "suggestion");
    names.insert(DismissedRole, "dismissed");
    names.insert(DismissalReasonRole, "dismissalReason");
    names.insert(RelatedCardIdsRole, "relatedCardIds");
    names.insert(ItemLabelRole, "itemLabel");
    names.insert(FindingCountRole, "findingCount");
    return names;
}

QString ChecksModel::itemLabel(const CheckFinding &finding) const
{
    if (!m_document)
        return finding.itemId;
    const Session &s = m_document->session();
    switch (finding.itemKind) {
    case CheckItemKind::Card:
        if (const Card *card = s.card(finding.itemId)) {
            const ChainDepth depth = m_depths.value(card->id, ChainDepth{1, 1});
            const QString where = Labels::chainStep(card->kind, qMax(1, depth.shortest), qMax(1, depth.longest));
            return tr("%1: %2").arg(where, oneLine(card->text.isEmpty() ? tr("(empty)") : card->text));
        }
        break;
    case CheckItemKind::Event:
        if (const int i = s.indexOfEvent(finding.itemId); i >= 0)
            return tr("Timeline: %1").arg(oneLine(s.timeline.at(i).text));
        break;
    case CheckItemKind::Action:
        if (const int i = s.indexOfAction(finding.itemId); i >= 0)
            return tr("Action: %1").arg(oneLine(s.actions.at(i).text.isEmpty() ? tr("(empty)") : s.actions.at(i).text));
        break;
    }
    return finding.itemId;
}

QStringList ChecksModel::relatedCardIds(const CheckFinding &finding) const
{
    if (!m_document)
        return {};
    const Session &s = m_document->session();
    switch (finding.itemKind) {
    case CheckItemKind::Card:
        return s.card(finding.itemId) ? QStringList{finding.itemId} : QStringList();
    case CheckItemKind::Event:
        if (const int i = s.indexOfEvent(finding.itemId); i >= 0)
            return s.timeline.at(i).cardIds;
        break;
    case CheckItemKind::Action:
        if (const int i = s.indexOfAction(finding.itemId); i >= 0)
            return s.actions.at(i).cardIds;
        break;
    }
    return {};
}

} // namespace Whyboard
