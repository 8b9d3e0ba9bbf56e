// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QStringList>

namespace Whyboard {

class BoardScene;
class SessionDocument;

// The board's editing gestures: each turns into commands pushed on the document (or says why
// it cannot). The scene shows; the editor changes. Card text is saved as it is typed: every
// change while a card is being edited pushes an EditCardCommand of the same editing run, so the
// library holds each keystroke and one undo takes back the whole run.
class BoardEditor : public QObject
{
    Q_OBJECT

public:
    explicit BoardEditor(BoardScene *scene);

    BoardScene *scene() const { return m_scene; }
    SessionDocument *document() const;

    // ---- Cards ----
    QString addWhy(const QString &effectId, bool startEditing = true);
    QString addSiblingCause(const QString &cardId, bool startEditing = true);
    void removeCards(const QStringList &cardIds);
    void deleteSelection(); // selected cards, else selected links
    void setVerified(const QString &cardId, bool verified);
    // One undo step per call, so a drag or a layout is taken back on its own.
    void moveCards(const QHash<QString, QPointF> &positions);

    // ---- Typing a card's text ----
    void editCard(const QString &cardId, const QString &typedText = {});
    // The card's text as typed so far: pushed at once, merged into the editing run.
    void textEdited(const QString &cardId, const QString &text);
    void finishEditing(); // Enter, focus leaving the card
    // Esc: like finishEditing(), except that a card just added and still empty goes again,
    // with its creation, so that nothing of it stays on the undo stack.
    void cancelEditing();
    // Selects the whole text of the card being edited, so that typing replaces it (the
    // problem card's prompt in a new session).
    void selectEditedText();
    QString editingCardId() const { return m_editingCardId; }
    bool isEditing() const { return !m_editingCardId.isEmpty(); }

    // ---- Links ----
    bool linkCards(const QString &causeId, const QString &effectId);
    bool unlinkCards(const QString &causeId, const QString &effectId);
    void setLinkVerdict(const QString &causeId, const QString &effectId, int verdict);

    // ---- Clipboard ----
    void copySelection() const;
    bool canPaste() const;
    QStringList paste(); // under the current card (or the problem); returns the new ids
    QStringList duplicateSelection();

    // ---- Lock: while the board is locked, no gesture changes the session ----
    bool isLocked() const { return m_locked; }
    void setLocked(bool locked);
    // True (and says so) when the board is locked.
    bool refuseIfLocked();

    // ---- Dragging cards with the mouse: one move command on release ----
    void beginDrag();
    void finishDrag();

Q_SIGNALS:
    void editingStarted(const QString &cardId);
    void editingFinished(const QString &cardId);

private:
    void refuse(const QString &reason);
    void applyLockToCards();
    void discardNewCard();

    BoardScene *m_scene;
    QString m_editingCardId;
    int m_editRun = 0;
    // The card addWhy() just made, while its first editing run lasts, and the undo index
    // before its creation.
    QString m_newCardId;
    int m_newCardUndoIndex = -1;
    bool m_locked = false;
    QHash<QString, QPointF> m_pressPositions;
};

} // namespace Whyboard
