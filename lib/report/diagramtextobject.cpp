#include "report/diagramtextobject.h"

#include <QGraphicsScene>
#include <QPainter>

namespace Whyboard {

DiagramTextObject::DiagramTextObject(QGraphicsScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
}

QTextCharFormat DiagramTextObject::format(const QRectF &source, const QSizeF &size)
{
    QTextCharFormat result;
    result.setObjectType(objectType);
    result.setProperty(SourceRect, source);
    result.setProperty(TargetSize, size);
    return result;
}

QSizeF DiagramTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(TargetSize).toSizeF();
}

void DiagramTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    if (!m_scene)
        return;
    const QRectF source = format.property(SourceRect).toRectF();
    painter->save();
    // Cards cut at a part's edge must not spill onto the neighbouring text.
    painter->setClipRect(rect, Qt::IntersectClip);
    m_scene->render(painter, rect, source, Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace Whyboard
