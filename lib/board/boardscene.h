#pragma once

#include "board/boardtheme.h"
#include "board/cardbadge.h"
#include "data/card.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

class QGraphicsPathItem;
class QUndoCommand;
class QVariantAnimation;

namespace Whyboard {

class CardItem;
class LinkItem;
class SessionDocument;

// The board: a QGraphicsScene that mirrors one SessionDocument. It keeps id -> item maps and
// follows the document's fine-grained signals, touching only the affected items. Every gesture
// (drag, type, link, delete, paste, auto-layout) becomes a command pushed on the document.
class BoardScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit BoardScene(SessionDocument *document, QObject *parent = nullptr);
    ~BoardScene() override;

    SessionDocument *document() const { return m_document; }

    CardItem *cardItem(const QString &cardId) const { return m_cards.value(cardId); }
    LinkItem *linkItem(const QString &causeId, const QString &effectId) const;
    QList<CardItem *> cardItems() const { return m_cards.values(); }
    QList<LinkItem *> linkItems() const { return m_links.values(); }

    // ---- Appearance ----
    const BoardTheme &theme() const { return m_theme; }
    void setTheme(const BoardTheme &theme);
    Qt::Orientation orientation() const { return m_orientation; }
    void setOrientation(Qt::Orientation orientation); // the next auto-layout follows it
    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap);
    qreal gridSize() const { return m_gridSize; }
    QPointF snapped(const QPointF &point) const;
    // Badges that checks attach to a card; replaces that card's list.
    void setCardBadges(const QString &cardId, const QList<CardBadge> &badges);
    QList<CardBadge> cardBadges(const QString &cardId) const { return m_badges.value(cardId); }
    // Whether auto-layout animates (tests and exports switch it off).
    void setAnimationsEnabled(bool enabled) { m_animate = enabled; }

    // ---- Export ----
    // Light theme, no selection, handles, buttons or grid: what a report or a printout shows.
    void setPrintMode(bool printMode);
    bool printMode() const { return m_printMode; }
    // The bounding box of the cards and arrows, with a small margin.
    QRectF contentRect() const;

    // ---- Selection ----
    QStringList selectedCardIds() const; // in reading order
    QList<QPair<QString, QString>> selectedLinks() const;
    QString currentCardId() const; // the focused card, else the first selected one
    void selectCards(const QStringList &cardIds, bool ensureVisible = true);
    // The next card from cardId in the given direction, by the cards' current places.
    QString neighbourCard(const QString &cardId, Qt::Key direction) const;
    QString nextCardInReadingOrder(const QString &cardId, bool forward) const;
    QString cardIdAt(const QPointF &scenePos) const; // empty over the background or a link

    // ---- Gestures: each pushes commands (or reports why it cannot) ----
    QString addWhy(const QString &effectId, bool startEditing = true);
    QString addSiblingCause(const QString &cardId, bool startEditing = true);
    void editCard(const QString &cardId, const QString &typedText = {});
    void finishEditing();
    QString editingCardId() const { return m_editingCardId; }
    bool isEditing() const { return !m_editingCardId.isEmpty(); }
    void setVerified(const QString &cardId, bool verified);
    bool linkCards(const QString &causeId, const QString &effectId);
    bool unlinkCards(const QString &causeId, const QString &effectId);
    void setLinkVerdict(const QString &causeId, const QString &effectId, int verdict);
    void removeCards(const QStringList &cardIds);
    void deleteSelection(); // selected cards, else selected links
    void moveCards(const QHash<QString, QPointF> &positions); // one undo step
    void autoLayout();
    void copySelection() const;
    bool canPaste() const;
    QStringList paste(); // under the current card (or the problem); returns the new ids
    QStringList duplicateSelection();

    // Connector-handle drags (called by the handle item).
    void beginLinkDrag(const QString &causeId, const QPointF &scenePos);
    void updateLinkDrag(const QPointF &scenePos);
    void finishLinkDrag(const QPointF &scenePos);

Q_SIGNALS:
    // A gesture could not be done; reason is a sentence for the user.
    void gestureRefused(const QString &reason);
    void cardSelectionChanged(const QStringList &cardIds);
    void editingStarted(const QString &cardId);
    void editingFinished(const QString &cardId);
    void layoutAnimationFinished();
    // A card was added by a gesture and should be shown.
    void cardNeedsAttention(const QString &cardId);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void rebuild();
    void addCardItem(const QString &cardId);
    void removeCardItem(const QString &cardId);
    void addLinkItem(const QString &causeId, const QString &effectId);
    void removeLinkItem(const QString &causeId, const QString &effectId);
    void refreshDepths();
    void refreshAll();
    void commitDraggedCards();
    QPointF spotForNewCard(const QString &parentId) const;
    QHash<QString, QSizeF> cardSizes() const;
    CardItem *cardAt(const QPointF &scenePos) const;
    bool pushCardEdit(const Card &edited, const QString &text);

    SessionDocument *m_document;
    QHash<QString, CardItem *> m_cards;
    QHash<QString, LinkItem *> m_links; // key: cause + '\n' + effect
    QHash<QString, QList<CardBadge>> m_badges;
    BoardTheme m_theme;
    BoardTheme m_screenTheme; // restored when print mode ends
    Qt::Orientation m_orientation = Qt::Vertical;
    bool m_snapToGrid = false;
    qreal m_gridSize = 20;
    bool m_printMode = false;
    bool m_animate = true;
    QString m_editingCardId;
    QHash<QString, QPointF> m_pressPositions;
    QString m_linkDragCause;
    QGraphicsPathItem *m_linkDragLine = nullptr;
    QPointer<QVariantAnimation> m_layoutAnimation;
};

} // namespace Whyboard
