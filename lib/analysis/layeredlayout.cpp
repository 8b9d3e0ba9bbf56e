#include "analysis/layeredlayout.h"

#include <QRectF>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Whyboard {

namespace {

// The layout works in two axes: "along" runs from the problem to the root causes (down
// in a vertical layout), "cross" runs along one layer.
struct Node
{
    qreal crossSize = 0;
    qreal alongSize = 0;
    int layer = 0;
    bool dummy = false;
    qreal key = 0;           // existing cross-axis centre, for a stable first order
    QString id;              // empty for dummies
    std::vector<int> up;     // neighbours one layer nearer the problem (effects)
    std::vector<int> down;   // neighbours one layer further (causes)
    int order = 0;           // index inside its layer
    // A dummy lies on the link from chainCause to chainEffect, a fraction `along` of the way.
    int chainCause = -1;
    int chainEffect = -1;
    qreal along = 0;
    qreal centre = 0;        // cross-axis centre
};

// "w2" before "w10": ids made by numbering read in their numbers' order.
bool naturalLess(const QString &a, const QString &b)
{
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            int endA = i;
            int endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            // Compare the digit runs as numbers without converting: leading zeros aside,
            // the longer run is the larger number.
            const QStringView runA = QStringView(a).mid(i, endA - i);
            const QStringView runB = QStringView(b).mid(j, endB - j);
            int zerosA = 0;
            int zerosB = 0;
            while (zerosA + 1 < runA.size() && runA.at(zerosA) == QLatin1Char('0'))
                ++zerosA;
            while (zerosB + 1 < runB.size() && runB.at(zerosB) == QLatin1Char('0'))
                ++zerosB;
            const QStringView numberA = runA.mid(zerosA);
            const QStringView numberB = runB.mid(zerosB);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size();
            if (const int order = numberA.compare(numberB); order != 0)
                return order < 0;
            i = endA;
            j = endB;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b;
}

class Layering
{
public:
    Layering(const Session &session, const QHash<QString, QSizeF> &sizes, Qt::Orientation orientation,
             const LayoutSpacing &spacing);
    QHash<QString, QPointF> positions() const;

private:
    void assignLayers(const std::vector<std::vector<int>> &effects);
    void addEdges(const std::vector<std::vector<int>> &effects);
    void orderLayers();
    void sortLayer(int layer, bool byUpper);
    qint64 crossings() const;
    qint64 crossingsBetween(int layer) const;
    void placeLayers();
    enum class Pull { Upper, Lower, None };
    void placeLayer(int layer, Pull pull);
    qreal separation(int a, int b) const;

    std::vector<qreal> layerStarts() const;
    void sizeDummiesToTheirLinks();

    std::vector<Node> m_nodes;
    std::vector<std::vector<int>> m_layers;
    std::vector<std::pair<int, int>> m_links; // (cause, effect) between real nodes, cause further out
    qreal m_widestCard = 0; // cross size of the widest card
    qreal m_widestRow = 0;  // cross extent of the widest layer's cards side by side
    Qt::Orientation m_orientation;
    LayoutSpacing m_spacing;
    QPointF m_anchor;
    QString m_anchorId;
};

Layering::Layering(const Session &session, const QHash<QString, QSizeF> &sizes, Qt::Orientation orientation,
                   const LayoutSpacing &spacing)
    : m_orientation(orientation)
    , m_spacing(spacing)
{
    QHash<QString, int> index;
    for (const Card &card : session.cards) {
        if (index.contains(card.id))
            continue;
        index.insert(card.id, int(m_nodes.size()));
        const QSizeF size = sizes.value(card.id, LayeredLayout::defaultCardSize());
        Node node;
        node.id = card.id;
        node.crossSize = orientation == Qt::Vertical ? size.width() : size.height();
        node.alongSize = orientation == Qt::Vertical ? size.height() : size.width();
        node.key = orientation == Qt::Vertical ? card.position.x() + size.width() / 2
                                               : card.position.y() + size.height() / 2;
        m_nodes.push_back(node);
        if (card.kind == CardKind::Problem && m_anchorId.isEmpty()) {
            m_anchorId = card.id;
            m_anchor = card.position;
        }
    }
    std::vector<std::vector<int>> effects(m_nodes.size());
    for (const CausalLink &link : session.links) {
        const int cause = index.value(link.causeId, -1);
        const int effect = index.value(link.effectId, -1);
        if (cause < 0 || effect < 0 || cause == effect)
            continue;
        if (std::find(effects[cause].begin(), effects[cause].end(), effect) == effects[cause].end())
            effects[cause].push_back(effect);
    }
    assignLayers(effects);
    addEdges(effects);
    orderLayers();
    placeLayers();
}

// Longest path from the sinks (the problem, and any card that explains nothing yet), so
// every cause lies past all of its effects. Cards caught in a cycle, which the document
// refuses but a layout must survive, are released one at a time in card order.
void Layering::assignLayers(const std::vector<std::vector<int>> &effects)
{
    const int n = int(m_nodes.size());
    std::vector<std::vector<int>> causes(n);
    std::vector<int> waiting(n, 0);
    for (int c = 0; c < n; ++c) {
        waiting[c] = int(effects[c].size());
        for (const int e : effects[c])
            causes[e].push_back(c);
    }
    std::vector<bool> done(n, false);
    std::vector<int> queue;
    for (int v = 0; v < n; ++v) {
        if (waiting[v] == 0)
            queue.push_back(v);
    }
    int processed = 0;
    int nextForced = 0;
    while (processed < n) {
        if (queue.empty()) {
            while (done[nextForced])
                ++nextForced;
            queue.push_back(nextForced);
        }
        const int v = queue.back();
        queue.pop_back();
        if (done[v])
            continue;
        done[v] = true;
        ++processed;
        for (const int c : causes[v]) {
            if (done[c])
                continue;
            m_nodes[c].layer = std::max(m_nodes[c].layer, m_nodes[v].layer + 1);
            if (--waiting[c] == 0)
                queue.push_back(c);
        }
    }
    int layers = 0;
    for (const Node &node : m_nodes)
        layers = std::max(layers, node.layer + 1);
    m_layers.assign(layers, {});
}

// Links spanning several layers get one dummy node per layer crossed.
void Layering::addEdges(const std::vector<std::vector<int>> &effects)
{
    const int realCount = int(m_nodes.size());
    for (int cause = 0; cause < realCount; ++cause) {
        for (const int effect : effects[cause]) {
            if (m_nodes[cause].layer <= m_nodes[effect].layer)
                continue; // a link inside a cycle: nothing sensible to draw for it here
            m_links.emplace_back(cause, effect);
            int lower = cause;
            for (int layer = m_nodes[cause].layer - 1; layer > m_nodes[effect].layer; --layer) {
                Node dummy;
                dummy.dummy = true;
                dummy.layer = layer;
                dummy.chainCause = cause;
                dummy.chainEffect = effect;
                dummy.along = qreal(layer - m_nodes[effect].layer) / (m_nodes[cause].layer - m_nodes[effect].layer);
                // Where the link crosses this layer on the board as it is.
                dummy.key = m_nodes[effect].key + dummy.along * (m_nodes[cause].key - m_nodes[effect].key);
                dummy.down.push_back(lower);
                m_nodes.push_back(dummy);
                const int d = int(m_nodes.size()) - 1;
                m_nodes[lower].up.push_back(d);
                lower = d;
            }
            m_nodes[lower].up.push_back(effect);
            m_nodes[effect].down.push_back(lower);
        }
    }
    for (int v = 0; v < int(m_nodes.size()); ++v)
        m_layers[m_nodes[v].layer].push_back(v);
}

void Layering::orderLayers()
{
    // First order: existing positions, then ids; it breaks every later tie, so siblings
    // keep their left-to-right order from one layout to the next.
    for (std::vector<int> &layer : m_layers) {
        std::stable_sort(layer.begin(), layer.end(), [this](int a, int b) {
            const Node &na = m_nodes[a];
            const Node &nb = m_nodes[b];
            if (na.key != nb.key)
                return na.key < nb.key;
            return naturalLess(na.id, nb.id);
        });
        for (int i = 0; i < int(layer.size()); ++i)
            m_nodes[layer[i]].order = i;
    }
    // The existing order competes too, and wins ties: laying out a laid-out board again
    // changes nothing.
    std::vector<std::vector<int>> best = m_layers;
    qint64 bestCrossings = crossings();
    for (int sweep = 0; sweep < 13 && bestCrossings > 0; ++sweep) {
        if (sweep % 2 == 0) {
            for (int l = 1; l < int(m_layers.size()); ++l)
                sortLayer(l, true);
        } else {
            for (int l = int(m_layers.size()) - 2; l >= 0; --l)
                sortLayer(l, false);
        }
        const qint64 count = crossings();
        if (count < bestCrossings) {
            bestCrossings = count;
            best = m_layers;
        }
    }
    m_layers = best;
    for (const std::vector<int> &layer : m_layers) {
        for (int i = 0; i < int(layer.size()); ++i)
            m_nodes[layer[i]].order = i;
    }
}

// Barycentre ordering: each node goes to the mean position of its neighbours in the
// layer above (or below); a node without such neighbours keeps its place.
void Layering::sortLayer(int layer, bool byUpper)
{
    std::vector<int> &nodes = m_layers[layer];
    std::vector<std::pair<qreal, int>> keyed;
    keyed.reserve(nodes.size());
    for (const int v : nodes) {
        const std::vector<int> &neighbours = byUpper ? m_nodes[v].up : m_nodes[v].down;
        qreal barycentre = m_nodes[v].order;
        if (!neighbours.empty()) {
            qreal sum = 0;
            for (const int u : neighbours)
                sum += m_nodes[u].order;
            barycentre = sum / qreal(neighbours.size());
        }
        keyed.emplace_back(barycentre, v);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [this](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return m_nodes[a.second].order < m_nodes[b.second].order;
    });
    for (int i = 0; i < int(keyed.size()); ++i) {
        nodes[i] = keyed[i].second;
        m_nodes[nodes[i]].order = i;
    }
}

qint64 Layering::crossings() const
{
    qint64 total = 0;
    for (int l = 0; l + 1 < int(m_layers.size()); ++l)
        total += crossingsBetween(l);
    return total;
}

// Counts crossings between two layers in O(E log V): sort the edges by their upper end,
// then count inversions of their lower ends with a Fenwick tree.
qint64 Layering::crossingsBetween(int layer) const
{
    std::vector<std::pair<int, int>> edges;
    for (const int u : m_layers[layer]) {
        for (const int v : m_nodes[u].down)
            edges.emplace_back(m_nodes[u].order, m_nodes[v].order);
    }
    std::sort(edges.begin(), edges.end());
    const int size = int(m_layers[layer + 1].size());
    std::vector<int> tree(size + 1, 0);
    qint64 count = 0;
    qint64 inserted = 0;
    for (const auto &edge : edges) {
        // Edges already inserted whose lower end lies strictly right of this one cross it.
        qint64 atOrLeft = 0;
        for (int i = edge.second + 1; i > 0; i -= i & -i)
            atOrLeft += tree[i];
        count += inserted - atOrLeft;
        for (int i = edge.second + 1; i <= size; i += i & -i)
            ++tree[i];
        ++inserted;
    }
    return count;
}

qreal Layering::separation(int a, int b) const
{
    const bool anyDummy = m_nodes[a].dummy || m_nodes[b].dummy;
    return (m_nodes[a].crossSize + m_nodes[b].crossSize) / 2
           + (anyDummy ? m_spacing.siblingGap / 2 : m_spacing.siblingGap);
}

void Layering::placeLayers()
{
    for (const std::vector<int> &layer : m_layers) {
        qreal row = 0;
        int cards = 0;
        for (const int v : layer) {
            if (m_nodes[v].dummy)
                continue;
            row += m_nodes[v].crossSize;
            ++cards;
            m_widestCard = std::max(m_widestCard, m_nodes[v].crossSize);
        }
        m_widestRow = std::max(m_widestRow, row + std::max(0, cards - 1) * m_spacing.siblingGap);
    }
    for (const std::vector<int> &layer : m_layers) {
        qreal cursor = 0;
        for (int i = 0; i < int(layer.size()); ++i) {
            if (i > 0)
                cursor += separation(layer[i - 1], layer[i]);
            m_nodes[layer[i]].centre = cursor;
        }
        for (const int v : layer)
            m_nodes[v].centre -= cursor / 2;
    }
    // Alternate: parents over their causes, then causes under (between) their effects.
    const int layers = int(m_layers.size());
    for (int pass = 0; pass < 5; ++pass) {
        if (pass > 0)
            sizeDummiesToTheirLinks();
        for (int l = layers - 2; l >= 0; --l)
            placeLayer(l, Pull::Lower);
        for (int l = 1; l < layers; ++l)
            placeLayer(l, Pull::Upper);
    }
    // The last pass moved link ends after their dummies were placed: put the dummies back on
    // their lines, moving cards aside only as far as needed.
    for (int round = 0; round < 3; ++round) {
        sizeDummiesToTheirLinks();
        for (int l = 1; l + 1 < layers; ++l)
            placeLayer(l, Pull::None);
    }
}

// A straight link drifts sideways while it crosses a layer: its dummy claims that width
// so that the cards of the layer leave it room. The claims are bounded: a wider row makes
// links drift more, which widens their dummies, which widens the row again, and on dense
// boards that loop grew the board a hundredfold per pass. So no dummy claims more than the
// widest card, and the dummies of a layer together no more than a tenth of the widest row
// of cards (or one card, on small boards); on such boards some long links graze a card.
void Layering::sizeDummiesToTheirLinks()
{
    for (const std::vector<int> &layer : m_layers) {
        qreal claimed = 0;
        for (const int v : layer) {
            Node &node = m_nodes[v];
            if (!node.dummy)
                continue;
            const Node &cause = m_nodes[node.chainCause];
            const Node &effect = m_nodes[node.chainEffect];
            node.crossSize = std::min(qAbs(cause.centre - effect.centre) / qreal(cause.layer - effect.layer), m_widestCard);
            claimed += node.crossSize;
        }
        const qreal budget = std::max(m_widestCard, m_widestRow / 10);
        if (claimed <= budget)
            continue;
        const qreal scale = budget / claimed;
        for (const int v : layer) {
            if (m_nodes[v].dummy)
                m_nodes[v].crossSize *= scale;
        }
    }
}

// Puts each node of the layer as near as possible (least squares) to the mean centre of its
// neighbours, keeping the order and the minimum separations: isotonic regression by pool
// adjacent violators on the centres shifted by the separations, O(layer size).
void Layering::placeLayer(int layer, Pull pull)
{
    const std::vector<int> &nodes = m_layers[layer];
    const int count = int(nodes.size());
    if (count == 0)
        return;
    std::vector<qreal> offset(count, 0);
    for (int i = 1; i < count; ++i)
        offset[i] = offset[i - 1] + separation(nodes[i - 1], nodes[i]);

    struct Block
    {
        qreal sum;
        qreal weight;
        int size;
    };
    std::vector<Block> blocks;
    blocks.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Node &node = m_nodes[nodes[i]];
        static const std::vector<int> none;
        const std::vector<int> &neighbours = pull == Pull::Upper ? node.up : pull == Pull::Lower ? node.down : none;
        qreal desired = node.centre;
        if (node.dummy) {
            // The board draws a link straight from cause to effect: keep its dummies on that
            // line so that the row makes room where the arrow really passes.
            const qreal from = m_nodes[node.chainEffect].centre;
            desired = from + node.along * (m_nodes[node.chainCause].centre - from);
        } else if (!neighbours.empty()) {
            qreal sum = 0;
            for (const int u : neighbours)
                sum += m_nodes[u].centre;
            desired = sum / qreal(neighbours.size());
        }
        // A long link is drawn straight, so its dummies must stay on it: they weigh more
        // than cards, which move aside instead.
        const qreal weight = node.dummy ? (pull == Pull::None ? 1000.0 : 20.0) : 1.0;
        blocks.push_back({(desired - offset[i]) * weight, weight, 1});
        while (blocks.size() > 1) {
            const Block &last = blocks.back();
            const Block &previous = blocks[blocks.size() - 2];
            if (previous.sum / previous.weight <= last.sum / last.weight)
                break;
            const Block merged{previous.sum + last.sum, previous.weight + last.weight, previous.size + last.size};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    int i = 0;
    for (const Block &block : blocks) {
        const qreal value = block.sum / block.weight;
        for (int k = 0; k < block.size; ++k, ++i)
            m_nodes[nodes[i]].centre = value + offset[i];
    }
}

// Where each layer starts along the main axis. Beyond the plain gap, a slanted link needs
// room: drawn straight between the two card centres, it must be out of the effect's layer
// before it reaches the next card there, and out of the cause's layer (whose cards share a
// top edge) before it reaches the cause's neighbour. Then it runs over no card, within the
// budget below.
std::vector<qreal> Layering::layerStarts() const
{
    const int layers = int(m_layers.size());
    std::vector<std::vector<std::pair<int, int>>> linksInto(layers); // by the cause's layer
    for (const auto &link : m_links)
        linksInto[m_nodes[link.first].layer].push_back(link);
    std::vector<qreal> thickness(layers, 0);
    for (int l = 0; l < layers; ++l) {
        for (const int v : m_layers[l])
            thickness[l] = std::max(thickness[l], m_nodes[v].alongSize);
    }

    // Cross-axis distance from a node's centre to the near edge of a neighbour, less a
    // margin so that an arrow never grazes a corner.
    const qreal margin = m_spacing.siblingGap / 4;
    const auto clearance = [margin](const Node &node, const Node &neighbour, int direction) {
        const qreal room = direction > 0 ? (neighbour.centre - neighbour.crossSize / 2) - node.centre
                                         : node.centre - (neighbour.centre + neighbour.crossSize / 2);
        return std::max(room - margin, qreal(1));
    };
    std::vector<qreal> start(layers, 0);
    std::vector<qreal> extra(layers, 0);
    constexpr qreal maxExtraPerLayer = 4;
    qreal wanted = 0;
    qreal plainHeight = 0;
    qreal maxPitch = 0;
    for (int l = 0; l + 1 < layers; ++l)
        maxPitch = std::max(maxPitch, thickness[l] + m_spacing.layerGap);
    for (int l = 1; l < layers; ++l) {
        const qreal pitch = thickness[l - 1] + m_spacing.layerGap;
        const qreal plain = start[l - 1] + pitch;
        start[l] = plain;
        for (const auto &[causeIndex, effectIndex] : linksInto[l]) {
            const Node &cause = m_nodes[causeIndex];
            const Node &effect = m_nodes[effectIndex];
            const qreal drift = qAbs(cause.centre - effect.centre);
            if (drift <= 0)
                continue;
            const int towardsCause = cause.centre > effect.centre ? 1 : -1;
            qreal needed = 0; // distance between the centres along the main axis
            const std::vector<int> &effectRow = m_layers[effect.layer];
            for (int i = effect.order + towardsCause; i >= 0 && i < int(effectRow.size()); i += towardsCause) {
                const Node &neighbour = m_nodes[effectRow[i]];
                const qreal room = clearance(effect, neighbour, towardsCause);
                if (room >= drift || drift * (thickness[effect.layer] - effect.alongSize / 2) / room <= needed)
                    break;
                if (!neighbour.dummy)
                    needed = std::max(needed, drift * (neighbour.alongSize - effect.alongSize / 2) / room);
            }
            const std::vector<int> &causeRow = m_layers[l];
            for (int i = cause.order - towardsCause; i >= 0 && i < int(causeRow.size()); i -= towardsCause) {
                const Node &neighbour = m_nodes[causeRow[i]];
                if (neighbour.dummy)
                    continue;
                const qreal room = clearance(cause, neighbour, -towardsCause);
                if (room < drift)
                    needed = std::max(needed, drift * (cause.alongSize / 2) / room);
                break;
            }
            start[l] = std::max(start[l], start[effect.layer] + effect.alongSize / 2 + needed - cause.alongSize / 2);
        }
        extra[l] = std::min(start[l] - plain, maxExtraPerLayer * pitch);
        start[l] = plain + extra[l];
        wanted += extra[l];
        plainHeight += pitch;
    }
    // The room a link asks for grows with its drift, so on a wide, dense board it would dwarf
    // the rows. Every layer gets at most four times its plain pitch, and all of them together
    // at most half the plain height (or four pitches, enough for a problem with ten causes):
    // past that each layer gets its share of the budget, and some shallow links graze a card.
    const qreal budget = std::max(maxExtraPerLayer * maxPitch, plainHeight / 2);
    if (wanted > budget) {
        const qreal scale = budget / wanted;
        for (int l = 1; l < layers; ++l)
            start[l] = start[l - 1] + thickness[l - 1] + m_spacing.layerGap + extra[l] * scale;
    }
    return start;
}

QHash<QString, QPointF> Layering::positions() const
{
    const std::vector<qreal> layerStart = layerStarts();
    QHash<QString, QPointF> result;
    for (const Node &node : m_nodes) {
        if (node.dummy)
            continue;
        const qreal along = layerStart[node.layer];
        const qreal cross = node.centre - node.crossSize / 2;
        result.insert(node.id, m_orientation == Qt::Vertical ? QPointF(cross, along) : QPointF(along, cross));
    }
    QPointF shift;
    if (result.contains(m_anchorId)) {
        shift = m_anchor - result.value(m_anchorId);
    } else if (!result.isEmpty()) {
        qreal minX = result.cbegin().value().x();
        qreal minY = result.cbegin().value().y();
        for (const QPointF &point : std::as_const(result)) {
            minX = std::min(minX, point.x());
            minY = std::min(minY, point.y());
        }
        shift = -QPointF(minX, minY);
    }
    for (QPointF &point : result)
        point += shift;
    return result;
}

QRectF cardRect(const Card &card, const QHash<QString, QSizeF> &sizes)
{
    return QRectF(card.position, sizes.value(card.id, LayeredLayout::defaultCardSize()));
}

} // namespace

QSizeF LayeredLayout::estimatedCardSize(const Card &card)
{
    // The board's default theme: 400 wide, 18 padding, a header line, 25 px text of which
    // about 26 characters fit a line.
    constexpr int charactersPerLine = 26;
    constexpr qreal lineHeight = 32;
    constexpr qreal chrome = 2 * 18 + 26 + 10;
    int lines = 0;
    for (const QString &paragraph : card.text.split(QLatin1Char('\n')))
        lines += std::max(1, int((paragraph.size() + charactersPerLine - 1) / charactersPerLine));
    return QSizeF(400, chrome + lineHeight * lines);
}

QHash<QString, QPointF> LayeredLayout::arrange(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                                               Qt::Orientation orientation, const LayoutSpacing &spacing)
{
    return Layering(session, cardSizes, orientation, spacing).positions();
}

QPointF LayeredLayout::freeSpotNear(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                                    const QString &parentCardId, const QSizeF &newCardSize,
                                    Qt::Orientation orientation, const LayoutSpacing &spacing)
{
    const bool vertical = orientation == Qt::Vertical;
    std::vector<QRectF> obstacles;
    obstacles.reserve(session.cards.size());
    for (const Card &card : session.cards)
        obstacles.push_back(cardRect(card, cardSizes));

    QRectF spot(QPointF(0, 0), newCardSize);
    if (const Card *parent = session.card(parentCardId)) {
        const QRectF parentRect = cardRect(*parent, cardSizes);
        // Next to the parent's existing causes in their row, else centred under the parent.
        bool haveSibling = false;
        QRectF siblings;
        for (const QString &causeId : session.causesOf(parentCardId)) {
            if (const Card *cause = session.card(causeId)) {
                siblings = haveSibling ? siblings.united(cardRect(*cause, cardSizes)) : cardRect(*cause, cardSizes);
                haveSibling = true;
            }
        }
        if (vertical) {
            spot.moveTopLeft(haveSibling ? QPointF(siblings.right() + spacing.siblingGap, siblings.top())
                                         : QPointF(parentRect.center().x() - newCardSize.width() / 2,
                                                   parentRect.bottom() + spacing.layerGap));
        } else {
            spot.moveTopLeft(haveSibling ? QPointF(siblings.left(), siblings.bottom() + spacing.siblingGap)
                                         : QPointF(parentRect.right() + spacing.layerGap,
                                                   parentRect.center().y() - newCardSize.height() / 2));
        }
    } else if (!obstacles.empty()) {
        QRectF all = obstacles.front();
        for (const QRectF &rect : obstacles)
            all = all.united(rect);
        spot.moveTopLeft(vertical ? QPointF(all.right() + spacing.siblingGap, all.top())
                                  : QPointF(all.left(), all.bottom() + spacing.siblingGap));
    }

    // Slide along the row past whatever is in the way; each step clears at least one card.
    const qreal margin = spacing.siblingGap / 2;
    for (std::size_t step = 0; step <= obstacles.size(); ++step) {
        const QRectF padded = spot.adjusted(-margin, -margin, margin, margin);
        const auto blocker = std::find_if(obstacles.begin(), obstacles.end(),
                                          [&](const QRectF &rect) { return rect.intersects(padded); });
        if (blocker == obstacles.end())
            break;
        if (vertical)
            spot.moveLeft(blocker->right() + spacing.siblingGap);
        else
            spot.moveTop(blocker->bottom() + spacing.siblingGap);
    }
    return spot.topLeft();
}

} // namespace Whyboard
