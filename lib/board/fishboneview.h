// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardtheme.h"
#include "board/fishbonetexteditor.h"

#include <QGraphicsView>
#include <QPointer>

#include <functional>

namespace Whyboard {

class FishboneScene;
class SessionDocument;

// The fishbone page: the open session's causes on their category's bones, read from and
// edited on the same document as the board. Keys: arrows move between cards (Up/Down along a
// bone, Left/Right to the neighbouring bone), Tab and Shift+Tab through every card, F2, Enter
// or a double click types the card's text, Ctrl+Shift+Left/Right moves the card to the
// previous or next bone, the menu key (or a right click) offers every category, Ctrl+0 fits
// the drawing to the view, Ctrl+wheel and Ctrl++/Ctrl+- zoom.
class FishboneView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit FishboneView(QWidget *parent = nullptr);

    FishboneScene *fishboneScene() const { return m_scene; }
    void setDocument(SessionDocument *document);
    // The board's theme, asked whenever the view is shown or painted (projector mode).
    void setThemeSource(std::function<BoardTheme()> source);

    QString currentCardId() const;
    void setCurrentCard(const QString &cardId);
    void editCard(const QString &cardId);
    bool isEditing() const { return m_editor != nullptr; }
    // The next (+1) or previous (-1) bone's category for the card; one undo step.
    void moveCardToNeighbourBone(const QString &cardId, int direction);
    void fitToView();
    // The sentence the view shows instead of a drawing (no session, no causes yet); empty otherwise.
    QString emptyText() const;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    bool focusNextPrevChild(bool next) override;

private:
    void followTheme();
    void afterRebuild();
    void step(int delta);          // Tab order
    void stepAlongBone(int delta); // Up/Down
    void stepAcrossBones(int delta);
    void zoomBy(qreal factor);
    void showCategoryMenu(const QString &cardId, const QPoint &globalPos);

    FishboneScene *m_scene;
    QPointer<SessionDocument> m_document;
    QPointer<FishboneTextEditor> m_editor;
    std::function<BoardTheme()> m_themeSource;
    bool m_fitted = true;
};

} // namespace Whyboard
