// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/sessionfield.h"
#include "data/session.h"

#include <QObject>
#include <QPointF>
#include <QVariant>

class QUndoCommand;
class QUndoStack;

namespace Whyboard {

// Owns one open Session and its undo stack: the only place session data changes.
//
// Gestures build a command (lib/document/commands/) and hand it to push(); a gesture made of
// several commands opens a Step around its pushes. These are the only two ways in: nothing
// else touches the undo stack. A command's redo()/undo() calls the mutators below, each of
// which changes the session and emits one precise signal. Views and the library writer
// observe the signals; they never call the mutators themselves. Views that recompute from
// the whole session listen to stepFinished() instead, once per undo step.
class SessionDocument : public QObject
{
    Q_OBJECT

public:
    // Groups every command pushed while it lives into one undo step named text:
    //     SessionDocument::Step step(document, tr("Paste cards"));
    //     if (!step.isOpen()) return; // read-only: refused and said so
    // The step reaches the undo stack only when a command is pushed inside it, so a gesture
    // that ends up changing nothing leaves no empty step. Steps nest; the outermost names it.
    class Step
    {
    public:
        Step(SessionDocument *document, const QString &text);
        ~Step();
        Step(const Step &) = delete;
        Step &operator=(const Step &) = delete;

        // False when the document is read-only: the refusal was announced, pushes will fail.
        bool isOpen() const { return m_open; }

    private:
        SessionDocument *m_document;
        bool m_open;
    };

    explicit SessionDocument(Session session = {}, QObject *parent = nullptr);
    ~SessionDocument() override;

    const Session &session() const { return m_session; }
    SessionId sessionId() const { return m_session.id; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // A read-only document (a library opened read-only) refuses every command.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    // Runs the command and puts it on the undo stack (inside the open Step, if any). Takes
    // ownership. Returns false and emits editRefused() when the document is read-only. A
    // command that changes nothing (QUndoCommand::isObsolete()) is accepted but leaves no
    // undo step; one whose id() matches the previous step's may merge into it.
    bool push(QUndoCommand *command);

    // Tells observers that a gesture was refused, with the reason in words (for example a
    // linkRefusal()), so that one place shows every refusal the same way.
    void refuseEdit(const QString &reason);

    // Fresh ids from the session's counter ("c12", "e13", "a14", "u15", "i16"): never one this
    // session used before, even for an item deleted or undone since.
    QString newCardId();
    QString newEventId();
    QString newActionId();
    QString newParticipantId();
    QString newParkedIdeaId();

    // Why a link may not be added or removed, in words for the user; empty when allowed.
    // Adding refuses cycles, duplicates, links into a why from the problem, unknown cards.
    // Removing refuses when the cause would no longer reach the problem.
    QString linkRefusal(const QString &causeId, const QString &effectId) const;
    QString unlinkRefusal(const QString &causeId, const QString &effectId) const;

    QVariant sessionField(SessionField field) const;

    // Gestures of one command each (one undo step): a card's cause category (a
    // CauseCategories key, empty for none) and its tags. False when refused (read-only).
    bool setCardCategory(const QString &cardId, const QString &category);
    bool setCardTags(const QString &cardId, const QStringList &tags);

    // Index in session().dismissedFindings of the finding set aside for this check and item, or -1.
    int indexOfDismissedFinding(const QString &checkId, const QString &itemId) const;

    // ---- Mutators: called by commands only. ----
    void setSessionField(SessionField field, const QVariant &value);

    void insertCard(int index, const Card &card);
    void removeCard(const QString &cardId); // the card must have no links left
    void updateCard(const Card &card); // text, evidence, verified, no-action mark, category, tags (by id)
    void moveCard(const QString &cardId, const QPointF &position);

    void insertLink(int index, const CausalLink &link);
    void removeLink(const QString &causeId, const QString &effectId);
    void updateLink(const CausalLink &link); // verdict (by its two ends)

    void insertEvent(int row, const TimelineEvent &event);
    void removeEvent(int row);
    void updateEvent(const TimelineEvent &event); // by id

    void insertActionItem(int row, const ActionItem &action);
    void removeActionItem(int row);
    void updateActionItem(const ActionItem &action); // by id

    void insertParticipant(int row, const Participant &participant);
    void removeParticipant(int row);
    void updateParticipant(const Participant &participant); // by id

    void insertParkedIdea(int row, const ParkedIdea &idea);
    void removeParkedIdea(int row);
    void updateParkedIdea(const ParkedIdea &idea); // text (by id)

    void insertDismissedFinding(int index, const DismissedFinding &finding);
    void removeDismissedFinding(int index);

Q_SIGNALS:
    void sessionFieldChanged(Whyboard::SessionField field);

    void cardAdded(const QString &cardId);
    void cardAboutToBeRemoved(const QString &cardId);
    void cardRemoved(const QString &cardId);
    void cardChanged(const QString &cardId);
    void cardMoved(const QString &cardId);

    void linkAdded(const QString &causeId, const QString &effectId);
    void linkAboutToBeRemoved(const QString &causeId, const QString &effectId);
    void linkRemoved(const QString &causeId, const QString &effectId);
    void linkChanged(const QString &causeId, const QString &effectId);

    // Row-shaped pairs map straight onto beginInsertRows()/endInsertRows() etc.
    void eventAboutToBeInserted(int row);
    void eventInserted(int row, const QString &eventId);
    void eventAboutToBeRemoved(int row, const QString &eventId);
    void eventRemoved(int row, const QString &eventId);
    void eventChanged(int row, const QString &eventId);

    void actionAboutToBeInserted(int row);
    void actionInserted(int row, const QString &actionId);
    void actionAboutToBeRemoved(int row, const QString &actionId);
    void actionRemoved(int row, const QString &actionId);
    void actionChanged(int row, const QString &actionId);

    void participantAboutToBeInserted(int row);
    void participantInserted(int row, const QString &participantId);
    void participantAboutToBeRemoved(int row, const QString &participantId);
    void participantRemoved(int row, const QString &participantId);
    void participantChanged(int row, const QString &participantId);

    void parkedIdeaAboutToBeInserted(int row);
    void parkedIdeaInserted(int row, const QString &ideaId);
    void parkedIdeaAboutToBeRemoved(int row, const QString &ideaId);
    void parkedIdeaRemoved(int row, const QString &ideaId);
    void parkedIdeaChanged(int row, const QString &ideaId);

    void dismissedFindingsChanged();

    // One undo step was done, undone, redone or merged into: views that recompute from the
    // whole session (depths, outline, checks, badges) do it here, once per step rather than
    // once per fine-grained signal above.
    void stepFinished();

    void readOnlyChanged(bool readOnly);
    // A gesture was refused (read-only document, a link that would make a cycle, ...).
    void editRefused(const QString &reason);

private:
    QString newItemId(QChar prefix);
    Session m_session;
    QUndoStack *m_undoStack = nullptr;
    bool m_readOnly = false;
    // The open Steps: depth, the outermost's text, and whether its macro has begun.
    int m_stepDepth = 0;
    QString m_stepText;
    bool m_stepBegun = false;
};

} // namespace Whyboard
