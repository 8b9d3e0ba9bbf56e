#include "ui/recentlibraries.h"

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
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
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
        QAction *action = addAction(tr("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(QFileInfo::exists(path));
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
