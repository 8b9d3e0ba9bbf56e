// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/repeatcausewatch.h"

#include "storage/library.h"
#include "storage/librarycauseindex.h"

namespace Whyboard {

namespace {

QString keyOf(SessionId session, const QString &cardId)
{
    return QString::number(session) + QLatin1Char('\n') + cardId;
}

} // namespace

RepeatCauseWatch::RepeatCauseWatch(QObject *parent)
    : QObject(parent)
{
    // Long enough to fall between keystrokes, short enough to show while the card is read.
    m_pause.setInterval(350);
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &RepeatCauseWatch::lookUpPending);
}

RepeatCauseWatch::~RepeatCauseWatch() = default;

Library *RepeatCauseWatch::library() const
{
    return m_library;
}

void RepeatCauseWatch::setLibrary(Library *library)
{
    if (library == m_library && (library || !m_index))
        return;
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    m_index = library ? std::make_unique<LibraryCauseIndex>(library) : nullptr;
    m_answers.clear();
    m_pending.clear();
    if (library) {
        // Another session imported, deleted or restored may change any answer.
        connect(library, &Library::sessionsChanged, this, &RepeatCauseWatch::forgetAnswers);
        connect(library, &Library::trashChanged, this, &RepeatCauseWatch::forgetAnswers);
        connect(library, &QObject::destroyed, this, [this] { setLibrary(nullptr); });
    }
    Q_EMIT answersChanged();
}

int RepeatCauseWatch::queryCount() const
{
    return m_index ? m_index->queryCount() : 0;
}

std::optional<SeenCause> RepeatCauseWatch::seenBefore(SessionId session, const Card &card)
{
    if (!m_index)
        return std::nullopt;
    const QString key = keyOf(session, card.id);
    const auto answer = m_answers.constFind(key);
    if (answer != m_answers.cend() && answer->text == card.text && !answer->stale)
        return answer->seen;
    m_pending.insert(key, {session, card});
    m_pause.start();
    // Until the pause, the card keeps what it was last found to be.
    return answer != m_answers.cend() ? answer->seen : std::nullopt;
}

void RepeatCauseWatch::lookUpPending()
{
    if (!m_index)
        return;
    const QHash<QString, Pending> pending = std::exchange(m_pending, {});
    bool changed = false;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const std::optional<SeenCause> seen = m_index->seenBefore(it->session, it->card);
        const auto old = m_answers.constFind(it.key());
        const bool same = old != m_answers.cend() && bool(old->seen) == bool(seen)
                          && (!seen || (old->seen->cardId == seen->cardId && old->seen->sessionId == seen->sessionId
                                        && old->seen->text == seen->text && old->seen->sessionTitle == seen->sessionTitle));
        changed = changed || !same;
        m_answers.insert(it.key(), {it->card.text, seen, false});
    }
    if (changed)
        Q_EMIT answersChanged();
}

void RepeatCauseWatch::forgetAnswers()
{
    // Each card is asked again at the next run of the checks.
    for (Answer &answer : m_answers)
        answer.stale = true;
    Q_EMIT answersChanged();
}

} // namespace Whyboard
