// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/library.h"
#include "storage/librarybackup.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Whyboard {

class LibraryLocation;
class RecentLibraries;
class Workspace;

// The File menu's library entries: open, open recent, new library, save a copy. Asks for
// the file, opens it through the Workspace and explains a refusal (offering read-only for
// a newer or busy library).
class LibraryActions : public QObject
{
    Q_OBJECT

public:
    LibraryActions(Workspace *workspace, QWidget *dialogParent);

    QAction *openLibrary() const { return m_open; }
    QAction *openServerLibrary() const { return m_openServer; }
    QAction *importSession() const { return m_import; }
    // Open, Open on a Server, Open Recent, New Library, Save a Copy, Import Session.
    void addToMenu(QMenu *menu) const;

    // path: a file path or a PostgreSQL address, as on the command line. An address Whyboard
    // does not open is refused before anything is touched; a server that wants a password
    // gets one asked for, kept in memory only.
    bool open(const QString &path, Library::OpenMode mode);
    void chooseToOpen();
    // File › Open Library on a Server…
    void chooseServer();
    // Asks for a server's password; nullopt when cancelled (tests give their own).
    using PasswordPrompt = std::function<std::optional<QString>(const LibraryLocation &location, bool retry)>;
    void setPasswordPrompt(PasswordPrompt prompt) { m_askPassword = std::move(prompt); }
    void chooseToCreate();
    void saveCopy();
    // File › Import Session…: a session JSON file becomes a new session of the library. A file
    // that cannot be imported changes nothing and says why.
    void chooseToImport();
    bool importFrom(const QString &jsonPath);
    // Asks which JSON file to import; empty when cancelled (tests give their own).
    void setImportFileChooser(std::function<QString()> chooser) { m_chooseImport = std::move(chooser); }

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    // A library that no longer opens, with a sound daily copy: offers to restore it. False when
    // there is nothing to offer.
    bool offerRestore(const QString &path, LibraryOpenError error, const QString &message);
    void restoreAndOpen(const QString &path, const LibraryBackup::Copy &copy);

    Workspace *m_workspace;
    QWidget *m_dialogParent;
    RecentLibraries *m_recent;
    QAction *m_open;
    QAction *m_openServer;
    QAction *m_new;
    QAction *m_saveCopy;
    QAction *m_import;
    QAction *m_categories;
    std::function<QString()> m_chooseImport;
    PasswordPrompt m_askPassword;
};

} // namespace Whyboard
