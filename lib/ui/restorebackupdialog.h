// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarybackup.h"

#include <QMessageBox>

class QPushButton;

namespace Whyboard {

// Asked when a library no longer opens and a sound daily copy of it exists: what failed, the
// copy's date and size, and Restore / Open Another Library… / Quit (Cancel while another
// library is open). Window-modal and self-deleting; the caller acts on the clicked button.
class RestoreBackupDialog : public QMessageBox
{
    Q_OBJECT

public:
    RestoreBackupDialog(QWidget *parent, const QString &libraryPath, const QString &failure,
                        const LibraryBackup::Copy &copy, bool quitsWhenDeclined);

    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *openAnotherButton() const { return m_openAnother; }
    // "Quit" at start-up, "Cancel" while another library stays open.
    QPushButton *declineButton() const { return m_decline; }

private:
    QPushButton *m_restore;
    QPushButton *m_openAnother;
    QPushButton *m_decline;
};

} // namespace Whyboard
