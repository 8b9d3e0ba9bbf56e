// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

namespace Whyboard::Fuzz {

// The storage boundary's promise (issue "hostile files"): every session that comes out of an
// import or a library holds only values the rest of the program may index and draw with:
// enums in range, card coordinates finite and within +-1,000,000 px, each text at most 20,000
// characters, and the per-session counts within the documented limits. Fails with the first
// value that breaks it.
//
// Checked only when WHYBOARD_FUZZ_BOUNDS=1 is set: the storage boundary that enforces it is
// being built, and until it is, every fuzzing run would stop on the first out-of-range byte.
bool boundsChecked();
void checkBounds(const Session &session, const QString &from);

} // namespace Whyboard::Fuzz
