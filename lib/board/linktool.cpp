// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/linktool.h"

#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/carditem.h"
#include "document/sessiondocument.h"

#include <QGraphicsPathItem>
#include <QPen>

namespace Whyboard {

LinkTool::LinkTool(BoardScene *scene)
    : QObject(scene)
    , m_scene(scene)
{
}

LinkTool::~LinkTool() = default; // the scene deletes the drag line with its items

void LinkTool::beginDrag(const QString &causeId, const QPointF &scenePos)
{
    if (m_scene->editor()->refuseIfLocked())
        return;
    m_dragCause = causeId;
    updateDrag(scenePos);
}

void LinkTool::updateDrag(const QPointF &scenePos)
{
    if (!m_dragCause.isEmpty())
        showLine(m_dragCause, scenePos);
}

void LinkTool::showLine(const QString &causeId, const QPointF &to)
{
    CardItem *cause = m_scene->cardItem(causeId);
    if (!cause)
        return;
    if (!m_dragLine) {
        m_dragLine = new QGraphicsPathItem;
        const BoardTheme &theme = m_scene->theme();
        m_dragLine->setPen(QPen(theme.accent, theme.linkWidth * 1.5, Qt::DashLine, Qt::RoundCap));
        m_dragLine->setZValue(10);
        m_scene->addItem(m_dragLine);
    }
    const QRectF rect = cause->sceneCardRect();
    QPainterPath path(m_scene->orientation() == Qt::Vertical ? QPointF(rect.center().x(), rect.top())
                                                             : QPointF(rect.left(), rect.center().y()));
    path.lineTo(to);
    m_dragLine->setPath(path);
}

void LinkTool::removeLine()
{
    delete m_dragLine;
    m_dragLine = nullptr;
}

void LinkTool::finishDrag(const QPointF &scenePos)
{
    removeLine();
    if (m_dragCause.isEmpty())
        return;
    const QString cause = m_dragCause;
    m_dragCause.clear();
    const QString target = m_scene->cardIdAt(scenePos);
    if (!target.isEmpty() && target != cause && m_scene->cardItem(cause))
        m_scene->editor()->linkCards(cause, target);
}

void LinkTool::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    const QString cause = m_modeCause;
    m_modeCause.clear();
    m_keyTarget.clear();
    m_startCard = active ? m_scene->currentCardId() : QString();
    removeLine();
    // Leaving link mode leaves the cause selected, where the keyboard was.
    if (!active && m_scene->cardItem(cause))
        m_scene->selectCards({cause}, false);
    Q_EMIT activeChanged(active);
}

void LinkTool::click(const QPointF &scenePos)
{
    const QString id = m_scene->cardIdAt(scenePos);
    if (id.isEmpty()) {
        setActive(false);
    } else if (m_modeCause.isEmpty()) {
        m_modeCause = id;
        m_scene->selectCards({id}, false);
    } else {
        m_scene->editor()->linkCards(m_modeCause, id);
        setActive(false);
    }
}

void LinkTool::moveTarget(Qt::Key direction)
{
    if (!m_active)
        return;
    if (m_modeCause.isEmpty() && m_startCard.isEmpty()) {
        // No cause yet: the arrows go to it, and Enter takes it.
        const QString current = m_scene->currentCardId();
        const Card *problem = m_scene->document()->session().problemCard();
        QString next = current.isEmpty() ? (problem ? problem->id : QString())
                       : direction == Qt::Key_Tab || direction == Qt::Key_Backtab
                           ? m_scene->nextCardInReadingOrder(current, direction == Qt::Key_Tab)
                           : m_scene->neighbourCard(current, direction);
        if (!next.isEmpty())
            m_scene->selectCards({next});
        return;
    }
    if (m_modeCause.isEmpty())
        m_modeCause = m_startCard; // the card selected when link mode began
    const QString from = m_keyTarget.isEmpty() ? m_modeCause : m_keyTarget;
    QString next = direction == Qt::Key_Tab || direction == Qt::Key_Backtab
                       ? m_scene->nextCardInReadingOrder(from, direction == Qt::Key_Tab)
                       : m_scene->neighbourCard(from, direction);
    if (next == m_modeCause) // passing over the cause itself
        next = direction == Qt::Key_Tab || direction == Qt::Key_Backtab
                   ? m_scene->nextCardInReadingOrder(next, direction == Qt::Key_Tab)
                   : m_scene->neighbourCard(next, direction);
    CardItem *target = m_scene->cardItem(next);
    if (!target || next == m_modeCause)
        return;
    m_keyTarget = next;
    m_scene->selectCards({next});
    // To where the arrow would arrive: the effect's bottom (top-down) or its right side.
    const QRectF rect = target->sceneCardRect();
    showLine(m_modeCause, m_scene->orientation() == Qt::Vertical ? QPointF(rect.center().x(), rect.bottom())
                                                                  : QPointF(rect.right(), rect.center().y()));
}

void LinkTool::confirm()
{
    if (!m_active)
        return;
    if (m_modeCause.isEmpty()) {
        m_modeCause = m_scene->currentCardId();
        m_startCard = m_modeCause;
        Q_EMIT m_scene->gestureRefused(m_modeCause.isEmpty()
                                           ? tr("Choose the cause with the arrow keys first.")
                                           : tr("Now choose the card it explains with the arrow keys, then press Enter."));
        return;
    }
    if (m_keyTarget.isEmpty()) {
        Q_EMIT m_scene->gestureRefused(tr("Choose the card it explains with the arrow keys, then press Enter."));
        return;
    }
    const QString cause = m_modeCause;
    const QString effect = m_keyTarget;
    if (m_scene->editor()->linkCards(cause, effect))
        setActive(false);
}

} // namespace Whyboard
