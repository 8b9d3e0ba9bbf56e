// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/followupsquery.h"

#include <QObject>
#include <QPointer>
#include <QUndoGroup>
#include <QVariant>

#include <memory>
#include <vector>

namespace Whyboard {

class SessionDocument;
class Workspace;

// Where the Follow-ups page's edits go. An action of the session open in the Workspace is
// edited on that document; any other on a document of its own session, loaded here and
// attached to the library, so each edit is in the file before the event loop turns and is
// undone like any edit to that session. Never two documents of one session: when the
// Workspace opens a session held here, this one lets go of its document (its undo steps go
// with it; the edits stay in the file and in the Workspace's document).
//
// While the page is in front, the window's undo group follows the page's last edit, so
// Ctrl+Z undoes it, then the one before, whichever session each was in.
class FollowUpsEditor : public QObject
{
    Q_OBJECT

public:
    FollowUpsEditor(Workspace *workspace, QObject *parent = nullptr);
    ~FollowUpsEditor() override;

    void setUndoGroup(QUndoGroup *group) { m_group = group; }
    // The page is in front (the undo group follows its edits) or not (the Workspace's).
    void setActive(bool active);

    // FollowUpsModel's columns: owner, due (a QDate, or empty to clear) or status.
    bool edit(const FollowUp &followUp, int column, const QVariant &value);
    // Lets go of the document held for a session (before the Workspace opens it).
    void release(SessionId sessionId);
    // Every document held here (a new library, a session gone to the trash).
    void releaseAll();
    // The document an edit of this session goes to now, if there is one already.
    SessionDocument *documentFor(SessionId sessionId) const;
    int heldDocumentCount() const { return int(m_documents.size()); }

private:
    SessionDocument *openDocument(SessionId sessionId);
    void followActiveStack();

    struct Step
    {
        QPointer<SessionDocument> document;
        int index; // the stack's index just after the edit
    };

    QPointer<Workspace> m_workspace; // goes before the page when the window closes
    QPointer<QUndoGroup> m_group;
    std::vector<std::unique_ptr<SessionDocument>> m_documents;
    QList<Step> m_steps;
    bool m_active = false;
};

} // namespace Whyboard
