// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QPointer>
#include <QWidget>

class QAction;

namespace Whyboard {

class BoardScene;
class BoardView;

// An overview of a big board in the bottom right corner of its view: every card a small block
// in the board theme's colours (the problem and the selected cards stand out), the part the
// view shows outlined. A click or a drag in it moves the view there. It shows only while its
// action is on and the board does not fit the view, is half transparent until the pointer is
// over it, and takes no focus, so the keyboard keeps working on the board. The blocks are
// drawn into a cached picture once per change of the board; scrolling only moves the outline.
class BoardMiniMap : public QWidget
{
    Q_OBJECT

public:
    // Lives on the view's viewport, over the board.
    explicit BoardMiniMap(BoardView *view);

    // "Show Overview" for the View menu, checked by default; remembered between runs.
    QAction *toggleAction() const { return m_toggle; }
    // The part of the scene the map shows, and where a scene point lies on the map.
    QRectF mappedSceneRect() const { return m_content; }
    QPointF mapFromScene(const QPointF &scenePoint) const;
    // The view's visible part of the scene, outlined on the map (widget coordinates).
    QRectF viewOutline() const;

    static constexpr int maximumWidth = 220;
    static constexpr int maximumHeight = 170;
    static constexpr int margin = 12; // from the viewport's corner

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void followScene(BoardScene *scene);
    void boardChanged();
    void viewMoved();
    void place();
    void paintPicture();
    void centreViewAt(const QPointF &point);
    QString themeKey() const;

    BoardView *m_view;
    QPointer<BoardScene> m_scene;
    QAction *m_toggle;
    QMetaObject::Connection m_stepConnection;
    QRectF m_content; // scene rectangle shown
    qreal m_scale = 1; // map pixels per scene unit
    QPixmap m_picture;
    QString m_pictureTheme; // the theme the picture was drawn in
    bool m_pictureStale = true;
    bool m_dragging = false;
    bool m_hovered = false;
};

} // namespace Whyboard
