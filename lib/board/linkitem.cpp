// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/linkitem.h"

#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/faroutpainter.h"
#include "analysis/textexcerpt.h"
#include "data/safetext.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace Whyboard {

namespace {

constexpr qreal headLength = 16;
constexpr qreal headHalfWidth = 8;
constexpr qreal gap = 4; // between the arrow tip and the card's edge

// Where the segment from the rectangle's centre towards target leaves the rectangle.
QPointF exitPoint(const QRectF &rect, const QPointF &target)
{
    const QPointF c = rect.center();
    const QPointF d = target - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (rect.width() / 2) / qAbs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (rect.height() / 2) / qAbs(d.y());
    return c + d * qMin(sx, sy);
}

// Where along its edge an arrow attaches: shifted towards the card at its other end, so arrows
// that share a card fan out and their heads and verdict colours never sit on top of each other.
// It depends only on the two ends, so moving a card re-routes only its own arrows.
qreal fanOffset(qreal thisCentre, qreal otherCentre, qreal edgeLength)
{
    const qreal limit = edgeLength * 0.3;
    return qBound(-limit, (otherCentre - thisCentre) * 0.08, limit);
}

} // namespace

LinkItem::LinkItem(CardItem *cause, CardItem *effect)
    : m_cause(cause)
    , m_effect(effect)
{
    // The exposed rectangle tells paint() which part of a long line to stroke.
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    setZValue(0);
    m_cause->addLink(this);
    m_effect->addLink(this);
}

LinkItem::~LinkItem()
{
    leaveViewBackground();
    detach();
}

void LinkItem::leaveViewBackground()
{
    if (!m_inViewBackground)
        return;
    m_inViewBackground = false;
    // The views' cached backgrounds still show the link where it was.
    if (QGraphicsScene *s = scene())
        s->invalidate(sceneBoundingRect(), QGraphicsScene::BackgroundLayer);
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        leaveViewBackground();
    return QGraphicsItem::itemChange(change, value);
}

void LinkItem::detach()
{
    if (m_cause)
        m_cause->removeLink(this);
    if (m_effect)
        m_effect->removeLink(this);
}

QString LinkItem::causeId() const
{
    return m_cause->cardId();
}

QString LinkItem::effectId() const
{
    return m_effect->cardId();
}

void LinkItem::setVerdict(ReadBackVerdict verdict)
{
    if (m_verdict == verdict)
        return;
    m_verdict = verdict;
    leaveViewBackground();
    update();
}

void LinkItem::setEmphasis(CardEmphasis emphasis)
{
    if (m_emphasis == emphasis)
        return;
    m_emphasis = emphasis;
    leaveViewBackground();
    update();
}

void LinkItem::reroute()
{
    const QRectF a = m_cause->sceneCardRect();
    const QRectF b = m_effect->sceneCardRect();
    auto *boardScene = qobject_cast<BoardScene *>(scene());
    const bool vertical = !boardScene || boardScene->orientation() == Qt::Vertical;

    QPointF tangent; // direction of travel at the tip
    QPointF c1;
    QPointF c2;
    bool curved = false;
    if (vertical && (a.top() >= b.bottom() + 2 * gap || b.top() >= a.bottom() + 2 * gap)) {
        const bool up = a.top() >= b.bottom();
        const qreal out = fanOffset(a.center().x(), b.center().x(), a.width());
        const qreal in = fanOffset(b.center().x(), a.center().x(), b.width());
        m_start = QPointF(a.center().x() + out, up ? a.top() : a.bottom());
        m_end = QPointF(b.center().x() + in, up ? b.bottom() + gap : b.top() - gap);
        const qreal bend = (m_end.y() - m_start.y()) / 2;
        c1 = m_start + QPointF(0, bend);
        c2 = m_end - QPointF(0, bend);
        curved = true;
        tangent = QPointF(0, up ? -1 : 1);
    } else if (!vertical && (a.left() >= b.right() + 2 * gap || b.left() >= a.right() + 2 * gap)) {
        const bool left = a.left() >= b.right();
        const qreal out = fanOffset(a.center().y(), b.center().y(), a.height());
        const qreal in = fanOffset(b.center().y(), a.center().y(), b.height());
        m_start = QPointF(left ? a.left() : a.right(), a.center().y() + out);
        m_end = QPointF(left ? b.right() + gap : b.left() - gap, b.center().y() + in);
        const qreal bend = (m_end.x() - m_start.x()) / 2;
        c1 = m_start + QPointF(bend, 0);
        c2 = m_end - QPointF(bend, 0);
        curved = true;
        tangent = QPointF(left ? -1 : 1, 0);
    } else {
        // Overlapping bands: a straight arrow between the facing edges.
        m_start = exitPoint(a, b.center());
        const QPointF edge = exitPoint(b, a.center());
        const QLineF line(m_start, edge);
        tangent = line.length() > 0 ? (edge - m_start) / line.length() : QPointF(0, -1);
        m_end = edge - tangent * gap;
    }
    // Measuring a curve's length is slow; with a straight end tangent the body can simply stop
    // short of the tip, so the line ends under the arrowhead and the tip stays sharp.
    const bool roomForBody = QLineF(m_start, m_end).length() > headLength;
    const QPointF bodyEnd = roomForBody ? m_end - tangent * (headLength - 2) : m_end;
    QPainterPath path(m_start);
    QPainterPath body(m_start);
    if (curved) {
        path.cubicTo(c1, c2, m_end);
        body.cubicTo(c1, c2, bodyEnd);
        m_pieces.setCurve(m_start, c1, c2, bodyEnd);
    } else {
        path.lineTo(m_end);
        body.lineTo(bodyEnd);
        m_pieces.setLine(m_start, bodyEnd);
    }

    const QPointF normal(-tangent.y(), tangent.x());
    const QPointF base = m_end - tangent * headLength;
    QPolygonF head;
    head << m_end << base + normal * headHalfWidth << base - normal * headHalfWidth;

    leaveViewBackground();
    prepareGeometryChange();
    m_path = path;
    m_body = body;
    m_head = head;
    m_shape = QPainterPath();
}

QString LinkItem::toolTipText() const
{
    // Each card's words isolated, so one card's directional controls cannot reorder the other's.
    const QString text = QCoreApplication::translate("Whyboard::LinkItem", "\u201c%1\u201d explains \u201c%2\u201d")
                             .arg(SafeText::isolated(TextExcerpt::oneLine(m_cause->card().text, 60)),
                                  SafeText::isolated(TextExcerpt::oneLine(m_effect->card().text, 60)));
    return SafeText::plainToolTip(text, false);
}

QRectF LinkItem::boundingRect() const
{
    return (m_path.controlPointRect() | m_head.boundingRect()).adjusted(-10, -10, 10, 10);
}

QPainterPath LinkItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(16);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_head);
    }
    return m_shape;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    // A board view has it in its background already.
    if (m_inViewBackground && widget && qobject_cast<BoardView *>(widget->parentWidget()))
        return;
    paintLink(painter, option->exposedRect);
}

void LinkItem::paintLink(QPainter *painter, const QRectF &exposed) const
{
    auto *boardScene = qobject_cast<BoardScene *>(scene());
    if (!boardScene)
        return;
    const BoardTheme &theme = boardScene->theme();
    const qreal scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const bool whole = exposed.contains(boundingRect());
    QColor color = theme.link;
    Qt::PenStyle style = Qt::SolidLine;
    if (m_verdict == ReadBackVerdict::Holds)
        color = theme.linkHolds;
    if (m_verdict == ReadBackVerdict::DoesNotHold) {
        color = theme.linkRefuted;
        style = Qt::DashLine;
    }
    qreal width = theme.linkWidth;
    if (!boardScene->printMode() && m_emphasis == CardEmphasis::OnPath)
        width *= 1.75;
    if (!boardScene->printMode() && m_emphasis == CardEmphasis::OffPath)
        width *= 0.5;
    if (isSelected() && !boardScene->printMode()) {
        color = theme.accent;
        width *= 1.6;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    if (!boardScene->printMode() && FarOutPainter::isFarOut(theme, scale)) {
        // Far out: a thin plain line, one device pixel whatever the zoom, and no head.
        QPen thin(color, FarOutPainter::linkPixels);
        thin.setCosmetic(true);
        painter->setPen(thin);
        painter->drawLine(m_start, m_end);
        return;
    }
    // Only the pieces of the line that meet the exposed area: a long line on a big board
    // would otherwise be stroked along its whole length for every small update.
    const qreal margin = width + 2 / scale;
    const QPainterPath body = style == Qt::DashLine ? m_pieces.dashed(exposed, margin, 4 * width, 2 * width)
                                                    : (whole ? m_body : m_pieces.solid(exposed, margin));
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(body);
    if (whole || m_head.boundingRect().adjusted(-margin, -margin, margin, margin).intersects(exposed)) {
        painter->setPen(QPen(color, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(color);
        painter->drawPolygon(m_head);
    }
}

} // namespace Whyboard
