// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

namespace Whyboard::Bench {

struct TimedPair
{
    double ours = 0;
    double floor = 0;
};

// Medians, because one slow round (another process waking up) must not move the figure.
double median(QList<double> values);

// Runs ours and the floor alternately, so that the machine's state affects both alike. Each
// function times its own work (setup it needs is left out) and returns milliseconds.
TimedPair interleaved(int rounds, const std::function<double()> &ours, const std::function<double()> &floor);

// Milliseconds the function takes.
double millisecondsOf(const std::function<void()> &work);

} // namespace Whyboard::Bench
