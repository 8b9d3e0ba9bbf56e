// SPDX-License-Identifier: GPL-3.0-or-later
#include "randomeditor.h"
#include "postgrestesthelpers.h"
#include "samplesessions.h"
#include "searchindexcheck.h"
#include "storagetesthelpers.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/removecardscommand.h"
#include "document/sessiondocument.h"
#include "storage/library.h"
#include "storage/libraryschema.h"
#include "storage/librarysearch.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <list>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

// The full-text index lives in the library and is kept by triggers in the same transaction as
// each edit: after any mix of edits, undo, redo, trash, restore, emptying the trash, import
// and migration it says exactly what the tables say, and search reads it.
class TestLibrarySearchIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::list<Test::ScratchLibrary> m_scratches;

    QString newPath() { return m_dir.filePath(QStringLiteral("search-%1.whyboard").arg(++m_files)); }
    // A new library location of the current row's backend, removed after the test function.
    QString newLibrary()
    {
        m_scratches.emplace_back(Test::backend());
        return m_scratches.back().location();
    }

    // A _data() function's rows for both backends: the column "backend" and each row under both names.
    template<typename AddRows>
    static void forBothBackends(AddRows addRows)
    {
        for (const Test::LibraryBackend backend : {Test::LibraryBackend::Sqlite, Test::LibraryBackend::Postgres}) {
            addRows([backend](const char *name) -> QTestData & {
                return QTest::addRow("%s, %s", qPrintable(Test::backendName(backend)), name) << backend;
            });
        }
    }

    QString copyOf(const QString &fixture)
    {
        const QString path = newPath();
        if (!QFile::copy(QStringLiteral(WHYBOARD_FIXTURES_DIR "/") + fixture, path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    static QStringList titlesOf(const Library &library, const QList<SessionId> &ids)
    {
        QStringList titles;
        for (SessionId id : ids)
            titles << library.loadSession(id)->title;
        return titles;
    }

    static Session examples(const char *name)
    {
        return Test::fixtureSession(QStringLiteral("examples/") + QLatin1String(name));
    }

private Q_SLOTS:
    void cleanup() { m_scratches.clear(); }

    void aNewLibraryHasTheIndexAndPassesItsSchemaCheck_data() { Test::addBackendRows(); }
    void aNewLibraryHasTheIndexAndPassesItsSchemaCheck()
    {
        WHYBOARD_REQUIRE_BACKEND();
        const QString path = newLibrary();
        {
            auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
            QVERIFY(library);
            QVERIFY(LibrarySearch::isAvailable(*library));
            QSqlDatabase database = library->database();
            QCOMPARE(LibrarySchema::missingPart(database, LibrarySchema::currentVersion()), QString());
        }
        // The shadow tables of the index are tables too: reopening must not take them for damage.
        auto reopened = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(reopened);
        QCOMPARE(Test::searchIndexMismatch(path), QString());
    }

    void migrationIndexesEveryStoredWord_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("sessions");
        QTest::newRow("version 5, the example stories") << "library-v5.whyboard" << "rehearsed" << 1;
        QTest::newRow("version 5, a timeline word") << "library-v5.whyboard" << "hammer" << 1;
        QTest::newRow("version 5, an action") << "library-v5.whyboard" << "several regions" << 1;
        QTest::newRow("version 1, Hebrew card text") << "library-v1.whyboard" << "ההגדרות" << 1;
    }

    void migrationIndexesEveryStoredWord()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, word);
        QFETCH(int, sessions);
        const QString path = copyOf(fixture);
        QVERIFY(!path.isEmpty());
        {
            auto library = Library::open(path, Library::OpenMode::OpenExisting);
            QVERIFY(library);
            QCOMPARE(library->search(word).size(), sessions);
            const QList<SearchHit> hits = LibrarySearch::hits(*library, word, 50);
            QVERIFY(!hits.isEmpty());
            QVERIFY2(hits.constFirst().snippet.contains(word, Qt::CaseInsensitive), qPrintable(hits.constFirst().snippet));
        }
        QCOMPARE(Test::searchIndexMismatch(path), QString());
    }

    void searchFindsSubstringsInEveryPartOfASession_data()
    {
        QTest::addColumn<Test::LibraryBackend>("backend");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("field");
        forBothBackends([](auto newRow) {
            newRow("title") << "LinkedIn app" << "That time the LinkedIn app was deleted" << "title";
            newRow("card, inside a word") << "ehearsed" << "S3 outage in US-EAST-1" << "card";
            newRow("timeline") << "Spam users hammer" << "GitLab.com production database deleted" << "timeline";
            newRow("action") << "scratch host" << "GitLab.com production database deleted" << "action";
            newRow("any case") << "PG_DUMP" << "GitLab.com production database deleted" << "card";
        });
    }

    void searchFindsSubstringsInEveryPartOfASession()
    {
        QFETCH(QString, query);
        QFETCH(QString, title);
        QFETCH(QString, field);
        WHYBOARD_REQUIRE_BACKEND();
        auto library = Library::open(newLibrary(), Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        for (const char *name : {"aws-s3-outage", "gitlab-database-outage", "linkedin-app-deleted"})
            QVERIFY(library->insertSession(examples(name)) > 0);
        QCOMPARE(titlesOf(*library, library->search(query)), QStringList{title});
        const QList<SearchHit> hits = LibrarySearch::hits(*library, query, 10);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.constFirst().sessionTitle, title);
        QCOMPARE(hits.constFirst().field, field);
        // The match is marked in the snippet, whole.
        const SearchHit &best = hits.constFirst();
        QVERIFY(!best.marks.isEmpty());
        const QString firstWord = LibrarySearch::wordsOf(query).constFirst();
        bool marked = false;
        for (const auto &[start, length] : best.marks)
            marked = marked || best.snippet.mid(start, length).compare(firstWord, Qt::CaseInsensitive) == 0;
        QVERIFY2(marked, qPrintable(best.markedSnippet(QStringLiteral("»"), QStringLiteral("«"))));
    }

    void everyWordMustBeSomewhereInTheSession_data() { Test::addBackendRows(); }
    void everyWordMustBeSomewhereInTheSession()
    {
        WHYBOARD_REQUIRE_BACKEND();
        auto library = Library::open(newLibrary(), Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        for (const char *name : {"aws-s3-outage", "gitlab-database-outage", "linkedin-app-deleted"})
            library->insertSession(examples(name));
        // "rehearsed" is on a card, "dashboard" in an action of the same session.
        QCOMPARE(titlesOf(*library, library->search(QStringLiteral("rehearsed dashboard"))),
                 QStringList{QStringLiteral("S3 outage in US-EAST-1")});
        QVERIFY(library->search(QStringLiteral("rehearsed pg_dump")).isEmpty());
    }

    void aTitleRanksAboveTheTimeline_data() { Test::addBackendRows(); }
    void aTitleRanksAboveTheTimeline()
    {
        WHYBOARD_REQUIRE_BACKEND();
        auto library = Library::open(newLibrary(), Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        Session inTimeline = Test::chainSession(2);
        inTimeline.title = QStringLiteral("Payments slow");
        TimelineEvent event;
        event.id = QStringLiteral("e1");
        event.text = QStringLiteral("The certificate of the gateway expired");
        inTimeline.timeline.append(event);
        Session inTitle = Test::chainSession(2);
        inTitle.title = QStringLiteral("Expired certificate on the gateway");
        const SessionId first = library->insertSession(inTimeline);
        const SessionId second = library->insertSession(inTitle);
        QCOMPARE(library->search(QStringLiteral("certificate")), (QList<SessionId>{first, second})); // ids in order
        const QList<SearchHit> hits = LibrarySearch::hits(*library, QStringLiteral("certificate"), 10);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).field, QStringLiteral("title"));
        QCOMPARE(hits.at(1).field, QStringLiteral("timeline"));
        QCOMPARE(hits.at(1).itemId, QStringLiteral("e1"));
        QCOMPARE(hits.at(1).kind, SearchItemKind::Event);
    }

    void queryWordsAreNeverSyntax_data()
    {
        QTest::addColumn<Test::LibraryBackend>("backend");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("sessions");
        forBothBackends([](auto newRow) {
            newRow("quote") << "\"" << 0;
            newRow("unbalanced quotes") << "\"restart" << 0;
            newRow("star") << "*" << 0;
            newRow("prefix star") << "rest*" << 0;
            newRow("NEAR") << "NEAR(restart rehearsed)" << 0;
            newRow("minus") << "-restart" << 0;
            newRow("column filter") << "title:S3" << 0;
            newRow("operators are words") << "restart AND OR NOT" << 1;
            newRow("parenthesis") << "(" << 0;
            newRow("caret") << "^restart" << 0;
            newRow("LIKE wildcards") << "%_" << 0;
            newRow("one letter") << "S" << 3;
            newRow("two letters") << "S3" << 1;
            newRow("hyphenated") << "US-EAST-1" << 1;
            newRow("apostrophe") << "subsystem's" << 1;
        });
    }

    void queryWordsAreNeverSyntax()
    {
        QFETCH(QString, query);
        QFETCH(int, sessions);
        WHYBOARD_REQUIRE_BACKEND();
        auto library = Library::open(newLibrary(), Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        for (const char *name : {"aws-s3-outage", "gitlab-database-outage", "linkedin-app-deleted"})
            library->insertSession(examples(name));
        const QList<SessionId> found = library->search(query);
        QCOMPARE(library->lastError(), QString());
        QCOMPARE(found.size(), sessions);
        QString error;
        LibrarySearch::hits(*library, query, 10, &error);
        QCOMPARE(error, QString());
    }

    void trashRestoreAndEmptyTrashKeepTheIndexExact_data() { Test::addBackendRows(); }
    void trashRestoreAndEmptyTrashKeepTheIndexExact()
    {
        WHYBOARD_REQUIRE_BACKEND();
        const QString path = newLibrary();
        auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
        const SessionId s3 = library->insertSession(examples("aws-s3-outage"));
        library->insertSession(examples("gitlab-database-outage"));
        QCOMPARE(library->search(QStringLiteral("rehearsed")), QList<SessionId>{s3});

        QVERIFY(library->trashSession(s3));
        QVERIFY(library->search(QStringLiteral("rehearsed")).isEmpty());
        QVERIFY(LibrarySearch::hits(*library, QStringLiteral("rehearsed"), 10).isEmpty());
        QCOMPARE(Test::searchIndexMismatch(path), QString());

        QVERIFY(library->restoreFromTrash(s3));
        QCOMPARE(library->search(QStringLiteral("rehearsed")), QList<SessionId>{s3});

        QVERIFY(library->trashSession(s3));
        QVERIFY(library->emptyTrash());
        QCOMPARE(Test::searchIndexMismatch(path), QString());
        QCOMPARE(Test::querySql(path, QStringLiteral("SELECT count(*) FROM search_items WHERE session_id = %1").arg(s3)).toInt(), 0);
        QVERIFY(library->search(QStringLiteral("rehearsed")).isEmpty());
    }

    void randomEditsWithUndoKeepTheIndexExact_data()
    {
        QTest::addColumn<Test::LibraryBackend>("backend");
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u})
            QTest::addRow("sqlite, seed %u", seed) << Test::LibraryBackend::Sqlite << seed;
        // One seed on a server: each step is a round trip, and the SQLite rows cover the variety.
        QTest::addRow("postgres, seed %u", 7u) << Test::LibraryBackend::Postgres << 7u;
    }

    void randomEditsWithUndoKeepTheIndexExact()
    {
        QFETCH(quint32, seed);
        WHYBOARD_REQUIRE_BACKEND();
        const QString path = newLibrary();
        auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
        library->insertSession(examples("aws-s3-outage")); // a neighbour the edits must not touch
        const SessionId id = library->insertSession(Test::richSampleSession());
        SessionDocument document(*library->loadSession(id));
        library->attach(&document);
        Test::RandomEditor editor(&document, seed);
        QRandomGenerator random(seed);
        int steps = 0;
        for (int attempt = 0; steps < 240 && attempt < 20000; ++attempt) {
            const int choice = int(random.bounded(10));
            if (choice == 0 && document.undoStack()->canUndo()) {
                document.undoStack()->undo();
            } else if (choice == 1 && document.undoStack()->canRedo()) {
                document.undoStack()->redo();
            } else if (QUndoCommand *command = editor.next()) {
                document.push(command);
            } else {
                continue;
            }
            if (++steps % 40 == 0) {
                const QString mismatch = Test::searchIndexMismatch(path);
                QVERIFY2(mismatch.isEmpty(), qPrintable(QStringLiteral("after %1 steps: %2").arg(steps).arg(mismatch)));
            }
        }
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(Test::searchIndexMismatch(path), QString());
        // Back at the start, search sees the session as it was stored.
        QVERIFY(library->search(Test::richSampleSession().title.left(8)).contains(id));
    }

    void aCardEditIsFoundAtOnceAndItsOldWordsAreGone_data() { Test::addBackendRows(); }
    void aCardEditIsFoundAtOnceAndItsOldWordsAreGone()
    {
        WHYBOARD_REQUIRE_BACKEND();
        const QString path = newLibrary();
        auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
        const SessionId id = library->insertSession(Test::chainSession(2));
        SessionDocument document(*library->loadSession(id));
        library->attach(&document);
        Card card = *document.session().card(QStringLiteral("c2"));
        card.text = QStringLiteral("The quarterly failover drill was skipped");
        QVERIFY(document.push(new EditCardCommand(&document, card)));
        QCOMPARE(library->search(QStringLiteral("failover drill")), QList<SessionId>{id});
        QVERIFY(document.push(new RemoveCardsCommand(&document, {QStringLiteral("c2")})));
        QVERIFY(library->search(QStringLiteral("failover")).isEmpty());
        document.undoStack()->undo();
        QCOMPARE(library->search(QStringLiteral("failover")), QList<SessionId>{id});
        QCOMPARE(Test::searchIndexMismatch(path), QString());
    }

    void aLibraryFromBeforeTheIndexIsSearchedReadOnlyAsBefore()
    {
        const QString path = copyOf(QStringLiteral("library-v5.whyboard"));
        auto library = Library::open(path, Library::OpenMode::ReadOnly);
        QVERIFY(library);
        QVERIFY(!LibrarySearch::isAvailable(*library));
        QCOMPARE(library->search(QStringLiteral("rehearsed")).size(), 1);
        QVERIFY(LibrarySearch::hits(*library, QStringLiteral("rehearsed"), 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibrarySearchIndex)
#include "tst_librarysearchindex.moc"
