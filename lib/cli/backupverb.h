// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Whyboard {

// whyboard --restore-backup [LIBRARY]: puts the newest sound daily copy in place of a library
// that no longer opens, keeping the damaged file beside it. A library that opens is left alone.
class BackupVerb
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::BackupVerb)

public:
    struct Outcome
    {
        bool restored = false;
        QString message; // for stdout when restored, else the error for stderr
    };
    static Outcome restore(const QString &libraryPath);
};

} // namespace Whyboard
