// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagemeasures.h"

#include "benchsessions.h"
#include "sqlitefloor.h"
#include "timing.h"

#include "board/boardscene.h"
#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/actionitemsmodel.h"
#include "itemmodels/chainoutlinemodel.h"
#include "itemmodels/checksmodel.h"
#include "itemmodels/timelinemodel.h"
#include "analysis/causewords.h"
#include "storage/library.h"
#include "storage/librarycauseindex.h"
#include "storage/librarysearch.h"
#include "ui/mainwindow.h"

#include <sqlite3.h>

#include <QApplication>
#include <QFile>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLocale>

namespace Whyboard::Bench {

namespace {

QString textOf(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}

// A library holding only this session (so that the window reopens it); its id.
SessionId writeLibrary(const QString &path, const Session &session)
{
    auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
    if (!library)
        qFatal("cannot create %s", qPrintable(path));
    return library->insertSession(session);
}

// What opening a session gives the window, minus the widgets: the document, the board's
// scene, and the models of the timeline, actions, checks and outline.
struct OpenedSession
{
    std::unique_ptr<Library> library;
    std::unique_ptr<SessionDocument> document;
    std::unique_ptr<BoardScene> scene;
    TimelineModel timeline;
    ActionItemsModel actions;
    ChecksModel checks;
    std::unique_ptr<ChainOutlineModel> outline;
};

// The floor's open: the session's rows read with the C API, then a bare scene.
void openWithFloor(const QString &path, SessionId id, QGraphicsScene *scene)
{
    SqliteFloor database(path);
    QHash<QString, QPointF> centres;
    sqlite3_stmt *cards = database.prepare(
        "SELECT id, kind, text, evidence, verified, x, y FROM cards WHERE session_id = ? ORDER BY position");
    sqlite3_bind_int64(cards, 1, id);
    while (sqlite3_step(cards) == SQLITE_ROW) {
        const QRectF rect(sqlite3_column_double(cards, 5), sqlite3_column_double(cards, 6), 400, 200);
        auto *item = scene->addRect(rect);
        auto *label = new QGraphicsSimpleTextItem(textOf(cards, 2), item);
        label->setPos(rect.topLeft() + QPointF(18, 18));
        item->setData(0, textOf(cards, 3));
        centres.insert(textOf(cards, 0), rect.center());
    }
    sqlite3_finalize(cards);
    sqlite3_stmt *links = database.prepare("SELECT cause_id, effect_id FROM links WHERE session_id = ? ORDER BY position");
    sqlite3_bind_int64(links, 1, id);
    while (sqlite3_step(links) == SQLITE_ROW)
        scene->addLine(QLineF(centres.value(textOf(links, 0)), centres.value(textOf(links, 1))));
    sqlite3_finalize(links);
    QStringList rows;
    sqlite3_stmt *events = database.prepare(
        "SELECT id, at_ms, at_offset, kind, text, card_ids FROM events WHERE session_id = ? ORDER BY position");
    sqlite3_bind_int64(events, 1, id);
    while (sqlite3_step(events) == SQLITE_ROW)
        rows.append(textOf(events, 4));
    sqlite3_finalize(events);
    sqlite3_stmt *actions = database.prepare(
        "SELECT id, text, owner, due_day, category, horizon, status FROM actions WHERE session_id = ? ORDER BY position");
    sqlite3_bind_int64(actions, 1, id);
    while (sqlite3_step(actions) == SQLITE_ROW)
        rows.append(textOf(actions, 1));
    sqlite3_finalize(actions);
}

QString thousands(int value)
{
    return QLocale(QLocale::English).toString(value);
}

} // namespace

StorageMeasures::StorageMeasures(const BenchOptions &options, const QString &folder)
    : m_options(options)
    , m_folder(folder)
{
}

Measurement StorageMeasures::edit() const
{
    const QString path = m_folder + QStringLiteral("/edit.whyboard");
    const QString floorPath = m_folder + QStringLiteral("/edit-floor.whyboard");
    const SessionId id = writeLibrary(path, BenchSessions::dag(1000, 12, 3000, 200));
    QFile::copy(path, floorPath);

    auto library = Library::open(path, Library::OpenMode::OpenExisting);
    SessionDocument document(*library->loadSession(id));
    library->attach(&document);
    SqliteFloor floor(floorPath);
    sqlite3_stmt *write = floor.prepare(
        "INSERT INTO cards (session_id, id, position, kind, text, evidence, verified, x, y, no_action,"
        " no_action_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, id) DO UPDATE SET"
        " position = excluded.position, kind = excluded.kind, text = excluded.text,"
        " evidence = excluded.evidence, verified = excluded.verified, x = excluded.x, y = excluded.y,"
        " no_action = excluded.no_action, no_action_reason = excluded.no_action_reason");
    const int edits = m_options.quick ? 50 : 300;
    int step = 0;
    const TimedPair perEdit = interleaved(
        m_options.rounds,
        [&] {
            return millisecondsOf([&] {
                       for (int i = 0; i < edits; ++i) {
                           // Distinct cards, so that no two edits merge into one step.
                           Card card = document.session().cards.at(++step % 1000);
                           card.verified = !card.verified;
                           document.push(new EditCardCommand(&document, card));
                       }
                   })
                   / edits;
        },
        [&] {
            return millisecondsOf([&] {
                       for (int i = 0; i < edits; ++i) {
                           const Card &card = document.session().cards.at((step + i) % 1000);
                           const QByteArray cardId = card.id.toUtf8();
                           const QByteArray text = card.text.toUtf8();
                           const QByteArray evidence = card.evidence.toUtf8();
                           floor.exec("BEGIN");
                           sqlite3_bind_int64(write, 1, id);
                           sqlite3_bind_text(write, 2, cardId.constData(), int(cardId.size()), SQLITE_STATIC);
                           sqlite3_bind_int(write, 3, (step + i) % 1000);
                           sqlite3_bind_int(write, 4, int(card.kind));
                           sqlite3_bind_text(write, 5, text.constData(), int(text.size()), SQLITE_STATIC);
                           sqlite3_bind_text(write, 6, evidence.constData(), int(evidence.size()), SQLITE_STATIC);
                           sqlite3_bind_int(write, 7, (step + i) % 2);
                           sqlite3_bind_double(write, 8, card.position.x());
                           sqlite3_bind_double(write, 9, card.position.y());
                           sqlite3_bind_int(write, 10, 0);
                           sqlite3_bind_text(write, 11, "", 0, SQLITE_STATIC);
                           if (sqlite3_step(write) != SQLITE_DONE)
                               qFatal("floor: the card was not written");
                           sqlite3_reset(write);
                           floor.exec("COMMIT");
                       }
                   })
                   / edits;
        });
    sqlite3_finalize(write);
    return {QStringLiteral("edit"), QStringLiteral("one card edit, push to committed (1,000-card session)"),
            perEdit.ours, perEdit.floor, std::nullopt, QStringLiteral("ms")};
}

QList<Measurement> StorageMeasures::open(int cards, int events) const
{
    const QString path = m_folder + QStringLiteral("/open.whyboard");
    const SessionId id = writeLibrary(path, BenchSessions::dag(cards, 12, events, 200));

    // The scene is torn down outside the time, as ours is.
    const auto floor = [&] {
        auto scene = std::make_unique<QGraphicsScene>();
        const double ms = millisecondsOf([&] { openWithFloor(path, id, scene.get()); });
        scene.reset();
        return ms;
    };
    const TimedPair open = interleaved(
        m_options.rounds,
        [&] {
            auto opened = std::make_unique<OpenedSession>();
            const double ms = millisecondsOf([&] {
                opened->library = Library::open(path, Library::OpenMode::OpenExisting);
                opened->document = std::make_unique<SessionDocument>(*opened->library->loadSession(id));
                opened->library->attach(opened->document.get());
                opened->scene = std::make_unique<BoardScene>(opened->document.get());
                opened->timeline.setDocument(opened->document.get());
                opened->actions.setDocument(opened->document.get());
                opened->checks.setDocument(opened->document.get());
                opened->outline = std::make_unique<ChainOutlineModel>(opened->document.get());
                QCoreApplication::processEvents();
            });
            opened.reset();
            return ms;
        },
        floor);

    // The same, as the user sees it: the window reopening the library's last session and
    // painting it.
    const TimedPair window = interleaved(
        m_options.rounds,
        [&] {
            auto mainWindow = std::make_unique<MainWindow>();
            mainWindow->resize(1920, 1080);
            mainWindow->show();
            QCoreApplication::processEvents();
            const double ms = millisecondsOf([&] {
                mainWindow->openLibrary(path, Library::OpenMode::OpenExisting);
                mainWindow->repaint();
                QCoreApplication::processEvents();
            });
            mainWindow.reset();
            return ms;
        },
        floor);
    const QString size = QStringLiteral("%1 cards, %2 events").arg(thousands(cards), thousands(events));
    return {{QStringLiteral("open_%1").arg(cards), QStringLiteral("open a session into scene and models, %1").arg(size),
             open.ours, open.floor, std::nullopt, QStringLiteral("ms")},
            {QStringLiteral("open_%1_window").arg(cards),
             QStringLiteral("the window opens the library on that session and paints it, %1").arg(size), window.ours,
             window.floor, std::nullopt, QStringLiteral("ms")}};
}

QList<Measurement> StorageMeasures::library(int sessions, int cardsEach) const
{
    const QString path = m_folder + QStringLiteral("/library.whyboard");
    {
        auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
        for (int i = 0; i < sessions; ++i)
            library->insertSession(BenchSessions::dag(cardsEach, 8, 20, 5, 1000 + quint32(i)));
    }
    const TimedPair list = interleaved(
        m_options.rounds,
        [&] {
            return millisecondsOf([&] {
                auto library = Library::open(path, Library::OpenMode::ReadOnly);
                if (library->sessions().size() != sessions)
                    qFatal("the library lists the wrong number of sessions");
            });
        },
        [&] {
            return millisecondsOf([&] {
                SqliteFloor database(path, true);
                sqlite3_stmt *rows = database.prepare(
                    "SELECT id, title, severity, status FROM sessions WHERE deleted_ms IS NULL ORDER BY id");
                QStringList lines;
                while (sqlite3_step(rows) == SQLITE_ROW)
                    lines.append(QString::number(sqlite3_column_int64(rows, 0)) + u'\t' + textOf(rows, 1));
                sqlite3_finalize(rows);
            });
        });

    // Two words of the generated texts, as a user types them (case differs).
    const QStringList words{QStringLiteral("Rollback"), QStringLiteral("quota")};
    auto library = Library::open(path, Library::OpenMode::ReadOnly);
    SqliteFloor database(path, true);
    const TimedPair search = interleaved(
        m_options.rounds,
        [&] { return millisecondsOf([&] { library->search(words.join(u' ')); }); },
        [&] {
            return millisecondsOf([&] {
                sqlite3_stmt *rows = database.prepare(
                    "SELECT s.id, s.title, s.summary, c.text FROM sessions s LEFT JOIN cards c ON c.session_id = s.id"
                    " WHERE s.deleted_ms IS NULL ORDER BY s.id");
                // Like the library, a session is found when its texts together hold every word.
                QSet<qint64> found;
                qint64 current = 0;
                QString texts;
                auto decide = [&] {
                    if (current && std::all_of(words.begin(), words.end(), [&](const QString &w) {
                            return texts.contains(w, Qt::CaseInsensitive);
                        }))
                        found.insert(current);
                };
                while (sqlite3_step(rows) == SQLITE_ROW) {
                    const qint64 id = sqlite3_column_int64(rows, 0);
                    if (id != current) {
                        decide();
                        current = id;
                        texts = textOf(rows, 1) + u'\n' + textOf(rows, 2);
                    }
                    texts += u'\n' + textOf(rows, 3);
                }
                decide();
                sqlite3_finalize(rows);
            });
        });
    // Ranked results with their snippets, as the sessions panel and --search show them; the
    // floor is the same index query through the C API with SQLite's own bm25 and snippet().
    const TimedPair hits = interleaved(
        m_options.rounds,
        [&] {
            return millisecondsOf([&] {
                if (LibrarySearch::hits(*library, words.join(u' '), 200).isEmpty())
                    qFatal("the search found nothing");
            });
        },
        [&] {
            return millisecondsOf([&] {
                sqlite3_stmt *rows = database.prepare(
                    "SELECT m.session_id, s.title, m.kind, m.item_id, snippet(search_text, -1, '»', '«', '…', 12)"
                    " FROM search_text JOIN search_items m ON m.id = search_text.rowid JOIN sessions s ON s.id = m.session_id"
                    " WHERE search_text MATCH '\"Rollback\" OR \"quota\"' AND s.deleted_ms IS NULL"
                    " ORDER BY bm25(search_text, 20, 4, 6, 3, 2, 3, 2) LIMIT 200");
                QStringList lines;
                while (sqlite3_step(rows) == SQLITE_ROW)
                    lines.append(textOf(rows, 1) + u'\t' + textOf(rows, 4));
                sqlite3_finalize(rows);
            });
        });

    // One keystroke on a why card: the repeat check's look-up for the changed card (the
    // window asks once the typing pauses). The floor reads the same candidates from the index.
    const std::optional<Session> typed = library->loadSession(1);
    Card card;
    for (const Card &candidate : typed->cards) {
        if (candidate.kind == CardKind::Why && candidate.text.size() > card.text.size())
            card = candidate;
    }
    QString terms;
    for (const QString &word : CauseWords::contentWords(card.text))
        terms += (terms.isEmpty() ? QString() : QStringLiteral(" OR ")) + LibrarySearch::quoted(word);
    const QByteArray floorSql = "SELECT r.id, c.text FROM (SELECT rowid AS id, rank FROM cause_words WHERE cause_words"
                                " MATCH '" + terms.toUtf8().replace('\'', "''") + "' ORDER BY rank LIMIT 40) r"
                                " JOIN search_items m ON m.id = r.id JOIN cards c ON c.session_id = m.session_id"
                                " AND c.id = m.item_id WHERE m.session_id <> 0 ORDER BY r.rank";
    LibraryCauseIndex causes(library.get());
    const TimedPair repeat = interleaved(
        m_options.rounds,
        [&] { return millisecondsOf([&] { causes.seenBefore(0, card); }); },
        [&] {
            return millisecondsOf([&] {
                sqlite3_stmt *rows = database.prepare(floorSql.constData());
                QStringList texts;
                while (sqlite3_step(rows) == SQLITE_ROW)
                    texts.append(textOf(rows, 1));
                sqlite3_finalize(rows);
            });
        });
    if (causes.queryCount() == 0 || !causes.lastError().isEmpty())
        qFatal("the repeat look-up asked nothing: %s", qPrintable(causes.lastError()));

    const QString size = QStringLiteral("%1 sessions, %2 cards").arg(thousands(sessions), thousands(sessions * cardsEach));
    return {{QStringLiteral("search_hits_%1_sessions").arg(sessions),
             QStringLiteral("ranked search results with snippets, two words, %1").arg(size), hits.ours, hits.floor,
             std::nullopt, QStringLiteral("ms")},
            {QStringLiteral("repeat_%1_sessions").arg(sessions),
             QStringLiteral("the repeat-cause look-up of one typed why card, %1").arg(size), repeat.ours, repeat.floor,
             std::nullopt, QStringLiteral("ms")},
            {QStringLiteral("list_%1_sessions").arg(sessions), QStringLiteral("open the library and list it, %1").arg(size),
             list.ours, list.floor, std::nullopt, QStringLiteral("ms")},
            {QStringLiteral("search_%1_sessions").arg(sessions), QStringLiteral("search two words, %1").arg(size),
             search.ours, search.floor, std::nullopt, QStringLiteral("ms")}};
}

} // namespace Whyboard::Bench
