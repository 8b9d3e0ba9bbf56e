// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace Whyboard {

// The library's own list of cause categories (table cause_categories, schema version 6): a
// team edits it once and every session of the library offers it. Empty means the defaults.
class CauseCategoryTable
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::CauseCategoryTable)

public:
    static constexpr int maxCategories = 100;

    // The defaults when the table is empty, missing (an older read-only library) or unreadable;
    // values that are not text are left out, never trusted.
    static QStringList read(QSqlDatabase database);
    // Replaces the list in one transaction; an error message, or empty.
    static QString write(QSqlDatabase database, const QStringList &categories);
};

} // namespace Whyboard
