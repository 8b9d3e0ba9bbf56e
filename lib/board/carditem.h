#pragma once

#include "board/cardbadge.h"
#include "data/card.h"

#include <QGraphicsItem>

namespace Whyboard {

class BoardScene;
class CardButtonItem;
class CardTextEditor;
class ConnectorHandleItem;
class LinkItem;

// One card on the board. It shows the card as the document has it; it never changes data
// itself: gestures on it go through BoardScene, which pushes commands.
class CardItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit CardItem(const Card &card);
    ~CardItem() override;

    int type() const override { return Type; }
    QString cardId() const { return m_card.id; }
    const Card &card() const { return m_card; }

    // Shows new content (text, kind, evidence, verified); the position is applied separately.
    void setCard(const Card &card);
    // Puts the item where the document says, without snapping or marking a user move.
    void setDocumentPosition(const QPointF &position);

    // Links from the problem: 0 for the problem, 1 for a direct why, -1 when unlinked.
    int depth() const { return m_depth; }
    void setDepth(int depth);
    QString depthLabel() const;

    const CardBadges &badges() const { return m_badges; }
    void setBadges(const CardBadges &badges);

    void addLink(LinkItem *link);
    void removeLink(LinkItem *link);
    const QList<LinkItem *> &links() const { return m_links; }

    QSizeF size() const { return m_size; }
    QRectF cardRect() const { return QRectF(QPointF(0, 0), m_size); }
    QRectF sceneCardRect() const { return cardRect().translated(pos()); }

    // Theme, orientation or print mode changed: re-measure and repaint.
    void refreshAppearance();

    // In-place editing with a text cursor; the scene commits the text when editing ends.
    void beginEditing(const QString &typedText = {});
    QString editedText() const;
    void endEditing();
    bool isEditing() const { return m_editor != nullptr; }
    void editorContentsChanged();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    BoardScene *boardScene() const;
    void remeasure();
    void updateChrome();
    void rerouteLinks();
    QRectF textRect() const;
    qreal headerHeight() const;
    qreal badgeRowHeight() const;
    void paintHeader(QPainter *painter) const;
    void paintBadges(QPainter *painter) const;

    Card m_card;
    int m_depth = -1;
    CardBadges m_badges;
    QList<LinkItem *> m_links;
    QSizeF m_size;
    CardTextEditor *m_editor = nullptr;
    CardButtonItem *m_whyButton = nullptr;
    ConnectorHandleItem *m_handle = nullptr;
    bool m_hovered = false;
    bool m_applyingDocumentPosition = false;
};

} // namespace Whyboard
