// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupfiles.h"
#include "report/actionscsvwriter.h"

#include <QTest>

using namespace Whyboard;

// The CSV a tracker's importer reads: RFC 4180 read back field by field, UTF-8, and no cell a
// spreadsheet would run as a formula.
class TestActionsCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsReadBack()
    {
        FollowUp tricky;
        tricky.sessionId = 4;
        tricky.sessionTitle = QStringLiteral("Ünïcode \"quoted\", title");
        tricky.actionId = QStringLiteral("a9");
        tricky.text = QStringLiteral("=HYPERLINK(\"http://evil\")");
        tricky.owner = QStringLiteral("@ops-team");
        tricky.due = QDate(2017, 2, 28);
        tricky.status = ActionStatus::InProgress;
        tricky.link = QStringLiteral("https://jira.example.com/browse/OPS-1");
        FollowUp plain;
        plain.sessionId = 5;
        plain.sessionTitle = QStringLiteral("Disk full");
        plain.actionId = QStringLiteral("a1");
        plain.text = QStringLiteral("-1 day retention, then +2");
        plain.status = ActionStatus::Done;

        const QByteArray bytes = ActionsCsvWriter::write({tricky, plain});
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> rows = Test::csvRows(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), ActionsCsvWriter::header());
        QCOMPARE(rows.at(0).mid(0, 6), (QStringList{QStringLiteral("Summary"), QStringLiteral("Description"), QStringLiteral("Assignee"),
                                                   QStringLiteral("Due date"), QStringLiteral("Status"), QStringLiteral("Labels")}));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows.at(0).size());
        const QStringList first = rows.at(1);
        QCOMPARE(first.at(0), QStringLiteral("'=HYPERLINK(\"http://evil\")"));
        QCOMPARE(first.at(2), QStringLiteral("'@ops-team"));
        QCOMPARE(first.at(3), QStringLiteral("2017-02-28"));
        QCOMPARE(first.at(4), QStringLiteral("In Progress"));
        QCOMPARE(first.at(6), QStringLiteral("Ünïcode \"quoted\", title"));
        QVERIFY(first.at(1).contains(QStringLiteral("\nTracker: https://jira.example.com/browse/OPS-1")));
        const QStringList second = rows.at(2);
        QCOMPARE(second.at(0), QStringLiteral("'-1 day retention, then +2"));
        QCOMPARE(second.at(3), QString());
        QCOMPARE(second.at(4), QStringLiteral("Done"));
        QCOMPARE(second.at(7), QStringLiteral("5"));
    }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }
    void formulaGuard()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(ActionsCsvWriter::defused(cell), written);
    }
};

QTEST_GUILESS_MAIN(TestActionsCsvWriter)
#include "tst_actionscsvwriter.moc"
