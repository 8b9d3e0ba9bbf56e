// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchoptions.h"
#include "measurement.h"

namespace Whyboard::Bench {

// Launching Whyboard on a library until its window has first painted, next to launching an
// empty QMainWindow program built with the same flags; each a fresh process, interleaved.
class StartMeasures
{
public:
    StartMeasures(const BenchOptions &options, const QString &folder);

    QList<Measurement> start() const;

private:
    double launch(const QString &program, const QStringList &arguments) const;

    BenchOptions m_options;
    QString m_folder;
};

} // namespace Whyboard::Bench
