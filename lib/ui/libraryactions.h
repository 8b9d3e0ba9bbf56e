#pragma once

#include "storage/library.h"
#include "storage/librarybackup.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Whyboard {

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
    QAction *importSession() const { return m_import; }
    // Open, Open Recent, New Library, Save a Copy, Import Session.
    void addToMenu(QMenu *menu) const;

    bool open(const QString &path, Library::OpenMode mode);
    void chooseToOpen();
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
    QAction *m_new;
    QAction *m_saveCopy;
    QAction *m_import;
    QAction *m_categories;
    std::function<QString()> m_chooseImport;
};

} // namespace Whyboard
