#include "cli/commandline.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Command-line verbs never open a window and must work without a display.
    const bool runsVerb = Whyboard::CommandLine::hasVerb(argc, argv);
    if (runsVerb && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Whyboard"));
    QApplication::setOrganizationName(QStringLiteral("Whyboard"));
    QApplication::setApplicationVersion(QStringLiteral(WHYBOARD_VERSION));
    Whyboard::CommandLine::installTranslations(application);

    if (runsVerb)
        return Whyboard::CommandLine::run(application.arguments());

    // Window branch: replaced by the main window once it exists.
    return Whyboard::CommandLine::run(application.arguments());
}
