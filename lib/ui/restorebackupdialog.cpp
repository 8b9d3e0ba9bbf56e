// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/restorebackupdialog.h"

#include "storage/librarybackuprestore.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace Whyboard {

RestoreBackupDialog::RestoreBackupDialog(QWidget *parent, const QString &libraryPath, const QString &failure,
                                         const LibraryBackup::Copy &copy, bool quitsWhenDeclined)
    : QMessageBox(QMessageBox::Warning, tr("Cannot Open Library"), failure, QMessageBox::NoButton, parent)
{
    setObjectName(QStringLiteral("restoreBackup"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setInformativeText(tr("Whyboard keeps a copy of the library each day it is opened. The newest sound copy "
                          "is from %1.\n\nRestoring puts that copy in place of “%2”: changes made since it "
                          "was taken are not in it. The damaged file is not deleted; it stays beside it, renamed "
                          "“%2.damaged-” followed by the date and time.")
                           .arg(LibraryBackupRestore::describe(copy), QFileInfo(libraryPath).fileName()));
    setDetailedText(tr("Damaged library: %1\nBackup: %2")
                        .arg(QDir::toNativeSeparators(QFileInfo(libraryPath).absoluteFilePath()),
                             QDir::toNativeSeparators(copy.path)));
    m_restore = addButton(tr("&Restore Backup"), QMessageBox::AcceptRole);
    m_openAnother = addButton(tr("&Open Another Library…"), QMessageBox::ActionRole);
    m_decline = quitsWhenDeclined ? addButton(tr("&Quit"), QMessageBox::RejectRole)
                                  : addButton(QMessageBox::Cancel);
    setDefaultButton(m_restore);
    setEscapeButton(m_decline);
}

} // namespace Whyboard
