// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/cardplacement.h"
#include "analysis/layeredlayout.h"
#include "storage/sessionjsonformat.h"

#include "samplesessions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRectF>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Whyboard;

namespace {

// Read as an import does: the document, then places for the cards it gives none.
Session readAndPlaced(const QByteArray &json)
{
    SessionJsonFormat::ReadResult result = SessionJsonFormat::read(json);
    if (!result.session)
        return {};
    CardPlacement::placeUnpositionedCards(*result.session, result.unpositioned);
    return *result.session;
}

// The first two cards that overlap, as "w1/w2"; empty when none do.
QString overlappingCards(const Session &s)
{
    for (int i = 0; i < s.cards.size(); ++i) {
        const QRectF a(s.cards.at(i).position, LayeredLayout::estimatedCardSize(s.cards.at(i)));
        for (int j = i + 1; j < s.cards.size(); ++j) {
            if (a.intersects(QRectF(s.cards.at(j).position, LayeredLayout::estimatedCardSize(s.cards.at(j)))))
                return s.cards.at(i).id + QLatin1Char('/') + s.cards.at(j).id;
        }
    }
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QByteArray exampleJson()
{
    return readFile(QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json"));
}

// Paths use the same syntax as the reader's errors: session.cards[3].explains[0].
QJsonValue withChange(const QJsonValue &node, QStringList steps, const std::optional<QJsonValue> &value)
{
    const QString step = steps.takeFirst();
    const QRegularExpressionMatch indexed = QRegularExpression(QStringLiteral("^(.*)\\[(\\d+)\\]$")).match(step);
    if (indexed.hasMatch()) {
        // "name[3]" is the member "name", then element 3.
        QStringList inner = steps;
        const QString name = indexed.captured(1);
        const int index = indexed.captured(2).toInt();
        QJsonArray array = name.isEmpty() ? node.toArray() : node.toObject().value(name).toArray();
        if (inner.isEmpty()) {
            if (value)
                array[index] = *value;
            else
                array.removeAt(index);
        } else {
            array[index] = withChange(array.at(index), inner, value);
        }
        if (name.isEmpty())
            return array;
        QJsonObject object = node.toObject();
        object.insert(name, array);
        return object;
    }
    QJsonObject object = node.toObject();
    if (steps.isEmpty()) {
        if (value)
            object.insert(step, *value);
        else
            object.remove(step);
    } else {
        object.insert(step, withChange(object.value(step), steps, value));
    }
    return object;
}

// Each change is "path=json" or "-path" (remove).
QByteArray changedExample(const QStringList &changes)
{
    QJsonObject root = QJsonDocument::fromJson(exampleJson()).object();
    for (const QString &change : changes) {
        if (change.startsWith(QLatin1Char('-'))) {
            root = withChange(root, change.mid(1).split(QLatin1Char('.')), std::nullopt).toObject();
            continue;
        }
        const int eq = int(change.indexOf(QLatin1Char('=')));
        const QString path = change.left(eq);
        const QJsonDocument parsed = QJsonDocument::fromJson("[" + change.mid(eq + 1).toUtf8() + "]");
        if (!parsed.isArray())
            qFatal("bad test value in %s", qPrintable(change));
        root = withChange(root, path.split(QLatin1Char('.')), parsed.array().at(0)).toObject();
    }
    return QJsonDocument(root).toJson();
}

Session fullSession()
{
    Session s;
    s.title = QStringLiteral("Ünïcødé — 🚀 \"quoted\" \\ back");
    s.summary = QStringLiteral("Line one\nLine two\r\n\tindented\u0001 control");
    s.severity = 1;
    s.status = SessionStatus::Published;
    s.startedAt = QDateTime(QDate(2023, 12, 31), QTime(23, 50), Qt::OffsetFromUTC, 5 * 3600 + 45 * 60);
    s.detectedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 5, 7, 250), Qt::OffsetFromUTC, 0);
    s.resolvedAt = QDateTime(QDate(2023, 12, 31), QTime(14, 0), Qt::OffsetFromUTC, -8 * 3600);
    s.impact = Impact{QStringLiteral("Everyone"), 1234567890123, 12.75, QStringLiteral("EUR")};
    s.facilitator = QStringLiteral("Dana");
    s.participants = {Participant{QStringLiteral("u1"), QStringLiteral("Ana"), ParticipantRole::Introduced | ParticipantRole::Debugged},
                      Participant{QStringLiteral("p-7"), QStringLiteral("李"), {}}};
    s.cards = {Card{QStringLiteral("root"), CardKind::Problem, QStringLiteral("Site down"), {}, false, QPointF(10.5, -3.25), false, {}, {}, {}},
               Card{QStringLiteral("c"), CardKind::Why, QStringLiteral("Cause\nwith newline"), QStringLiteral("logs"), true, QPointF(0.1, 200), false, {},
                    QStringLiteral("change"), {QStringLiteral("checkout"), QStringLiteral("Team Payments")}},
               Card{QStringLiteral("d"), CardKind::Why, QStringLiteral("Deeper"), {}, false, QPointF(1e6, 400), false, {},
                    QStringLiteral("Vendor SLA"), {}},
               Card{QStringLiteral("n"), CardKind::Why, QStringLiteral("Known risk"), {}, false, QPointF(300, 400), true,
                    QStringLiteral("Budgeted for Q3 — \"later\""), {}, {}},
               Card{QStringLiteral("m"), CardKind::Why, QStringLiteral("Accepted, no reason given"), {}, false, QPointF(600, 400), true, {}, {}, {}}};
    s.links = {CausalLink{QStringLiteral("c"), QStringLiteral("root"), ReadBackVerdict::Holds},
               CausalLink{QStringLiteral("d"), QStringLiteral("c"), ReadBackVerdict::NotChecked},
               CausalLink{QStringLiteral("d"), QStringLiteral("root"), ReadBackVerdict::DoesNotHold},
               CausalLink{QStringLiteral("n"), QStringLiteral("d"), ReadBackVerdict::NotChecked},
               CausalLink{QStringLiteral("m"), QStringLiteral("d"), ReadBackVerdict::NotChecked}};
    s.timeline = {TimelineEvent{QStringLiteral("e1"), s.startedAt, EventKind::Trigger, QStringLiteral("deploy"), {QStringLiteral("d")}},
                  TimelineEvent{QStringLiteral("e2"), s.detectedAt, EventKind::Detection, QStringLiteral("pager\n🔔"), {}}};
    s.actions = {ActionItem{QStringLiteral("a7"), QStringLiteral("Fix it"), QStringLiteral("Ops"), QDate(2024, 2, 29),
                            ActionCategory::Technology, ActionHorizon::Long, ActionStatus::InProgress,
                            {QStringLiteral("c")}, {QStringLiteral("e1"), QStringLiteral("e2")}, QStringLiteral("https://tracker/1"), {}},
                 ActionItem{QStringLiteral("a1"), QStringLiteral("Talk"), {}, {}, ActionCategory::None, ActionHorizon::None,
                            ActionStatus::Open, {}, {}, {}, {}},
                 ActionItem{QStringLiteral("a9"), QStringLiteral("Rehearse the restart"), QStringLiteral("SRE"), QDate(2024, 3, 1),
                            ActionCategory::Training, ActionHorizon::Short, ActionStatus::Done, {}, {}, {}, QDate(2024, 2, 27)}};
    s.dismissedFindings = {DismissedFinding{QStringLiteral("shallow"), QStringLiteral("c"), QStringLiteral("we checked")},
                           DismissedFinding{QStringLiteral("compound"), QStringLiteral("a7"), {}}};
    s.parkingLot = {ParkedIdea{QStringLiteral("i9"), QStringLiteral("Canary deploys 🐤")},
                    ParkedIdea{QStringLiteral("idea-x"), QStringLiteral("Line\nbreak")}};
    return s;
}

QString randomText(QRandomGenerator &random)
{
    static const QStringList pieces{QStringLiteral("why"), QStringLiteral(" "), QStringLiteral("\n"),
                                    QStringLiteral("\t"), QStringLiteral("é"), QStringLiteral("🚀"),
                                    QStringLiteral("\u0001"), QStringLiteral("\""), QStringLiteral("\\"),
                                    QStringLiteral("/"), QStringLiteral("\u2028"), QStringLiteral("障害"),
                                    QStringLiteral("\r\n"), QStringLiteral("0")};
    QString text;
    const int count = int(random.bounded(8));
    for (int i = 0; i < count; ++i)
        text += pieces.at(int(random.bounded(int(pieces.size()))));
    return text;
}

QDateTime randomTime(QRandomGenerator &random)
{
    if (random.bounded(5) == 0)
        return {};
    const qint64 ms = qint64(random.bounded(1000000000)) * 1000 + (random.bounded(2) ? random.bounded(1000) : 0);
    const int offset = (int(random.bounded(57)) - 28) * 15 * 60; // -07:00, +05:45, ...
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
}

template<typename Enum>
Enum randomOf(QRandomGenerator &random, std::initializer_list<Enum> values)
{
    return *(values.begin() + random.bounded(int(values.size())));
}

// Everything a session can hold, at random but valid.
Session randomSession(quint32 seed)
{
    QRandomGenerator random(seed);
    Session s;
    s.title = randomText(random);
    s.summary = randomText(random);
    s.severity = int(random.bounded(5));
    s.status = randomOf(random, {SessionStatus::Draft, SessionStatus::Reviewed, SessionStatus::Published});
    s.startedAt = randomTime(random);
    s.detectedAt = randomTime(random);
    s.resolvedAt = randomTime(random);
    if (random.bounded(2))
        s.impact = Impact{randomText(random), qint64(random.bounded(100000)), random.bounded(1000.0), QStringLiteral("CHF")};
    s.facilitator = randomText(random);
    for (int i = 0; i < int(random.bounded(4)); ++i) {
        s.participants.append(Participant{QStringLiteral("u%1").arg(i + 1), randomText(random),
                                          ParticipantRoles::fromInt(int(random.bounded(32)))});
    }
    const int cards = 1 + int(random.bounded(12));
    for (int i = 0; i < cards; ++i) {
        Card card{QStringLiteral("c%1").arg(i), i == 0 ? CardKind::Problem : CardKind::Why, randomText(random),
                  randomText(random), random.bounded(2) == 1,
                  QPointF(random.bounded(10000.0) - 5000, random.bounded(10000.0) - 5000), false, {}, {}, {}};
        card.noActionAccepted = i > 0 && random.bounded(4) == 0;
        if (card.noActionAccepted)
            card.noActionReason = randomText(random);
        s.cards.append(card);
        if (i == 0)
            continue;
        const int first = int(random.bounded(i));
        const int second = int(random.bounded(i));
        for (const int effect : {first, second}) {
            if (s.indexOfLink(card.id, s.cards.at(effect).id) < 0) {
                s.links.append(CausalLink{card.id, s.cards.at(effect).id,
                                          randomOf(random, {ReadBackVerdict::NotChecked, ReadBackVerdict::Holds,
                                                            ReadBackVerdict::DoesNotHold})});
            }
        }
    }
    std::shuffle(s.links.begin(), s.links.end(), random);
    for (int i = 0; i < int(random.bounded(5)); ++i) {
        QDateTime at = randomTime(random);
        if (!at.isValid())
            at = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        s.timeline.append(TimelineEvent{QStringLiteral("t%1").arg(i), at,
                                        randomOf(random, {EventKind::Trigger, EventKind::Detection, EventKind::Note}),
                                        randomText(random), {s.cards.at(int(random.bounded(cards))).id}});
    }
    for (int i = 0; i < int(random.bounded(5)); ++i) {
        ActionItem action;
        action.id = QStringLiteral("act-%1").arg(i);
        action.text = randomText(random);
        action.owner = randomText(random);
        if (random.bounded(2))
            action.due = QDate(2024, 1, 1).addDays(random.bounded(1000));
        action.category = randomOf(random, {ActionCategory::None, ActionCategory::Process, ActionCategory::Training});
        action.horizon = randomOf(random, {ActionHorizon::None, ActionHorizon::Short, ActionHorizon::Long});
        action.status = randomOf(random, {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done});
        action.cardIds = {s.cards.at(int(random.bounded(cards))).id};
        if (!s.timeline.isEmpty())
            action.eventIds = {s.timeline.first().id};
        action.link = randomText(random);
        s.actions.append(action);
    }
    if (random.bounded(2))
        s.dismissedFindings.append(DismissedFinding{QStringLiteral("shallow"), s.cards.last().id, randomText(random)});
    return s;
}

} // namespace

class TestSessionJsonFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsTheExample();
    void exampleCardsAreLaidOut();
    void roundTripsTheExample();
    void roundTripsEveryField();
    void writesStableOrderedOutput();
    void roundTripsLinkOrder();
    void roundTripsRandomSessions();
    void roundTripsSharedSamples();
    void keepsStepsWithoutTime();
    void checksSessionsBeforeExport();
    void refusesBadDocuments_data();
    void refusesBadDocuments();
    void refusesNonJson_data();
    void refusesNonJson();
    void ignoresUnknownFields();
    void treatsNullAsAbsent();
    void acceptsForwardReferences();
    void readingKeepsPositionsAsWritten();
    void keepsGivenPositionsAndPlacesTheRest();
    void numbersActionsAroundExplicitIds();
    void keepsTextExactlyFromFile();
    void parsesDateTimes_data();
    void parsesDateTimes();
    void parsesDates_data();
    void parsesDates();
    void formatsDateTimes_data();
    void formatsDateTimes();
    void readsEveryExample();
    void numbersParkedIdeasPastEveryId();
};

// Every session file shipped as an example reads without a fault and writes back the same.
void TestSessionJsonFormat::readsEveryExample()
{
    const QDir examples(QStringLiteral(WHYBOARD_EXAMPLES_DIR));
    const QStringList files = examples.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() >= 3);
    for (const QString &name : files) {
        QFile file(examples.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(file.readAll());
        QVERIFY2(result.session, qPrintable(name + QStringLiteral(": ") + result.error));
        QVERIFY2(result.session->problemCard(), qPrintable(name));
        const SessionJsonFormat::ReadResult again = SessionJsonFormat::read(SessionJsonFormat::write(*result.session));
        QVERIFY2(again.session, qPrintable(again.error));
        QCOMPARE(Test::sessionDifference(*again.session, *result.session), QString());
    }
}

void TestSessionJsonFormat::numbersParkedIdeasPastEveryId()
{
    const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(changedExample(
        {QStringLiteral("session.parkingLot=[{\"text\":\"first\"},{\"id\":\"i30\",\"text\":\"given\"},{\"text\":\"last\"}]")}));
    QVERIFY2(result.session, qPrintable(result.error));
    const QList<ParkedIdea> &lot = result.session->parkingLot;
    QCOMPARE(lot.size(), 3);
    QCOMPARE(lot.at(1).id, QStringLiteral("i30"));
    QCOMPARE(lot.at(0).id, QStringLiteral("i31"));
    QCOMPARE(lot.at(2).id, QStringLiteral("i32"));
    QCOMPARE(lot.at(2).text, QStringLiteral("last"));
    QCOMPARE(result.session->lastItemNumber, qint64(32));
}

void TestSessionJsonFormat::importsTheExample()
{
    const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(exampleJson());
    QVERIFY2(result.session, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    const Session &s = *result.session;
    QCOMPARE(s.id, SessionId(0));
    QCOMPARE(s.title, QStringLiteral("That time the LinkedIn app was deleted"));
    QCOMPARE(s.severity, 2);
    QCOMPARE(s.status, SessionStatus::Reviewed);
    QCOMPARE(s.startedAt.offsetFromUtc(), -7 * 3600);
    QCOMPARE(s.startedAt.toUTC(), QDateTime(QDate(2017, 4, 7), QTime(1, 30), Qt::UTC));
    QCOMPARE(s.startedAt.secsTo(s.resolvedAt), 39 * 60);
    QCOMPARE(s.startedAt.secsTo(s.detectedAt), 3 * 60);
    QCOMPARE(s.impact.costPerMinute, std::optional<double>(250));
    QCOMPARE(s.impact.usersAffected, std::optional<qint64>());
    QCOMPARE(s.impact.currency, QStringLiteral("USD"));
    QCOMPARE(s.facilitator, QStringLiteral("Ops team member"));
    QCOMPARE(s.participants.size(), 5);
    QCOMPARE(s.participants.at(0).id, QStringLiteral("u1"));
    QCOMPARE(s.participants.at(4).id, QStringLiteral("u5"));
    QCOMPARE(s.participants.at(0).roles, ParticipantRole::Introduced | ParticipantRole::Identified);
    QCOMPARE(s.participants.at(4).roles, ParticipantRole::Debugged | ParticipantRole::Interested);

    QCOMPARE(s.cards.size(), 7);
    QCOMPARE(s.problemCard()->id, QStringLiteral("p"));
    QCOMPARE(s.cards.at(1).evidence, QStringLiteral("The app was missing from the LinkedIn Developer Portal; LinkedIn support restored it."));
    QVERIFY(s.cards.at(1).verified);
    QVERIFY(!s.cards.at(5).verified);
    QCOMPARE(s.links.size(), 6);
    QCOMPARE(s.causesOf(QStringLiteral("w2")), (QStringList{QStringLiteral("w3"), QStringLiteral("w4")}));
    QCOMPARE(s.causesOf(QStringLiteral("p")), (QStringList{QStringLiteral("w1"), QStringLiteral("w6")}));
    for (const CausalLink &link : s.links)
        QCOMPARE(link.verdict, ReadBackVerdict::NotChecked);

    QCOMPARE(s.timeline.size(), 6);
    QCOMPARE(s.timeline.at(0).id, QStringLiteral("t1"));
    QCOMPARE(s.timeline.at(0).kind, EventKind::Trigger);
    QCOMPARE(s.timeline.at(0).cardIds, QStringList{QStringLiteral("w2")});
    QCOMPARE(s.timeline.at(5).kind, EventKind::Resolution);
    QVERIFY(sameZonedTime(s.timeline.at(5).at, s.resolvedAt));

    QCOMPARE(s.actions.size(), 4);
    const QStringList actionIds{s.actions.at(0).id, s.actions.at(1).id, s.actions.at(2).id, s.actions.at(3).id};
    QCOMPARE(actionIds, (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("a4")}));
    const ActionItem &runbook = s.actions.at(2);
    QCOMPARE(runbook.owner, QStringLiteral("Ops"));
    QCOMPARE(runbook.due, QDate(2017, 4, 14));
    QCOMPARE(runbook.category, ActionCategory::Process);
    QCOMPARE(runbook.horizon, ActionHorizon::Short);
    QCOMPARE(runbook.status, ActionStatus::Done);
    QCOMPARE(runbook.cardIds, QStringList{QStringLiteral("w6")});
    QCOMPARE(runbook.eventIds, QStringList{QStringLiteral("t5")});
    QCOMPARE(s.actions.at(0).status, ActionStatus::InProgress);
    QVERIFY(!s.actions.at(0).due.isValid());
    QCOMPARE(s.actions.at(3).owner, QString());
}

void TestSessionJsonFormat::exampleCardsAreLaidOut()
{
    // Laid out for cards of the board's default size, estimated from their text.
    const Session s = readAndPlaced(exampleJson());
    QCOMPARE(s.cards.size(), 7);
    const auto rect = [&](const QString &id) {
        return QRectF(s.card(id)->position, LayeredLayout::estimatedCardSize(*s.card(id)));
    };
    for (int i = 0; i < s.cards.size(); ++i) {
        QVERIFY(LayeredLayout::estimatedCardSize(s.cards.at(i)).width() >= 400);
        for (int j = i + 1; j < s.cards.size(); ++j) {
            QVERIFY2(!rect(s.cards.at(i).id).intersects(rect(s.cards.at(j).id)),
                     qPrintable(s.cards.at(i).id + QLatin1Char('/') + s.cards.at(j).id));
        }
    }
    for (const CausalLink &link : s.links)
        QVERIFY(rect(link.effectId).bottom() < rect(link.causeId).top());
}

void TestSessionJsonFormat::roundTripsTheExample()
{
    const Session imported = *SessionJsonFormat::read(exampleJson()).session;
    const QByteArray exported = SessionJsonFormat::write(imported);
    const SessionJsonFormat::ReadResult again = SessionJsonFormat::read(exported);
    QVERIFY2(again.session, qPrintable(again.error));
    QCOMPARE(*again.session, imported);
}

void TestSessionJsonFormat::roundTripsEveryField()
{
    const Session original = fullSession();
    const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(SessionJsonFormat::write(original));
    QVERIFY2(result.session, qPrintable(result.error));
    const Session &back = *result.session;
    QCOMPARE(back.title, original.title);
    QCOMPARE(back.summary, original.summary);
    QVERIFY(sameZonedTime(back.startedAt, original.startedAt));
    QVERIFY(sameZonedTime(back.detectedAt, original.detectedAt));
    QCOMPARE(back.detectedAt.time().msec(), 250);
    QCOMPARE(back.impact, original.impact);
    QCOMPARE(back.participants, original.participants);
    QCOMPARE(back.cards, original.cards);
    QCOMPARE(back.links, original.links);
    QCOMPARE(back.timeline, original.timeline);
    QCOMPARE(back.actions, original.actions);
    QCOMPARE(back.dismissedFindings, original.dismissedFindings);
    QCOMPARE(back.parkingLot, original.parkingLot);
    QCOMPARE(back, original);
}

void TestSessionJsonFormat::writesStableOrderedOutput()
{
    const QByteArray once = SessionJsonFormat::write(fullSession());
    QVERIFY(once.startsWith("{\n  \"format\": \"whyboard.session\",\n  \"version\": 1,\n  \"session\": {\n    \"title\": "));
    QVERIFY(once.indexOf("\"cards\"") < once.indexOf("\"timeline\""));
    QVERIFY(once.indexOf("\"timeline\"") < once.indexOf("\"actions\""));
    QVERIFY(once.contains("\"id\": \"c\",\n        \"kind\": \"why\",\n        \"text\": "));
    QVERIFY(once.contains("\"readBack\": {\n          \"root\": \"holds\"\n        }"));
    QVERIFY(once.contains("\"costPerMinute\": 12.75"));
    QVERIFY(once.contains("\"usersAffected\": 1234567890123"));
    QVERIFY(once.contains("\"startedAt\": \"2023-12-31T23:50:00+05:45\""));
    QVERIFY(once.contains("\"detectedAt\": \"2024-01-01T00:05:07.250Z\""));
    QVERIFY(once.contains("Ünïcødé — 🚀"));
    const QByteArray twice = SessionJsonFormat::write(*SessionJsonFormat::read(once).session);
    QCOMPARE(twice, once);
    QVERIFY(QJsonDocument::fromJson(once).isObject());
}

void TestSessionJsonFormat::roundTripsLinkOrder()
{
    // Links added over time interleave their causes; the outline lists causes in link order.
    Session session = fullSession();
    QVERIFY(!SessionJsonFormat::write(session).contains("linkOrder"));
    session.links = {session.links.at(2), session.links.at(0), session.links.at(1), session.links.at(3), session.links.at(4)};
    const QByteArray json = SessionJsonFormat::write(session);
    QVERIFY(json.contains("\"linkOrder\": [\n      [\"d\", \"root\"],\n      [\"c\", \"root\"],\n      [\"d\", \"c\"],\n      [\"n\", \"d\"],\n      [\"m\", \"d\"]\n    ]"));
    const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(json);
    QVERIFY2(result.session, qPrintable(result.error));
    QCOMPARE(result.session->links, session.links);
    QCOMPARE(*result.session, session);
}

void TestSessionJsonFormat::roundTripsRandomSessions()
{
    for (quint32 seed = 1; seed <= 200; ++seed) {
        const Session original = randomSession(seed);
        const QByteArray json = SessionJsonFormat::write(original);
        const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(json);
        QVERIFY2(result.session, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(result.error)));
        QVERIFY2(*result.session == original, qPrintable(QStringLiteral("seed %1 differs").arg(seed)));
        QCOMPARE(SessionJsonFormat::write(*result.session), json);
    }
}

void TestSessionJsonFormat::roundTripsSharedSamples()
{
    // The sessions the other areas test with must travel through JSON unchanged too.
    QList<Session> samples{Test::richSampleSession(), Test::chainSession(8)};
    for (quint32 seed = 1; seed <= 20; ++seed)
        samples.append(Test::randomSession(seed, 40, 60, 12));
    for (const Session &original : std::as_const(samples)) {
        const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(SessionJsonFormat::write(original));
        QVERIFY2(result.session, qPrintable(result.error));
        const QString difference = Test::sessionDifference(*result.session, original);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

void TestSessionJsonFormat::keepsStepsWithoutTime()
{
    const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(changedExample({QStringLiteral("session.timeline[3].at=null")}));
    QVERIFY2(result.session, qPrintable(result.error));
    QVERIFY(!result.session->timeline.at(3).at.isValid());
    const QByteArray json = SessionJsonFormat::write(*result.session);
    QVERIFY(json.contains("\"id\": \"t4\",\n        \"at\": null,"));
    QCOMPARE(*SessionJsonFormat::read(json).session, *result.session);
}

void TestSessionJsonFormat::checksSessionsBeforeExport()
{
    QCOMPARE(SessionJsonFormat::check(fullSession()), QString());
    QVERIFY(SessionJsonFormat::check(Session()).startsWith(QStringLiteral("session.cards: no card has kind \"problem\"")));
    Session orphan = fullSession();
    orphan.links.removeIf([](const CausalLink &link) { return link.causeId == QStringLiteral("c"); });
    QCOMPARE(SessionJsonFormat::check(orphan), QStringLiteral("session.cards[1].explains: a why must explain at least one card"));
}

void TestSessionJsonFormat::refusesBadDocuments_data()
{
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    auto row = [](const char *name, const QStringList &changes, const char *path, const char *message) {
        QTest::newRow(name) << changes << QString::fromUtf8(path) << QString::fromUtf8(message);
    };
    const QString s = QStringLiteral("session");
    // Top level
    row("format missing", {"-format"}, "format", "not a Whyboard session");
    row("format other", {"format=\"whyboard.board\""}, "format", "not a Whyboard session");
    row("format not string", {"format=1"}, "format", "not a Whyboard session");
    row("version newer", {"version=2"}, "version", "made by a newer Whyboard");
    row("version missing", {"-version"}, "version", "required");
    row("version fraction", {"version=1.5"}, "version", "whole number");
    row("version string", {"version=\"1\""}, "version", "whole number");
    row("version zero", {"version=0"}, "version", "unknown format version");
    row("session missing", {"-session"}, "session", "required");
    row("session not object", {"session=[]"}, "session", "expected an object");
    // Session fields
    row("title missing", {"-session.title"}, "session.title", "required");
    row("title number", {"session.title=3"}, "session.title", "expected a string");
    row("summary array", {"session.summary=[]"}, "session.summary", "expected a string");
    row("severity 0", {"session.severity=0"}, "session.severity", "1 to 4");
    row("severity 5", {"session.severity=5"}, "session.severity", "1 to 4");
    row("severity fraction", {"session.severity=2.5"}, "session.severity", "whole number");
    row("severity string", {"session.severity=\"2\""}, "session.severity", "whole number");
    row("status unknown", {"session.status=\"closed\""}, "session.status", "unknown value \"closed\"");
    row("status empty", {"session.status=\"\""}, "session.status", "unknown value");
    row("startedAt no offset", {"session.startedAt=\"2017-04-06T18:30:00\""}, "session.startedAt", "offset");
    row("startedAt date only", {"session.startedAt=\"2017-04-06\""}, "session.startedAt", "offset");
    row("startedAt impossible", {"session.startedAt=\"2017-02-30T18:30:00Z\""}, "session.startedAt", "offset");
    row("startedAt hour 25", {"session.startedAt=\"2017-04-06T25:30:00Z\""}, "session.startedAt", "offset");
    row("startedAt words", {"session.startedAt=\"yesterday\""}, "session.startedAt", "offset");
    row("startedAt number", {"session.startedAt=1491528600"}, "session.startedAt", "expected a string");
    row("detectedAt bad", {"session.detectedAt=\"6 April 2017 18:33\""}, "session.detectedAt", "offset");
    row("resolvedAt bad offset", {"session.resolvedAt=\"2017-04-06T19:09:00+25:00\""}, "session.resolvedAt", "offset");
    row("impact not object", {"session.impact=\"big\""}, "session.impact", "expected an object");
    row("usersAffected negative", {"session.impact.usersAffected=-1"}, "session.impact.usersAffected", "negative");
    row("usersAffected fraction", {"session.impact.usersAffected=1.5"}, "session.impact.usersAffected", "whole number");
    row("costPerMinute negative", {"session.impact.costPerMinute=-0.5"}, "session.impact.costPerMinute", "negative");
    row("costPerMinute string", {"session.impact.costPerMinute=\"250\""}, "session.impact.costPerMinute", "expected a number");
    row("currency lower case", {"session.impact.currency=\"usd\""}, "session.impact.currency", "ISO 4217");
    row("currency two letters", {"session.impact.currency=\"US\""}, "session.impact.currency", "ISO 4217");
    row("currency word", {"session.impact.currency=\"DOLLAR\""}, "session.impact.currency", "ISO 4217");
    row("currency number", {"session.impact.currency=840"}, "session.impact.currency", "expected a string");
    row("description number", {"session.impact.description=1"}, "session.impact.description", "expected a string");
    row("facilitator object", {"session.facilitator={}"}, "session.facilitator", "expected a string");
    row("participants object", {"session.participants={}"}, "session.participants", "expected an array");
    row("participant string", {"session.participants[1]=\"Bob\""}, "session.participants[1]", "expected an object");
    row("participant name missing", {"-session.participants[2].name"}, "session.participants[2].name", "required");
    row("participant roles string", {"session.participants[0].roles=\"responded\""}, "session.participants[0].roles", "expected an array");
    row("participant role unknown", {"session.participants[4].roles[1]=\"boss\""}, "session.participants[4].roles[1]", "unknown role \"boss\"");
    row("participant id duplicate", {"session.participants[0].id=\"x\"", "session.participants[3].id=\"x\""}, "session.participants[3].id", "duplicate id \"x\"");
    // Cards
    row("cards missing", {"-session.cards"}, "session.cards", "required");
    row("cards object", {"session.cards={}"}, "session.cards", "expected an array");
    row("cards empty", {"session.cards=[]"}, "session.cards", "no card has kind \"problem\"");
    row("card not object", {"session.cards[2]=\"w2\""}, "session.cards[2]", "expected an object");
    row("noAction on problem", {"session.cards[0].noAction={}"}, "session.cards[0].noAction", "only a why");
    row("noAction true", {"session.cards[3].noAction=true"}, "session.cards[3].noAction", "expected an object");
    row("noAction reason number", {"session.cards[3].noAction={\"reason\":1}"}, "session.cards[3].noAction.reason", "expected a string");
    row("parkingLot object", {"session.parkingLot={}"}, "session.parkingLot", "expected an array");
    row("parked idea string", {"session.parkingLot=[\"alert\"]"}, "session.parkingLot[0]", "expected an object");
    row("parked idea text missing", {"session.parkingLot=[{\"id\":\"i1\"}]"}, "session.parkingLot[0].text", "required");
    row("parked idea id duplicate", {"session.parkingLot=[{\"id\":\"i1\",\"text\":\"a\"},{\"id\":\"i1\",\"text\":\"b\"}]"}, "session.parkingLot[1].id", "duplicate id \"i1\"");
    row("card id missing", {"-session.cards[3].id"}, "session.cards[3].id", "required");
    row("card id empty", {"session.cards[3].id=\"\""}, "session.cards[3].id", "must not be empty");
    row("card id number", {"session.cards[3].id=3"}, "session.cards[3].id", "expected a string");
    row("card id duplicate", {"session.cards[3].id=\"w1\""}, "session.cards[3].id", "duplicate id \"w1\" (also used by session.cards[1])");
    row("card kind missing", {"-session.cards[1].kind"}, "session.cards[1].kind", "required");
    row("card kind unknown", {"session.cards[1].kind=\"cause\""}, "session.cards[1].kind", "unknown value \"cause\"");
    row("second problem", {"session.cards[6].kind=\"problem\""}, "session.cards[6].kind", "a second problem card (the problem is session.cards[0])");
    row("no problem", {"session.cards[0].kind=\"why\"", "session.cards[0].explains=[\"w6\"]"}, "session.cards", "no card has kind \"problem\"");
    row("card text missing", {"-session.cards[2].text"}, "session.cards[2].text", "required");
    row("card text null", {"session.cards[2].text=null"}, "session.cards[2].text", "expected a string, found null");
    row("evidence number", {"session.cards[1].evidence=7"}, "session.cards[1].evidence", "expected a string");
    row("verified string", {"session.cards[1].verified=\"yes\""}, "session.cards[1].verified", "expected true or false");
    row("explains missing", {"-session.cards[4].explains"}, "session.cards[4].explains", "required for a why");
    row("explains empty", {"session.cards[4].explains=[]"}, "session.cards[4].explains", "at least one");
    row("explains string", {"session.cards[4].explains=\"w2\""}, "session.cards[4].explains", "expected an array");
    row("explains number", {"session.cards[4].explains[0]=2"}, "session.cards[4].explains[0]", "expected a string");
    row("explains unknown card", {"session.cards[3].explains[0]=\"w9\""}, "session.cards[3].explains[0]", "no card \"w9\"");
    row("explains itself", {"session.cards[3].explains=[\"w3\"]"}, "session.cards[3].explains[0]", "cannot explain itself");
    row("explains twice", {"session.cards[3].explains=[\"w2\", \"w2\"]"}, "session.cards[3].explains[1]", "listed twice");
    row("problem explains", {"session.cards[0].explains=[\"w1\"]"}, "session.cards[0].explains", "the problem card explains nothing");
    row("cycle", {"session.cards[1].explains=[\"w3\"]"}, "session.cards[2].explains[0]", "closes a cycle (w1 → w3 → w2 → w1)");
    row("cycle through shared cause", {"session.cards[1].explains=[\"p\", \"w5\"]"}, "session.cards[2].explains[0]", "closes a cycle (w1 → w5 → w4 → w2 → w1)");
    row("whys not reaching the problem", {"session.cards[5].explains=[\"w6\"]", "session.cards[6].explains=[\"w5\"]"},
        "session.cards[6].explains[0]", "closes a cycle (w5 → w6 → w5)");
    row("x without y", {"session.cards[1].x=10"}, "session.cards[1].y", "required when \"x\" is given");
    row("y without x", {"session.cards[1].y=10"}, "session.cards[1].x", "required when \"y\" is given");
    row("x string", {"session.cards[1].x=\"10\"", "session.cards[1].y=5"}, "session.cards[1].x", "expected a number");
    row("readBack array", {"session.cards[1].readBack=[]"}, "session.cards[1].readBack", "expected an object");
    row("readBack other card", {"session.cards[1].readBack={\"w2\": \"holds\"}"}, "session.cards[1].readBack.w2", "not in this card's");
    row("readBack verdict unknown", {"session.cards[1].readBack={\"p\": \"maybe\"}"}, "session.cards[1].readBack.p", "unknown value \"maybe\"");
    // Timeline
    row("timeline object", {"session.timeline={}"}, "session.timeline", "expected an array");
    row("event not object", {"session.timeline[0]=1"}, "session.timeline[0]", "expected an object");
    row("event id missing", {"-session.timeline[2].id"}, "session.timeline[2].id", "required");
    row("event id duplicate", {"session.timeline[3].id=\"t1\""}, "session.timeline[3].id", "duplicate id \"t1\" (also used by session.timeline[0])");
    row("event at missing", {"-session.timeline[1].at"}, "session.timeline[1].at", "required");
    row("event at no offset", {"session.timeline[1].at=\"2017-04-06T18:33\""}, "session.timeline[1].at", "offset");
    row("event kind unknown", {"session.timeline[1].kind=\"panic\""}, "session.timeline[1].kind", "unknown value \"panic\"");
    row("event text missing", {"-session.timeline[4].text"}, "session.timeline[4].text", "required");
    row("event cards unknown", {"session.timeline[0].cards=[\"w2\", \"w9\"]"}, "session.timeline[0].cards[1]", "no card \"w9\"");
    row("event cards string", {"session.timeline[0].cards=\"w2\""}, "session.timeline[0].cards", "expected an array");
    // Actions
    row("actions string", {"session.actions=\"none\""}, "session.actions", "expected an array");
    row("action not object", {"session.actions[1]=[]"}, "session.actions[1]", "expected an object");
    row("action text missing", {"-session.actions[0].text"}, "session.actions[0].text", "required");
    row("action owner number", {"session.actions[0].owner=1"}, "session.actions[0].owner", "expected a string");
    row("action due format", {"session.actions[2].due=\"14/04/2017\""}, "session.actions[2].due", "is not a date");
    row("action due impossible", {"session.actions[2].due=\"2017-13-01\""}, "session.actions[2].due", "is not a date");
    row("action due date-time", {"session.actions[2].due=\"2017-04-14T00:00:00Z\""}, "session.actions[2].due", "is not a date");
    row("action category unknown", {"session.actions[1].category=\"people\""}, "session.actions[1].category", "unknown value \"people\"");
    row("action category empty", {"session.actions[1].category=\"\""}, "session.actions[1].category", "unknown value");
    row("action horizon unknown", {"session.actions[1].horizon=\"forever\""}, "session.actions[1].horizon", "unknown value \"forever\"");
    row("action status unknown", {"session.actions[1].status=\"closed\""}, "session.actions[1].status", "unknown value \"closed\"");
    row("action cards unknown", {"session.actions[3].cards=[\"w33\"]"}, "session.actions[3].cards[0]", "no card \"w33\"");
    row("action events unknown", {"session.actions[2].events=[\"t9\"]"}, "session.actions[2].events[0]", "no timeline event \"t9\"");
    row("action events are card ids", {"session.actions[2].events=[\"w6\"]"}, "session.actions[2].events[0]", "no timeline event \"w6\"");
    row("action link number", {"session.actions[2].link=42"}, "session.actions[2].link", "expected a string");
    row("action id duplicate", {"session.actions[0].id=\"x\"", "session.actions[2].id=\"x\""}, "session.actions[2].id", "duplicate id \"x\" (also used by session.actions[0])");
    row("action id empty", {"session.actions[0].id=\"\""}, "session.actions[0].id", "must not be empty");
    // Extension
    row("dismissed object", {"session.dismissedFindings={}"}, "session.dismissedFindings", "expected an array");
    row("dismissed check missing", {"session.dismissedFindings=[{\"item\": \"w1\"}]"}, "session.dismissedFindings[0].check", "required");
    row("linkOrder unknown link", {"session.linkOrder=[[\"w1\", \"w2\"]]"}, "session.linkOrder[0]", "no card \"w1\" explains \"w2\"");
    row("linkOrder partial", {"session.linkOrder=[[\"w6\", \"p\"]]"}, "session.linkOrder", "lists 1 of the 6 links");
    row("linkOrder twice", {"session.linkOrder=[[\"w6\", \"p\"], [\"w6\", \"p\"]]"}, "session.linkOrder[1]", "listed twice");
    row("linkOrder not pairs", {"session.linkOrder=[\"w6\"]"}, "session.linkOrder[0]", "pair of card ids");
    Q_UNUSED(s)
}

void TestSessionJsonFormat::refusesBadDocuments()
{
    QFETCH(QStringList, changes);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(changedExample(changes));
    QVERIFY2(!result.session, "a bad document must import nothing");
    QVERIFY2(result.error.startsWith(path + QStringLiteral(": ")), qPrintable(result.error));
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
}

void TestSessionJsonFormat::refusesNonJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << exampleJson().left(400) << QStringLiteral("not valid JSON");
    QTest::newRow("trailing comma") << QByteArray("{\"format\": \"whyboard.session\",\n}") << QStringLiteral("line 2, column");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n", 8) << QStringLiteral("not valid JSON");
}

void TestSessionJsonFormat::refusesNonJson()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(bytes);
    QVERIFY(!result.session);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
}

void TestSessionJsonFormat::ignoresUnknownFields()
{
    const QByteArray extended = changedExample({QStringLiteral("generator=\"other tool 2.0\""),
                                                QStringLiteral("session.colour=\"red\""),
                                                QStringLiteral("session.cards[2].shape={\"round\": true}"),
                                                QStringLiteral("session.timeline[0].source=\"pager\""),
                                                QStringLiteral("session.actions[0].priority=1"),
                                                QStringLiteral("session.participants[0].email=\"n@example.com\""),
                                                QStringLiteral("session.impact.region=\"EU\"")});
    const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(extended);
    QVERIFY2(result.session, qPrintable(result.error));
    QCOMPARE(*result.session, *SessionJsonFormat::read(exampleJson()).session);
}

void TestSessionJsonFormat::treatsNullAsAbsent()
{
    const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(changedExample(
        {QStringLiteral("session.summary=null"), QStringLiteral("session.severity=null"),
         QStringLiteral("session.detectedAt=null"), QStringLiteral("session.actions[2].due=null"),
         QStringLiteral("session.cards[1].evidence=null")}));
    QVERIFY2(result.session, qPrintable(result.error));
    QCOMPARE(result.session->summary, QString());
    QCOMPARE(result.session->severity, 0);
    QVERIFY(!result.session->detectedAt.isValid());
    QVERIFY(!result.session->actions.at(2).due.isValid());
    QCOMPARE(result.session->cards.at(1).evidence, QString());
}

void TestSessionJsonFormat::acceptsForwardReferences()
{
    // The problem last, and every why before the card it explains.
    const QByteArray json = R"({"format": "whyboard.session", "version": 1, "session": {"title": "t", "cards": [
        {"id": "b", "kind": "why", "text": "deeper", "explains": ["a"]},
        {"id": "a", "kind": "why", "text": "cause", "explains": ["p"]},
        {"id": "p", "kind": "problem", "text": "problem"}]}})";
    const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(json);
    QVERIFY2(result.session, qPrintable(result.error));
    QCOMPARE(result.session->cards.size(), 3);
    QCOMPARE(result.session->effectsOf(QStringLiteral("b")), QStringList{QStringLiteral("a")});
    QCOMPARE(result.session->status, SessionStatus::Draft);
    const Session placed = readAndPlaced(json);
    QVERIFY(placed.card(QStringLiteral("p"))->position.y() < placed.card(QStringLiteral("a"))->position.y());
}

void TestSessionJsonFormat::readingKeepsPositionsAsWritten()
{
    // Reading gives exactly what the file says: no layout runs, cards without x/y stay at
    // the origin and are named for the placement step.
    const QByteArray json = changedExample({QStringLiteral("session.cards[0].x=500"), QStringLiteral("session.cards[0].y=40"),
                                            QStringLiteral("session.cards[2].x=-12.5"), QStringLiteral("session.cards[2].y=0")});
    const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(json);
    QVERIFY2(result.session, qPrintable(result.error));
    const Session &s = *result.session;
    QCOMPARE(s.cards.at(0).position, QPointF(500, 40));
    QCOMPARE(s.cards.at(2).position, QPointF(-12.5, 0));
    QCOMPARE(result.unpositioned.size(), s.cards.size() - 2);
    for (const Card &card : s.cards) {
        QCOMPARE(result.unpositioned.contains(card.id), card.id != s.cards.at(0).id && card.id != s.cards.at(2).id);
        if (result.unpositioned.contains(card.id))
            QCOMPARE(card.position, QPointF());
    }
    // What the file says is what comes back when it is written again.
    QCOMPARE(*SessionJsonFormat::read(SessionJsonFormat::write(s)).session, s);

    const SessionJsonFormat::ReadResult example = SessionJsonFormat::read(exampleJson());
    QVERIFY2(example.session, qPrintable(example.error));
    QCOMPARE(example.unpositioned.size(), example.session->cards.size());
    QVERIFY(!overlappingCards(*example.session).isEmpty()); // all at the origin until placed
    QCOMPARE(overlappingCards(readAndPlaced(exampleJson())), QString());
}

void TestSessionJsonFormat::keepsGivenPositionsAndPlacesTheRest()
{
    const QByteArray json = changedExample({QStringLiteral("session.cards[0].x=500"), QStringLiteral("session.cards[0].y=40"),
                                            QStringLiteral("session.cards[1].x=500"), QStringLiteral("session.cards[1].y=300")});
    const Session s = readAndPlaced(json);
    QCOMPARE(s.cards.size(), 7);
    QCOMPARE(s.cards.at(0).position, QPointF(500, 40));
    QCOMPARE(s.cards.at(1).position, QPointF(500, 300));
    QCOMPARE(overlappingCards(s), QString());
    // A placed cause sits below the card it explains.
    QVERIFY(s.card(QStringLiteral("w2"))->position.y() > s.card(QStringLiteral("w1"))->position.y());
}

void TestSessionJsonFormat::numbersActionsAroundExplicitIds()
{
    const SessionJsonFormat::ReadResult result = SessionJsonFormat::read(
        changedExample({QStringLiteral("session.actions[1].id=\"a1\""), QStringLiteral("session.actions[3].id=\"T-9\"")}));
    QVERIFY2(result.session, qPrintable(result.error));
    QStringList ids;
    for (const ActionItem &action : result.session->actions)
        ids.append(action.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("a2"), QStringLiteral("a1"), QStringLiteral("a3"), QStringLiteral("T-9")}));
}

void TestSessionJsonFormat::keepsTextExactlyFromFile()
{
    const SessionJsonFormat::ReadResult result =
        SessionJsonFormat::read(readFile(QStringLiteral(WHYBOARD_FIXTURES_DIR "/json/unicode-text.json")));
    QVERIFY2(result.session, qPrintable(result.error));
    const Session &s = *result.session;
    QCOMPARE(s.title, QStringLiteral("Ausfall am Montag — 障害 🔥"));
    QCOMPARE(s.summary, QStringLiteral("First line\nsecond line\r\n\tindented  two spaces \u00a0nbsp"));
    QCOMPARE(s.cards.at(1).text, QStringLiteral("  leading and trailing spaces  "));
    QCOMPARE(s.cards.at(1).evidence, QStringLiteral("\"quoted\" \\ slash / é"));
    QCOMPARE(s.timeline.at(0).text, QStringLiteral("emoji 👩‍💻 and RTL שלום"));
    const SessionJsonFormat::ReadResult again = SessionJsonFormat::read(SessionJsonFormat::write(s));
    QVERIFY2(again.session, qPrintable(again.error));
    QCOMPARE(*again.session, s);
}

void TestSessionJsonFormat::parsesDateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("utcMSecs");
    QTest::addColumn<int>("offset");
    const qint64 base = QDateTime(QDate(2017, 4, 7), QTime(1, 30), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("negative offset") << "2017-04-06T18:30:00-07:00" << true << base << -25200;
    QTest::newRow("Z") << "2017-04-07T01:30:00Z" << true << base << 0;
    QTest::newRow("plus zero") << "2017-04-07T01:30:00+00:00" << true << base << 0;
    QTest::newRow("no seconds") << "2017-04-07T07:00+05:30" << true << base << 19800;
    QTest::newRow("compact offset") << "2017-04-07T07:00:00+0530" << true << base << 19800;
    QTest::newRow("milliseconds") << "2017-04-07T01:30:00.123Z" << true << base + 123 << 0;
    QTest::newRow("microseconds rounded") << "2017-04-07T01:30:00.123999Z" << true << base + 124 << 0;
    QTest::newRow("tenths") << "2017-04-07T01:30:00.5Z" << true << base + 500 << 0;
    QTest::newRow("space separator") << "2017-04-07 01:30:00Z" << true << base << 0;
    QTest::newRow("no offset") << "2017-04-07T01:30:00" << false << qint64(0) << 0;
    QTest::newRow("date only") << "2017-04-07" << false << qint64(0) << 0;
    QTest::newRow("trailing text") << "2017-04-07T01:30:00Zand more" << false << qint64(0) << 0;
    QTest::newRow("bad day") << "2017-04-31T01:30:00Z" << false << qint64(0) << 0;
    QTest::newRow("bad minute") << "2017-04-07T01:60:00Z" << false << qint64(0) << 0;
    QTest::newRow("offset minutes") << "2017-04-07T01:30:00+01:75" << false << qint64(0) << 0;
    QTest::newRow("empty") << "" << false << qint64(0) << 0;
}

void TestSessionJsonFormat::parsesDateTimes()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, utcMSecs);
    QFETCH(int, offset);
    const QDateTime time = SessionJsonFormat::parseDateTime(text);
    QCOMPARE(time.isValid(), valid);
    if (valid) {
        QCOMPARE(time.toMSecsSinceEpoch(), utcMSecs);
        QCOMPARE(time.offsetFromUtc(), offset);
    }
}

void TestSessionJsonFormat::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("date") << "2017-04-14" << QDate(2017, 4, 14);
    QTest::newRow("leap day") << "2024-02-29" << QDate(2024, 2, 29);
    QTest::newRow("no leap day") << "2023-02-29" << QDate();
    QTest::newRow("one-digit month") << "2017-4-14" << QDate();
    QTest::newRow("with a time") << "2017-04-14T00:00:00Z" << QDate();
    QTest::newRow("trailing space") << "2017-04-14 " << QDate();
    QTest::newRow("compact") << "20170414" << QDate();
    QTest::newRow("empty") << "" << QDate();
}

void TestSessionJsonFormat::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(SessionJsonFormat::parseDate(text), date);
}

void TestSessionJsonFormat::formatsDateTimes_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("text");
    QTest::newRow("offset") << QDateTime(QDate(2017, 4, 6), QTime(18, 30), Qt::OffsetFromUTC, -25200) << "2017-04-06T18:30:00-07:00";
    QTest::newRow("half hour") << QDateTime(QDate(2017, 4, 6), QTime(18, 30, 5), Qt::OffsetFromUTC, 34200) << "2017-04-06T18:30:05+09:30";
    QTest::newRow("utc") << QDateTime(QDate(2017, 4, 6), QTime(18, 30), Qt::UTC) << "2017-04-06T18:30:00Z";
    QTest::newRow("ms") << QDateTime(QDate(2017, 4, 6), QTime(18, 30, 0, 7), Qt::OffsetFromUTC, 3600) << "2017-04-06T18:30:00.007+01:00";
    QTest::newRow("invalid") << QDateTime() << "";
}

void TestSessionJsonFormat::formatsDateTimes()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, text);
    QCOMPARE(SessionJsonFormat::formatDateTime(time), text);
    if (time.isValid())
        QVERIFY(sameZonedTime(SessionJsonFormat::parseDateTime(text), time.toOffsetFromUtc(time.offsetFromUtc())));
}

QTEST_GUILESS_MAIN(TestSessionJsonFormat)
#include "tst_sessionjsonformat.moc"
