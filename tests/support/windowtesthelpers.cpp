// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowtesthelpers.h"

#include "storage/library.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace Whyboard::Test {

void isolateSettings(const QString &settingsDir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WhyboardTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
}

QString makeLibrary(const QString &path, const QList<Session> &sessions)
{
    std::unique_ptr<Library> library = Library::open(path, Library::OpenMode::CreateIfMissing);
    if (!library)
        return {};
    for (const Session &session : sessions)
        library->insertSession(session);
    return path;
}

bool openWindow(MainWindow &window, const QString &libraryPath)
{
    window.resize(1600, 1000);
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window) && window.openLibrary(libraryPath);
}

void press(QKeyCombination key)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    QTest::keyClick(target, key.key(), key.keyboardModifiers());
}

} // namespace Whyboard::Test
