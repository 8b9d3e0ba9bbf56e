// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/cardtexteditor.h"

#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/carditem.h"

#include <QKeyEvent>
#include <QTextCursor>
#include <QTextDocument>

namespace Whyboard {

CardTextEditor::CardTextEditor(CardItem *card)
    : QGraphicsTextItem(card)
    , m_card(card)
{
    setTextInteractionFlags(Qt::TextEditorInteraction);
    document()->setDocumentMargin(0);
    applyTheme();
    connect(document(), &QTextDocument::contentsChanged, this,
            [this] { m_card->editorContentsChanged(); });
}

void CardTextEditor::applyTheme()
{
    auto *boardScene = qobject_cast<BoardScene *>(m_card->scene());
    if (!boardScene)
        return;
    const BoardTheme &theme = boardScene->theme();
    setFont(theme.textFont);
    setDefaultTextColor(theme.text);
    setTextWidth(theme.cardWidth - 2 * theme.padding);
}

void CardTextEditor::startEditing()
{
    setFocus(Qt::OtherFocusReason);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    setTextCursor(cursor);
}

void CardTextEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Tab
        || event->key() == Qt::Key_Backtab || (enter && !(event->modifiers() & Qt::ShiftModifier))) {
        event->accept();
        finish();
        return;
    }
    if (enter) {
        textCursor().insertText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void CardTextEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // A window losing focus (a menu, another application) is not the end of typing.
    if (event->reason() != Qt::ActiveWindowFocusReason && event->reason() != Qt::PopupFocusReason)
        finish();
}

void CardTextEditor::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (auto *boardScene = qobject_cast<BoardScene *>(m_card->scene()))
        boardScene->editor()->finishEditing();
}

} // namespace Whyboard
