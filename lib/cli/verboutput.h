// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/library.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <memory>

namespace Whyboard {

// What every verb prints and how it fails: one line on stdout per result, one line on stderr
// ("whyboard: ...") per failure, and a library opened with the backup hint when it cannot be.
class VerbOutput
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::VerbOutput)

public:
    static void printLine(FILE *stream, const QString &line);
    // Prints the message on stderr and returns code, for `return failure(...)`.
    static int failure(int code, const QString &message);
    // Whether LIBRARY names something Whyboard opens: false after printing why (an address
    // that is neither a file nor a PostgreSQL URI is a usage error, and nothing is created).
    static bool acceptsLibrary(const QString &argument, int *exitCode);
    // Null after printing why (with the restore hint when a backup could help); *exitCode is set.
    static std::unique_ptr<Library> openLibrary(const QString &path, Library::OpenMode mode, int *exitCode);
    // Tabs and line breaks become spaces: a field of a tab-separated line stays one field.
    static QString oneLine(const QString &text);
};

} // namespace Whyboard
