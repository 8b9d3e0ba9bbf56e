// SPDX-License-Identifier: GPL-3.0-or-later
#include "timing.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Whyboard::Bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

TimedPair interleaved(int rounds, const std::function<double()> &ours, const std::function<double()> &floor)
{
    QList<double> oursTimes;
    QList<double> floorTimes;
    for (int round = 0; round < rounds; ++round) {
        // Alternate which goes first, so neither always inherits a warm (or cold) cache.
        if (round % 2) {
            floorTimes.append(floor());
            oursTimes.append(ours());
        } else {
            oursTimes.append(ours());
            floorTimes.append(floor());
        }
    }
    return {median(oursTimes), median(floorTimes)};
}

double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace Whyboard::Bench
