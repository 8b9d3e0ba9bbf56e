// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chatlogparser.h"
#include "analysis/emojicodes.h"

#include <QTest>

using namespace Whyboard;

namespace {

// "L3 2017-04-06 18:42:00 -07:00 alice: rolled back [mitigation]", newlines shown as " / ".
QString describe(const ChatLogLine &line)
{
    const int offset = line.at.offsetFromUtc();
    const QString zone = QStringLiteral("%1%2:%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("L%1 %2 %3 %4: %5 [%6]")
        .arg(line.lineNumber)
        .arg(line.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), zone, line.author,
             QString(line.text).replace(QLatin1Char('\n'), QStringLiteral(" / ")), keyOf(line.suggestedKind));
}

const QDate day(2017, 4, 6);
constexpr int pacific = -7 * 3600;

} // namespace

class TestChatLogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emojiCodesBecomeCharacters_data();
    void emojiCodesBecomeCharacters();
    void emojiTableCoversSlacksCommonCodes();
    void parsesLogs_data();
    void parsesLogs();
    void suggestsKinds_data();
    void suggestsKinds();
    void everyLineIsAccountedFor();
};

void TestChatLogParser::parsesLogs_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QStringList>("recognised");
    QTest::addColumn<QStringList>("unrecognised"); // "L<n> <line>"

    QTest::newRow("plain time and author")
        << "18:42 alice: rolled back\n18:45 bob: paged the DBA\n"
        << QStringList{"L1 2017-04-06 18:42:00 -07:00 alice: rolled back [mitigation]",
                       "L2 2017-04-06 18:45:00 -07:00 bob: paged the DBA [escalation]"}
        << QStringList();
    QTest::newRow("bracketed date and time")
        << "[2017-04-07 09:01] bob: error rate back to normal, resolved"
        << QStringList{"L1 2017-04-07 09:01:00 -07:00 bob: error rate back to normal, resolved [resolution]"}
        << QStringList();
    QTest::newRow("ISO with offset, no author")
        << "2017-04-06T18:42:10+02:00 deploy of build 4411 started"
        << QStringList{"L1 2017-04-06 18:42:10 +02:00 : deploy of build 4411 started [note]"} << QStringList();
    QTest::newRow("ISO UTC with author")
        << "2017-04-07T01:33:00Z carol: I noticed 500s on /share"
        << QStringList{"L1 2017-04-07 01:33:00 +00:00 carol: I noticed 500s on /share [detection]"} << QStringList();
    QTest::newRow("IRC")
        << "[18:42:07] <alice> reverted 4411\n[18:42:30] <@ops-bot> alert cleared\n[18:43:01] * bob looks at dashboards"
        << QStringList{"L1 2017-04-06 18:42:07 -07:00 alice: reverted 4411 [mitigation]",
                       "L2 2017-04-06 18:42:30 -07:00 ops-bot: alert cleared [detection]",
                       "L3 2017-04-06 18:43:01 -07:00 bob: looks at dashboards [note]"}
        << QStringList();
    QTest::newRow("Slack copy")
        << "alice  6:42 PM\nrolled back the deploy\nbob  6:45 PM\nthanks\nerrors are going down\n"
        << QStringList{"L1 2017-04-06 18:42:00 -07:00 alice: rolled back the deploy [mitigation]",
                       "L3 2017-04-06 18:45:00 -07:00 bob: thanks / errors are going down [note]"}
        << QStringList();
    QTest::newRow("Slack message mentioning a time")
        << "alice  6:42 PM\nrolled back, checking again\nback at 6:50 PM\nbob  6:51 PM\nok"
        << QStringList{"L1 2017-04-06 18:42:00 -07:00 alice: rolled back, checking again / back at 6:50 PM [mitigation]",
                       "L4 2017-04-06 18:51:00 -07:00 bob: ok [note]"}
        << QStringList();
    QTest::newRow("Slack with brackets and names")
        << "Noel Smith [6:33 PM]\nthe prod app is gone from the portal\nVP Engineering [12:05 AM]\nall clear"
        << QStringList{"L1 2017-04-06 18:33:00 -07:00 Noel Smith: the prod app is gone from the portal [note]",
                       "L3 2017-04-07 00:05:00 -07:00 VP Engineering: all clear [resolution]"}
        << QStringList();
    QTest::newRow("Slack, message after the bracket")
        << "alice [6:42 PM] rolled back\nbob [6:44 PM] thanks"
        << QStringList{"L1 2017-04-06 18:42:00 -07:00 alice: rolled back [mitigation]",
                       "L2 2017-04-06 18:44:00 -07:00 bob: thanks [note]"}
        << QStringList();
    QTest::newRow("WhatsApp style")
        << "06/04/2017, 18:42 - alice: rolled back\n4/6/17, 18:50 - bob: fixed"
        << QStringList{"L1 2017-04-06 18:42:00 -07:00 alice: rolled back [mitigation]",
                       "L2 2017-04-06 18:50:00 -07:00 bob: fixed [resolution]"}
        << QStringList();
    QTest::newRow("dotted date, seconds")
        << "[06.04.17, 18:42:10] Dana: escalated to the partner team"
        << QStringList{"L1 2017-04-06 18:42:10 -07:00 Dana: escalated to the partner team [escalation]"} << QStringList();
    QTest::newRow("12-hour times")
        << "[6:42 PM] alice: mitigated\n12:10 AM bob: still down\n[12:30pm] carol: restored"
        << QStringList{"L1 2017-04-06 18:42:00 -07:00 alice: mitigated [mitigation]",
                       "L2 2017-04-07 00:10:00 -07:00 bob: still down [note]",
                       "L3 2017-04-07 12:30:00 -07:00 carol: restored [resolution]"}
        << QStringList();
    QTest::newRow("crossing midnight")
        << "23:58 alice: alert fired\n00:03 bob: paged\n00:02 carol: (late line, same night)\n01:10 alice: fixed"
        << QStringList{"L1 2017-04-06 23:58:00 -07:00 alice: alert fired [detection]",
                       "L2 2017-04-07 00:03:00 -07:00 bob: paged [escalation]",
                       "L3 2017-04-07 00:02:00 -07:00 carol: (late line, same night) [note]",
                       "L4 2017-04-07 01:10:00 -07:00 alice: fixed [resolution]"}
        << QStringList();
    QTest::newRow("continuation lines")
        << "18:42 alice: stack trace:\n  at Foo.bar(Foo.java:10)\n  at Main.main\n\n18:44 bob: ok"
        << QStringList{"L1 2017-04-06 18:42:00 -07:00 alice: stack trace: / at Foo.bar(Foo.java:10) / at Main.main [note]",
                       "L5 2017-04-06 18:44:00 -07:00 bob: ok [note]"}
        << QStringList();
    QTest::newRow("multi-word author and dash")
        << "18:41 - Customer Support: first reports from customers"
        << QStringList{"L1 2017-04-06 18:41:00 -07:00 Customer Support: first reports from customers [note]"}
        << QStringList();
    QTest::newRow("windows line endings")
        << "18:42 alice: rolled back\r\n\r\n18:43 bob: ok\r\n"
        << QStringList{"L1 2017-04-06 18:42:00 -07:00 alice: rolled back [mitigation]",
                       "L3 2017-04-06 18:43:00 -07:00 bob: ok [note]"}
        << QStringList();
    QTest::newRow("junk around a log")
        << "Here is what I copied from #outage:\n--------\n18:42 alice: rolled back\n99:99 bob: broken stamp\n"
           "[2017-02-30 10:00] carol: no such day\n    \n18:50 dave: restored"
        << QStringList{"L3 2017-04-06 18:42:00 -07:00 alice: rolled back [mitigation]",
                       "L7 2017-04-06 18:50:00 -07:00 dave: restored [resolution]"}
        << QStringList{"L1 Here is what I copied from #outage:", "L2 --------", "L4 99:99 bob: broken stamp",
                       "L5 [2017-02-30 10:00] carol: no such day"};
    QTest::newRow("header without message")
        << "alice  6:42 PM\nbob  6:45 PM\nrolled back"
        << QStringList{"L2 2017-04-06 18:45:00 -07:00 bob: rolled back [mitigation]"}
        << QStringList{"L1 alice  6:42 PM"};
    QTest::newRow("time only") << "18:42\n18:43 alice: ok"
                               << QStringList{"L2 2017-04-06 18:43:00 -07:00 alice: ok [note]"}
                               << QStringList{"L1 18:42"};
    QTest::newRow("empty paste") << "\n   \n" << QStringList() << QStringList();
    QTest::newRow("prose is not a log") << "The deploy went out at some point.\nThen it broke."
                                        << QStringList()
                                        << QStringList{"L1 The deploy went out at some point.", "L2 Then it broke."};
}

void TestChatLogParser::parsesLogs()
{
    QFETCH(QString, paste);
    QFETCH(QStringList, recognised);
    QFETCH(QStringList, unrecognised);
    const ChatLogParseResult result = ChatLogParser::parse(paste, day, pacific);
    QStringList got;
    for (const ChatLogLine &line : result.recognised)
        got.append(describe(line));
    QCOMPARE(got, recognised);
    QStringList gotUnrecognised;
    for (const auto &[number, line] : result.unrecognised)
        gotUnrecognised.append(QStringLiteral("L%1 %2").arg(number).arg(line));
    QCOMPARE(gotUnrecognised, unrecognised);
    for (const ChatLogLine &line : result.recognised)
        QVERIFY(line.at.timeSpec() != Qt::LocalTime); // a fixed offset, whatever this machine's zone
}

void TestChatLogParser::suggestsKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<EventKind>("kind");
    QTest::newRow("rolled back") << "Rolled back to 4410" << EventKind::Mitigation;
    QTest::newRow("rollback") << "starting the rollback" << EventKind::Mitigation;
    QTest::newRow("reverted") << "reverted the config" << EventKind::Mitigation;
    QTest::newRow("mitigation") << "mitigation in place" << EventKind::Mitigation;
    QTest::newRow("rollback restored") << "rolled back, service restored" << EventKind::Mitigation;
    QTest::newRow("resolved") << "RESOLVED" << EventKind::Resolution;
    QTest::newRow("fixed") << "fixed by LinkedIn support" << EventKind::Resolution;
    QTest::newRow("restored") << "apps restored" << EventKind::Resolution;
    QTest::newRow("paged") << "paged the on-call DBA" << EventKind::Escalation;
    QTest::newRow("escalated") << "Escalating to LinkedIn" << EventKind::Escalation;
    QTest::newRow("noticed") << "I noticed errors" << EventKind::Detection;
    QTest::newRow("alert") << "Alerts firing for /share" << EventKind::Detection;
    QTest::newRow("detected") << "anomaly detected" << EventKind::Detection;
    QTest::newRow("note") << "looking at the dashboards" << EventKind::Note;
    QTest::newRow("not inside words") << "prefixed the table, unalerted" << EventKind::Note;
}

void TestChatLogParser::suggestsKinds()
{
    QFETCH(QString, text);
    QFETCH(EventKind, kind);
    QCOMPARE(ChatLogParser::suggestKind(text), kind);
}

void TestChatLogParser::everyLineIsAccountedFor()
{
    // Every non-blank line is the start of a message, a continuation inside one, or unrecognised.
    const QString paste = QStringLiteral("intro\n18:00 a: x\ncontinued\n\n18:01 b: y\n42:00 junk\nalice  6:02 PM\nhello\n");
    const ChatLogParseResult result = ChatLogParser::parse(paste, day, 0);
    int accounted = int(result.unrecognised.size());
    for (const ChatLogLine &line : result.recognised)
        accounted += 1 + int(line.text.count(QLatin1Char('\n')));
    // The Slack header and its message line are one message with one text line.
    QCOMPARE(accounted + 1, 7);
}

void TestChatLogParser::emojiCodesBecomeCharacters_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("text");
    QTest::newRow("check mark") << "18:42 alice: :white_check_mark: rolled back" << QString::fromUtf8("✅ rolled back");
    QTest::newRow("several, thumbs up with a skin tone")
        << "18:43 bob: :fire::fire: db down :+1::skin-tone-3:" << QString::fromUtf8("🔥🔥 db down 👍🏼");
    QTest::newRow("unknown code stays") << "18:44 carol: :party-parrot: it works" << ":party-parrot: it works";
    QTest::newRow("a time before a code") << "18:45 dan: ETA 19:30:tada:" << QString::fromUtf8("ETA 19:30🎉");
    QTest::newRow("capitals as typed") << "18:46 eve: :X: not yet" << QString::fromUtf8("❌ not yet");
}

void TestChatLogParser::emojiCodesBecomeCharacters()
{
    QFETCH(QString, line);
    QFETCH(QString, text);
    const ChatLogParseResult result = ChatLogParser::parse(line, QDate(2017, 4, 6), 0);
    QCOMPARE(result.recognised.size(), 1);
    QCOMPARE(result.recognised.first().text, text);
}

void TestChatLogParser::emojiTableCoversSlacksCommonCodes()
{
    QVERIFY2(EmojiCodes::count() >= 300, qPrintable(QString::number(EmojiCodes::count())));
    const QStringList common{"white_check_mark", "heavy_check_mark", "x", "warning", "rotating_light", "fire", "tada",
                             "eyes", "thumbsup", "-1", "pray", "joy", "thinking_face", "rocket", "bug", "100",
                             "red_circle", "large_green_circle", "hourglass_flowing_sand", "sob", "facepalm", "shrug"};
    for (const QString &code : common)
        QVERIFY2(!EmojiCodes::lookUp(code).isEmpty(), qPrintable(code));
}

QTEST_GUILESS_MAIN(TestChatLogParser)
#include "tst_chatlogparser.moc"
