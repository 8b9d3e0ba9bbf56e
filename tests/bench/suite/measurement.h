// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Whyboard::Bench {

// One figure of the suite: ours next to its floor (the same work done the plainest way the
// toolkit allows, measured in the same run), or next to an absolute target.
struct Measurement
{
    QString key;   // drag_1000, open_1000, ...
    QString title; // what a reader of the table sees
    double value = 0;
    std::optional<double> floor;
    std::optional<double> target; // an absolute target (no floor): ratio = value / target
    QString unit;                 // ms, MB, px, ...

    std::optional<double> ratio() const;
};

// Everything one run measured, printed as a table or as one JSON object keyed by measure.
class MeasurementReport
{
public:
    void add(const Measurement &measurement);
    bool isEmpty() const { return m_measurements.isEmpty(); }
    QByteArray json(bool quick) const;
    QByteArray table() const;

private:
    QList<Measurement> m_measurements;
};

} // namespace Whyboard::Bench
