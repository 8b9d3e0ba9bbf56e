#pragma once

#include "storage/librarytables.h"

#include <optional>

namespace Whyboard {

// Reads one session back from its rows: the session row, then each item list in its stored
// order. Files of older schema versions (opened read-only) read with defaults for the columns
// and tables they do not have yet.
class LibrarySessionLoader
{
public:
    explicit LibrarySessionLoader(LibraryTables &tables);

    std::optional<Session> load(SessionId id);

private:
    LibraryTables &m_tables;
};

} // namespace Whyboard
