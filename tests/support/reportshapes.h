// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

namespace Whyboard::Test {

// Chains shaped like real postmortems, with the kind of texts rooms write (one cause per card,
// a sentence or two), laid out as an import lays them out:
// 7 cards, one fork near the top (the LinkedIn app deletion);
Session sevenCardShape();
// 8 cards, two branches of three below the problem (a regex that took the CPU);
Session eightCardShape();
// 11 cards, a wide fan: three causes under the problem, two or three below each (the
// deleted production database).
Session elevenCardShape();

} // namespace Whyboard::Test
