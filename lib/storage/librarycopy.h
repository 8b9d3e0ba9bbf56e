// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "storage/sessionsummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace Whyboard {

class Library;
class LibraryLocation;

// Copies between libraries: "Save a copy…" of a whole library or one session into a new
// file, built beside the target and moved in place at once, so a failed copy leaves neither a
// half file nor a damaged previous one.
class LibraryCopy
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::LibraryCopy)

public:
    static bool saveCopy(Library &from, const QString &targetPath, std::optional<SessionId> onlySession, QString *error);
    // Every session (the trash's too, still in the trash) and the cause categories, keeping
    // their ids; the target must hold no session yet.
    static bool copyEverySession(Library &from, Library &to, QString *error);

    enum class Target {
        MustBeEmpty,
        // The target may hold sessions of its own, none of them under an id the source uses;
        // its cause categories are kept and the source's missing ones added after them.
        MayHoldOthers,
    };
    struct Copied
    {
        int sessions = 0; // the trash's included
        int trashed = 0;
    };
    // copyEverySession in one transaction on the target, checked before it commits: every
    // session's JSON export reads back the same as the source's, the trash holds the same
    // sessions with the same deletion times, and the source's categories are there. On any
    // failure nothing is kept in the target and *error says why.
    static std::optional<Copied> copyLibrary(Library &from, Library &to, Target target, QString *error);

    // Whether a server's database holds no table at all in its schema: a copy that creates a
    // library there may remove it again. False when it cannot be asked.
    static bool isEmptyServerDatabase(const LibraryLocation &where);
    // Drops the tables of a library that a failed copy created in such a database; refuses
    // (false) when it holds any session.
    static bool removeCreatedLibrary(Library &library);

private:
    static bool readsBackTheSame(Library &to, const QHash<SessionId, QByteArray> &exported,
                                 const QList<SessionSummary> &trashed, const QStringList &categories, QString *error);
};

} // namespace Whyboard
