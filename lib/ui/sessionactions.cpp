// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sessionactions.h"

#include "document/sessiondocument.h"
#include "storage/library.h"
#include "ui/librarydialogs.h"
#include "ui/workspace.h"

#include <QAction>
#include <QMessageBox>

namespace Whyboard {

SessionActions::SessionActions(Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent)
    , m_new(new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Session"), this))
    , m_duplicate(new QAction(tr("&Duplicate Session"), this))
    , m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("De&lete Session…"), this))
    , m_restore(new QAction(tr("&Restore Deleted Session…"), this))
    , m_emptyTrash(new QAction(tr("Empty &Trash…"), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Start a new postmortem in this library"));
    connect(m_new, &QAction::triggered, this, &SessionActions::createSession);
    connect(m_duplicate, &QAction::triggered, this, &SessionActions::duplicateSession);
    connect(m_delete, &QAction::triggered, this, [this] { deleteSession(true); });
    connect(m_restore, &QAction::triggered, this, [this] { restoreFromTrash(0); });
    connect(m_emptyTrash, &QAction::triggered, this, [this] { emptyTrash(true); });
    connect(workspace, &Workspace::documentChanged, this, &SessionActions::updateEnabled);
    connect(workspace, &Workspace::libraryChanged, this, [this](Library *library) {
        if (library)
            connect(library, &Library::trashChanged, this, &SessionActions::updateEnabled);
        updateEnabled();
    });
    updateEnabled();
}

QList<QAction *> SessionActions::actions() const
{
    return {m_new, m_duplicate, m_delete, m_restore, m_emptyTrash};
}

void SessionActions::updateEnabled()
{
    const bool writable = m_workspace->isWritable();
    const bool hasTrash = writable && !m_workspace->library()->trashedSessions().isEmpty();
    m_new->setEnabled(writable);
    m_duplicate->setEnabled(writable && m_workspace->document());
    m_delete->setEnabled(writable && m_workspace->document());
    m_restore->setEnabled(hasTrash);
    m_emptyTrash->setEnabled(hasTrash);
}

void SessionActions::createSession()
{
    if (!m_workspace->isWritable())
        return;
    const SessionId id = m_workspace->newSession(tr("Untitled incident"), tr("What went wrong?"));
    if (id == 0)
        QMessageBox::warning(m_dialogParent, tr("New Session"),
                             tr("The session could not be created: %1").arg(m_workspace->lastError()));
    else
        Q_EMIT sessionCreated(id);
}

void SessionActions::duplicateSession()
{
    if (const SessionDocument *document = m_workspace->document())
        m_workspace->duplicateSession(tr("%1 (copy)").arg(document->session().title));
}

void SessionActions::deleteSession(bool confirm)
{
    const SessionDocument *document = m_workspace->document();
    if (!m_workspace->isWritable() || !document)
        return;
    const QString title = document->session().title;
    if (confirm) {
        const auto answer = QMessageBox::question(
            m_dialogParent, tr("Delete Session"),
            tr("Move \"%1\" with its %n card(s), timeline and action items to the trash?", nullptr,
               int(document->session().cards.size()))
                    .arg(title)
                + QStringLiteral("\n\n") + tr("File ▸ Restore Deleted Session brings it back until you empty the trash."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (m_workspace->trashSession())
        Q_EMIT message(tr("Moved \"%1\" to the trash. File ▸ Restore Deleted Session brings it back.").arg(title), 10000);
    else
        Q_EMIT message(tr("The session could not be deleted: %1").arg(m_workspace->lastError()), 8000);
}

void SessionActions::restoreFromTrash(SessionId id)
{
    if (!m_workspace->isWritable())
        return;
    if (id == 0) {
        const std::optional<SessionId> chosen =
            LibraryDialogs::chooseFromTrash(m_dialogParent, m_workspace->library()->trashedSessions());
        if (!chosen)
            return;
        id = *chosen;
    }
    if (!m_workspace->restoreFromTrash(id))
        Q_EMIT message(tr("The session could not be restored: %1").arg(m_workspace->lastError()), 8000);
}

void SessionActions::emptyTrash(bool confirm)
{
    if (!m_workspace->isWritable())
        return;
    const int count = int(m_workspace->library()->trashedSessions().size());
    if (count == 0 || (confirm && !LibraryDialogs::confirmEmptyTrash(m_dialogParent, count)))
        return;
    if (!m_workspace->emptyTrash())
        Q_EMIT message(tr("The trash could not be emptied: %1").arg(m_workspace->lastError()), 8000);
}

} // namespace Whyboard
