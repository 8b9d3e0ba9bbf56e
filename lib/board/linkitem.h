// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardtheme.h"
#include "board/linkpieces.h"
#include "data/enums.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace Whyboard {

class CardItem;

// The arrow "cause explains effect", drawn from the cause's edge to the effect's edge. Its
// cards call reroute() whenever they move or grow, so it follows a drag live.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    LinkItem(CardItem *cause, CardItem *effect);
    ~LinkItem() override;

    int type() const override { return Type; }
    CardItem *cause() const { return m_cause; }
    CardItem *effect() const { return m_effect; }
    QString causeId() const;
    QString effectId() const;

    ReadBackVerdict verdict() const { return m_verdict; }
    void setVerdict(ReadBackVerdict verdict);

    // Projector mode's route emphasis: a heavier or a lighter line, never a faded one.
    CardEmphasis emphasis() const { return m_emphasis; }
    void setEmphasis(CardEmphasis emphasis);

    // Recomputes the path from the cards' current geometry.
    void reroute();
    // "“cause” explains “effect”": written when a tooltip is asked for, not at every reroute.
    QString toolTipText() const;
    // Cards forget this link before it is deleted.
    void detach();

    QPointF startPoint() const { return m_start; }
    QPointF endPoint() const { return m_end; }

    // A board view paints links that stay put into its cached background, so that a drag
    // repaints only the moving links over it. The view sets this; any change to the link
    // (route, verdict, emphasis, selection) takes it out of the background, to be painted as
    // an item until the view puts it back.
    bool isInViewBackground() const { return m_inViewBackground; }
    void setInViewBackground(bool on) { m_inViewBackground = on; }

    // The link as paint() draws it, limited to what meets exposed (scene coordinates).
    void paintLink(QPainter *painter, const QRectF &exposed) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void leaveViewBackground();

    CardItem *m_cause;
    CardItem *m_effect;
    ReadBackVerdict m_verdict = ReadBackVerdict::NotChecked;
    CardEmphasis m_emphasis = CardEmphasis::None;
    QPainterPath m_path;
    QPainterPath m_body; // the path minus the part under the arrowhead
    LinkPieces m_pieces; // the body, in pieces for painting a part of it
    mutable QPainterPath m_shape; // made on the first hit test after a reroute
    bool m_inViewBackground = false;
    QPolygonF m_head;
    QPointF m_start;
    QPointF m_end;
};

} // namespace Whyboard
