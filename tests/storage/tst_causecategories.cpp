// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgrestesthelpers.h"
#include "storagetesthelpers.h"
#include "data/causecategories.h"
#include "document/commands/editactioncommand.h"
#include "document/sessiondocument.h"
#include "storage/library.h"
#include "storage/libraryschema.h"
#include "storage/sessionjsonformat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

// Cause categories and tags on why cards, the day an action was done, and the library's own
// category list: in the format, in the library (migrated from version 5), and as undoable edits.
// tests/fixtures/library-v5.whyboard holds the three example stories as version 5 stored them.
class TestCauseCategories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyOfFixture(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(QStringLiteral(WHYBOARD_FIXTURES_DIR "/library-v5.whyboard"), path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    static Session example(const QString &name)
    {
        SessionJsonFormat::ReadResult read =
            SessionJsonFormat::readFile(QStringLiteral(WHYBOARD_FIXTURES_DIR "/examples/") + name);
        return read.session.value_or(Session{});
    }

    static QByteArray withFirstWhy(const QByteArray &json, const char *key, const QJsonValue &value)
    {
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonObject session = root.value(QLatin1String("session")).toObject();
        QJsonArray cards = session.value(QLatin1String("cards")).toArray();
        QJsonObject why = cards.at(1).toObject();
        why.insert(QLatin1String(key), value);
        cards.replace(1, why);
        session.insert(QStringLiteral("cards"), cards);
        root.insert(QStringLiteral("session"), session);
        return QJsonDocument(root).toJson();
    }

private Q_SLOTS:
    void version5MigratesKeepingEverySession()
    {
        const QString path = copyOfFixture(QStringLiteral("v5.whyboard"));
        QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA user_version")).toInt(), 5);
        std::unique_ptr<Library> library = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(library);
        QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA user_version")).toInt(), LibrarySchema::currentVersion());
        const QList<SessionSummary> sessions = library->sessions();
        QCOMPARE(sessions.size(), 3);
        const std::optional<Session> s3 = library->loadSession(1);
        QVERIFY(s3);
        Session expected = example(QStringLiteral("aws-s3-outage.json"));
        QCOMPARE(s3->title, expected.title);
        QCOMPARE(s3->cards.size(), expected.cards.size());
        for (int i = 0; i < s3->cards.size(); ++i) {
            QCOMPARE(s3->cards.at(i).text, expected.cards.at(i).text);
            QVERIFY(s3->cards.at(i).category.isEmpty());
            QVERIFY(s3->cards.at(i).tags.isEmpty());
        }
        for (const ActionItem &action : s3->actions)
            QVERIFY(!action.doneOn.isValid());
        QCOMPARE(library->causeCategories(), CauseCategories::defaults());
    }

    void version5OpensReadOnlyWithoutTheNewColumns()
    {
        const QString path = copyOfFixture(QStringLiteral("v5-readonly.whyboard"));
        const QByteArray before = Test::fileChecksum(path);
        {
            std::unique_ptr<Library> library = Library::open(path, Library::OpenMode::ReadOnly);
            QVERIFY(library);
            const std::optional<Session> session = library->loadSession(2);
            QVERIFY(session);
            QVERIFY(!session->cards.isEmpty());
            QCOMPARE(library->causeCategories(), CauseCategories::defaults());
        }
        QCOMPARE(Test::fileChecksum(path), before);
    }

    void categoriesTagsAndDoneDaysSurviveTheLibraryAndTheFormat_data() { Test::addBackendRows(); }
    void categoriesTagsAndDoneDaysSurviveTheLibraryAndTheFormat()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        Session session = example(QStringLiteral("gitlab-database-outage.json"));
        QVERIFY(session.cards.size() > 2);
        session.cards[1].category = QStringLiteral("change");
        session.cards[1].tags = {QStringLiteral("postgres"), QStringLiteral("team database")};
        session.cards[2].category = QStringLiteral("Vendor SLA"); // a team's own category
        QVERIFY(!session.actions.isEmpty());
        session.actions[0].status = ActionStatus::Done;
        session.actions[0].doneOn = QDate(2017, 3, 2);

        const QByteArray json = SessionJsonFormat::write(session);
        QVERIFY(json.contains("\"category\": \"change\""));
        QVERIFY(json.contains("\"doneOn\": \"2017-03-02\""));
        const SessionJsonFormat::ReadResult read = SessionJsonFormat::read(json);
        QVERIFY2(read.session, qPrintable(read.error));
        QCOMPARE(read.session->cards.at(1).category, QStringLiteral("change"));
        QCOMPARE(read.session->cards.at(1).tags, session.cards.at(1).tags);
        QCOMPARE(read.session->cards.at(2).category, QStringLiteral("Vendor SLA"));
        QCOMPARE(read.session->actions.at(0).doneOn, QDate(2017, 3, 2));

        std::unique_ptr<Library> library = Library::open(scratch.location(), Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        const SessionId id = library->insertSession(*read.session);
        QVERIFY(id > 0);
        const std::optional<Session> stored = library->loadSession(id);
        QVERIFY(stored);
        QCOMPARE(stored->cards, read.session->cards);
        QCOMPARE(stored->actions, read.session->actions);
        // And out again, byte for byte.
        Session again = *stored;
        again.id = session.id;
        QCOMPARE(SessionJsonFormat::write(again), SessionJsonFormat::write(*read.session));
    }

    void badTagsAreRefusedWithTheirPath()
    {
        const QByteArray json = SessionJsonFormat::write(example(QStringLiteral("aws-s3-outage.json")));
        SessionJsonFormat::ReadResult read = SessionJsonFormat::read(withFirstWhy(json, "tags", QJsonArray{1}));
        QVERIFY(!read.session);
        QVERIFY2(read.error.contains(QLatin1String("tags[0]")), qPrintable(read.error));
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(QStringLiteral("t%1").arg(i));
        read = SessionJsonFormat::read(withFirstWhy(json, "tags", many));
        QVERIFY(!read.session);
        QVERIFY2(read.error.contains(QLatin1String("51 tags")), qPrintable(read.error));
        read = SessionJsonFormat::read(withFirstWhy(json, "category", 7));
        QVERIFY(!read.session);
        QVERIFY2(read.error.contains(QLatin1String("category")), qPrintable(read.error));
    }

    void aCardsCategoryAndTagsAreOneUndoStepEachAndStoredAtOnce_data() { Test::addBackendRows(); }
    void aCardsCategoryAndTagsAreOneUndoStepEachAndStoredAtOnce()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        std::unique_ptr<Library> library = Library::open(scratch.location(), Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        Session session = example(QStringLiteral("linkedin-app-deleted.json"));
        session.id = library->insertSession(session);
        QVERIFY(session.id > 0);
        SessionDocument document(*library->loadSession(session.id));
        library->attach(&document);
        const QString why = document.session().cards.at(1).id;
        QVERIFY(document.setCardCategory(why, QStringLiteral("process")));
        QVERIFY(document.setCardTags(why, {QStringLiteral(" ios  release "), QStringLiteral("iOS release"), QString()}));
        QCOMPARE(document.undoStack()->count(), 2);
        QCOMPARE(document.session().cards.at(1).tags, QStringList{QStringLiteral("ios release")});
        QCOMPARE(library->loadSession(session.id)->cards.at(1).category, QStringLiteral("process"));
        QCOMPARE(library->loadSession(session.id)->cards.at(1).tags, QStringList{QStringLiteral("ios release")});
        document.undoStack()->undo();
        document.undoStack()->undo();
        QVERIFY(library->loadSession(session.id)->cards.at(1).category.isEmpty());
        QVERIFY(library->loadSession(session.id)->cards.at(1).tags.isEmpty());
        library->detach(&document);
    }

    void markingAnActionDoneRemembersTheDay()
    {
        Session session = example(QStringLiteral("linkedin-app-deleted.json"));
        QVERIFY(!session.actions.isEmpty());
        session.actions[0].status = ActionStatus::Open;
        SessionDocument document(session);
        ActionItem done = document.session().actions.at(0);
        done.status = ActionStatus::Done;
        document.push(new EditActionCommand(&document, done));
        QCOMPARE(document.session().actions.at(0).doneOn, QDate::currentDate());
        ActionItem renamed = document.session().actions.at(0);
        renamed.doneOn = QDate(2001, 1, 1);
        renamed.text += QStringLiteral(" (verified)");
        document.push(new EditActionCommand(&document, renamed)); // a done item keeps the day it is given
        QCOMPARE(document.session().actions.at(0).doneOn, QDate(2001, 1, 1));
        ActionItem reopened = document.session().actions.at(0);
        reopened.status = ActionStatus::InProgress;
        document.push(new EditActionCommand(&document, reopened));
        QVERIFY(!document.session().actions.at(0).doneOn.isValid());
        document.undoStack()->undo();
        QCOMPARE(document.session().actions.at(0).doneOn, QDate(2001, 1, 1));
        document.undoStack()->undo();
        document.undoStack()->undo();
        QVERIFY(!document.session().actions.at(0).doneOn.isValid());
        QCOMPARE(document.session().actions.at(0).status, ActionStatus::Open);
    }

    void theLibrarysCategoryListIsItsOwn_data() { Test::addBackendRows(); }
    void theLibrarysCategoryListIsItsOwn()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        const QString path = scratch.location();
        std::unique_ptr<Library> library = Library::open(path, Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        QCOMPARE(library->causeCategories().size(), 8);
        QVERIFY(library->setCauseCategories({QStringLiteral("Change"), QStringLiteral(" Vendor  SLA "),
                                             QStringLiteral("change"), QString()}));
        QCOMPARE(library->causeCategories(), (QStringList{QStringLiteral("change"), QStringLiteral("Vendor SLA")}));
        library.reset();
        // A value that is not text (a tampered file) is left out, never trusted. A server's TEXT
        // column holds only text, so there the tampering is a blank name, left out as well.
        const bool onServer = Test::backend() == Test::LibraryBackend::Postgres;
        QCOMPARE(Test::executeSql(path, {onServer ? QStringLiteral("INSERT INTO cause_categories VALUES (5, '  ')")
                                                  : QStringLiteral("INSERT INTO cause_categories VALUES (5, x'00ff')")}),
                 QString());
        library = Library::open(path, Library::OpenMode::OpenExisting);
        QCOMPARE(library->causeCategories(), (QStringList{QStringLiteral("change"), QStringLiteral("Vendor SLA")}));
        QVERIFY(library->setCauseCategories({}));
        QCOMPARE(library->causeCategories(), CauseCategories::defaults());
    }
};

QTEST_GUILESS_MAIN(TestCauseCategories)
#include "tst_causecategories.moc"
