// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>
#include <QPointer>

namespace Whyboard {

class BoardMessage;
class BoardScene;

// The window onto a BoardScene: zoom (Ctrl+wheel, Ctrl +/-, pinch), pan (drag empty space,
// middle button, scrollbars), Shift+drag rubber-band selection, fit and zoom to selection, and
// the board's navigation keys: Tab and the arrow keys move between cards, Esc ends link mode or
// the selection, typing on a selected card starts editing it. Command keys (Enter, F2,
// Delete...) belong to BoardActions.
class BoardView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit BoardView(QWidget *parent = nullptr);
    ~BoardView() override;

    void setBoardScene(BoardScene *scene);
    BoardScene *boardScene() const;

    qreal zoom() const; // 1.0 = one scene unit per device-independent pixel
    void setZoom(qreal zoom);
    // The least zoom: 0.1, or less when the whole board needs less to fit in the view, so that
    // fitting and zooming out always reach the whole board.
    qreal minimumZoom() const { return m_minimumZoom; }
    static constexpr qreal defaultMinimumZoom = 0.1;
    static constexpr qreal maximumZoom = 4.0;

    bool isLinkMode() const;
    // Zoomed so far out that card text could not be read: the view paints the board as
    // numbered blocks and thin lines in one pass (FarOutPainter) instead of item by item.
    bool isFarOut() const;

    // Keeps the whole board in view, as projector mode shows it: no scroll bars, fitted again
    // when the view changes size and whenever the cards take more or less room.
    void setKeepFitted(bool on);
    bool keepsFitted() const { return m_keepFitted; }
    // Where a floating panel of this size covers no card: the first free corner of the
    // viewport (top right, top left, bottom right, bottom left), else the top right.
    QPoint freeCorner(const QSize &size, int margin) const;

    // A short message over the board (a refused link, ...) that fades by itself.
    void showTransientMessage(const QString &text);
    QString transientMessage() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToView();
    void zoomToSelection();
    void ensureCardVisible(const QString &cardId);
    // Link mode (the scene's link tool): click the cause, then the card it explains.
    void setLinkMode(bool on);

Q_SIGNALS:
    void boardSceneChanged(Whyboard::BoardScene *scene);
    void zoomChanged(qreal zoom);
    void linkModeChanged(bool on);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void zoomBy(qreal factor, const QPointF &viewportAnchor);
    void fitRect(const QRectF &rect, qreal maxZoom);
    qreal fittingZoom(const QRectF &rect) const;
    bool handleNavigationKey(QKeyEvent *event);
    void linkModeToggled(bool on);
    void updateSceneRect();
    void contentChanged();
    void settleLinks();

    QPointer<BoardScene> m_scene;
    bool m_panning = false;
    QPoint m_panLast;
    QPoint m_panStart;
    QMetaObject::Connection m_stepConnection;
    bool m_keepFitted = false;
    QRectF m_fittedContent; // what the last fit showed
    qreal m_minimumZoom = defaultMinimumZoom;
    bool m_paintedFarOut = false;
    BoardMessage *m_message = nullptr;
};

} // namespace Whyboard
