// SPDX-License-Identifier: GPL-3.0-or-later
// The compound-cause check: one card, one cause. A compound subject or object is one cause;
// each part of a split is a sentence of its own.
#include "analysis/chainchecks.h"
#include "chaincheckfixtures.h"

#include <QTest>

using namespace Whyboard;
using namespace Whyboard::ChainCheckFixtures;

class TestCompoundCauses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compound_data();
    void compound();
    void compoundCountsEveryCause_data();
    void compoundCountsEveryCause();
};

void TestCompoundCauses::compound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first"); // empty: not compound
    QTest::addColumn<QString>("second");

    QTest::newRow("en and") << "The certificate expired and nobody was paged"
                            << "The certificate expired" << "Nobody was paged";
    QTest::newRow("en comma and") << "The disk filled up, and the alert was muted"
                                  << "The disk filled up" << "The alert was muted";
    QTest::newRow("en as well as") << "Retries were unbounded as well as the queue had no limit"
                                   << "Retries were unbounded" << "The queue had no limit";
    QTest::newRow("en ampersand") << "The disk filled up & the alert was muted"
                                  << "The disk filled up" << "The alert was muted";
    QTest::newRow("en semicolon") << "Backups ran late; the restore was never tested"
                                  << "Backups ran late" << "The restore was never tested";
    QTest::newRow("en two sentences") << "The cron job ran twice. The lock file was ignored."
                                      << "The cron job ran twice" << "The lock file was ignored.";
    QTest::newRow("en one cause") << "The deploy script skipped the health check" << "" << "";
    QTest::newRow("en one-word sides") << "Search and replace broke the config" << "" << "";
    QTest::newRow("en between") << "The link between the API and the database timed out" << "" << "";
    QTest::newRow("en abbreviation") << "A config flag, e.g. the debug switch, was left on" << "" << "";
    QTest::newRow("en compound subject") << "The index and placement subsystems lost most of their servers" << ""
                                         << "";
    QTest::newRow("en compound object") << "The deploy restarted the cache and the database" << "" << "";
    QTest::newRow("en adjective after article") << "The affected hosts and the load balancer kept old routes"
                                                << "" << "";
    QTest::newRow("en shared subject is repeated")
        << "The job failed and was never retried" << "The job failed" << "The job was never retried";

    QTest::newRow("de und") << "Das Zertifikat lief ab und niemand wurde alarmiert"
                            << "Das Zertifikat lief ab" << "Niemand wurde alarmiert";
    QTest::newRow("de sowie") << "Der Speicher war voll sowie das Monitoring war aus"
                              << "Der Speicher war voll" << "Das Monitoring war aus";
    QTest::newRow("de zwei Sätze") << "Der Job lief doppelt. Die Sperrdatei wurde ignoriert."
                                   << "Der Job lief doppelt" << "Die Sperrdatei wurde ignoriert.";
    QTest::newRow("de eine Ursache") << "Das Skript übersprang den Health-Check" << "" << "";
    QTest::newRow("de z. B.") << "Ein Schalter, z. B. der Debug-Schalter, blieb an" << "" << "";
    QTest::newRow("de zwischen") << "Die Verbindung zwischen API und Datenbank brach ab" << "" << "";
    QTest::newRow("de zusammengesetztes Subjekt") << "Der Index und die Platzierung verloren die meisten Server"
                                                  << "" << "";
    QTest::newRow("de gemeinsames Subjekt") << "Der Dienst lief ab und wurde nie getestet" << "Der Dienst lief ab"
                                            << "Der Dienst wurde nie getestet";

    QTest::newRow("fr et") << "Le certificat a expiré et personne n'a été alerté"
                           << "Le certificat a expiré" << "Personne n'a été alerté";
    QTest::newRow("fr ainsi que") << "Le disque était plein ainsi que la file était bloquée"
                                  << "Le disque était plein" << "La file était bloquée";
    QTest::newRow("fr point-virgule") << "Les sauvegardes étaient en retard ; la restauration jamais testée"
                                      << "Les sauvegardes étaient en retard" << "La restauration jamais testée";
    QTest::newRow("fr une cause") << "Le script de déploiement a ignoré le contrôle" << "" << "";
    QTest::newRow("fr entre") << "La connexion entre l'API et la base a expiré" << "" << "";
    QTest::newRow("fr sujet composé") << "L'index et le placement ont perdu la plupart de leurs serveurs" << ""
                                      << "";
}

void TestCompoundCauses::compound()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QString, second);

    const auto split = ChainChecks::splitSuggestion(text);
    const QList<CheckFinding> findings = findingsOf(quietChain(text), CheckIds::compound);
    if (first.isEmpty()) {
        QVERIFY2(!split, qPrintable(split ? split->first + QLatin1String(" | ") + split->second : QString()));
        QVERIFY(findings.isEmpty());
        return;
    }
    QVERIFY(split);
    QCOMPARE(split->first, first);
    QCOMPARE(split->second, second);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().itemId, QStringLiteral("w5"));
    QVERIFY(findings.first().suggestion.contains(first));
}

void TestCompoundCauses::compoundCountsEveryCause_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("causes");
    QTest::newRow("three, one shared subject")
        << "The index subsystem had not been restarted in years and had grown much larger, and the restart "
           "had never been rehearsed"
        << QStringList{"The index subsystem had not been restarted in years",
                       "The index subsystem had grown much larger", "The restart had never been rehearsed"};
    QTest::newRow("compound subject, then a second cause")
        << "The index and placement subsystems lost most of their servers and had to be restarted"
        << QStringList{"The index and placement subsystems lost most of their servers",
                       "The index and placement subsystems had to be restarted"};
    QTest::newRow("one cause") << "The index and placement subsystems lost most of their servers"
                               << QStringList{"The index and placement subsystems lost most of their servers"};
}

// Split proposes only parts that are each a sentence, and the finding counts them all.
void TestCompoundCauses::compoundCountsEveryCause()
{
    QFETCH(QString, text);
    QFETCH(QStringList, causes);
    QCOMPARE(ChainChecks::causesIn(text), causes);
    const QList<CheckFinding> findings = findingsOf(quietChain(text), CheckIds::compound);
    QCOMPARE(findings.size(), causes.size() > 1 ? 1 : 0);
    if (causes.size() < 2)
        return;
    QCOMPARE(findings.first().message, causes.size() == 2 ? QStringLiteral("This card states two causes.")
                                                          : QStringLiteral("This card states %1 causes.").arg(causes.size()));
    for (const QString &cause : causes)
        QVERIFY2(findings.first().suggestion.contains(cause), qPrintable(findings.first().suggestion));
}

QTEST_GUILESS_MAIN(TestCompoundCauses)
#include "tst_compoundcauses.moc"
