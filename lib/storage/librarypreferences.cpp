// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarypreferences.h"

#include "storage/library.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace Whyboard {

namespace {

const QString pathKey = QStringLiteral("library/defaultPath");
const QString backupsKey = QStringLiteral("library/backups");
const QString keptKey = QStringLiteral("library/backupsKept");

} // namespace

QString LibraryPreferences::libraryPath()
{
    const QString chosen = QSettings().value(pathKey).toString();
    return chosen.isEmpty() ? builtInLibraryPath() : chosen;
}

QString LibraryPreferences::builtInLibraryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library") + Library::fileExtension();
}

void LibraryPreferences::setLibraryPath(const QString &path)
{
    QSettings settings;
    // Stored only when chosen: the built-in place follows XDG_DATA_HOME wherever it moves.
    if (path.isEmpty() || QDir::cleanPath(path) == QDir::cleanPath(builtInLibraryPath()))
        settings.remove(pathKey);
    else
        settings.setValue(pathKey, path);
}

bool LibraryPreferences::backupsEnabled()
{
    return QSettings().value(backupsKey, true).toBool();
}

void LibraryPreferences::setBackupsEnabled(bool enabled)
{
    QSettings().setValue(backupsKey, enabled);
}

int LibraryPreferences::backupsKept()
{
    bool ok = false;
    const int kept = QSettings().value(keptKey, defaultBackupsKept).toInt(&ok);
    return ok ? std::clamp(kept, 1, maximumBackupsKept) : defaultBackupsKept;
}

void LibraryPreferences::setBackupsKept(int copies)
{
    QSettings().setValue(keptKey, std::clamp(copies, 1, maximumBackupsKept));
}

} // namespace Whyboard
