// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchoptions.h"
#include "measurement.h"

namespace Whyboard::Bench {

// The board next to the bare scene that draws the same cards and links: dragging one card at
// zoom 100 % in a 1920 x 1080 view (the time from the mouse move to the repainted viewport)
// and repainting the whole board fitted to the view; and how big the layered layout draws a
// large postmortem.
class BoardMeasures
{
public:
    explicit BoardMeasures(const BenchOptions &options);

    // With worstFrame, the slowest frame against 16 ms rather than the 13-link card's median.
    QList<Measurement> dragAndRepaint(int cards, int levels, bool worstFrame) const;
    QList<Measurement> layout(int cards, int levels) const;

private:
    BenchOptions m_options;
};

} // namespace Whyboard::Bench
