// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardtheme.h"
#include "board/cardbadge.h"
#include "board/cardnavigator.h"
#include "board/linkrouting.h"
#include "board/screenfit.h"
#include "data/card.h"

#include <QGraphicsScene>
#include <QHash>

namespace Whyboard {

class BoardEditor;
class CardItem;
class LayoutAnimator;
class LinkItem;
class LinkTool;
class SessionDocument;

// The board: a QGraphicsScene that mirrors one SessionDocument. Its one job is showing it: the
// items and their id maps, appearance and selection. It follows the document's fine-grained
// signals, touching only the affected items, and recomputes the whole chain (why numbers) once
// per undo step. Gestures that change the session live beside it: the editor() (commands), the
// layoutAnimator() (auto-layout) and the linkTool() (link dragging and link mode).
class BoardScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit BoardScene(SessionDocument *document, QObject *parent = nullptr);
    ~BoardScene() override;

    SessionDocument *document() const { return m_document; }
    BoardEditor *editor() const { return m_editor; }
    LayoutAnimator *layoutAnimator() const { return m_layoutAnimator; }
    LinkTool *linkTool() const { return m_linkTool; }

    // While a batch is open, links whose cards change size or place are rerouted once, when
    // the outermost batch closes (see LinkRouting): building or restyling the board routes
    // every link once, not once per change of either of its cards.
    class RoutingBatch
    {
    public:
        explicit RoutingBatch(BoardScene *scene) : m_routing(scene->m_routing) { m_routing.begin(); }
        ~RoutingBatch() { m_routing.end(); }
        RoutingBatch(const RoutingBatch &) = delete;
        RoutingBatch &operator=(const RoutingBatch &) = delete;

    private:
        LinkRouting &m_routing;
    };
    // True when a batch is open, and then notes the links for it.
    bool deferRerouting(const QList<LinkItem *> &links) { return m_routing.defer(links); }

    CardItem *cardItem(const QString &cardId) const { return m_cards.value(cardId); }
    LinkItem *linkItem(const QString &causeId, const QString &effectId) const;
    QList<CardItem *> cardItems() const { return m_cards.values(); }
    QList<LinkItem *> linkItems() const { return m_links.values(); }

    // ---- Appearance ----
    const BoardTheme &theme() const { return m_theme; }
    void setTheme(const BoardTheme &theme);
    // The orientation the board is shown in: the presentation's while there is one.
    Qt::Orientation orientation() const { return isPresenting() ? m_presentation.orientation : m_orientation; }
    // The room's choice, which auto-layout and new cards follow.
    Qt::Orientation preferredOrientation() const { return m_orientation; }
    void setOrientation(Qt::Orientation orientation); // the next auto-layout follows it
    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap) { m_snapToGrid = snap; }
    qreal gridSize() const { return m_gridSize; }
    QPointF snapped(const QPointF &point) const;
    // Badges that checks attach to a card; replaces that card's list.
    void setCardBadges(const QString &cardId, const QList<CardBadge> &badges);
    QList<CardBadge> cardBadges(const QString &cardId) const { return m_badges.value(cardId); }
    // Participants' names painted as "Person A", ... (a display filter: the items and the
    // document keep the real text, and editing starts from it).
    bool namesHidden() const { return m_namesHidden; }
    void setNamesHidden(bool hidden);
    // A card's text as the board paints it.
    QString shownText(const QString &text) const;

    // ---- Presentation ----
    // Lays the board out for a screen of this size (projector mode): the orientation and card
    // width that give the largest text when the whole chain fits, laid out again once per
    // step. It is the screen's picture only: the document keeps its places, cards are not
    // dragged meanwhile, and an empty size puts everything back.
    void setPresentationScreen(const QSizeF &screen);
    bool isPresenting() const { return m_presentation.isValid(); }
    const ScreenFit &presentation() const { return m_presentation; }

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
    QString neighbourCard(const QString &cardId, Qt::Key direction) const
    {
        return CardNavigator::neighbour(m_cards.values(), cardItem(cardId), direction);
    }
    QString nextCardInReadingOrder(const QString &cardId, bool forward) const
    {
        return CardNavigator::next(m_cards.values(), cardId, forward);
    }
    QString cardIdAt(const QPointF &scenePos) const; // empty over the background or a link

    // ---- Placement ----
    QHash<QString, QSizeF> cardSizes() const;
    // A free place for a new cause of parentId, near it.
    QPointF spotForNewCard(const QString &parentId) const;

Q_SIGNALS:
    // A gesture could not be done; reason is a sentence for the user.
    void gestureRefused(const QString &reason);
    void cardSelectionChanged(const QStringList &cardIds);
    // The why numbers of the whole chain were recomputed (once per undo step).
    void depthsRecomputed();
    // The presentation put the cards in new places (it may have changed their size too).
    void presentationArranged();
    // A card was added by a gesture and should be shown.
    void cardNeedsAttention(const QString &cardId);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void rebuild();
    void addCardItemAt(int index); // the card at this index of the session
    void removeCardItem(const QString &cardId);
    void addLinkItemAt(int index);
    void removeLinkItem(const QString &causeId, const QString &effectId);
    void stepFinished();
    void refreshDepths();
    void refreshHiddenNames();
    void refreshAll();
    void arrangePresentation(bool choose);
    void applyTheme();
    QString chainShape() const;
    CardItem *cardAt(const QPointF &scenePos) const;

    SessionDocument *m_document;
    BoardEditor *m_editor = nullptr;
    LayoutAnimator *m_layoutAnimator = nullptr;
    LinkTool *m_linkTool = nullptr;
    QHash<QString, CardItem *> m_cards;
    QHash<QString, LinkItem *> m_links; // key: cause + '\n' + effect
    QHash<QString, QList<CardBadge>> m_badges;
    BoardTheme m_theme;
    BoardTheme m_screenTheme; // restored when print mode ends
    ScreenFit m_presentation;
    QSizeF m_presentationScreen;
    QString m_presentedShape; // the cards and links the presentation was chosen for
    Qt::Orientation m_orientation = Qt::Vertical;
    bool m_snapToGrid = false;
    qreal m_gridSize = 20;
    bool m_printMode = false;
    bool m_namesHidden = false;
    QStringList m_hiddenNames; // the participants' names, while they are hidden
    LinkRouting m_routing;
};

} // namespace Whyboard
