// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"

#include <QDir>
#include <QProcess>

namespace Whyboard::Test {

CommandRun runWhyboard(const QStringList &arguments, const QString &scratchDir, const QString &workingDir)
{
    const QDir scratch(scratchDir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), scratch.filePath(QStringLiteral("data-home")));
    environment.insert(QStringLiteral("HOME"), scratch.filePath(QStringLiteral("home")));
    // A desktop session has a private runtime folder; without one Qt warns on stderr.
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), scratch.filePath(QStringLiteral("runtime")));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the verbs must not need it
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(WHYBOARD_BINARY), arguments);
    CommandRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Whyboard::Test
