// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/libraryreportverb.h"

#include "cli/commandline.h"
#include "cli/libraryverbs.h"
#include "cli/verboutput.h"
#include "report/libraryreport.h"
#include "report/reportlanguage.h"
#include "storage/library.h"
#include "storage/librarylocation.h"
#include "storage/librarystatisticsrows.h"

#include <QDir>

namespace Whyboard {

int LibraryReportVerb::run(const LibraryVerbArguments &arguments)
{
    LibraryReportOptions options;
    QString error = LibraryVerbs::dateRange(arguments, &options.since, &options.until);
    if (!error.isEmpty())
        return VerbOutput::failure(CommandLine::UsageError, error);
    if (const auto language = arguments.option("--language")) {
        const QString problem = ReportLanguage::check(*language);
        if (!problem.isEmpty())
            return VerbOutput::failure(CommandLine::UsageError, problem);
        options.language = *language;
    }
    int exitCode = CommandLine::Success;
    const std::unique_ptr<Library> library =
        VerbOutput::openLibrary(arguments.libraryPath, Library::OpenMode::ReadOnly, &exitCode);
    if (!library)
        return exitCode;
    const QList<StatisticsSession> rows = LibraryStatisticsRows::read(library->database(), &error);
    if (!error.isEmpty())
        return VerbOutput::failure(CommandLine::InputError,
                                   tr("cannot read “%1”: %2").arg(QDir::toNativeSeparators(library->path()), error));
    options.libraryName = LibraryLocation::ofLibraryPath(library->path()).name(); // the file's or the database's
    error = LibraryReport::writePdf(arguments.value, rows, options, QDate::currentDate());
    if (!error.isEmpty())
        return VerbOutput::failure(CommandLine::InputError, error);
    return CommandLine::Success;
}

} // namespace Whyboard
