// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandlineentry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Whyboard {

// A command line as QCommandLineParser reads it against CommandLine::entries(): the verbs and
// options by name, the positional arguments (the library; "--" makes the rest positional),
// and a usage error that names the argument as it was typed.
class CommandLineArguments
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::CommandLine)

public:
    explicit CommandLineArguments(const QList<CommandLineEntry> &entries);

    // arguments[0] is the program. False after setting error(); when the last option lacks its
    // value, missingValue() names it instead, so that its own message can say what it needs.
    bool parse(const QStringList &arguments);
    QString error() const { return m_error; }
    const CommandLineEntry *missingValue() const { return m_missingValue; }

    // The verbs given, by name ("export-pdf", "help" for -h too), in order, repeats kept.
    QStringList verbs() const;
    // The options given that are not verbs, by name, in order, each once.
    QStringList options() const;
    bool isSet(const QString &name) const;
    // Every value given to the option or verb, in order.
    QStringList values(const QString &name) const;
    QStringList positional() const { return m_parser.positionalArguments(); }
    const CommandLineEntry *entry(const QString &name) const;

    // The arguments without the options QApplication takes out of argv itself (-style fusion,
    // -platform xcb, -reverse, ...): they are meant for the window. "--session" stays, as ours.
    static QStringList withoutQtOptions(const QStringList &arguments);

private:
    // The first argument, as typed, that holds an option the list does not have.
    QString unknownArgument(const QStringList &arguments) const;

    QList<CommandLineEntry> m_entries;
    QCommandLineParser m_parser;
    QString m_error;
    const CommandLineEntry *m_missingValue = nullptr;
};

} // namespace Whyboard
