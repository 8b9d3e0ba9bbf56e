// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/fishbonetexteditor.h"

#include "board/fishbonecarditem.h"
#include "board/fishbonescene.h"
#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"

#include <QKeyEvent>
#include <QTextCursor>
#include <QTextDocument>

namespace Whyboard {

FishboneTextEditor::FishboneTextEditor(FishboneScene *scene, const QString &cardId)
    : m_scene(scene)
    , m_cardId(cardId)
    , m_editRun(EditCardCommand::newEditRun())
{
    const FishboneLayout &layout = scene->layout();
    const FishboneLayout::Card &card = layout.cards.at(layout.indexOfCard(cardId));
    const Card *data = scene->document()->session().card(cardId);
    setFont(scene->theme().textFont);
    setDefaultTextColor(scene->theme().cardLook(CardKind::Why, false, CardEmphasis::None, true).text);
    setPlainText(data ? data->text : QString());
    document()->setDocumentMargin(0);
    setTextWidth(card.textRect.width());
    setPos(card.textRect.topLeft());
    setZValue(2);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    scene->setFrozen(true);
    scene->addItem(this);
    if (FishboneCardItem *item = scene->cardItem(cardId))
        item->setEditing(true);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    setTextCursor(cursor);
    setFocus(Qt::OtherFocusReason);
    connect(document(), &QTextDocument::contentsChanged, this, &FishboneTextEditor::save);
}

FishboneTextEditor::~FishboneTextEditor() = default;

void FishboneTextEditor::save()
{
    if (!m_finished)
        m_scene->setCardText(m_cardId, toPlainText(), m_editRun);
}

void FishboneTextEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if ((enter && !(event->modifiers() & Qt::ShiftModifier)) || event->key() == Qt::Key_Escape) {
        finish();
        return;
    }
    if (enter) {
        textCursor().insertText(QStringLiteral("\n"));
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void FishboneTextEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    finish();
}

void FishboneTextEditor::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    setTextInteractionFlags(Qt::NoTextInteraction);
    const QString id = m_cardId;
    FishboneScene *scene = m_scene;
    if (FishboneCardItem *item = scene->cardItem(id))
        item->setEditing(false);
    Q_EMIT finished(id);
    deleteLater();
    // Laying out again deletes the scene's items: this one has left it first.
    scene->removeItem(this);
    scene->setFrozen(false);
    scene->selectCard(id);
}

} // namespace Whyboard
