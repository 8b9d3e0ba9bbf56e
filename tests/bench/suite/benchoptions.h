// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Whyboard::Bench {

struct BenchOptions
{
    bool quick = false; // fewer rounds and frames, smaller libraries: proves the suite runs
    int rounds = 5;     // interleaved rounds of ours and the floor
    int dragRounds = 3; // a drag round is many frames already
    int frames = 30;    // mouse moves per drag round
};

} // namespace Whyboard::Bench
