#include "board/linktool.h"

#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/carditem.h"

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
    m_dragCause = causeId;
    delete m_dragLine;
    m_dragLine = new QGraphicsPathItem;
    const BoardTheme &theme = m_scene->theme();
    m_dragLine->setPen(QPen(theme.accent, theme.linkWidth, Qt::DashLine, Qt::RoundCap));
    m_dragLine->setZValue(10);
    m_scene->addItem(m_dragLine);
    updateDrag(scenePos);
}

void LinkTool::updateDrag(const QPointF &scenePos)
{
    CardItem *cause = m_scene->cardItem(m_dragCause);
    if (!cause || !m_dragLine)
        return;
    const QRectF rect = cause->sceneCardRect();
    QPainterPath path(m_scene->orientation() == Qt::Vertical ? QPointF(rect.center().x(), rect.top())
                                                             : QPointF(rect.left(), rect.center().y()));
    path.lineTo(scenePos);
    m_dragLine->setPath(path);
}

void LinkTool::finishDrag(const QPointF &scenePos)
{
    delete m_dragLine;
    m_dragLine = nullptr;
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
    m_modeCause.clear();
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

} // namespace Whyboard
