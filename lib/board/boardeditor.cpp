// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardeditor.h"

#include "board/boardscene.h"
#include "board/cardclipboard.h"
#include "board/carditem.h"
#include "board/cardpaster.h"
#include "board/cardtexteditor.h"
#include "document/commands/addcardcommand.h"
#include "document/commands/addlinkcommand.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/movecardscommand.h"
#include "document/commands/removecardscommand.h"
#include "document/commands/removelinkcommand.h"
#include "document/commands/setlinkverdictcommand.h"
#include "document/sessiondocument.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTextCursor>
#include <QUndoStack>

namespace Whyboard {

BoardEditor::BoardEditor(BoardScene *scene)
    : QObject(scene)
    , m_scene(scene)
{
    connect(document(), &SessionDocument::cardAboutToBeRemoved, this, [this](const QString &cardId) {
        m_pressPositions.remove(cardId);
        if (m_editingCardId != cardId)
            return;
        m_editingCardId.clear();
        m_editRun = 0;
        m_newCardId.clear();
        if (CardItem *item = m_scene->cardItem(cardId))
            item->endEditing();
        Q_EMIT editingFinished(cardId);
    });
}

SessionDocument *BoardEditor::document() const
{
    return m_scene->document();
}

void BoardEditor::refuse(const QString &reason)
{
    Q_EMIT m_scene->gestureRefused(reason);
}

void BoardEditor::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    if (locked)
        finishEditing();
    m_locked = locked;
    applyLockToCards();
}

bool BoardEditor::refuseIfLocked()
{
    if (!m_locked)
        return false;
    refuse(tr("The board is locked: unlock it (Board ▸ Lock Board) to change it."));
    return true;
}

// A locked (or read-only) board does not let a card be dragged at all, rather than snap back.
void BoardEditor::applyLockToCards()
{
    const bool movable = !m_locked && !document()->isReadOnly();
    for (CardItem *card : m_scene->cardItems()) {
        card->setFlag(QGraphicsItem::ItemIsMovable, movable);
        card->updateChrome();
    }
}

QString BoardEditor::addWhy(const QString &effectId, bool startEditing)
{
    SessionDocument *doc = document();
    if (!doc->session().card(effectId) || refuseIfLocked())
        return {};
    finishEditing();
    const int undoIndexBefore = doc->undoStack()->index();
    Card card;
    card.id = doc->newCardId();
    card.kind = CardKind::Why;
    card.position = m_scene->spotForNewCard(effectId);
    if (!doc->push(new AddCardCommand(doc, card, effectId)))
        return {};
    m_scene->selectCards({card.id});
    if (startEditing) {
        editCard(card.id);
        if (m_editingCardId == card.id) {
            m_newCardId = card.id;
            m_newCardUndoIndex = undoIndexBefore;
        }
    }
    return card.id;
}

QString BoardEditor::addSiblingCause(const QString &cardId, bool startEditing)
{
    const Session &session = document()->session();
    const Card *card = session.card(cardId);
    if (!card)
        return {};
    QString effect = cardId;
    if (card->kind != CardKind::Problem) {
        const QStringList effects = session.effectsOf(cardId);
        effect = effects.isEmpty() ? (session.problemCard() ? session.problemCard()->id : QString())
                                   : effects.first();
    }
    return addWhy(effect, startEditing);
}

void BoardEditor::editCard(const QString &cardId, const QString &typedText)
{
    CardItem *item = m_scene->cardItem(cardId);
    if (!item || m_editingCardId == cardId || refuseIfLocked())
        return;
    finishEditing();
    if (document()->isReadOnly()) {
        refuse(tr("This session is open read-only; changes are not possible."));
        return;
    }
    m_scene->selectCards({cardId});
    m_editingCardId = cardId;
    m_editRun = EditCardCommand::newEditRun();
    item->beginEditing();
    Q_EMIT editingStarted(cardId);
    // A key that started editing is the first keystroke of the run.
    if (!typedText.isEmpty())
        item->insertTypedText(typedText);
}

void BoardEditor::textEdited(const QString &cardId, const QString &text)
{
    SessionDocument *doc = document();
    const Card *card = doc->session().card(cardId);
    if (cardId != m_editingCardId || !card || card->text == text)
        return;
    Card edited = *card;
    edited.text = text;
    doc->push(new EditCardCommand(doc, edited, m_editRun));
}

void BoardEditor::finishEditing()
{
    if (m_editingCardId.isEmpty())
        return;
    const QString id = m_editingCardId;
    m_editingCardId.clear();
    m_editRun = 0;
    m_newCardId.clear();
    CardItem *item = m_scene->cardItem(id);
    if (!item)
        return;
    item->endEditing();
    if (document()->session().card(id))
        m_scene->selectCards({id}, false);
    Q_EMIT editingFinished(id);
}

void BoardEditor::cancelEditing()
{
    const Card *card = document()->session().card(m_editingCardId);
    CardItem *item = m_scene->cardItem(m_editingCardId);
    const QString text = item ? item->editedText() : QString();
    if (card && !m_newCardId.isEmpty() && m_newCardId == m_editingCardId && text.trimmed().isEmpty())
        discardNewCard();
    else
        finishEditing();
}

void BoardEditor::discardNewCard()
{
    const QString id = m_newCardId;
    const QStringList effects = document()->session().effectsOf(id);
    QUndoStack *stack = document()->undoStack();
    // Undo the card's creation and its (empty) typing, then drop those steps from the stack:
    // redoing an obsolete command deletes it without running it.
    while (stack->index() > m_newCardUndoIndex && stack->index() > 0) {
        stack->undo();
        auto *command = const_cast<QUndoCommand *>(stack->command(stack->index()));
        if (!command)
            break;
        command->setObsolete(true);
        stack->redo();
    }
    // Dropping a command from the stack announces nothing: Redo must not offer it.
    Q_EMIT stack->canRedoChanged(stack->canRedo());
    Q_EMIT stack->redoTextChanged(stack->redoText());
    m_newCardId.clear();
    finishEditing();
    if (!effects.isEmpty())
        m_scene->selectCards({effects.first()}, false);
}

void BoardEditor::selectEditedText()
{
    CardItem *item = m_scene->cardItem(m_editingCardId);
    if (!item)
        return;
    const QList<QGraphicsItem *> children = item->childItems();
    for (QGraphicsItem *child : children) {
        if (auto *editor = dynamic_cast<CardTextEditor *>(child)) {
            QTextCursor cursor = editor->textCursor();
            cursor.select(QTextCursor::Document);
            editor->setTextCursor(cursor);
        }
    }
}

void BoardEditor::setVerified(const QString &cardId, bool verified)
{
    SessionDocument *doc = document();
    const Card *card = doc->session().card(cardId);
    if (!card || card->isVerified() == verified || refuseIfLocked())
        return;
    if (verified && card->evidence.trimmed().isEmpty()) {
        refuse(tr("Add the evidence first: a cause is verified when the room has checked how it knows."));
        return;
    }
    Card edited = *card;
    edited.verified = verified;
    doc->push(new EditCardCommand(doc, edited));
}

bool BoardEditor::linkCards(const QString &causeId, const QString &effectId)
{
    if (refuseIfLocked())
        return false;
    SessionDocument *doc = document();
    const QString refusal = doc->linkRefusal(causeId, effectId);
    if (!refusal.isEmpty()) {
        refuse(refusal);
        return false;
    }
    return doc->push(new AddLinkCommand(doc, causeId, effectId));
}

bool BoardEditor::unlinkCards(const QString &causeId, const QString &effectId)
{
    if (refuseIfLocked())
        return false;
    SessionDocument *doc = document();
    const QString refusal = doc->unlinkRefusal(causeId, effectId);
    if (!refusal.isEmpty()) {
        refuse(refusal);
        return false;
    }
    return doc->push(new RemoveLinkCommand(doc, causeId, effectId));
}

void BoardEditor::setLinkVerdict(const QString &causeId, const QString &effectId, int verdict)
{
    SessionDocument *doc = document();
    if (doc->session().indexOfLink(causeId, effectId) < 0 || refuseIfLocked())
        return;
    doc->push(new SetLinkVerdictCommand(doc, causeId, effectId, ReadBackVerdict(verdict)));
}

void BoardEditor::removeCards(const QStringList &cardIds)
{
    if (refuseIfLocked())
        return;
    SessionDocument *doc = document();
    const Session &session = doc->session();
    QStringList whys;
    for (const QString &id : cardIds) {
        if (const Card *card = session.card(id); card && card->kind == CardKind::Why)
            whys.append(id);
    }
    if (whys.isEmpty()) {
        if (!cardIds.isEmpty())
            refuse(tr("The problem card stays: it is what the session is about."));
        return;
    }
    // Keep the keyboard going: afterwards select what the first removed card explained.
    QString next;
    for (const QString &effect : session.effectsOf(whys.first())) {
        if (!whys.contains(effect)) {
            next = effect;
            break;
        }
    }
    finishEditing();
    if (doc->push(new RemoveCardsCommand(doc, whys)) && !next.isEmpty())
        m_scene->selectCards({next}, false);
}

void BoardEditor::deleteSelection()
{
    const QStringList cards = m_scene->selectedCardIds();
    if (!cards.isEmpty()) {
        removeCards(cards);
        return;
    }
    const auto links = m_scene->selectedLinks();
    if (links.size() == 1) {
        unlinkCards(links.first().first, links.first().second);
        return;
    }
    if (links.isEmpty())
        return;
    SessionDocument::Step step(document(), tr("Remove %n link(s)", nullptr, int(links.size())));
    for (const auto &link : links)
        unlinkCards(link.first, link.second);
}

void BoardEditor::moveCards(const QHash<QString, QPointF> &positions)
{
    SessionDocument *doc = document();
    QHash<QString, QPointF> changed;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const Card *card = doc->session().card(it.key());
        if (card && card->position != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return;
    if (m_locked || !doc->push(new MoveCardsCommand(doc, changed))) {
        // Refused (read-only): the cards go back where the document has them.
        for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
            if (CardItem *item = m_scene->cardItem(it.key()))
                item->setDocumentPosition(doc->session().card(it.key())->position);
        }
    }
}

void BoardEditor::beginDrag()
{
    if (m_locked)
        applyLockToCards(); // cards added since the lock (an undo) stay put too
    m_pressPositions.clear();
    for (const QString &id : m_scene->selectedCardIds())
        m_pressPositions.insert(id, m_scene->cardItem(id)->pos());
}

void BoardEditor::finishDrag()
{
    QHash<QString, QPointF> moved;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        CardItem *item = m_scene->cardItem(it.key());
        if (item && item->pos() != it.value())
            moved.insert(it.key(), item->pos());
    }
    m_pressPositions.clear();
    moveCards(moved);
}

void BoardEditor::copySelection() const
{
    const CardClipboard::Contents contents =
        CardClipboard::contentsOf(document()->session(), m_scene->selectedCardIds());
    if (contents.isEmpty())
        return;
    QGuiApplication::clipboard()->setMimeData(CardClipboard::toMimeData(contents));
}

bool BoardEditor::canPaste() const
{
    return CardClipboard::canRead(QGuiApplication::clipboard()->mimeData());
}

QStringList BoardEditor::paste()
{
    const CardClipboard::Contents contents = CardClipboard::fromMimeData(QGuiApplication::clipboard()->mimeData());
    if (contents.isEmpty() || refuseIfLocked())
        return {};
    finishEditing();
    SessionDocument *doc = document();
    QString target = m_scene->currentCardId();
    if (target.isEmpty() && doc->session().problemCard())
        target = doc->session().problemCard()->id;
    CardPaster paster(doc, contents);
    const QStringList created = paster.insert([target](const Card &) { return target; },
                                              m_scene->spotForNewCard(target),
                                              tr("Paste %n card(s)", nullptr, int(contents.cards.size())));
    m_scene->selectCards(created);
    return created;
}

QStringList BoardEditor::duplicateSelection()
{
    const Session &session = document()->session();
    const CardClipboard::Contents contents = CardClipboard::contentsOf(session, m_scene->selectedCardIds());
    if (contents.isEmpty() || refuseIfLocked())
        return {};
    finishEditing();
    // Copies explain what their originals explained.
    auto targetFor = [&session](const Card &card) {
        const QStringList effects = session.effectsOf(card.id);
        return effects.isEmpty() && session.problemCard() ? session.problemCard()->id : effects.value(0);
    };
    const QString firstTarget = targetFor(contents.cards.first());
    CardPaster paster(document(), contents);
    const QStringList created = paster.insert(targetFor, m_scene->spotForNewCard(firstTarget),
                                              tr("Duplicate %n card(s)", nullptr, int(contents.cards.size())));
    m_scene->selectCards(created);
    return created;
}

} // namespace Whyboard
