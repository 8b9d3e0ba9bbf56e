// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/repeatcauses.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Whyboard {

class Library;
class LibraryCauseIndex;

// The repeat check while the room types: answers from memory, and asks the library's index
// again only for a card whose text changed, once the typing pauses (one indexed query per
// changed card, never a pass over the library per keystroke). answersChanged() then asks the
// checks to run again.
class RepeatCauseWatch : public QObject, public RepeatCauseLookup
{
    Q_OBJECT

public:
    explicit RepeatCauseWatch(QObject *parent = nullptr);
    ~RepeatCauseWatch() override;

    Library *library() const;
    void setLibrary(Library *library);

    std::optional<SeenCause> seenBefore(SessionId session, const Card &card) override;

    // Index queries so far, and whether some wait for the pause.
    int queryCount() const;
    bool isPending() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void answersChanged();

private:
    struct Answer
    {
        QString text; // the text the answer is for
        std::optional<SeenCause> seen;
        bool stale = false; // the library changed since: asked again, shown meanwhile
    };
    struct Pending
    {
        SessionId session = 0;
        Card card;
    };
    void lookUpPending();
    void forgetAnswers();

    QPointer<Library> m_library;
    std::unique_ptr<LibraryCauseIndex> m_index;
    QHash<QString, Answer> m_answers;  // by session and card id
    QHash<QString, Pending> m_pending; // likewise
    QTimer m_pause;
};

} // namespace Whyboard
