// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recentlibraries.h"

#include "storage/librarylocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Whyboard {

namespace {
const QString settingsKey = QStringLiteral("recentLibraries");
}

RecentLibraries::RecentLibraries(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    rebuild();
}

QStringList RecentLibraries::paths() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentLibraries::add(const QString &path)
{
    // A file by its absolute path; a server library by its address without the password,
    // which settings never keep.
    const LibraryLocation location = LibraryLocation::ofLibraryPath(path);
    const QString entry = location.isServer() ? location.displayName() : QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > maximumCount)
        list.removeLast();
    QSettings().setValue(settingsKey, list);
    rebuild();
}

void RecentLibraries::rebuild()
{
    clear();
    const QStringList list = paths();
    int number = 1;
    for (const QString &path : list) {
        const LibraryLocation location = LibraryLocation::ofLibraryPath(path);
        QAction *action = addAction(tr("&%1 %2").arg(number++).arg(location.isServer() ? path : QDir::toNativeSeparators(path)));
        // Whether a server answers is known only by connecting; a missing file is known now.
        action->setEnabled(location.isServer() || QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT libraryChosen(path); });
    }
    if (list.isEmpty())
        addAction(tr("(none yet)"))->setEnabled(false);
    addSeparator();
    connect(addAction(tr("Clear List")), &QAction::triggered, this, [this] {
        QSettings().remove(settingsKey);
        rebuild();
    });
}

} // namespace Whyboard
