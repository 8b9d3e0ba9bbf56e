// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "samplesessions.h"
#include "storagetesthelpers.h"
#include "data/labels.h"
#include "data/sessionlimits.h"
#include "storage/sessionjsonformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

// A valid document: the problem "p" and `whys` whys that explain it.
QJsonObject document(int whys = 1)
{
    QJsonArray cards{QJsonObject{{"id", "p"}, {"kind", "problem"}, {"text", "Checkout down"}, {"x", 0}, {"y", 0}}};
    for (int i = 1; i <= whys; ++i) {
        cards.append(QJsonObject{{"id", QStringLiteral("w%1").arg(i)}, {"kind", "why"}, {"text", "cause"},
                                 {"explains", QJsonArray{"p"}}, {"x", 10}, {"y", 200}});
    }
    return {{"format", "whyboard.session"}, {"version", 1}, {"session", QJsonObject{{"title", "T"}, {"cards", cards}}}};
}

QJsonObject withSession(QJsonObject root, const QString &key, const QJsonValue &value)
{
    QJsonObject session = root.value("session").toObject();
    session.insert(key, value);
    root.insert("session", session);
    return root;
}

QJsonObject withCard(QJsonObject root, int index, const QString &key, const QJsonValue &value)
{
    QJsonObject session = root.value("session").toObject();
    QJsonArray cards = session.value("cards").toArray();
    QJsonObject card = cards.at(index).toObject();
    card.insert(key, value);
    cards.replace(index, card);
    session.insert("cards", cards);
    root.insert("session", session);
    return root;
}

QByteArray bytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonArray items(int count, const std::function<QJsonObject(int)> &make)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(make(i));
    return array;
}

} // namespace

// The limits of a session (SessionLimits) at the JSON import: a document over any of them is
// refused with the JSON path and the limit, before it can make an export take gigabytes; a lone
// surrogate is refused rather than stored as another character; and the JSON writer writes
// only what the importer takes back.
class TestImportLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(SessionJsonFormat::read(bytes(document())).session);
    }

    void overLimitDocumentsAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");

        const QString longText(SessionLimits::maxTextLength + 1, QLatin1Char('x'));
        QTest::newRow("10,001 cards") << bytes(document(SessionLimits::maxCards))
                                      << "session.cards: the session has 10,001 cards; at most 10,000 are allowed";
        QTest::newRow("card text 20,001") << bytes(withCard(document(), 1, "text", longText))
                                          << "session.cards[1].text: the text has 20,001 characters; at most 20,000 are allowed";
        QTest::newRow("title 20,001") << bytes(withSession(document(), "title", longText))
                                      << "session.title: the text has 20,001 characters; at most 20,000 are allowed";
        QTest::newRow("x 1e300") << bytes(withCard(document(), 1, "x", 1e300))
                                 << "session.cards[1].x: the position 1E+300 is off the board; at most 1,000,000 either way is allowed";
        QTest::newRow("y -1000001") << bytes(withCard(document(), 0, "y", -1000001))
                                    << "session.cards[0].y: the position -1,000,001 is off the board; at most 1,000,000 either way is allowed";
        QTest::newRow("x as text") << bytes(withCard(document(), 1, "x", "12"))
                                   << "session.cards[1].x: expected a number, found a string";
        QTest::newRow("5,001 actions")
            << bytes(withSession(document(), "actions", items(SessionLimits::maxActions + 1, [](int) {
                   return QJsonObject{{"text", "fix"}};
               })))
            << "session.actions: the session has 5,001 action items; at most 5,000 are allowed";
        QTest::newRow("20,001 events")
            << bytes(withSession(document(), "timeline", items(SessionLimits::maxEvents + 1, [](int i) {
                   return QJsonObject{{"id", QStringLiteral("e%1").arg(i)}, {"at", QJsonValue::Null}, {"kind", "note"}, {"text", ""}};
               })))
            << "session.timeline: the session has 20,001 timeline events; at most 20,000 are allowed";
        QTest::newRow("1,001 participants")
            << bytes(withSession(document(), "participants", items(SessionLimits::maxParticipants + 1, [](int) {
                   return QJsonObject{{"name", "Ana"}};
               })))
            << "session.participants: the session has 1,001 participants; at most 1,000 are allowed";
        QTest::newRow("1,001 parked ideas")
            << bytes(withSession(document(), "parkingLot", items(SessionLimits::maxParkedIdeas + 1, [](int) {
                   return QJsonObject{{"text", "alert"}};
               })))
            << "session.parkingLot: the session has 1,001 parked ideas; at most 1,000 are allowed";
        QTest::newRow("lone high surrogate")
            << QByteArray(R"({"format": "whyboard.session", "version": 1, "session": {"title": "\ud800 x", "cards": []}})")
            << "session.title: the text holds a lone surrogate (\\ud800 at character 1), which stands for no character";
        QTest::newRow("lone low surrogate in a card")
            << QByteArray(R"({"format": "whyboard.session", "version": 1, "session": {"title": "t", "cards": [)"
                          R"({"id": "p", "kind": "problem", "text": "ok \udc00"}]}})")
            << "session.cards[0].text: the text holds a lone surrogate (\\udc00 at character 4), which stands for no character";
        QTest::newRow("high surrogate before a letter")
            << QByteArray(R"({"format": "whyboard.session", "version": 1, "session": {"title": "\ud800\u0041", "cards": []}})")
            << "session.title: the text holds a lone surrogate (\\ud800 at character 1), which stands for no character";
        QTest::newRow("lone surrogate in a key")
            << QByteArray(R"({"format": "whyboard.session", "version": 1, "session": {"title": "t", "\ud800": 1, "cards": []}})")
            << "session.\\ud800: the key holds a lone surrogate, which stands for no character";
    }

    void overLimitDocumentsAreRefusedWithTheirPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(json);
        QVERIFY(!result.session);
        QCOMPARE(result.error, error);
    }

    void pairedSurrogatesAndLimitsThemselvesAreAccepted()
    {
        QJsonObject root = withSession(document(), "title", QString(SessionLimits::maxTextLength, QLatin1Char('t')));
        root = withCard(root, 1, "x", SessionLimits::maxCoordinate);
        const SessionJsonFormat::ReadResult limits = SessionJsonFormat::read(bytes(root));
        QVERIFY2(limits.session, qPrintable(limits.error));
        const SessionJsonFormat::ReadResult emoji = SessionJsonFormat::read(
            R"({"format": "whyboard.session", "version": 1, "session": {"title": "\ud83d\ude00", "cards": [)"
            R"({"id": "p", "kind": "problem", "text": "x"}]}})");
        QVERIFY2(emoji.session, qPrintable(emoji.error));
        QCOMPARE(emoji.session->title, QString::fromUtf8("\xF0\x9F\x98\x80"));
    }

    void invalidUtf8IsRefused()
    {
        const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(
            "{\"format\": \"whyboard.session\", \"version\": 1, \"session\": {\"title\": \"\xed\xa0\x80 x\", \"cards\": []}}");
        QVERIFY(!result.session);
        QVERIFY2(result.error.startsWith("line 1, column"), qPrintable(result.error));
    }

    // A file over 64 MiB is refused before it is read; the library is not even created.
    void oversizedFileIsRefusedBeforeReading()
    {
        const QString json = m_dir.filePath("huge.json");
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(SessionLimits::maxImportFileBytes + 1)); // sparse: no disk used
        file.close();
        const SessionJsonFormat::ReadResult result = SessionJsonFormat::readFile(json);
        QVERIFY(!result.session);
        QVERIFY2(result.error.contains("67,108,865 bytes") && result.error.contains("64 MiB"), qPrintable(result.error));
        const QString library = m_dir.filePath("never.whyboard");
        const Test::CommandRun run = Test::runWhyboard({"--import", json, library}, m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("64 MiB"), qPrintable(run.err));
        QVERIFY(!QFile::exists(library));
    }

    void checkerNamesTheFirstLimitExceeded()
    {
        Session session = Test::chainSession(2);
        QCOMPARE(SessionLimits::check(session), QString());
        for (int i = 0; i < SessionLimits::maxCards; ++i)
            session.cards.append(Card{QStringLiteral("x%1").arg(i), CardKind::Why, {}, {}, false, {}, false, {}, {}, {}});
        QCOMPARE(SessionLimits::check(session), "the session has 10,003 cards; at most 10,000 are allowed");
        session = Test::chainSession(2);
        session.cards[1].position.setX(qInf());
        QCOMPARE(SessionLimits::check(session), "card c2: the position is not a finite number");
        session = Test::chainSession(2);
        session.actions.append(ActionItem{"a1", QString(SessionLimits::maxTextLength + 1, 'x'), {}, {}, {}, {}, {}, {}, {}, {}, {}});
        QCOMPARE(SessionLimits::check(session), "action item a1: the text has 20,001 characters; at most 20,000 are allowed");
    }

    // A value outside its enum used to export as "kind": "" (or vanish), which import then
    // refused or read as something else: now the export refuses and says which value.
    void exportWritesOnlyWhatImportTakes_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("known");
        const char *names[] = {"card kind", "event kind", "category", "horizon", "action status", "session status",
                               "verdict", "roles"};
        const int counts[] = {2, 6, 4, 4, 3, 3, 3, 32};
        for (int which = 0; which < 8; ++which) {
            for (const int value : {-1, 0, counts[which] - 1, counts[which], 99}) {
                QTest::addRow("%s %d", names[which], value) << which << value << (value >= 0 && value < counts[which]);
            }
        }
    }

    void exportWritesOnlyWhatImportTakes()
    {
        QFETCH(int, which);
        QFETCH(int, value);
        QFETCH(bool, known);
        Session session = Test::richSampleSession();
        switch (which) {
        case 0: session.cards[1].kind = CardKind(value); break;
        case 1: session.timeline[0].kind = EventKind(value); break;
        case 2: session.actions[0].category = ActionCategory(value); break;
        case 3: session.actions[0].horizon = ActionHorizon(value); break;
        case 4: session.actions[0].status = ActionStatus(value); break;
        case 5: session.status = SessionStatus(value); break;
        case 6: session.links[0].verdict = ReadBackVerdict(value); break;
        case 7: session.participants[0].roles = ParticipantRoles::fromInt(value); break;
        }
        QString error;
        const QByteArray json = SessionJsonFormat::write(session, &error);
        if (!known) {
            QVERIFY(json.isEmpty());
            QVERIFY2(error.contains(QString::number(value)), qPrintable(error));
            QVERIFY(!SessionJsonFormat::check(session).isEmpty());
            return;
        }
        QVERIFY2(!json.isEmpty(), qPrintable(error));
        if (which == 0 && value == int(CardKind::Problem))
            return; // a second problem card: the format refuses it, and check() says so
        const SessionJsonFormat::ReadResult again = SessionJsonFormat::read(json);
        QVERIFY2(again.session, qPrintable(again.error));
        Session expected = session;
        expected.id = 0;
        QCOMPARE(Test::sessionDifference(*again.session, expected), QString());
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
