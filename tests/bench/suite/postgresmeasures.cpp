// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresmeasures.h"
#include "benchsessions.h"
#include "postgrestesthelpers.h"
#include "timing.h"
#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"
#include "storage/library.h"
#include "storage/librarysearch.h"

#include <QLocale>

#include <cstdio>
#include <memory>

namespace Whyboard::Bench {

namespace {

QString thousands(int value)
{
    return QLocale(QLocale::English).toString(value);
}

std::unique_ptr<Library> openOrDie(const QString &where, Library::OpenMode mode)
{
    QString message;
    std::unique_ptr<Library> library = Library::open(where, mode, nullptr, &message);
    if (!library)
        qFatal("cannot open %s: %s", qPrintable(where), qPrintable(message));
    return library;
}

// A library holding only this session; its id.
SessionId writeLibrary(const QString &where, const Session &session)
{
    const SessionId id = openOrDie(where, Library::OpenMode::CreateIfMissing)->insertSession(session);
    if (id <= 0)
        qFatal("cannot store the session in %s", qPrintable(where));
    return id;
}

} // namespace

PostgresMeasures::PostgresMeasures(const BenchOptions &options, const QString &folder)
    : m_options(options)
    , m_folder(folder)
{
}

QList<Measurement> PostgresMeasures::measure() const
{
    const QString missing = Test::postgresUnavailableReason();
    if (!missing.isEmpty()) {
        std::fprintf(stderr, " skipped: %s...", qPrintable(missing));
        return {};
    }
    QList<Measurement> all;
    {
        const Test::ScratchLibrary database(Test::LibraryBackend::Postgres);
        if (!database.isValid())
            qFatal("no scratch database: %s", qPrintable(database.error()));
        all.append(edit(database.location()));
    }
    {
        const Test::ScratchLibrary database(Test::LibraryBackend::Postgres);
        all.append(m_options.quick ? open(database.location(), 200, 600) : open(database.location(), 1000, 3000));
    }
    {
        const Test::ScratchLibrary database(Test::LibraryBackend::Postgres);
        all += m_options.quick ? library(database.location(), 50, 20) : library(database.location(), 1000, 100);
    }
    return all;
}

Measurement PostgresMeasures::edit(const QString &server) const
{
    const Session session = BenchSessions::dag(1000, 12, 3000, 200);
    const QString file = m_folder + QStringLiteral("/edit-pg-floor.whyboard");
    const SessionId fileId = writeLibrary(file, session);
    const SessionId serverId = writeLibrary(server, session);
    auto fileLibrary = openOrDie(file, Library::OpenMode::OpenExisting);
    auto serverLibrary = openOrDie(server, Library::OpenMode::OpenExisting);
    SessionDocument fileDocument(*fileLibrary->loadSession(fileId));
    SessionDocument serverDocument(*serverLibrary->loadSession(serverId));
    fileLibrary->attach(&fileDocument);
    serverLibrary->attach(&serverDocument);
    const int edits = m_options.quick ? 20 : 200;
    int step = 0;
    const auto editsOf = [&](SessionDocument &document, int first) {
        return millisecondsOf([&] {
                   for (int i = 0; i < edits; ++i) {
                       // Distinct cards, so that no two edits merge into one step.
                       Card card = document.session().cards.at((first + i) % 1000);
                       card.verified = !card.verified;
                       document.push(new EditCardCommand(&document, card));
                   }
               })
               / edits;
    };
    const TimedPair perEdit = interleaved(
        m_options.rounds, [&] { return editsOf(serverDocument, step += edits); },
        [&] { return editsOf(fileDocument, step); });
    if (serverDocument.isReadOnly())
        qFatal("an edit on the server library failed");
    return {QStringLiteral("edit_pg"), QStringLiteral("one card edit, push to committed, on PostgreSQL (1,000-card session)"),
            perEdit.ours, perEdit.floor, std::nullopt, QStringLiteral("ms")};
}

Measurement PostgresMeasures::open(const QString &server, int cards, int events) const
{
    const Session session = BenchSessions::dag(cards, 12, events, 200);
    const QString file = m_folder + QStringLiteral("/open-pg-floor.whyboard");
    const SessionId fileId = writeLibrary(file, session);
    const SessionId serverId = writeLibrary(server, session);
    const auto openOf = [&](const QString &where, SessionId id) {
        std::unique_ptr<Library> library;
        std::unique_ptr<SessionDocument> document;
        const double ms = millisecondsOf([&] {
            library = openOrDie(where, Library::OpenMode::OpenExisting);
            document = std::make_unique<SessionDocument>(*library->loadSession(id));
            library->attach(document.get());
        });
        if (int(document->session().cards.size()) != cards)
            qFatal("the session did not load whole");
        return ms;
    };
    const TimedPair opened = interleaved(
        m_options.rounds, [&] { return openOf(server, serverId); }, [&] { return openOf(file, fileId); });
    return {QStringLiteral("open_%1_pg").arg(cards),
            QStringLiteral("open the library and load a session into a document on PostgreSQL, %1 cards, %2 events")
                .arg(thousands(cards), thousands(events)),
            opened.ours, opened.floor, std::nullopt, QStringLiteral("ms")};
}

QList<Measurement> PostgresMeasures::library(const QString &server, int sessions, int cardsEach) const
{
    const QString file = m_folder + QStringLiteral("/library-pg-floor.whyboard");
    for (const QString &where : {file, server}) {
        auto library = openOrDie(where, Library::OpenMode::CreateIfMissing);
        for (int i = 0; i < sessions; ++i) {
            if (library->insertSession(BenchSessions::dag(cardsEach, 8, 20, 5, 1000 + quint32(i))) <= 0)
                qFatal("cannot fill %s", qPrintable(where));
        }
    }
    const auto listOf = [&](const QString &where) {
        return millisecondsOf([&] {
            if (openOrDie(where, Library::OpenMode::ReadOnly)->sessions().size() != sessions)
                qFatal("the library lists the wrong number of sessions");
        });
    };
    const TimedPair list = interleaved(m_options.rounds, [&] { return listOf(server); }, [&] { return listOf(file); });

    // Two words of the generated texts, as a user types them (case differs).
    const QString words = QStringLiteral("Rollback quota");
    auto fileLibrary = openOrDie(file, Library::OpenMode::ReadOnly);
    auto serverLibrary = openOrDie(server, Library::OpenMode::ReadOnly);
    if (fileLibrary->search(words) != serverLibrary->search(words))
        qFatal("the two libraries find different sessions");
    const TimedPair search = interleaved(
        m_options.rounds, [&] { return millisecondsOf([&] { serverLibrary->search(words); }); },
        [&] { return millisecondsOf([&] { fileLibrary->search(words); }); });
    const auto hitsOf = [&](const Library &library) {
        return millisecondsOf([&] {
            if (LibrarySearch::hits(library, words, 200).isEmpty())
                qFatal("the search found nothing");
        });
    };
    const TimedPair hits = interleaved(
        m_options.rounds, [&] { return hitsOf(*serverLibrary); }, [&] { return hitsOf(*fileLibrary); });

    const QString size = QStringLiteral("%1 sessions, %2 cards").arg(thousands(sessions), thousands(sessions * cardsEach));
    return {{QStringLiteral("list_%1_sessions_pg").arg(sessions),
             QStringLiteral("open the library and list it on PostgreSQL, %1").arg(size), list.ours, list.floor,
             std::nullopt, QStringLiteral("ms")},
            {QStringLiteral("search_%1_sessions_pg").arg(sessions),
             QStringLiteral("the sessions holding two words on PostgreSQL, %1").arg(size), search.ours, search.floor,
             std::nullopt, QStringLiteral("ms")},
            {QStringLiteral("search_hits_%1_sessions_pg").arg(sessions),
             QStringLiteral("ranked search results with snippets on PostgreSQL, %1").arg(size), hits.ours, hits.floor,
             std::nullopt, QStringLiteral("ms")}};
}

} // namespace Whyboard::Bench
