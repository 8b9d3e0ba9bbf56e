// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/followupseditor.h"

#include "document/commands/editactioncommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/followupsmodel.h"
#include "ui/workspace.h"

#include <QUndoGroup>
#include <algorithm>
#include <QUndoStack>

namespace Whyboard {

FollowUpsEditor::FollowUpsEditor(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::documentChanged, this, [this](SessionDocument *document) {
        // The file holds every step of the document held here: the Workspace's copy, just
        // loaded from it, is the same session. Keep one.
        if (document)
            release(document->sessionId());
    });
    connect(workspace, &Workspace::libraryChanged, this, &FollowUpsEditor::releaseAll);
}

FollowUpsEditor::~FollowUpsEditor()
{
    releaseAll();
}

SessionDocument *FollowUpsEditor::documentFor(SessionId sessionId) const
{
    if (!m_workspace)
        return nullptr;
    if (SessionDocument *open = m_workspace->document(); open && open->sessionId() == sessionId)
        return open;
    for (const auto &document : m_documents) {
        if (document->sessionId() == sessionId)
            return document.get();
    }
    return nullptr;
}

SessionDocument *FollowUpsEditor::openDocument(SessionId sessionId)
{
    if (SessionDocument *document = documentFor(sessionId))
        return document;
    Library *library = m_workspace ? m_workspace->library() : nullptr;
    if (!library)
        return nullptr;
    std::optional<Session> session = library->loadSession(sessionId);
    if (!session)
        return nullptr;
    auto document = std::make_unique<SessionDocument>(std::move(*session));
    library->attach(document.get()); // read-only for a read-only library
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &FollowUpsEditor::followActiveStack);
    m_documents.push_back(std::move(document));
    return m_documents.back().get();
}

void FollowUpsEditor::release(SessionId sessionId)
{
    for (auto it = m_documents.begin(); it != m_documents.end(); ++it) {
        if ((*it)->sessionId() != sessionId)
            continue;
        std::unique_ptr<SessionDocument> document = std::move(*it);
        m_documents.erase(it);
        if (Library *library = m_workspace ? m_workspace->library() : nullptr)
            library->detach(document.get());
        document.reset(); // leaves the undo group on its own
        followActiveStack();
        return;
    }
}

void FollowUpsEditor::releaseAll()
{
    while (!m_documents.empty())
        release(m_documents.back()->sessionId());
    m_steps.clear();
}

bool FollowUpsEditor::edit(const FollowUp &followUp, int column, const QVariant &value)
{
    SessionDocument *document = openDocument(followUp.sessionId);
    if (!document)
        return false;
    const QList<ActionItem> &actions = document->session().actions;
    const auto found = std::find_if(actions.cbegin(), actions.cend(),
                                    [&followUp](const ActionItem &action) { return action.id == followUp.actionId; });
    if (found == actions.cend())
        return false;
    ActionItem action = *found;
    switch (column) {
    case FollowUpsModel::OwnerColumn: action.owner = value.toString().trimmed(); break;
    case FollowUpsModel::DueColumn:
        // As in the Action Items panel: empty clears the day; anything else must be a day.
        if (value.isNull() || value.toString().isEmpty())
            action.due = QDate();
        else if (value.toDate().isValid())
            action.due = value.toDate();
        else
            return false;
        break;
    case FollowUpsModel::StatusColumn: {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (!ok || status < int(ActionStatus::Open) || status > int(ActionStatus::Done))
            return false;
        action.status = ActionStatus(status);
        break;
    }
    default: return false;
    }
    if (action == *found)
        return false;
    if (!document->push(new EditActionCommand(document, action)))
        return false;
    // A typed owner merges into the step before it: one step, recorded once.
    if (m_steps.isEmpty() || m_steps.constLast().document != document
        || m_steps.constLast().index != document->undoStack()->index())
        m_steps.append({document, document->undoStack()->index()});
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &FollowUpsEditor::followActiveStack,
            Qt::UniqueConnection);
    followActiveStack();
    return true;
}

void FollowUpsEditor::setActive(bool active)
{
    m_active = active;
    if (!active && m_group) {
        SessionDocument *open = m_workspace ? m_workspace->document() : nullptr;
        if (open && m_group->stacks().contains(open->undoStack()))
            m_group->setActiveStack(open->undoStack());
        return;
    }
    followActiveStack();
}

void FollowUpsEditor::followActiveStack()
{
    // Steps of documents gone, or of a session now open in the Workspace anew, are no
    // longer the page's to undo.
    m_steps.erase(std::remove_if(m_steps.begin(), m_steps.end(), [](const Step &step) { return !step.document; }),
                  m_steps.end());
    if (!m_active || !m_group || m_steps.isEmpty())
        return;
    // The newest step still done; when all are undone, the newest (for Redo).
    const Step *target = &m_steps.constLast();
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it) {
        if (it->document->undoStack()->index() >= it->index) {
            target = &*it;
            break;
        }
    }
    QUndoStack *stack = target->document->undoStack();
    if (!m_group->stacks().contains(stack))
        m_group->addStack(stack);
    if (m_group->activeStack() != stack)
        m_group->setActiveStack(stack);
}

} // namespace Whyboard
