// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/followupsverb.h"

#include "cli/commandline.h"
#include "cli/verboutput.h"
#include "data/enums.h"
#include "data/safetext.h"
#include "report/actionscsvwriter.h"
#include "report/icalendarwriter.h"
#include "storage/followupsquery.h"
#include "storage/library.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Whyboard {

namespace {

// Reads the follow-ups the options ask for; false after printing why.
bool readFollowUps(const LibraryVerbArguments &arguments, FollowUpsQuery::Filter filter, QList<FollowUp> *result,
                   int *exitCode)
{
    const std::unique_ptr<Library> library =
        VerbOutput::openLibrary(arguments.libraryPath, Library::OpenMode::ReadOnly, exitCode);
    if (!library)
        return false;
    filter.owner = arguments.option("--owner").value_or(QString()).trimmed();
    QString error;
    *result = FollowUpsQuery::read(library->database(), filter, &error);
    if (!error.isEmpty()) {
        *exitCode = VerbOutput::failure(CommandLine::InputError,
                                        FollowUpsVerb::tr("cannot read the action items of “%1”: %2")
                                            .arg(QDir::toNativeSeparators(library->path()), error));
        return false;
    }
    return true;
}

int writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return VerbOutput::failure(CommandLine::InputError, FollowUpsVerb::tr("cannot write “%1”: %2")
                                                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return CommandLine::Success;
}

} // namespace

int FollowUpsVerb::list(const LibraryVerbArguments &arguments)
{
    FollowUpsQuery::Filter filter;
    filter.unfinishedOnly = true;
    const QDate today = QDate::currentDate();
    if (arguments.has("--overdue"))
        filter.overdueOn = today;
    QList<FollowUp> followUps;
    int exitCode = CommandLine::Success;
    if (!readFollowUps(arguments, filter, &followUps, &exitCode))
        return exitCode;
    const bool json = arguments.has("--json");
    for (const FollowUp &followUp : followUps) {
        const QString due = followUp.due.isValid() ? followUp.due.toString(Qt::ISODate) : QString();
        if (json) {
            // One object a line (JSON Lines): a reader can stream it, and grep still works.
            QJsonObject object{{QStringLiteral("sessionId"), followUp.sessionId},
                               {QStringLiteral("sessionTitle"), followUp.sessionTitle},
                               {QStringLiteral("actionId"), followUp.actionId},
                               {QStringLiteral("action"), followUp.text},
                               {QStringLiteral("owner"), followUp.owner},
                               {QStringLiteral("due"), followUp.due.isValid() ? QJsonValue(due) : QJsonValue()},
                               {QStringLiteral("status"), keyOf(followUp.status)},
                               {QStringLiteral("overdue"), followUp.isOverdue(today)}};
            VerbOutput::printLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        } else {
            const auto field = [](const QString &text) { return SafeText::terminalLine(VerbOutput::oneLine(text)); };
            VerbOutput::printLine(stdout, QStringList{QString::number(followUp.sessionId), field(followUp.sessionTitle),
                                                      field(followUp.text), field(followUp.owner), due,
                                                      keyOf(followUp.status)}
                                              .join(QLatin1Char('\t')));
        }
    }
    return CommandLine::Success;
}

int FollowUpsVerb::exportIcs(const LibraryVerbArguments &arguments)
{
    QList<FollowUp> followUps;
    int exitCode = CommandLine::Success;
    if (!readFollowUps(arguments, {}, &followUps, &exitCode))
        return exitCode;
    return writeFile(arguments.value, ICalendarWriter::write(followUps, QDateTime::currentDateTimeUtc()));
}

int FollowUpsVerb::exportCsv(const LibraryVerbArguments &arguments)
{
    QList<FollowUp> followUps;
    int exitCode = CommandLine::Success;
    if (!readFollowUps(arguments, {}, &followUps, &exitCode))
        return exitCode;
    return writeFile(arguments.value, ActionsCsvWriter::write(followUps));
}

} // namespace Whyboard
