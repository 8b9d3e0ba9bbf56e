// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "storage/libraryopenerror.h"
#include "storage/sessionsummary.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QMessageBox;
class QPushButton;
class QWidget;

namespace Whyboard {

// The questions the window asks about library files: which file to open or create, what a
// copy should hold and where, and why a file could not be opened.
class LibraryDialogs
{
    Q_DECLARE_TR_FUNCTIONS(LibraryDialogs)

public:
    // Empty when cancelled. New and copy targets always end in the library extension.
    static QString chooseExisting(QWidget *parent, const QString &folder);
    static QString chooseNew(QWidget *parent, const QString &title);

    // Asks whether the copy holds only the open session (when there is one); false when cancelled.
    static bool chooseCopyScope(QWidget *parent, bool hasSession, bool *onlySession);

    // Which session of the trash to restore (newest deletion first); nullopt when cancelled.
    static std::optional<SessionId> chooseFromTrash(QWidget *parent, const QList<SessionSummary> &trashed);
    // Asks before the sessions in the trash are deleted for good.
    static bool confirmEmptyTrash(QWidget *parent, int count);

    // A window-modal, self-deleting message: the last change did not reach the file.
    static void writeFailure(QWidget *parent, const QString &reason);

    // A window-modal, self-deleting message naming the file and the reason. For a newer or
    // busy library it offers read-only; *readOnlyButton is that button, else null.
    static QMessageBox *openFailure(QWidget *parent, const QString &path, LibraryOpenError error,
                                    const QString &message, QPushButton **readOnlyButton);
};

} // namespace Whyboard
