// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarytables.h"

#include <optional>

namespace Whyboard {

// sessions.revision (schema 8): every write step of a session counts once, in the step's own
// transaction. After a lost connection a writer compares it with the revision it left to learn
// whether its last COMMIT was kept, and whether anyone else wrote the session meanwhile.
class LibraryRevision
{
public:
    explicit LibraryRevision(LibraryTables &tables);

    // The session's revision; nothing when it is not stored or cannot be read (lastSqlError()).
    std::optional<qint64> read(SessionId id);
    // Counts one write step: false (and nothing changed) unless the stored revision is
    // `expected`, i.e. nobody else wrote the session since.
    bool countStep(SessionId id, qint64 expected);
    bool set(SessionId id, qint64 revision);

private:
    LibraryTables &m_tables;
};

} // namespace Whyboard
