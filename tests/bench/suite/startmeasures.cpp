// SPDX-License-Identifier: GPL-3.0-or-later
#include "startmeasures.h"

#include "benchsessions.h"
#include "samplesessions.h"
#include "timing.h"

#include "storage/library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

namespace Whyboard::Bench {

StartMeasures::StartMeasures(const BenchOptions &options, const QString &folder)
    : m_options(options)
    , m_folder(folder)
{
}

// Milliseconds from starting the process to its "painted" line.
double StartMeasures::launch(const QString &program, const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WHYBOARD_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    // Settings of its own, so that the user's recent libraries and window state play no part.
    environment.insert(QStringLiteral("HOME"), m_folder + QStringLiteral("/home"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_folder + QStringLiteral("/home/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_folder + QStringLiteral("/home/.local/share"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(60000))
            qFatal("%s never painted: %s", qPrintable(program), process.readAllStandardError().constData());
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!process.waitForFinished(60000))
        process.kill();
    return ms;
}

QList<Measurement> StartMeasures::start() const
{
    QDir().mkpath(m_folder + QStringLiteral("/home"));
    const QString small = m_folder + QStringLiteral("/start-small.whyboard");
    const QString large = m_folder + QStringLiteral("/start-400.whyboard");
    Library::open(small, Library::OpenMode::CreateIfMissing)
        ->insertSession(Test::fixtureSession(QStringLiteral("examples/linkedin-app-deleted")));
    Library::open(large, Library::OpenMode::CreateIfMissing)->insertSession(BenchSessions::dag(400, 12, 3000, 600));

    const QString app = QStringLiteral(WHYBOARD_BINARY);
    const QString emptyWindow = QStringLiteral(WHYBOARD_EMPTY_WINDOW_BINARY);
    // Once each, so that neither pays for loading the shared libraries from disk.
    launch(app, {small});
    launch(emptyWindow, {});
    QList<Measurement> result;
    for (const auto &[key, path, what] : {std::tuple{QStringLiteral("start_small"), small, QStringLiteral("a one-session library")},
                                          std::tuple{QStringLiteral("start_400"), large,
                                                     QStringLiteral("a 400-card, 3,000-event session")}}) {
        const TimedPair times = interleaved(
            m_options.rounds, [&, p = path] { return launch(app, {p}); }, [&] { return launch(emptyWindow, {}); });
        result.append({key, QStringLiteral("start to first painted window, %1").arg(what), times.ours, times.floor,
                       std::nullopt, QStringLiteral("ms")});
    }
    return result;
}

} // namespace Whyboard::Bench
