// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QKeyCombination>
#include <QList>
#include <QString>

namespace Whyboard {
class MainWindow;
}

namespace Whyboard::Test {

// Keeps a window test away from the user's settings and default library: QStandardPaths'
// test mode and an INI settings file in settingsDir. Call once, in initTestCase().
void isolateSettings(const QString &settingsDir);

// A new library file at path holding the sessions (ids from the library); empty on failure.
QString makeLibrary(const QString &path, const QList<Session> &sessions);

// Shows the window at a size where every panel fits, waits until it is active (so that keys
// reach it) and opens the library.
bool openWindow(MainWindow &window, const QString &libraryPath);

// Sends a key to the widget with the focus, as a user's keyboard would.
void press(QKeyCombination key);

} // namespace Whyboard::Test
