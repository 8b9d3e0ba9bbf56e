// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Whyboard {

// Why a library (a file, or a database on a PostgreSQL server) could not be opened as asked. The UI offers read-only access for
// NewerSchema and InUse; every other error leaves the file untouched and stops.
enum class LibraryOpenError {
    None,
    NotFound,        // opening (not creating) a path that does not exist
    IsDirectory,
    NotADatabase,    // not SQLite at all, or truncated/corrupt
    ForeignDatabase, // SQLite, but another program's file
    NewerSchema,     // made by a newer Whyboard: readable, never written
    UntrustedSchema, // holds triggers or views this program did not create
    InUse,           // another running Whyboard has it open for writing
    Unwritable,      // no permission to write the file or its folder
    DamagedContent,  // a Whyboard library missing a table or column, or holding a value Whyboard never writes
    DiskFull,        // the disk has no room for what even reading needs (SQLite's index beside the file)
    DiskError,       // the system reported an input/output error
    UnsupportedLocation,  // an address (scheme://…) that is neither a file nor a PostgreSQL URI
    ServerUnreachable,    // the PostgreSQL server did not answer, or the connection broke
    AuthenticationFailed, // the server wants a password, or refused the one given
    NotPermitted,         // the server's role may not read the database or create the library in it
};

} // namespace Whyboard
