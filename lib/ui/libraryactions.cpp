#include "ui/libraryactions.h"

#include "document/sessiondocument.h"
#include "ui/librarydialogs.h"
#include "ui/recentlibraries.h"
#include "ui/workspace.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace Whyboard {

LibraryActions::LibraryActions(Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent)
    , m_recent(new RecentLibraries(dialogParent))
    , m_open(new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Library…"), this))
    , m_new(new QAction(tr("New &Library…"), this))
    , m_saveCopy(new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save a &Copy…"), this))
{
    m_open->setShortcut(QKeySequence::Open);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    connect(m_open, &QAction::triggered, this, &LibraryActions::chooseToOpen);
    connect(m_new, &QAction::triggered, this, &LibraryActions::chooseToCreate);
    connect(m_saveCopy, &QAction::triggered, this, &LibraryActions::saveCopy);
    connect(m_recent, &RecentLibraries::libraryChosen, this,
            [this](const QString &path) { open(path, Library::OpenMode::OpenExisting); });
    connect(workspace, &Workspace::libraryChanged, this, [this](Library *library) {
        m_saveCopy->setEnabled(library != nullptr);
        if (library)
            m_recent->add(library->path());
    });
    m_saveCopy->setEnabled(false);
}

void LibraryActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_open);
    menu->addMenu(m_recent);
    menu->addAction(m_new);
    menu->addAction(m_saveCopy);
}

bool LibraryActions::open(const QString &path, Library::OpenMode mode)
{
    LibraryOpenError error = LibraryOpenError::None;
    QString message;
    if (m_workspace->openLibrary(path, mode, &error, &message))
        return true;
    QPushButton *readOnly = nullptr;
    QMessageBox *box = LibraryDialogs::openFailure(m_dialogParent, path, error, message, &readOnly);
    if (readOnly) {
        // Queued: the box closes first, then the library opens behind it.
        connect(readOnly, &QPushButton::clicked, this, [this, path] {
            QMetaObject::invokeMethod(this, [this, path] { open(path, Library::OpenMode::ReadOnly); }, Qt::QueuedConnection);
        });
    }
    box->open();
    return false;
}

void LibraryActions::chooseToOpen()
{
    const Library *library = m_workspace->library();
    const QString path = LibraryDialogs::chooseExisting(m_dialogParent, library ? QFileInfo(library->path()).absolutePath() : QString());
    if (!path.isEmpty())
        open(path, Library::OpenMode::OpenExisting);
}

void LibraryActions::chooseToCreate()
{
    const QString path = LibraryDialogs::chooseNew(m_dialogParent, tr("New Library"));
    if (!path.isEmpty())
        open(path, Library::OpenMode::CreateIfMissing);
}

void LibraryActions::saveCopy()
{
    Library *library = m_workspace->library();
    const SessionDocument *document = m_workspace->document();
    bool onlySession = false;
    if (!library || !LibraryDialogs::chooseCopyScope(m_dialogParent, document != nullptr, &onlySession))
        return;
    const QString target = LibraryDialogs::chooseNew(m_dialogParent, tr("Save a Copy"));
    if (target.isEmpty())
        return;
    const std::optional<SessionId> only = onlySession ? std::optional<SessionId>(document->sessionId()) : std::nullopt;
    if (library->saveCopy(target, only))
        Q_EMIT message(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(target)), 8000);
    else
        QMessageBox::warning(m_dialogParent, tr("Save a Copy"), tr("The copy could not be written: %1").arg(library->lastError()));
}

} // namespace Whyboard
