// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardkeys.h"

#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/linktool.h"

#include <QKeyEvent>
#include <QWidget>

namespace Whyboard {

namespace {

bool isLinkModeKey(const QKeyEvent *event)
{
    // Ctrl+L (and other chords) stay shortcuts: the same key leaves link mode.
    return !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
}

} // namespace

BoardKeys::BoardKeys(BoardView *view)
    : QObject(view)
    , m_view(view)
{
    view->installEventFilter(this);
}

bool BoardKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FocusIn) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        m_enteredByTab = reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason;
    }
    if (watched != m_view || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    BoardScene *scene = m_view->boardScene();
    if (!scene)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (event->type() == QEvent::KeyPress && key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab)
        m_enteredByTab = false;
    if (scene->linkTool()->isActive() && !scene->editor()->isEditing() && isLinkModeKey(key)) {
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // the key comes to the board, not to Enter's "Ask Why" or Delete
            return true;
        }
        return linkModeKey(key);
    }
    if (event->type() == QEvent::KeyPress && !scene->editor()->isEditing()
        && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
        && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return tabKey(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
    // Here rather than in the card's text item: discarding the card deletes that item.
    if (event->type() == QEvent::KeyPress && key->key() == Qt::Key_Escape && scene->editor()->isEditing()) {
        scene->editor()->cancelEditing();
        m_view->setFocus();
        return true;
    }
    return false;
}

// Tab and Shift+Tab go through the cards in reading order; past the last (or before the first)
// they leave the board for the next field, so that Tab reaches every panel and comes back.
bool BoardKeys::tabKey(bool forward)
{
    BoardScene *scene = m_view->boardScene();
    const QString first = scene->nextCardInReadingOrder(QString(), true);
    if (first.isEmpty())
        return false;
    // Come in with Tab: the walk through the cards starts again at the problem (or the last).
    const QString current = m_enteredByTab ? QString() : scene->currentCardId();
    m_enteredByTab = false;
    QString next;
    if (current.isEmpty())
        next = forward ? first : scene->nextCardInReadingOrder(first, false);
    else if (forward ? scene->nextCardInReadingOrder(current, true) != first : current != first)
        next = scene->nextCardInReadingOrder(current, forward);
    if (!next.isEmpty()) {
        scene->selectCards({next});
        return true;
    }
    for (QWidget *w = forward ? m_view->nextInFocusChain() : m_view->previousInFocusChain(); w && w != m_view;
         w = forward ? w->nextInFocusChain() : w->previousInFocusChain()) {
        if (w->window() == m_view->window() && !m_view->isAncestorOf(w) && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()) {
            w->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    // Nowhere else to go: round the cards again.
    scene->selectCards({scene->nextCardInReadingOrder(current, forward)});
    return true;
}

bool BoardKeys::linkModeKey(QKeyEvent *event)
{
    LinkTool *tool = m_view->boardScene()->linkTool();
    switch (event->key()) {
    case Qt::Key_Escape:
        tool->setActive(false);
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        tool->moveTarget(Qt::Key(event->key()));
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        tool->moveTarget(event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier) ? Qt::Key_Tab
                                                                                               : Qt::Key_Backtab);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        tool->confirm();
        return true;
    default:
        break;
    }
    // A stray key while linking changes nothing.
    return !event->text().isEmpty() || event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace
           || event->key() == Qt::Key_F2;
}

} // namespace Whyboard
