#pragma once

#include <QObject>
#include <QPointF>

class QGraphicsPathItem;

namespace Whyboard {

class BoardScene;

// Making links with the mouse, both ways: dragging from a card's connector handle onto the card
// it explains, and link mode (Ctrl+L), where a click picks the cause and the next the effect.
// Either way the link goes through the board editor, which refuses what the document refuses.
class LinkTool : public QObject
{
    Q_OBJECT

public:
    explicit LinkTool(BoardScene *scene);
    ~LinkTool() override;

    // ---- Dragging from a connector handle ----
    void beginDrag(const QString &causeId, const QPointF &scenePos);
    void updateDrag(const QPointF &scenePos);
    void finishDrag(const QPointF &scenePos);
    bool isDragging() const { return m_dragLine != nullptr; }

    // ---- Link mode ----
    bool isActive() const { return m_active; }
    void setActive(bool active);
    QString pickedCause() const { return m_modeCause; }
    // A click at scenePos in link mode: picks the cause, then links it to the card clicked
    // next; a click on the background ends link mode.
    void click(const QPointF &scenePos);

Q_SIGNALS:
    void activeChanged(bool active);

private:
    BoardScene *m_scene;
    QString m_dragCause;
    QGraphicsPathItem *m_dragLine = nullptr;
    bool m_active = false;
    QString m_modeCause;
};

} // namespace Whyboard
