// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/csvcolumnguess.h"
#include "timelineimport/csvmappingmemory.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// CsvColumnGuess and CsvMappingMemory: a CSV opens with its columns in the right places,
// from its header in English, German or French, from its values without one, or as the user
// chose them for the same header last time.
class TestCsvColumnGuess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Whyboard"));
        QCoreApplication::setApplicationName(QStringLiteral("Whyboard"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void namesTheRoleOfHeaderNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role");
        using R = CsvColumnGuess::Role;
        const QList<QPair<QString, R>> names{
            {"Time", R::Time},          {"timestamp", R::Time},       {"Date", R::Time},       {"created_at", R::Time},
            {"Created", R::Time},       {"Zeit", R::Time},            {"Datum", R::Time},      {"Heure", R::Time},
            {"Text", R::Text},          {"Message", R::Text},         {"Description", R::Text}, {"Summary", R::Text},
            {"Nachricht", R::Text},     {"Beschreibung", R::Text},    {"Texte", R::Text},      {"Alert message", R::Text},
            {"Author", R::Author},      {"User", R::Author},          {"owner", R::Author},    {"Agent", R::Author},
            {"Name", R::Author},        {"Benutzer", R::Author},      {"Auteur", R::Author},   {"Created by", R::Author},
            {"Kind", R::Kind},          {"Type", R::Kind},            {"Event", R::Kind},      {"Art", R::Kind},
            {"Typ", R::Kind},           {"Event type", R::Kind},      {"Duration", R::None},   {"Dauer", R::None},
        };
        for (const auto &[name, role] : names)
            QTest::newRow(qPrintable(name)) << name << int(role);
    }

    void namesTheRoleOfHeaderNames()
    {
        QFETCH(QString, name);
        QFETCH(int, role);
        QCOMPARE(int(CsvColumnGuess::roleOfName(name)), role);
    }

    void mapsAHeaderInAnyOrder()
    {
        const QStringList header{"Severity", "Benutzer", "Nachricht", "Art", "Zeitpunkt"};
        const QList<QStringList> rows{{"SEV2", "alice", "Deploy gestartet", "Auslöser", "06.04.2017 18:42"}};
        const CsvColumnMapping mapping = CsvColumnGuess::guess(header, rows, {});
        QCOMPARE(mapping.timeColumn, 4);
        QCOMPARE(mapping.textColumn, 2);
        QCOMPARE(mapping.authorColumn, 1);
        QCOMPARE(mapping.kindColumn, 3);
    }

    void keepsWhatTheUserAlreadyChose()
    {
        CsvColumnMapping chosen;
        chosen.textColumn = 2; // "Notes", not "Message"
        const CsvColumnMapping mapping =
            CsvColumnGuess::guess({"time", "message", "notes"}, {{"2017-04-06 18:42", "a", "b"}}, chosen);
        QCOMPARE(mapping.timeColumn, 0);
        QCOMPARE(mapping.textColumn, 2);
    }

    void withoutAHeaderTheValuesTell()
    {
        const QList<QStringList> rows{
            {"alice", "2017-04-06 18:42", "Deploy of build 812 started", "trigger"},
            {"bob", "2017-04-06 18:50", "Error rate alert fired for checkout", "alert"},
            {"carol", "2017-04-06 19:05", "Rolled back to build 811", "mitigation"},
        };
        QVERIFY(!CsvColumnGuess::looksLikeHeader(rows.first(), rows.mid(1)));
        const CsvColumnMapping mapping = CsvColumnGuess::guess({}, rows, {});
        QCOMPARE(mapping.timeColumn, 1);
        QCOMPARE(mapping.textColumn, 2);
        QCOMPARE(mapping.kindColumn, 3);
        QCOMPARE(mapping.authorColumn, -1);
    }

    void recognisesAHeader()
    {
        const QList<QStringList> rows{{"2017-04-06 18:42", "deploy"}};
        QVERIFY(CsvColumnGuess::looksLikeHeader({"time", "text"}, rows));
        QVERIFY(CsvColumnGuess::looksLikeHeader({"Wann", "Was"}, rows)); // unknown names above times
        QVERIFY(!CsvColumnGuess::looksLikeHeader({"2017-04-06 18:40", "start"}, rows));
    }

    void kindWordsBecomeEventKinds_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind");
        const QList<QPair<QString, EventKind>> words{
            {"trigger", EventKind::Trigger},           {"Triggered", EventKind::Trigger},
            {"Auslöser", EventKind::Trigger},          {"déclenchement", EventKind::Trigger},
            {"detected", EventKind::Detection},        {"Alert", EventKind::Detection},
            {"acknowledged", EventKind::Detection},    {"Alarm", EventKind::Detection},
            {"Détection", EventKind::Detection},       {"escalated", EventKind::Escalation},
            {"paged", EventKind::Escalation},          {"Eskalation", EventKind::Escalation},
            {"escalade", EventKind::Escalation},       {"Mitigation", EventKind::Mitigation},
            {"rollback", EventKind::Mitigation},       {"atténuation", EventKind::Mitigation},
            {"resolved", EventKind::Resolution},       {"fix deployed", EventKind::Resolution},
            {"Alert resolved", EventKind::Resolution}, {"behoben", EventKind::Resolution},
            {"résolu", EventKind::Resolution},         {"note", EventKind::Note},
            {"Notiz", EventKind::Note},                {"remarque", EventKind::Note},
        };
        for (const auto &[value, kind] : words)
            QTest::newRow(qPrintable(value)) << value << int(kind);
    }

    void kindWordsBecomeEventKinds()
    {
        QFETCH(QString, value);
        QFETCH(int, kind);
        QCOMPARE(int(CsvColumnGuess::kindOf(value, "whatever the text says")), kind);
    }

    void anUnknownKindFallsBackToTheWords()
    {
        QVERIFY(!CsvColumnGuess::kindOfType("status").has_value());
        QCOMPARE(CsvColumnGuess::kindOf("status", "rolled back to 811"), EventKind::Mitigation);
        QCOMPARE(CsvColumnGuess::kindOf({}, "resolved, error rate normal"), EventKind::Resolution);
        QCOMPARE(CsvColumnGuess::kindOf({}, "coffee"), EventKind::Note);
    }

    void remembersAMappingByItsHeader()
    {
        const QStringList header{"When", "Who", "What", "Comment"};
        QVERIFY(!CsvMappingMemory::recall(header));
        CsvColumnMapping chosen;
        chosen.delimiter = QLatin1Char('\t');
        chosen.timeColumn = 0;
        chosen.textColumn = 3;
        chosen.authorColumn = 1;
        chosen.kindColumn = -1;
        chosen.dateOrder = CsvColumnMapping::DateOrder::MonthFirst;
        chosen.guessColumns = false;
        chosen.header = CsvColumnMapping::Header::FirstRow;
        CsvMappingMemory::remember(header, chosen);

        // Names compared trimmed and in any case, but in their order.
        const std::optional<CsvColumnMapping> recalled = CsvMappingMemory::recall({" when", "WHO", "What ", "comment"});
        QVERIFY(recalled);
        QCOMPARE(*recalled, chosen);
        QVERIFY(!CsvMappingMemory::recall({"Who", "When", "What", "Comment"}));
        QVERIFY(!CsvMappingMemory::recall({"When", "Who", "What"}));

        // Stored in the application's settings under csvMappings/.
        QSettings settings;
        QVERIFY(CsvMappingMemory::key(header).startsWith(QLatin1String("csvMappings/")));
        QCOMPARE(settings.value(CsvMappingMemory::key(header) + QStringLiteral("/text")).toInt(), 3);

        // A newer choice replaces the older one; forgetting removes it.
        chosen.textColumn = 2;
        CsvMappingMemory::remember(header, chosen);
        QCOMPARE(CsvMappingMemory::recall(header)->textColumn, 2);
        CsvMappingMemory::forget(header);
        QVERIFY(!CsvMappingMemory::recall(header));
    }

    void aDamagedMemoryIsNotUsed()
    {
        const QStringList header{"time", "text"};
        CsvColumnMapping chosen;
        chosen.timeColumn = 0;
        chosen.textColumn = 1;
        CsvMappingMemory::remember(header, chosen);
        QSettings().setValue(CsvMappingMemory::key(header) + QStringLiteral("/text"), 7);
        QVERIFY(!CsvMappingMemory::recall(header));
    }
};

QTEST_GUILESS_MAIN(TestCsvColumnGuess)
#include "tst_csvcolumnguess.moc"
