// SPDX-License-Identifier: GPL-3.0-or-later
// The chat-log parser behind Paste Chat Log…: any pasted text gives messages with valid times
// and line numbers inside the paste, and every other line reported as unrecognised.
#include "fuzzcheck.h"

#include "analysis/chatlogparser.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace Whyboard;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString paste = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lineCount = int(paste.count(QLatin1Char('\n'))) + 1;
    const ChatLogParseResult result = ChatLogParser::parse(paste, QDate(2017, 4, 6), -7 * 3600);
    for (const ChatLogLine &line : result.recognised) {
        Fuzz::check(line.at.isValid(), QStringLiteral("message on line %1 has a valid time").arg(line.lineNumber));
        Fuzz::check(line.lineNumber >= 1 && line.lineNumber <= lineCount,
                    QStringLiteral("message line %1 is inside the paste (%2 lines)").arg(line.lineNumber).arg(lineCount));
    }
    for (const auto &[lineNumber, text] : result.unrecognised) {
        Fuzz::check(lineNumber >= 1 && lineNumber <= lineCount,
                    QStringLiteral("unrecognised line %1 is inside the paste (%2 lines)").arg(lineNumber).arg(lineCount));
        Fuzz::check(!text.trimmed().isEmpty(), QStringLiteral("a blank line is never reported"));
    }
    return 0;
}
