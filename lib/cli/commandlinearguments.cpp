// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandlinearguments.h"

namespace Whyboard {

namespace {

// The options QApplication (with its X11 and Wayland platforms) takes out of argv before
// main() sees the arguments, as Qt 6.4 does: each as "-name" or "--name".
struct QtOption
{
    const char *name;
    bool takesValue;
};

const QtOption qtOptions[] = {
    {"platform", true},    {"platformpluginpath", true}, {"platformtheme", true}, {"plugin", true},
    {"qmljsdebugger", true}, {"qwindowgeometry", true},  {"qwindowicon", true},   {"qwindowtitle", true},
    {"session", true},     {"display", true},            {"geometry", true},      {"title", true},
    {"icon", true},        {"name", true},               {"style", true},         {"stylesheet", true},
    {"visual", true},      {"reverse", false},           {"widgetcount", false},  {"nograb", false},
    {"dograb", false},     {"testability", false},
};

} // namespace

CommandLineArguments::CommandLineArguments(const QList<CommandLineEntry> &entries)
    : m_entries(entries)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const CommandLineEntry &entry : std::as_const(m_entries)) {
        QStringList names;
        if (!entry.shortName.isEmpty())
            names.append(entry.shortName);
        names.append(entry.name);
        m_parser.addOption(QCommandLineOption(names, entry.help, entry.valueName));
    }
}

bool CommandLineArguments::parse(const QStringList &arguments)
{
    m_error.clear();
    m_missingValue = nullptr;
    if (m_parser.parse(arguments))
        return true;
    if (!m_parser.unknownOptionNames().isEmpty()) {
        m_error = tr("unknown option %1 (see --help)").arg(unknownArgument(arguments));
        return false;
    }
    // An option takes the next argument as its value whatever it is, so only the last one can
    // lack it.
    const QString last = arguments.size() > 1 ? arguments.constLast() : QString();
    if (last.startsWith(QLatin1String("--")) && !last.contains(QLatin1Char('='))) {
        const CommandLineEntry *found = entry(last.mid(2));
        if (found && !found->valueName.isEmpty())
            m_missingValue = found;
    }
    for (int i = 1; i < arguments.size() && !m_missingValue && m_error.isEmpty(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (!argument.startsWith(QLatin1String("--")) || !argument.contains(QLatin1Char('=')))
            continue;
        const QString name = argument.mid(2).section(QLatin1Char('='), 0, 0);
        const CommandLineEntry *found = entry(name);
        if (found && found->valueName.isEmpty())
            m_error = tr("%1 does not take a value").arg(found->longName());
    }
    if (m_error.isEmpty())
        m_error = m_parser.errorText();
    return false;
}

QStringList CommandLineArguments::verbs() const
{
    QStringList names;
    for (const QString &name : m_parser.optionNames()) {
        const CommandLineEntry *found = entry(name);
        if (found && found->isVerb())
            names.append(found->name);
    }
    return names;
}

QStringList CommandLineArguments::options() const
{
    QStringList names;
    for (const QString &name : m_parser.optionNames()) {
        const CommandLineEntry *found = entry(name);
        if (found && !found->isVerb() && !names.contains(found->name))
            names.append(found->name);
    }
    return names;
}

bool CommandLineArguments::isSet(const QString &name) const
{
    return m_parser.isSet(name);
}

QStringList CommandLineArguments::values(const QString &name) const
{
    return m_parser.values(name);
}

const CommandLineEntry *CommandLineArguments::entry(const QString &name) const
{
    for (const CommandLineEntry &candidate : m_entries) {
        if (candidate.name == name || (!candidate.shortName.isEmpty() && candidate.shortName == name))
            return &candidate;
    }
    return nullptr;
}

QString CommandLineArguments::unknownArgument(const QStringList &arguments) const
{
    // Walks the arguments as the parser did, to name the word the user typed ("-session", not "s").
    bool nextIsValue = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (nextIsValue) {
            nextIsValue = false;
            continue;
        }
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(QLatin1String("--"))) {
            const QString name = argument.mid(2).section(QLatin1Char('='), 0, 0);
            const CommandLineEntry *found = entry(name);
            if (!found)
                return QStringLiteral("--") + name;
            nextIsValue = !found->valueName.isEmpty() && !argument.contains(QLatin1Char('='));
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            for (qsizetype at = 1; at < argument.size(); ++at) {
                const CommandLineEntry *found = entry(argument.mid(at, 1));
                if (!found)
                    return argument;
                if (!found->valueName.isEmpty()) { // the rest of the word, or the next argument
                    nextIsValue = at + 1 == argument.size();
                    break;
                }
            }
        }
    }
    return QStringLiteral("-") + m_parser.unknownOptionNames().constFirst();
}

QStringList CommandLineArguments::withoutQtOptions(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            kept += arguments.mid(i);
            break;
        }
        const bool doubleDash = argument.startsWith(QLatin1String("--"));
        const QString word = argument.mid(doubleDash ? 2 : 1);
        const QString name = word.section(QLatin1Char('='), 0, 0);
        const QtOption *qtOption = nullptr;
        for (const QtOption &candidate : qtOptions) {
            if (name == QLatin1String(candidate.name))
                qtOption = &candidate;
        }
        const bool ours = doubleDash && name == QLatin1String("session");
        if (i == 0 || !argument.startsWith(QLatin1Char('-')) || !qtOption || ours) {
            kept.append(argument);
            continue;
        }
        if (qtOption->takesValue && !word.contains(QLatin1Char('=')))
            ++i; // "-style fusion": the value goes with it
    }
    return kept;
}

} // namespace Whyboard
