// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandlinehelp.h"

#include "cli/commandlineoptions.h"
#include "storage/library.h"

#include <QDir>

namespace Whyboard {

namespace {

const int helpIndent = 6;

// The words of a shape or a help line; "[--since DATE]" and "[--sections LIST | --summary]" are one.
QStringList partsOf(const QString &text)
{
    QStringList parts;
    QString part;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']') && depth > 0)
            --depth;
        if (c == QLatin1Char(' ') && depth == 0) {
            if (!part.isEmpty())
                parts.append(part);
            part.clear();
        } else {
            part.append(c);
        }
    }
    if (!part.isEmpty())
        parts.append(part);
    return parts;
}

void appendEntry(QStringList *lines, const QString &shape, int shapeIndent, const QString &help)
{
    // A continued shape lines up after "whyboard ".
    const int continuation = shape.startsWith(QLatin1String("whyboard ")) ? shapeIndent + 9 : shapeIndent + 4;
    *lines += CommandLineHelp::wrapped(shape, shapeIndent, continuation);
    *lines += CommandLineHelp::wrapped(help, helpIndent, helpIndent);
}

} // namespace

QStringList CommandLineHelp::wrapped(const QString &text, int indent, int continuationIndent, int width)
{
    QStringList lines;
    QString line = QString(indent, QLatin1Char(' '));
    bool lineHasWord = false;
    for (const QString &part : partsOf(text)) {
        if (lineHasWord && line.size() + 1 + part.size() > width) {
            lines.append(line);
            line = QString(continuationIndent, QLatin1Char(' '));
            lineHasWord = false;
        }
        if (lineHasWord)
            line += QLatin1Char(' ');
        line += part;
        lineHasWord = true;
    }
    if (lineHasWord)
        lines.append(line);
    return lines;
}

QString CommandLineHelp::text(const QList<CommandLineEntry> &entries)
{
    QStringList lines{tr("Usage:")};
    appendEntry(&lines, QStringLiteral("whyboard [LIBRARY]"), 2, tr("open the window"));
    for (const CommandLineEntry &entry : entries) {
        if (entry.isVerb())
            appendEntry(&lines, QStringLiteral("whyboard ") + entry.synopsis, 2, entry.help);
    }
    lines.append(tr("Options for the exports:"));
    for (const CommandLineEntry &entry : entries) {
        if (!entry.isVerb() && CommandLineOptions::isExportOption(entry.name))
            appendEntry(&lines, entry.synopsis, 2, entry.help);
    }
    lines.append(tr("Other options:"));
    for (const CommandLineEntry &entry : entries) {
        if (!entry.isVerb() && !CommandLineOptions::isExportOption(entry.name))
            appendEntry(&lines, entry.synopsis, 2, entry.help);
    }
    const QStringList closing{
        tr("LIBRARY is a library file, or a database on a PostgreSQL server: "
           "postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=verify-full&sslrootcert=CA.pem]"),
        tr("LIBRARY defaults to %1").arg(QDir::toNativeSeparators(Library::defaultPath())),
        tr("Exit status: 0 done, 1 usage error, 2 bad input or unusable file."),
    };
    for (const QString &paragraph : closing)
        lines += wrapped(paragraph, 0, 0);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Whyboard
