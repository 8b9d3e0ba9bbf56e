// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchoptions.h"
#include "measurement.h"

#include <QString>

namespace Whyboard::Bench {

// A library on a local PostgreSQL server next to the same library in an SQLite file: one edit
// from push to committed, opening a large session, listing and searching a library. Both
// columns are ours; the SQLite figure is the floor, so the ratio is what the server costs.
// Needs WHYBOARD_TEST_PG_URI (packaging/test-postgres.sh); without it nothing is measured and
// the reason is printed.
class PostgresMeasures
{
public:
    // SQLite libraries are written into folder, which the caller removes; each server library
    // is a database of its own, dropped at the end.
    PostgresMeasures(const BenchOptions &options, const QString &folder);

    QList<Measurement> measure() const;

private:
    Measurement edit(const QString &server) const;
    Measurement open(const QString &server, int cards, int events) const;
    QList<Measurement> library(const QString &server, int sessions, int cardsEach) const;

    BenchOptions m_options;
    QString m_folder;
};

} // namespace Whyboard::Bench
