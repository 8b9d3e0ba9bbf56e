// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandlineoptions.h"

#include "cli/sectionsargument.h"
#include "report/reportlanguage.h"
#include "timelineimport/timelineformat.h"

namespace Whyboard {

namespace {

struct Option
{
    const char *name;
    const char *valueName; // nullptr for a flag
    const char *help;
    bool forExports;
};

// Adding an option is one row here and its name in the row of each verb that takes it.
const Option options[] = {
    {"session", "ID", QT_TRANSLATE_NOOP("Whyboard::CommandLine", "the session to act on, by the id --list prints"), false},
    {"language", "LANG",
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the export in this language (%1), whatever the interface's; "
                                                "for every export and --check"),
     true},
    {"sections", "LIST",
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "--export-pdf: the sections to include, comma-separated: %1; all; "
                                                "-NAME leaves one out (-causes,-actions,-timeline drops the appendices)"),
     true},
    {"summary", nullptr,
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "--export-pdf, --export-png: only the one-page summary for the team channel"),
     true},
    {"json", nullptr, QT_TRANSLATE_NOOP("Whyboard::CommandLine", "--followups, --search, --stats: print JSON instead of lines"),
     false},
    {"owner", "NAME",
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "--followups, --export-ics, --export-actions-csv: only this owner's actions"),
     false},
    {"overdue", nullptr, QT_TRANSLATE_NOOP("Whyboard::CommandLine", "--followups: only the actions past their due day"), false},
    {"quarterly", nullptr, QT_TRANSLATE_NOOP("Whyboard::CommandLine", "--stats: per quarter instead of per month"), false},
    {"since", "DATE",
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "--stats, --export-library-pdf: from this day (2017-02-28) or month "
                                                "(2017-02); --import-timeline: from this day or time (2017-04-06T18:00-07:00)"),
     false},
    {"until", "DATE",
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "--stats, --export-library-pdf: up to this day (2017-02-28) or month "
                                                "(2017-02); --import-timeline: up to this day or time"),
     false},
    {"channel", "NAME",
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "--import-timeline: the channel of a chat export that holds several"), false},
    {"time-zone", "ZONE",
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "--import-timeline: the zone of times given without an offset or in UTC "
                                                "(Europe/Berlin, America/Los_Angeles, UTC+02:00)"),
     false},
    {"format", "NAME",
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "--import-timeline: read FILE as this format instead of detecting it: %1"),
     false},
    {"force", nullptr,
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "--copy-library: TO may hold sessions already, if none under an id FROM uses"),
     false},
};

// What fills a help line's %1: the languages, the sections, the formats.
QString filled(const char *name, const QString &help)
{
    const QLatin1String option(name);
    if (option == QLatin1String("language"))
        return help.arg(ReportLanguage::available().join(QStringLiteral(", ")));
    if (option == QLatin1String("sections"))
        return help.arg(SectionsArgument::names());
    if (option == QLatin1String("format")) {
        QStringList keys;
        for (TimelineFormat format : TimelineFormats::all())
            keys << TimelineFormats::key(format);
        return help.arg(keys.join(QStringLiteral(", ")));
    }
    return help;
}

} // namespace

QList<CommandLineEntry> CommandLineOptions::entries()
{
    QList<CommandLineEntry> entries;
    for (const Option &option : options) {
        CommandLineEntry entry;
        entry.kind = CommandLineEntry::Kind::Option;
        entry.name = QLatin1String(option.name);
        entry.valueName = option.valueName ? QLatin1String(option.valueName) : QLatin1String();
        entry.synopsis = entry.valueName.isEmpty() ? entry.longName() : QString(entry.longName() + QLatin1Char(' ') + entry.valueName);
        entry.help = filled(option.name, QCoreApplication::translate("Whyboard::CommandLine", option.help));
        entries.append(entry);
    }
    return entries;
}

bool CommandLineOptions::isExportOption(const QString &name)
{
    for (const Option &option : options) {
        if (name == QLatin1String(option.name))
            return option.forExports;
    }
    return false;
}

} // namespace Whyboard
