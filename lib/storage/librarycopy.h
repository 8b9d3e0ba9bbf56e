#pragma once

#include "data/session.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Whyboard {

class Library;

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
};

} // namespace Whyboard
