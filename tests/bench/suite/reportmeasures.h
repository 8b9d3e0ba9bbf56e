// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchoptions.h"
#include "measurement.h"

#include "data/session.h"

namespace Whyboard::Bench {

// The PDF report of a large postmortem next to its floor: QPdfWriter painting every text and
// figure the report prints as plain lines on A4 pages. Time interleaved in this process; peak
// memory as the VmHWM of a child process for each.
class ReportMeasures
{
public:
    ReportMeasures(const BenchOptions &options, const QString &folder);

    QList<Measurement> pdf(int cards, int events, int actions) const;

    // The child's side of the memory measure: writes one PDF ("report" or "floor") of the
    // same session and prints its peak resident memory in KiB.
    static int runChild(const QString &what, const QString &outPath);

private:
    BenchOptions m_options;
    QString m_folder;
};

} // namespace Whyboard::Bench
