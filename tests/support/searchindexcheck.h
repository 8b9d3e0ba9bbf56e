// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Whyboard::Test {

// Empty when the library's full-text index says exactly what its tables say: one
// search_items row per session, card, event and action; search_text holding each one's
// current words; cause_words holding each why card's text and nothing else; and, in a file,
// FTS5's own integrity check passing on both. Otherwise the first difference. Through a
// connection of its own (a file must not be open for writing elsewhere while it runs).
// libraryPath: a file or a postgresql:// URI.
QString searchIndexMismatch(const QString &libraryPath);

} // namespace Whyboard::Test
