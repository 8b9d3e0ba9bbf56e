// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QString>

namespace Whyboard {

// Default names for exported files: the incident's date and its title as a slug,
// "2017-04-06-that-time-the-linkedin-app-was-deleted.pdf".
class ExportFileName
{
public:
    // Without extension. Uses the start date, else the detection or resolution date, else
    // today; "postmortem" stands in for an empty title.
    static QString baseName(const Session &session);
    static QString fileName(const Session &session, const QString &extension); // "pdf", no dot

    // Lower-case words joined by '-', accents dropped, at most maxLength characters.
    static QString slug(const QString &text, int maxLength = 80);
};

} // namespace Whyboard
