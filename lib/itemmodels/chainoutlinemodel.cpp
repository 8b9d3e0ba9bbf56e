// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/chainoutlinemodel.h"

#include "analysis/chainpaths.h"
#include "data/labels.h"
#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"

#include <QHash>
#include <QSet>

#include <functional>

#include <algorithm>

namespace Whyboard {

struct ChainOutlineModel::Node
{
    QString cardId;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

ChainOutlineModel::ChainOutlineModel(SessionDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    Q_ASSERT(document);
    // Structure changes (and moves, which reorder siblings) rebuild the tree once the undo step
    // is done; text edits only change their rows.
    auto structureChanged = [this] { m_structureChanged = true; };
    connect(document, &SessionDocument::cardAdded, this, structureChanged);
    connect(document, &SessionDocument::cardMoved, this, structureChanged);
    connect(document, &SessionDocument::linkAdded, this, structureChanged);
    // Rows must not point at a card that is gone: a removal opens the reset at once, and the
    // step's end closes it.
    connect(document, &SessionDocument::cardAboutToBeRemoved, this, [this] {
        if (!m_resetting) {
            beginResetModel();
            m_resetting = true;
        }
    });
    connect(document, &SessionDocument::linkRemoved, this, structureChanged);
    connect(document, &SessionDocument::stepFinished, this, &ChainOutlineModel::stepFinished);
    connect(document, &SessionDocument::cardChanged, this, &ChainOutlineModel::cardChanged);
    connect(document, &SessionDocument::readOnlyChanged, this, [this] {
        if (!m_roots.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
    });
    rebuild();
}

ChainOutlineModel::~ChainOutlineModel() = default;

void ChainOutlineModel::stepFinished()
{
    if (m_resetting) {
        rebuild();
        m_resetting = false;
        m_structureChanged = false;
        endResetModel();
        return;
    }
    if (!m_structureChanged)
        return;
    m_structureChanged = false;
    reset();
}

void ChainOutlineModel::reset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void ChainOutlineModel::rebuild()
{
    m_roots.clear();
    m_nodesByCard.clear();
    const Session &session = m_document->session();
    m_depths = ChainPaths::depthRanges(session);
    int budget = maximumRows;

    // Every link and place read once: looking them up in the session per card made a large
    // session's outline quadratic.
    QHash<QString, QStringList> causesByEffect;
    QHash<QString, QStringList> effectsByCause;
    for (const CausalLink &link : session.links) {
        causesByEffect[link.effectId].append(link.causeId);
        effectsByCause[link.causeId].append(link.effectId);
    }
    QHash<QString, QPointF> positions;
    positions.reserve(session.cards.size());
    for (const Card &card : session.cards)
        positions.insert(card.id, card.position);

    // Causes in board order (left to right, then top to bottom) so the outline reads like the board.
    auto orderedCauses = [&](const QString &cardId) {
        QStringList causes = causesByEffect.value(cardId);
        std::stable_sort(causes.begin(), causes.end(), [&positions](const QString &a, const QString &b) {
            const QPointF pa = positions.value(a);
            const QPointF pb = positions.value(b);
            return pa.x() != pb.x() ? pa.x() < pb.x() : pa.y() < pb.y();
        });
        return causes;
    };

    QSet<QString> onPath;
    std::function<void(Node *)> grow = [&](Node *node) {
        onPath.insert(node->cardId);
        for (const QString &cause : orderedCauses(node->cardId)) {
            if (onPath.contains(cause) || budget <= 0)
                continue;
            --budget;
            auto child = std::make_unique<Node>();
            child->cardId = cause;
            child->parent = node;
            child->row = int(node->children.size());
            m_nodesByCard.insert(cause, child.get());
            Node *raw = child.get();
            node->children.push_back(std::move(child));
            grow(raw);
        }
        onPath.remove(node->cardId);
    };
    auto addRoot = [&](const QString &cardId) {
        auto root = std::make_unique<Node>();
        root->cardId = cardId;
        root->row = int(m_roots.size());
        m_nodesByCard.insert(cardId, root.get());
        Node *raw = root.get();
        m_roots.push_back(std::move(root));
        --budget;
        grow(raw);
    };

    if (const Card *problem = session.problemCard())
        addRoot(problem->id);
    // Cards cut off from the problem stay reachable: the tops of the loose pieces.
    for (const Card &card : session.cards) {
        if (m_depths.contains(card.id) || m_nodesByCard.contains(card.id) || budget <= 0)
            continue;
        const QStringList effects = effectsByCause.value(card.id);
        const bool explainsLoose = std::any_of(effects.cbegin(), effects.cend(),
                                               [this](const QString &e) { return !m_depths.contains(e); });
        if (!explainsLoose)
            addRoot(card.id);
    }
    for (const Card &card : session.cards) { // loose cycles: nothing else shows them
        if (!m_nodesByCard.contains(card.id) && budget > 0)
            addRoot(card.id);
    }
}

void ChainOutlineModel::cardChanged(const QString &cardId)
{
    if (m_resetting)
        return;
    const QList<Node *> nodes = m_nodesByCard.values(cardId);
    for (const Node *node : nodes) {
        const QModelIndex i = indexOf(node);
        Q_EMIT dataChanged(i, i);
    }
}

ChainOutlineModel::Node *ChainOutlineModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex ChainOutlineModel::indexOf(const Node *node) const
{
    return node ? createIndex(node->row, 0, const_cast<Node *>(node)) : QModelIndex();
}

QString ChainOutlineModel::cardId(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->cardId : QString();
}

QModelIndexList ChainOutlineModel::indexesOf(const QString &cardId) const
{
    QModelIndexList indexes;
    if (m_resetting)
        return indexes;
    const QList<Node *> nodes = m_nodesByCard.values(cardId);
    for (const Node *node : nodes)
        indexes.append(indexOf(node));
    std::sort(indexes.begin(), indexes.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        // Shallowest first: the row a user would look at.
        int da = 0, db = 0;
        for (const Node *n = nodeOf(a); n->parent; n = n->parent)
            ++da;
        for (const Node *n = nodeOf(b); n->parent; n = n->parent)
            ++db;
        return da < db;
    });
    return indexes;
}

QModelIndex ChainOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *parentNode = nodeOf(parent);
    const auto &children = parentNode ? parentNode->children : m_roots;
    if (row >= int(children.size()))
        return {};
    return createIndex(row, 0, children.at(size_t(row)).get());
}

QModelIndex ChainOutlineModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node ? indexOf(node->parent) : QModelIndex();
}

int ChainOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return int(node ? node->children.size() : m_roots.size());
}

int ChainOutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ChainOutlineModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    const Card *card = node ? m_document->session().card(node->cardId) : nullptr;
    if (!card)
        return {};
    const ChainDepth depth = m_depths.value(card->id);
    auto label = [&] { return Labels::chainStep(card->kind, depth.shortest, depth.longest); };
    switch (role) {
    case Qt::DisplayRole: {
        const QString text =
            card->text.isEmpty() ? tr("(no text yet)") : QString(card->text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (card->kind == CardKind::Problem)
            return text;
        // The why-number and the verified mark, as the card's header shows them, ahead of
        // the text so that eliding a long text keeps them.
        //: An outline row: "Why 3 / 5 ✓ · The disk filled up" (the mark only when verified).
        const QString step = card->isVerified() ? QString(label() + QStringLiteral(" \u2713")) : label();
        return tr("%1 · %2").arg(step, text);
    }
    case Qt::EditRole:
        return card->text;
    case Qt::ToolTipRole:
        return card->evidence.isEmpty() ? label() : tr("%1. Evidence: %2").arg(label(), card->evidence);
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(label(), card->text.isEmpty() ? tr("no text yet") : card->text);
    case Qt::AccessibleDescriptionRole: {
        if (card->kind == CardKind::Problem)
            return tr("The problem the whys explain. %n direct cause(s).", nullptr,
                      int(node->children.size()));
        QString state = card->isVerified() ? tr("Verified.") : tr("Not verified.");
        if (!card->evidence.isEmpty())
            state += QLatin1Char(' ') + tr("Evidence: %1").arg(card->evidence);
        return state;
    }
    case CardIdRole:
        return card->id;
    case DepthRole:
        return depth.longest;
    case ShortestDepthRole:
        return depth.shortest;
    case ChainStepRole:
        return label();
    case VerifiedRole:
        return card->isVerified();
    case EvidenceRole:
        return card->evidence;
    default:
        return {};
    }
}

bool ChainOutlineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeOf(index);
    const Card *card = node ? m_document->session().card(node->cardId) : nullptr;
    if (!card || role != Qt::EditRole || m_document->isReadOnly())
        return false;
    const QString text = value.toString();
    if (text == card->text)
        return true;
    Card edited = *card;
    edited.text = text;
    // No editing run: one outline edit is one thing to take back.
    return m_document->push(new EditCardCommand(m_document, edited));
}

Qt::ItemFlags ChainOutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ChainOutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Why-chain");
    return {};
}

QHash<int, QByteArray> ChainOutlineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CardIdRole, "cardId");
    names.insert(DepthRole, "depth");
    names.insert(VerifiedRole, "verified");
    names.insert(EvidenceRole, "evidence");
    names.insert(ShortestDepthRole, "shortestDepth");
    names.insert(ChainStepRole, "chainStep");
    return names;
}

} // namespace Whyboard
