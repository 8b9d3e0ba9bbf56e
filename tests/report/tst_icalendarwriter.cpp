// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupfiles.h"
#include "report/icalendarwriter.h"

#include <QTest>

using namespace Whyboard;

// The calendar file a lead imports into a calendar app: every rule of RFC 5545 that an app
// checks, read back by the format's rules.
class TestICalendarWriter : public QObject
{
    Q_OBJECT

private:
    static FollowUp followUp(SessionId session, const QString &id, const QString &text, const QDate &due,
                             ActionStatus status = ActionStatus::Open)
    {
        FollowUp f;
        f.sessionId = session;
        f.sessionTitle = QStringLiteral("S3 outage, eu-west; again");
        f.actionId = id;
        f.text = text;
        f.owner = QStringLiteral("Ana");
        f.due = due;
        f.status = status;
        return f;
    }

private Q_SLOTS:
    void structureAndValuesReadBack()
    {
        const QString longText = QStringLiteral("Rehearse the restart, with a runbook; \\ check \"it\"\nthen ") + QString(60, QChar(0x00E9))
                                 + QStringLiteral(" and 😀 emoji that must not be cut in half at the fold");
        const QList<FollowUp> rows{followUp(3, QStringLiteral("a4"), longText, QDate(2017, 3, 1)),
                                   followUp(3, QStringLiteral("a5"), QStringLiteral("No day"), QDate()),
                                   followUp(7, QStringLiteral("a1"), QStringLiteral("Alert on 5xx"), QDate(2017, 4, 2), ActionStatus::InProgress),
                                   followUp(7, QStringLiteral("a2"), QStringLiteral("Done one"), QDate(2017, 4, 3), ActionStatus::Done)};
        const QByteArray bytes = ICalendarWriter::write(rows, QDateTime(QDate(2026, 12, 1), QTime(22, 30), Qt::UTC));

        // Every physical line ends in CRLF and has at most 75 octets, and is valid UTF-8 alone.
        const QList<QByteArray> physical = bytes.split('\n');
        QVERIFY(physical.constLast().isEmpty());
        for (int i = 0; i + 1 < physical.size(); ++i) {
            QVERIFY2(physical.at(i).endsWith('\r'), physical.at(i).constData());
            QVERIFY2(physical.at(i).size() - 1 <= 75, physical.at(i).constData());
            QVERIFY(!QString::fromUtf8(physical.at(i)).contains(QChar::ReplacementCharacter));
        }
        const QStringList lines = Test::unfoldICalendar(bytes);
        QCOMPARE(lines.constFirst(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(lines.constLast(), QStringLiteral("END:VCALENDAR"));
        QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QLatin1String("PRODID:")); }));

        // The action without a due day is not in the calendar.
        const QList<QMap<QString, QString>> todos = Test::iCalendarTodos(lines);
        QCOMPARE(todos.size(), 3);
        const QMap<QString, QString> &first = todos.at(0);
        QCOMPARE(Test::unescapeICalendarText(first.value(QStringLiteral("SUMMARY"))), longText.simplified());
        QCOMPARE(first.value(QStringLiteral("DUE;VALUE=DATE")), QStringLiteral("20170301"));
        QCOMPARE(first.value(QStringLiteral("DTSTAMP")), QStringLiteral("20261201T223000Z"));
        QCOMPARE(first.value(QStringLiteral("STATUS")), QStringLiteral("NEEDS-ACTION"));
        QCOMPARE(Test::unescapeICalendarText(first.value(QStringLiteral("DESCRIPTION"))),
                 QStringLiteral("Postmortem: S3 outage, eu-west; again (session 3)\nOwner: Ana"));
        // Escaped as TEXT: no bare comma or semicolon left in the value.
        QVERIFY(first.value(QStringLiteral("DESCRIPTION")).contains(QStringLiteral("outage\\, eu-west\\; again")));
        QCOMPARE(todos.at(1).value(QStringLiteral("STATUS")), QStringLiteral("IN-PROCESS"));
        QCOMPARE(todos.at(2).value(QStringLiteral("STATUS")), QStringLiteral("COMPLETED"));

        // One UID per session and action, the same in the next export.
        QSet<QString> uids;
        for (const auto &todo : todos)
            uids.insert(todo.value(QStringLiteral("UID")));
        QCOMPARE(uids.size(), 3);
        const QByteArray again = ICalendarWriter::write(rows, QDateTime(QDate(2027, 1, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(Test::iCalendarTodos(Test::unfoldICalendar(again)).at(0).value(QStringLiteral("UID")),
                 first.value(QStringLiteral("UID")));
    }

    void textEscaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a\\,b");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
        QTest::newRow("control") << QStringLiteral("a\x01") + QStringLiteral("b") << QStringLiteral("ab");
        QTest::newRow("colon stays") << QStringLiteral("a:b") << QStringLiteral("a:b");
    }
    void textEscaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(ICalendarWriter::escapeText(text), escaped);
    }

    void foldingNeverSplitsACharacter()
    {
        // Three-byte characters from every starting offset: a fold inside one would break it.
        for (int prefix = 0; prefix < 4; ++prefix) {
            const QString line = QStringLiteral("SUMMARY:") + QString(prefix, QLatin1Char('x')) + QString(100, QChar(0x20AC));
            const QByteArray folded = ICalendarWriter::foldLine(line);
            QCOMPARE(Test::unfoldICalendar(folded), QStringList{line});
            for (const QByteArray &physical : folded.split('\n')) {
                QVERIFY(physical.size() <= 76);
                QVERIFY(!QString::fromUtf8(physical).contains(QChar::ReplacementCharacter));
            }
        }
        QCOMPARE(ICalendarWriter::foldLine(QString(75, QLatin1Char('a'))), QByteArray(75, 'a') + "\r\n");
        QCOMPARE(ICalendarWriter::foldLine(QString(76, QLatin1Char('a'))), QByteArray(75, 'a') + "\r\n a\r\n");
    }
};

QTEST_GUILESS_MAIN(TestICalendarWriter)
#include "tst_icalendarwriter.moc"
