// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Whyboard::Test {

// What the real whyboard binary did with one command line.
struct CommandRun
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;
};

// Runs the built whyboard binary without a display, with its home, data and runtime folders
// inside scratchDir, so the default library never lands in the real home.
// workingDir: the child's current folder (empty: this process's).
CommandRun runWhyboard(const QStringList &arguments, const QString &scratchDir, const QString &workingDir = QString());

} // namespace Whyboard::Test
