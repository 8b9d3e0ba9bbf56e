// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/searchverb.h"

#include "cli/commandline.h"
#include "cli/libraryverbs.h"
#include "cli/verboutput.h"
#include "data/safetext.h"
#include "storage/library.h"
#include "storage/librarysearch.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Whyboard {

namespace {

constexpr int maxHits = 200;

QString kindKey(SearchItemKind kind)
{
    switch (kind) {
    case SearchItemKind::Card:
        return QStringLiteral("card");
    case SearchItemKind::Event:
        return QStringLiteral("event");
    case SearchItemKind::Action:
        return QStringLiteral("action");
    case SearchItemKind::Session:
        break;
    }
    return QStringLiteral("session");
}

// "card:c3"; a session's own field alone ("title").
QString whereOf(const SearchHit &hit)
{
    return hit.itemId.isEmpty() ? hit.field : QString(hit.field + QLatin1Char(':') + hit.itemId);
}

// Offsets for JSON readers in any language: Unicode code points, not UTF-16 units.
int codePoints(const QString &text, int utf16Length)
{
    return int(QStringView(text).left(utf16Length).toUcs4().size());
}

QJsonObject toJson(const SearchHit &hit)
{
    QJsonArray marks;
    for (const auto &[start, length] : hit.marks) {
        const int from = codePoints(hit.snippet, start);
        marks.append(QJsonObject{{QStringLiteral("start"), from},
                                 {QStringLiteral("length"), codePoints(hit.snippet, start + length) - from}});
    }
    QJsonObject object{
        {QStringLiteral("session"), double(hit.sessionId)},
        {QStringLiteral("title"), hit.sessionTitle},
        {QStringLiteral("kind"), kindKey(hit.kind)},
        {QStringLiteral("field"), hit.field},
        {QStringLiteral("snippet"), hit.snippet},
        {QStringLiteral("marks"), marks},
        {QStringLiteral("marked"), hit.markedSnippet(QStringLiteral("»"), QStringLiteral("«"))},
    };
    if (!hit.itemId.isEmpty())
        object.insert(QStringLiteral("item"), hit.itemId);
    return object;
}

} // namespace

int SearchVerb::run(const LibraryVerbArguments &arguments)
{
    if (arguments.value.trimmed().isEmpty())
        return VerbOutput::failure(CommandLine::UsageError, tr("--search needs some text to look for"));
    int exitCode = CommandLine::Success;
    const std::unique_ptr<Library> library =
        VerbOutput::openLibrary(arguments.libraryPath, Library::OpenMode::ReadOnly, &exitCode);
    if (!library)
        return exitCode;
    QList<SearchHit> hits;
    QString error;
    if (LibrarySearch::isAvailable(*library)) {
        hits = LibrarySearch::hits(*library, arguments.value, maxHits, &error);
    } else {
        // A library from before the index, read as it is: the sessions, without a snippet.
        const QList<SessionSummary> sessions = library->sessions();
        for (SessionId id : library->search(arguments.value)) {
            const auto it = std::find_if(sessions.cbegin(), sessions.cend(), [id](const SessionSummary &s) { return s.id == id; });
            SearchHit hit;
            hit.sessionId = id;
            hit.sessionTitle = it != sessions.cend() ? it->title : QString();
            hit.field = QStringLiteral("session");
            hits.append(hit);
        }
    }
    if (error.isEmpty())
        error = library->lastError();
    if (!error.isEmpty())
        return VerbOutput::failure(CommandLine::InputError,
                                   tr("cannot search “%1”: %2").arg(QDir::toNativeSeparators(library->path()), error));
    if (arguments.has("--json")) {
        QJsonArray array;
        for (const SearchHit &hit : std::as_const(hits))
            array.append(toJson(hit));
        std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
        return CommandLine::Success;
    }
    for (const SearchHit &hit : std::as_const(hits)) {
        // One arg() call: a title holding "%2" stays the title.
        VerbOutput::printLine(stdout, QStringLiteral("%1\t%2\t%3\t%4")
                                          .arg(QString::number(hit.sessionId),
                                               SafeText::terminalLine(VerbOutput::oneLine(hit.sessionTitle)),
                                               whereOf(hit),
                                               SafeText::terminalLine(VerbOutput::oneLine(
                                                   hit.markedSnippet(QStringLiteral("»"), QStringLiteral("«"))))));
    }
    return CommandLine::Success;
}

} // namespace Whyboard
