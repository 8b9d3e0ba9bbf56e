// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QDate>
#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace Whyboard {

class Library;
class SessionDocument;

// What a new session offers first, before the timeline: the open and in-progress actions of
// earlier incidents, overdue ones first, for the facilitator to read out ("is it done, is it
// still needed, who has it now?"). It lies over the board's top right corner without taking
// the keyboard, so the room's first sentence still goes into the problem card; it goes when
// the timeline gets its first step, another session opens, or the room dismisses it.
class FollowUpsReview : public QFrame
{
    Q_OBJECT

public:
    static constexpr int maxListed = 3;

    explicit FollowUpsReview(QWidget *board);

    // Shows the review for a new session when earlier sessions have unfinished actions;
    // returns whether it shows.
    bool offer(const Library *library, SessionDocument *document, const QDate &today = QDate::currentDate());
    void dismiss();
    // The list as it reads, for tests and screen readers.
    QString listText() const;
    QPushButton *reviewButton() const { return m_review; }

Q_SIGNALS:
    // "Review in Follow-ups": the page should come to the front.
    void reviewRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reposition();

    QLabel *m_heading;
    QLabel *m_list;
    QPushButton *m_review;
    QPushButton *m_close;
    QPointer<SessionDocument> m_document;
    QMetaObject::Connection m_documentConnection;
};

} // namespace Whyboard
