// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/verboutput.h"

#include "cli/commandline.h"
#include "storage/librarybackuprestore.h"
#include "storage/librarylocation.h"

namespace Whyboard {

void VerbOutput::printLine(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int VerbOutput::failure(int code, const QString &message)
{
    printLine(stderr, QStringLiteral("whyboard: ") + message);
    return code;
}

bool VerbOutput::acceptsLibrary(const QString &argument, int *exitCode)
{
    QString refusal;
    if (LibraryLocation::parse(argument, &refusal))
        return true;
    *exitCode = failure(CommandLine::UsageError, refusal);
    return false;
}

std::unique_ptr<Library> VerbOutput::openLibrary(const QString &path, Library::OpenMode mode, int *exitCode)
{
    QString message;
    LibraryOpenError error = LibraryOpenError::None;
    std::unique_ptr<Library> library = Library::open(path, mode, &error, &message);
    if (!library) {
        // Daily copies are kept beside a file; a server library is backed up on the server.
        const QString hint = LibraryLocation::ofLibraryPath(path).isServer() ? QString() : LibraryBackupRestore::hint(path, error);
        *exitCode = failure(CommandLine::InputError, hint.isEmpty() ? message : message + QLatin1Char(' ') + hint);
    }
    return library;
}

QString VerbOutput::oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return line;
}

} // namespace Whyboard
