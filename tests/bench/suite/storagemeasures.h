// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchoptions.h"
#include "measurement.h"

#include <QString>

namespace Whyboard::Bench {

// The library next to the sqlite3 C API doing the same work with the same pragmas: one edit
// from push to committed, opening a large session, listing and searching a large library.
class StorageMeasures
{
public:
    // Libraries are written into folder, which the caller removes.
    StorageMeasures(const BenchOptions &options, const QString &folder);

    Measurement edit() const;
    QList<Measurement> open(int cards, int events) const;
    QList<Measurement> library(int sessions, int cardsEach) const;

private:
    BenchOptions m_options;
    QString m_folder;
};

} // namespace Whyboard::Bench
