// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "storage/library.h"
#include "storage/librarylocation.h"
#include "ui/desktopidentity.h"
#include "ui/firstpaintsignal.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/singleinstance.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace {

// Without XDG_RUNTIME_DIR (cron jobs, CI, ssh sessions) Qt prints a warning on stderr and then
// falls back to a private folder in /tmp. The verbs promise one clear line on stderr, so the
// program provides that private folder itself.
void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString directory = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
    if (!QDir().mkpath(directory))
        return;
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(directory));
}

} // namespace

int main(int argc, char *argv[])
{
    // Command-line verbs never open a window and must work without a display.
    const bool runsVerb = Whyboard::CommandLine::hasVerb(argc, argv);
    ensureRuntimeDirectory();
    if (runsVerb && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Whyboard"));
    QApplication::setOrganizationName(QStringLiteral("Whyboard"));
    QApplication::setApplicationVersion(QStringLiteral(WHYBOARD_VERSION));
    // The desktop file's name: docks, task bars and Wayland match the window to it and its icon.
    QGuiApplication::setDesktopFileName(QLatin1String(Whyboard::DesktopIdentity::id));
    Whyboard::CommandLine::installTranslations(application);

    if (runsVerb)
        return Whyboard::CommandLine::run(application.arguments());

    const QStringList arguments = Whyboard::CommandLine::windowArguments(application.arguments());
    Whyboard::SingleInstance instance; // a window runs already: it takes the library, this start ends
    if (instance.handOver(arguments.value(0)))
        return 0;
    Whyboard::Preferences::applyAtStartup(); // the window's language and theme; verbs keep the environment's
    // Window branch: the library named on the command line, else the default one.
    // A meeting is often on a projector: never below a readable size.
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 11) {
        font.setPointSizeF(11);
        QApplication::setFont(font);
    }
    const QString libraryPath = arguments.isEmpty() ? Whyboard::Library::defaultPath() : arguments.first();
    // Only the default library's folder is made here, and only for a file: an address is
    // opened (or refused, in the window) without anything created on disk.
    const std::optional<Whyboard::LibraryLocation> location = Whyboard::LibraryLocation::parse(libraryPath);
    if (arguments.isEmpty() && location && !location->isServer())
        QDir().mkpath(QFileInfo(libraryPath).absolutePath());
    Whyboard::MainWindow window;
    Whyboard::FirstPaintSignal::installIfRequested(&window);
    instance.serve(&window);
    window.show();
    window.openLibrary(libraryPath, Whyboard::Library::OpenMode::CreateIfMissing);
    return application.exec();
}
