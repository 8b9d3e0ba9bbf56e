// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "samplesessions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QList>
#include <QRect>
#include <QString>

namespace Whyboard::Test {

// Gives the offscreen platform the screens a room has (its default is one 800x600 screen).
// Call from a test class's static initMain(), before the application exists; a test run by
// hand on a real display keeps that display.
inline void useOffscreenScreens(const QList<QRect> &screens)
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("offscreen"))
        return;
    QByteArray json = "{\"screens\": [";
    for (int i = 0; i < screens.size(); ++i) {
        const QRect &r = screens.at(i);
        json += QStringLiteral("%1{\"name\": \"screen%2\", \"x\": %3, \"y\": %4, \"width\": %5, \"height\": %6, "
                               "\"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}")
                    .arg(i ? QStringLiteral(", ") : QString())
                    .arg(i + 1)
                    .arg(r.x())
                    .arg(r.y())
                    .arg(r.width())
                    .arg(r.height())
                    .toUtf8();
    }
    json += "]}";
    const QString path = QDir::temp().filePath(QStringLiteral("whyboard-screens-%1.json").arg(qint64(QCoreApplication::applicationPid())));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(json);
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + path.toLocal8Bit());
}

// A session file of tests/fixtures/examples/ (without ".json"), placed as an import places it.
inline Session exampleFixture(const QString &name)
{
    return fixtureSession(QStringLiteral("examples/") + name);
}

} // namespace Whyboard::Test
