// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

namespace Whyboard::Test {

// A big causal DAG built level by level, the same for the same arguments: the problem card
// "c1", then cardCount - 1 whys spread over levels 1 .. levels - 1 (every level holds cards).
// Each why explains one card of the level just above it, so its why depth is its level, and
// often one to three cards further up too (links that skip levels). Texts are long and mix
// scripts (Latin, CJK, Hebrew, Arabic, Cyrillic, Devanagari, emoji); cards lie scattered at
// random, as an import without a layout leaves them; eventCount timeline events refer to cards.
Session levelledDagSession(quint32 seed, int cardCount, int levels, int eventCount);

} // namespace Whyboard::Test
