// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Whyboard {

// One verb or option of the command line. CommandLine::entries() lists every one: the parser
// is built from that list, --help is written from it, and the tests hold the man page and the
// README's table against it.
struct CommandLineEntry
{
    enum class Kind { Verb, Option };

    Kind kind = Kind::Option;
    QString name;      // the long name without its dashes: "export-pdf"
    QString shortName; // "h" for -h; empty when there is none
    QString valueName; // the value it takes: "OUT", "ID"; empty for a flag or a verb that takes none
    // What --help shows: a verb's whole shape after "whyboard"
    // ("--export-pdf OUT --session ID [--language LANG] [LIBRARY]"), an option's own ("--language LANG").
    QString synopsis;
    QString help;        // translated
    QStringList options; // a verb's options, by name ("session", "language"); empty for an option

    QString longName() const { return QStringLiteral("--") + name; }
    bool isVerb() const { return kind == Kind::Verb; }
};

} // namespace Whyboard
