// SPDX-License-Identifier: GPL-3.0-or-later
// Library::search: what a facilitator types in the sessions list finds the same sessions on both backends.
#include "postgrestesthelpers.h"
#include "samplesessions.h"
#include "storage/library.h"

#include <QTest>

#include <tuple>

using namespace Whyboard;

class TestLibrarySearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchIsCaseInsensitiveOverTitleSummaryAndCards_data()
    {
        QTest::addColumn<Test::LibraryBackend>("backend");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<SessionId>>("expected");
        const QList<std::tuple<const char *, QString, QList<SessionId>>> rows{
            {"title word, other case", QStringLiteral("DATABASE"), {1}},
            {"summary", QStringLiteral("nightly"), {2}},
            {"card text, non-Latin case", QStringLiteral("ÜBERLAST"), {1}},
            {"card text, non-Latin prefix", QStringLiteral("überl"), {1}},
            {"card text in both", QStringLiteral("cache"), {1, 2}},
            {"all words must match", QStringLiteral("cache nightly"), {2}},
            {"nothing", QStringLiteral("zebra"), {}},
            {"no words: everything", QStringLiteral("  "), {1, 2}},
            {"wildcards are letters", QStringLiteral("%"), {}},
            {"underscore is a letter", QStringLiteral("c_che"), {}},
            {"backslash is a letter", QStringLiteral("\\"), {}},
            {"ASCII and non-ASCII words", QStringLiteral("überlast CACHE"), {1}},
        };
        for (const Test::LibraryBackend backend : {Test::LibraryBackend::Sqlite, Test::LibraryBackend::Postgres}) {
            for (const auto &[name, text, expected] : rows)
                QTest::addRow("%s, %s", qPrintable(Test::backendName(backend)), name) << backend << text << expected;
        }
    }

    void searchIsCaseInsensitiveOverTitleSummaryAndCards()
    {
        QFETCH(QString, text);
        QFETCH(QList<SessionId>, expected);
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        auto library = Library::open(scratch.location(), Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        Session a = Test::chainSession(2);
        a.title = QStringLiteral("Database outage");
        a.cards[1].text = QStringLiteral("Überlast im Cache");
        Session b = Test::chainSession(2);
        b.title = QStringLiteral("Backup");
        b.summary = QStringLiteral("The Nightly job failed");
        b.cards[2].text = QStringLiteral("CACHE full");
        QCOMPARE(library->insertSession(a), SessionId(1));
        QCOMPARE(library->insertSession(b), SessionId(2));
        QCOMPARE(library->search(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
