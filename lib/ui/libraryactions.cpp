// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/libraryactions.h"

#include "document/sessiondocument.h"
#include "storage/librarybackuprestore.h"
#include "storage/librarylocation.h"
#include "ui/causecategoriesdialog.h"
#include "ui/librarydialogs.h"
#include "ui/recentlibraries.h"
#include "ui/restorebackupdialog.h"
#include "ui/serverlibrarydialog.h"
#include "ui/workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
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
    , m_openServer(new QAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("Open Library on a &Server…"), this))
    , m_new(new QAction(tr("New &Library…"), this))
    , m_saveCopy(new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save a &Copy…"), this))
    , m_import(new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Session…"), this))
    , m_categories(new QAction(tr("Cause Ca&tegories…"), this))
{
    m_categories->setStatusTip(tr("The contributing factors why cards can name, for every session of this library"));
    connect(m_categories, &QAction::triggered, this, [this] {
        if (!m_workspace->library())
            return;
        auto *dialog = new CauseCategoriesDialog(m_workspace->library(), m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Add a session from a Whyboard JSON file (as whyboard --import does)"));
    m_chooseImport = [this] {
        return QFileDialog::getOpenFileName(m_dialogParent, tr("Import Session"), QDir::homePath(),
                                            tr("Whyboard session (*.json);;All files (*)"));
    };
    connect(m_import, &QAction::triggered, this, &LibraryActions::chooseToImport);
    m_open->setShortcut(QKeySequence::Open);
    m_openServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openServer->setStatusTip(tr("Open a team library in a database on a PostgreSQL server"));
    connect(m_openServer, &QAction::triggered, this, &LibraryActions::chooseServer);
    m_askPassword = [this](const LibraryLocation &location, bool retry) {
        return ServerLibraryDialog::askPassword(m_dialogParent, location, retry);
    };
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    connect(m_open, &QAction::triggered, this, &LibraryActions::chooseToOpen);
    connect(m_new, &QAction::triggered, this, &LibraryActions::chooseToCreate);
    connect(m_saveCopy, &QAction::triggered, this, &LibraryActions::saveCopy);
    connect(m_recent, &RecentLibraries::libraryChosen, this,
            [this](const QString &path) { open(path, Library::OpenMode::OpenExisting); });
    connect(workspace, &Workspace::libraryChanged, this, [this](Library *library) {
        m_saveCopy->setEnabled(library != nullptr);
        m_import->setEnabled(library && !library->isReadOnly());
        m_categories->setEnabled(library && !library->isReadOnly());
        if (library)
            m_recent->add(library->path());
    });
    m_saveCopy->setEnabled(false);
    m_import->setEnabled(false);
    m_categories->setEnabled(false);
}

void LibraryActions::chooseToImport()
{
    const QString path = m_chooseImport ? m_chooseImport() : QString();
    if (!path.isEmpty())
        importFrom(path);
}

bool LibraryActions::importFrom(const QString &jsonPath)
{
    if (m_workspace->importSession(jsonPath) != 0) {
        Q_EMIT message(tr("Imported “%1”.").arg(QFileInfo(jsonPath).fileName()), 6000);
        return true;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Session"),
                                tr("Nothing was imported: the file is not a session Whyboard can read.\n\n%1")
                                    .arg(m_workspace->lastError()),
                                QMessageBox::Ok, m_dialogParent);
    box->setObjectName(QStringLiteral("importFailure"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

void LibraryActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_open);
    menu->addAction(m_openServer);
    menu->addMenu(m_recent);
    menu->addAction(m_new);
    menu->addAction(m_saveCopy);
    menu->addSeparator();
    menu->addAction(m_import);
    menu->addAction(m_categories);
}

bool LibraryActions::open(const QString &path, Library::OpenMode mode)
{
    LibraryOpenError error = LibraryOpenError::None;
    QString message;
    // Decided before anything is opened: "sqlite://x" must never become a file.
    std::optional<LibraryLocation> location = LibraryLocation::parse(path, &message);
    if (!location)
        error = LibraryOpenError::UnsupportedLocation;
    bool askedPassword = false;
    bool opened = false;
    while (location && !opened) {
        opened = m_workspace->openLibrary(location->toArgument(), mode, &error, &message);
        if (opened || error != LibraryOpenError::AuthenticationFailed || !location->isServer() || !m_askPassword)
            break;
        const std::optional<QString> password = m_askPassword(*location, askedPassword);
        if (!password)
            return false; // cancelled: the prompt was the answer
        location->setPassword(*password);
        askedPassword = true;
    }
    if (opened) {
        // The library opened but the session it reopens could not be read: say why.
        if (!m_workspace->document() && !m_workspace->lastError().isEmpty())
            Q_EMIT this->message(m_workspace->lastError(), 0);
        return true;
    }
    if (location && !location->isServer() && offerRestore(path, error, message))
        return false;
    QPushButton *readOnly = nullptr;
    const QString shown = location ? location->displayName() : LibraryLocation::withoutPassword(path);
    QMessageBox *box = LibraryDialogs::openFailure(m_dialogParent, shown, error, message, &readOnly);
    if (readOnly) {
        // Queued: the box closes first, then the library opens behind it.
        // With the password given, if one was: it is not asked twice.
        const QString again = location ? location->toArgument() : path;
        connect(readOnly, &QPushButton::clicked, this, [this, again] {
            QMetaObject::invokeMethod(this, [this, again] { open(again, Library::OpenMode::ReadOnly); }, Qt::QueuedConnection);
        });
    }
    box->open();
    return false;
}

bool LibraryActions::offerRestore(const QString &path, LibraryOpenError error, const QString &message)
{
    if (!LibraryBackupRestore::offersRestore(path, error))
        return false;
    const std::optional<LibraryBackup::Copy> copy = LibraryBackup::newestSoundCopy(path);
    if (!copy)
        return false;
    auto *dialog = new RestoreBackupDialog(m_dialogParent, path, message, *copy, m_workspace->library() == nullptr);
    // Queued: the dialog closes first, then what was chosen happens behind it.
    const auto later = [this](auto work) { QMetaObject::invokeMethod(this, work, Qt::QueuedConnection); };
    connect(dialog->restoreButton(), &QPushButton::clicked, this,
            [this, later, path, copy = *copy] { later([this, path, copy] { restoreAndOpen(path, copy); }); });
    connect(dialog->openAnotherButton(), &QPushButton::clicked, this, [this, later] { later([this] { chooseToOpen(); }); });
    if (!m_workspace->library()) {
        connect(dialog->declineButton(), &QPushButton::clicked, this,
                [this, later] { later([this] { m_dialogParent->window()->close(); }); });
    }
    dialog->open();
    return true;
}

void LibraryActions::restoreAndOpen(const QString &path, const LibraryBackup::Copy &copy)
{
    QString keptAs;
    QString error;
    if (!LibraryBackupRestore::restore(path, copy, &keptAs, &error)) {
        QMessageBox::warning(m_dialogParent, tr("Restore Backup"), tr("The backup could not be restored: %1").arg(error));
        return;
    }
    if (!open(path, Library::OpenMode::OpenExisting))
        return;
    Q_EMIT message(keptAs.isEmpty()
                       ? tr("Restored the library from the backup of %1.").arg(LibraryBackupRestore::describe(copy))
                       : tr("Restored the library from the backup of %1. The damaged file stays beside it as “%2”.")
                             .arg(LibraryBackupRestore::describe(copy), QFileInfo(keptAs).fileName()),
                   20000);
}

void LibraryActions::chooseToOpen()
{
    const Library *library = m_workspace->library();
    // The open library's folder; a server library has none, so the home folder.
    const bool inFolder = library && !LibraryLocation::ofLibraryPath(library->path()).isServer();
    const QString path = LibraryDialogs::chooseExisting(m_dialogParent, inFolder ? QFileInfo(library->path()).absolutePath() : QString());
    if (!path.isEmpty())
        open(path, Library::OpenMode::OpenExisting);
}

void LibraryActions::chooseServer()
{
    auto *dialog = new ServerLibraryDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Library *library = m_workspace->library())
        dialog->setLocation(LibraryLocation::ofLibraryPath(library->path()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString address = dialog->address();
        // Queued: the dialog closes first, then the library opens (or says why not) behind it.
        QMetaObject::invokeMethod(this, [this, address] { open(address, Library::OpenMode::CreateIfMissing); },
                                  Qt::QueuedConnection);
    });
    dialog->open();
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
