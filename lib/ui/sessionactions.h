// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QObject>

class QAction;
class QWidget;

namespace Whyboard {

class Workspace;

// The File menu's session life cycle: new, duplicate, delete (to the trash), restore from
// the trash and empty it. Asks the questions a desktop program asks, then lets the
// Workspace do the work; reports outcomes through message().
class SessionActions : public QObject
{
    Q_OBJECT

public:
    SessionActions(Workspace *workspace, QWidget *dialogParent);

    QList<QAction *> actions() const;
    QAction *newSession() const { return m_new; }

    void createSession();
    void duplicateSession();
    // After asking, unless confirm is false; the session goes to the trash.
    void deleteSession(bool confirm);
    // id 0 asks which session of the trash to restore.
    void restoreFromTrash(SessionId id);
    void emptyTrash(bool confirm);
    void updateEnabled();

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text, int timeoutMs);
    // A new session is open, its problem card waiting for the room's first sentence.
    void sessionCreated(Whyboard::SessionId id);

private:
    Workspace *m_workspace;
    QWidget *m_dialogParent;
    QAction *m_new;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_restore;
    QAction *m_emptyTrash;
};

} // namespace Whyboard
