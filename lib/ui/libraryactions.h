#pragma once

#include "storage/library.h"

#include <QObject>

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
    // Open, Open Recent, New Library, Save a Copy.
    void addToMenu(QMenu *menu) const;

    bool open(const QString &path, Library::OpenMode mode);
    void chooseToOpen();
    void chooseToCreate();
    void saveCopy();

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    Workspace *m_workspace;
    QWidget *m_dialogParent;
    RecentLibraries *m_recent;
    QAction *m_open;
    QAction *m_new;
    QAction *m_saveCopy;
};

} // namespace Whyboard
