// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardtheme.h"
#include "board/cardbadge.h"
#include "data/card.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace Whyboard {

class BoardScene;
class CardButtonItem;
class CardTextEditor;
class ConnectorHandleItem;
class LinkItem;
class SessionDocument;

// One card on the board. It keeps only the card's id and reads the card (text, evidence,
// verified) through to the document; it never changes data itself: gestures on it go through
// the scene's BoardEditor, which pushes commands.
class CardItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::CardItem)

public:
    // The evidence tooltip shows at most this much of a long text.
    static constexpr int toolTipCharacters = 500;

    enum { Type = UserType + 1 };

    // indexHint: where the card is in the session, when the caller knows.
    CardItem(const SessionDocument *document, const QString &cardId, int indexHint = -1);
    ~CardItem() override;

    int type() const override { return Type; }
    QString cardId() const { return m_cardId; }
    // The card as the document has it now.
    const Card &card() const;
    // The text as painted: with names hidden when the board hides them.
    QString shownText() const;
    // "VERIFIED", "EVIDENCE, NOT VERIFIED" or "NO EVIDENCE", as the header shows it.
    QString evidenceLabel() const;

    // The document changed the card (text, evidence, verified): re-measure and repaint. While
    // the card is being typed into, the echo of the typing leaves the cursor alone; a change
    // from elsewhere (an undo, the outline) replaces the text being edited.
    void refreshContent();
    // Puts the item where the document says, without snapping or marking a user move.
    void setDocumentPosition(const QPointF &position);

    // Links from the problem along the longest route: 0 for the problem, 1 for a direct why,
    // -1 when unlinked. shortestDepth() differs when a shorter route reaches the problem too.
    int depth() const { return m_depth; }
    int shortestDepth() const { return m_shortestDepth; }
    void setDepth(int depth, int shortestDepth = -1);
    QString depthLabel() const;
    // The why number a far-out block shows: "3", "3 / 5" when reached both ways, the problem's name.
    QString farOutLabel() const;

    // Projector mode's route emphasis: an outline, never faded text.
    CardEmphasis emphasis() const { return m_emphasis; }
    void setEmphasis(CardEmphasis emphasis);
    // The colours and outline the card is painted with now.
    CardLook look() const;

    const CardBadges &badges() const { return m_badges; }
    void setBadges(const CardBadges &badges);

    void addLink(LinkItem *link);
    void removeLink(LinkItem *link);
    const QList<LinkItem *> &links() const { return m_links; }

    QSizeF size() const { return m_size; }
    // The size the card would take in this theme (its width, fonts and padding), as a layout
    // for another screen asks before choosing one.
    QSizeF measuredSize(const BoardTheme &theme) const;
    QRectF cardRect() const { return QRectF(QPointF(0, 0), m_size); }
    QRectF sceneCardRect() const { return cardRect().translated(pos()); }

    // Theme, orientation or print mode changed: re-measure and repaint.
    void refreshAppearance();

    // In-place editing with a text cursor, starting from the card's real text; the board
    // editor saves every change as it is typed.
    void beginEditing();
    void insertTypedText(const QString &text);
    QString editedText() const;
    void endEditing();
    bool isEditing() const { return m_editor != nullptr; }
    void editorContentsChanged();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Shows the "+ Why?" button and the link handle on a hovered or selected card, unless it
    // is being edited, printed, or the board is locked.
    void updateChrome();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    BoardScene *boardScene() const;
    void remeasure();
    void rerouteLinks();
    void refreshToolTip();
    QRectF textRect() const;
    qreal headerHeight() const;
    qreal badgeRowHeight() const;
    void paintHeader(QPainter *painter, const CardLook &look) const;
    void paintBadges(QPainter *painter) const;
    qreal wrappedTextHeight(const QString &text, qreal width, const QFont &font) const;

    const SessionDocument *m_document;
    QString m_cardId;
    mutable int m_cardIndex = -1; // where card() found the card last time
    int m_depth = -1;
    int m_shortestDepth = -1;
    CardEmphasis m_emphasis = CardEmphasis::None;
    CardBadges m_badges;
    QList<LinkItem *> m_links;
    QSizeF m_size;
    CardTextEditor *m_editor = nullptr;
    CardButtonItem *m_whyButton = nullptr;
    ConnectorHandleItem *m_handle = nullptr;
    bool m_hovered = false;
    bool m_applyingDocumentPosition = false;
    // The last text wrapped for measuring, with its width, font and height: wrapping is the
    // slow part, and a card is measured again when it joins the scene, gets badges or a theme.
    mutable QString m_wrappedText;
    mutable QFont m_wrappedFont;
    mutable qreal m_wrappedWidth = -1;
    mutable qreal m_wrappedHeight = 0;
};

} // namespace Whyboard
