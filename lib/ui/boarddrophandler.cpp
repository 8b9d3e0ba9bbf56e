// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/boarddrophandler.h"

#include "board/carditem.h"
#include "document/commands/editactioncommand.h"
#include "document/commands/editeventcommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/itemidsmime.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QGraphicsView>
#include <QMimeData>
#include <QUndoStack>

namespace Whyboard {

BoardDropHandler::BoardDropHandler(QGraphicsView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    view->setAcceptDrops(true);
    view->viewport()->setAcceptDrops(true);
    view->viewport()->installEventFilter(this);
}

void BoardDropHandler::setDocument(SessionDocument *document)
{
    m_document = document;
}

bool BoardDropHandler::accepts(const QMimeData *data) const
{
    return m_document && !m_document->isReadOnly() && data
           && (data->hasFormat(ItemIdsMime::eventIdsType()) || data->hasFormat(ItemIdsMime::actionIdsType()));
}

QString BoardDropHandler::cardAt(const QPoint &viewportPos) const
{
    for (QGraphicsItem *item : m_view->items(viewportPos)) {
        for (QGraphicsItem *current = item; current; current = current->parentItem()) {
            if (current->type() == CardItem::Type)
                return static_cast<CardItem *>(current)->cardId();
        }
    }
    return {};
}

bool BoardDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter: {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!accepts(drag->mimeData()))
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!accepts(drag->mimeData()))
            return false;
        if (cardAt(drag->position().toPoint()).isEmpty())
            drag->ignore();
        else
            drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!accepts(drop->mimeData()))
            return false;
        const QString cardId = cardAt(drop->position().toPoint());
        if (!cardId.isEmpty() && relate(drop->mimeData(), cardId))
            drop->acceptProposedAction();
        else
            drop->ignore();
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

bool BoardDropHandler::relate(const QMimeData *data, const QString &cardId)
{
    if (!accepts(data) || !m_document->session().card(cardId))
        return false;
    const Session &session = m_document->session();
    QList<TimelineEvent> events;
    for (const QString &id : ItemIdsMime::decode(data, ItemIdsMime::eventIdsType())) {
        const int row = session.indexOfEvent(id);
        if (row >= 0 && !session.timeline.at(row).cardIds.contains(cardId)) {
            events << session.timeline.at(row);
            events.last().cardIds << cardId;
        }
    }
    QList<ActionItem> actions;
    for (const QString &id : ItemIdsMime::decode(data, ItemIdsMime::actionIdsType())) {
        const int row = session.indexOfAction(id);
        if (row >= 0 && !session.actions.at(row).cardIds.contains(cardId)) {
            actions << session.actions.at(row);
            actions.last().cardIds << cardId;
        }
    }
    const int count = int(events.size() + actions.size());
    if (count == 0)
        return false;
    {
        SessionDocument::Step step(m_document, tr("Relate to card"));
        for (const TimelineEvent &event : std::as_const(events))
            m_document->push(new EditEventCommand(m_document, event));
        for (const ActionItem &action : std::as_const(actions))
            m_document->push(new EditActionCommand(m_document, action));
    }
    Q_EMIT related(cardId, count);
    return true;
}

} // namespace Whyboard
