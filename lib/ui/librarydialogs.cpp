// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/librarydialogs.h"

#include "storage/library.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Whyboard {

namespace {
QString filter()
{
    return QCoreApplication::translate("Whyboard::LibraryDialogs", "Whyboard libraries (*%1)").arg(Library::fileExtension());
}
} // namespace

QString LibraryDialogs::chooseExisting(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Library"), folder.isEmpty() ? QDir::homePath() : folder,
                                        filter() + QStringLiteral(";;") + tr("All files (*)"));
}

QString LibraryDialogs::chooseNew(QWidget *parent, const QString &title)
{
    QString path = QFileDialog::getSaveFileName(parent, title, QDir::homePath(), filter());
    if (!path.isEmpty() && !path.endsWith(Library::fileExtension()))
        path += Library::fileExtension();
    return path;
}

bool LibraryDialogs::chooseCopyScope(QWidget *parent, bool hasSession, bool *onlySession)
{
    *onlySession = false;
    if (!hasSession)
        return true;
    QMessageBox ask(QMessageBox::Question, tr("Save a Copy"), tr("What should the copy hold?"), QMessageBox::Cancel, parent);
    QPushButton *sessionOnly = ask.addButton(tr("This Session"), QMessageBox::AcceptRole);
    QPushButton *everything = ask.addButton(tr("The Whole Library"), QMessageBox::AcceptRole);
    ask.exec();
    *onlySession = ask.clickedButton() == sessionOnly;
    return ask.clickedButton() == sessionOnly || ask.clickedButton() == everything;
}

QMessageBox *LibraryDialogs::openFailure(QWidget *parent, const QString &path, LibraryOpenError error,
                                         const QString &message, QPushButton **readOnlyButton)
{
    const QString text = message.isEmpty() ? tr("The library %1 could not be opened.").arg(QDir::toNativeSeparators(path))
                                           : message;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Library"), text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("libraryOpenFailure"));
    *readOnlyButton = nullptr;
    if (error == LibraryOpenError::NewerSchema || error == LibraryOpenError::InUse) {
        box->setInformativeText(error == LibraryOpenError::InUse
                                    ? tr("You can look at it read-only while the other window keeps working on it.")
                                    : tr("A newer Whyboard made it. You can look at it read-only; this version will not change it."));
        *readOnlyButton = box->addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
    } else {
        box->addButton(QMessageBox::Ok);
    }
    return box;
}

std::optional<SessionId> LibraryDialogs::chooseFromTrash(QWidget *parent, const QList<SessionSummary> &trashed)
{
    QStringList labels;
    QList<SessionId> ids;
    for (auto it = trashed.crbegin(); it != trashed.crend(); ++it) {
        const QString title = it->title.isEmpty() ? tr("Untitled session") : it->title;
        labels << tr("%1 (deleted %2)").arg(title, QLocale().toString(it->deletedAt.toLocalTime(), QLocale::ShortFormat));
        ids << it->id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("Restore Deleted Session"), tr("Session to restore:"),
                                                 labels, 0, false, &ok);
    const int index = int(labels.indexOf(chosen));
    if (!ok || index < 0)
        return std::nullopt;
    return ids.at(index);
}

bool LibraryDialogs::confirmEmptyTrash(QWidget *parent, int count)
{
    return QMessageBox::question(parent, tr("Empty Trash"),
                                 tr("Delete the %n session(s) in the trash for good? This cannot be undone.", nullptr, count),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Yes;
}

void LibraryDialogs::writeFailure(QWidget *parent, const QString &reason)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Changes Not Saved"),
                                tr("The last change could not be written to the library.\n\n%1").arg(reason),
                                QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Whyboard
