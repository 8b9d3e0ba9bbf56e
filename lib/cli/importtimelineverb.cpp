// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/importtimelineverb.h"

#include "analysis/timelinetimes.h"
#include "cli/commandline.h"
#include "cli/libraryverbs.h"
#include "cli/verboutput.h"
#include "data/localeformat.h"
#include "document/sessiondocument.h"
#include "timelineimport/importtime.h"
#include "timelineimport/timelineeventadder.h"
#include "timelineimport/timelineimporter.h"
#include "timelineimport/timelineimportplan.h"

#include <QDir>
#include <QLocale>

namespace Whyboard {

namespace {

// --since and --until: a day (the whole day in the import's zone) or an ISO time.
QDateTime timeOption(const LibraryVerbArguments &arguments, const char *name, bool endOfDay, const QTimeZone &zone,
                     QString *error)
{
    const std::optional<QString> text = arguments.option(name);
    if (!text)
        return {};
    const QDate day = QDate::fromString(*text, Qt::ISODate);
    if (day.isValid() && text->size() == 10)
        return ImportTime::wallClockInZone(day, endOfDay ? QTime(23, 59, 59, 999) : QTime(0, 0), zone);
    const QDateTime at = ImportTime::parseIso(*text, zone);
    if (!at.isValid())
        *error = ImportTimelineVerb::tr("%1 needs a day (2017-04-06) or a time (2017-04-06T18:42, 2017-04-06T18:42-07:00), "
                                        "not “%2”")
                     .arg(QLatin1String(name), *text);
    return at;
}

QString timesLine(const TimelineTimes::Source &source)
{
    switch (source.which) {
    case TimelineTimes::Which::Started: return ImportTimelineVerb::tr("started at %1").arg(LocaleFormat::dateTime(source.at));
    case TimelineTimes::Which::Detected: return ImportTimelineVerb::tr("detected at %1").arg(LocaleFormat::dateTime(source.at));
    case TimelineTimes::Which::Resolved: return ImportTimelineVerb::tr("resolved at %1").arg(LocaleFormat::dateTime(source.at));
    }
    return {};
}

} // namespace

int ImportTimelineVerb::run(const LibraryVerbArguments &arguments)
{
    const auto usage = [](const QString &message) { return VerbOutput::failure(CommandLine::UsageError, message); };
    const std::optional<QString> sessionText = arguments.option("--session");
    if (!sessionText)
        return usage(tr("--import-timeline needs --session ID"));
    bool isNumber = false;
    const SessionId sessionId = sessionText->toLongLong(&isNumber);
    if (!isNumber || sessionId <= 0)
        return usage(tr("--session needs a session id (a positive number), not “%1”").arg(*sessionText));

    TimelineImportOptions options;
    if (const std::optional<QString> zoneName = arguments.option("--time-zone")) {
        options.timeZone = QTimeZone(zoneName->toUtf8());
        if (!options.timeZone.isValid())
            return usage(tr("--time-zone needs a time zone such as Europe/Berlin, America/Los_Angeles or UTC+02:00, not “%1”")
                             .arg(*zoneName));
    }
    if (const std::optional<QString> formatKey = arguments.option("--format")) {
        if (!TimelineFormats::fromKey(*formatKey, &options.format)) {
            QStringList keys;
            for (TimelineFormat format : TimelineFormats::all())
                keys << TimelineFormats::key(format);
            return usage(tr("--format needs one of %1, not “%2”").arg(keys.join(QStringLiteral(", ")), *formatKey));
        }
    }
    options.channel = arguments.option("--channel").value_or(QString());
    QString error;
    options.since = timeOption(arguments, "--since", false, options.timeZone, &error);
    if (error.isEmpty())
        options.until = timeOption(arguments, "--until", true, options.timeZone, &error);
    if (!error.isEmpty())
        return usage(error);
    if (options.since.isValid() && options.until.isValid() && options.until < options.since)
        return usage(tr("--until is before --since"));

    // The file first: a bad export must not even open the library for writing.
    const TimelineImportResult result = TimelineImporter::read(arguments.value, options);
    if (!result.ok())
        return VerbOutput::failure(CommandLine::InputError, result.error);
    if (result.channel.isEmpty() && result.channels.size() > 1)
        return usage(tr("“%1” holds several channels: choose one with --channel (%2)")
                         .arg(QDir::toNativeSeparators(arguments.value), result.channels.join(QStringLiteral(", "))));

    int exitCode = CommandLine::Success;
    const std::unique_ptr<Library> library =
        VerbOutput::openLibrary(arguments.libraryPath, Library::OpenMode::OpenExisting, &exitCode);
    if (!library)
        return exitCode;
    std::optional<Session> session = library->loadSession(sessionId);
    if (!session)
        return VerbOutput::failure(CommandLine::InputError,
                                   library->lastError().isEmpty()
                                       ? tr("there is no session %1 in “%2”").arg(QString::number(sessionId),
                                                                                   QDir::toNativeSeparators(library->path()))
                                       : tr("session %1 in “%2” cannot be read: %3")
                                             .arg(QString::number(sessionId), QDir::toNativeSeparators(library->path()),
                                                  library->lastError()));

    const QList<TimelineImportRow> rows = TimelineImportPlan::plan(*session, result.records);
    const QList<TimelineEvent> events = TimelineImportPlan::eventsToAdd(rows);
    const QString limit = TimelineImportPlan::limitError(*session, events.size());
    if (!limit.isEmpty())
        return VerbOutput::failure(CommandLine::InputError, limit);

    SessionDocument document(std::move(*session));
    QString writeError;
    QObject::connect(library.get(), &Library::writeFailed, [&writeError](const QString &message) { writeError = message; });
    library->attach(&document);
    const Session before = document.session();
    const QStringList added = TimelineEventAdder::add(&document, events, tr("Import timeline"));
    library->detach(&document);
    if (!writeError.isEmpty() || added.size() != events.size())
        return VerbOutput::failure(CommandLine::InputError,
                                   tr("cannot store the events in “%1”: %2")
                                       .arg(QDir::toNativeSeparators(library->path()),
                                            writeError.isEmpty() ? library->lastError() : writeError));

    int already = 0, repeated = 0, skipped = 0;
    for (const TimelineImportRow &row : rows) {
        already += row.status == TimelineImportRow::Status::AlreadyInTimeline;
        repeated += row.status == TimelineImportRow::Status::RepeatedInFile;
        skipped += row.status == TimelineImportRow::Status::Skipped;
    }
    const QLocale locale;
    VerbOutput::printLine(stdout, tr("added %1 events to session %2 from %3")
                                      .arg(locale.toString(added.size()), QString::number(sessionId),
                                           TimelineFormats::name(result.format)));
    VerbOutput::printLine(stdout, tr("skipped %1: %2 already in the timeline, %3 repeated in the export, "
                                     "%4 not timeline events, %5 outside the time range")
                                      .arg(locale.toString(already + repeated + skipped + result.outsideRange),
                                           locale.toString(already), locale.toString(repeated), locale.toString(skipped),
                                           locale.toString(result.outsideRange)));
    // The same rule as the window: unknown times follow the timeline; others are only proposed.
    for (TimelineTimes::Which which : TimelineTimes::all()) {
        const QDateTime now = TimelineTimes::sessionTime(document.session(), which);
        const std::optional<TimelineTimes::Source> source = TimelineTimes::source(document.session(), which);
        if (!sameZonedTime(now, TimelineTimes::sessionTime(before, which)))
            VerbOutput::printLine(stdout, tr("the session now says the incident %1").arg(timesLine(*source)));
        else if (source && !sameZonedTime(source->at, now))
            VerbOutput::printLine(stdout, tr("the timeline says the incident %1; the session keeps its own time")
                                              .arg(timesLine(*source)));
    }
    return CommandLine::Success;
}

} // namespace Whyboard
