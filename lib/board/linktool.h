// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>

class QGraphicsPathItem;

namespace Whyboard {

class BoardScene;

// Making links, three ways: dragging from a card's connector handle onto the card it explains;
// link mode (Ctrl+L), where a click picks the cause and the next the effect; and link mode from
// the keyboard, where the selected card is the cause, the arrows choose the effect (a dashed
// arrow shows it) and Enter or Space links. Every way goes through the board editor, which
// refuses what the document refuses.
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
    // The keyboard's link mode: moves the chosen effect from the cause (or the effect chosen so
    // far) in a direction, or in reading order for Tab and Backtab.
    void moveTarget(Qt::Key direction);
    QString chosenEffect() const { return m_keyTarget; }
    // Enter or Space: links the cause to the chosen effect and leaves link mode; without a
    // cause yet, the current card becomes it.
    void confirm();

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void showLine(const QString &causeId, const QPointF &to);
    void removeLine();

    BoardScene *m_scene;
    QString m_dragCause;
    QGraphicsPathItem *m_dragLine = nullptr;
    bool m_active = false;
    QString m_modeCause;
    QString m_keyTarget;
    QString m_startCard; // selected when link mode began: the keyboard's cause
};

} // namespace Whyboard
