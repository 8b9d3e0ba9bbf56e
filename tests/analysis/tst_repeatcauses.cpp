// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesessions.h"
#include "analysis/causewords.h"
#include "analysis/repeatcauses.h"
#include "storage/library.h"
#include "storage/librarycauseindex.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

struct CausePair
{
    const char *earlier; // a why card of an earlier session
    const char *later;   // the card the room types now
};

// Near-paraphrases: the same cause in other words. The alert must name the earlier session.
const CausePair sameCause[] = {
    {"The restart had never been rehearsed", "Nobody had rehearsed a full restart of the service"},
    {"The TLS certificate expired without anyone noticing", "Nobody noticed that the certificate was about to expire"},
    {"The nightly pg_dump backups had been failing silently", "The nightly backup job failed silently for weeks"},
    {"The config change was deployed to all regions at once",
     "A configuration change rolled out to every region simultaneously"},
    {"The disk filled up because log rotation was disabled", "Log rotation was turned off so the disk ran full"},
    {"The capacity tool removed servers without checking the minimum",
     "The tool removed too much capacity because it had no minimum check"},
    {"Personal accounts held admin rights over the production app",
     "The production app's admin rights belonged to personal accounts"},
    {"The escalation path to the vendor's support was not written down",
     "Nobody had written down how to escalate to vendor support"},
    {"Das Zertifikat ist abgelaufen, weil die Erneuerung manuell war",
     "Die manuelle Erneuerung des Zertifikats wurde vergessen"},
    {"Le certificat a expiré sans alerte", "Aucune alerte n'a prévenu de l'expiration du certificat"},
    {"Replication to the secondary had to be rebuilt by hand",
     "The secondary's replication was rebuilt by hand at night"},
    {"The shell prompts of both database hosts looked the same",
     "The prompt on the primary host looked identical to the secondary's"},
};

// Unrelated causes that share a word or two: no alert.
const CausePair otherCause[] = {
    {"The database ran out of connections", "The database schema migration locked the orders table"},
    {"The deploy script had no rollback step", "A deploy froze the build queue for hours"},
    {"The certificate expired", "The certificate was issued for the wrong hostname"},
    {"Disk space on the log server ran out", "The log format changed and broke the parser"},
    {"The on-call engineer was not paged", "An engineer deleted the app from the developer portal"},
    {"Backups were never tested", "The test suite did not cover the retry logic"},
    {"The cache served stale prices after the deploy", "The deploy cleared the cache of the image service"},
    {"Replication lag grew until the secondary fell behind", "The secondary DNS server was not updated"},
    {"Traffic spiked after the marketing email", "The email alerts were filtered as spam"},
    {"The load balancer health check was misconfigured",
     "Health check endpoints returned 200 while the database was down"},
    {"Die Datenbank war überlastet", "Die Datenbank-Migration sperrte die Tabelle"},
    {"Le disque était plein", "Le disque de sauvegarde n'a jamais été testé"},
};

Session sessionWithCause(const QString &title, const QString &cause, const QDateTime &started = {})
{
    Session session = Test::chainSession(1);
    session.title = title;
    session.startedAt = started;
    session.cards[1].text = cause;
    return session;
}

} // namespace

// The repeat check: a why card whose cause resembles one in another session of the library.
class TestRepeatCauses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Library> newLibrary()
    {
        return Library::open(m_dir.filePath(QStringLiteral("repeat-%1.whyboard").arg(++m_files)),
                             Library::OpenMode::CreateIfMissing);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // Every pair through the library's index as the room would meet it: the earlier cause
    // stored in a session of its own, the later one asked about from another. Precision and
    // recall at the chosen threshold are printed for the record and held to.
    void nearParaphrasesAreFoundAndUnrelatedCausesAreNot()
    {
        auto library = newLibrary();
        QHash<SessionId, QString> partnerTitle;
        QList<std::pair<Session, bool>> asked; // the later session, and whether it repeats a cause
        int n = 0;
        for (const auto &[pairs, repeats] : {std::pair{sameCause, true}, std::pair{otherCause, false}}) {
            const auto *list = pairs;
            const int count = repeats ? int(std::size(sameCause)) : int(std::size(otherCause));
            for (int i = 0; i < count; ++i, ++n) {
                const QString earlierTitle = QStringLiteral("Earlier %1").arg(n);
                QVERIFY(library->insertSession(sessionWithCause(earlierTitle, QString::fromUtf8(list[i].earlier))) > 0);
                Session later = sessionWithCause(QStringLiteral("Later %1").arg(n), QString::fromUtf8(list[i].later));
                later.id = library->insertSession(later);
                partnerTitle.insert(later.id, earlierTitle);
                asked.append({later, repeats});
            }
        }
        LibraryCauseIndex index(library.get());
        int truePositives = 0;
        int falsePositives = 0;
        int positives = 0;
        QStringList missed;
        for (const auto &[session, repeats] : std::as_const(asked)) {
            positives += repeats ? 1 : 0;
            const std::optional<SeenCause> seen = index.seenBefore(session.id, session.cards.at(1));
            if (seen && repeats && seen->sessionTitle == partnerTitle.value(session.id))
                ++truePositives;
            else if (seen)
                ++falsePositives, missed << QStringLiteral("wrongly: %1 ~ %2").arg(session.cards.at(1).text, seen->text);
            else if (repeats)
                missed << QStringLiteral("missed: %1").arg(session.cards.at(1).text);
        }
        QCOMPARE(index.lastError(), QString());
        QCOMPARE(index.queryCount(), int(asked.size())); // one indexed query per card
        const double precision = truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives) : 1;
        const double recall = double(truePositives) / positives;
        qInfo("repeat causes at threshold %.2f: precision %.2f (%d of %d alerts right), recall %.2f (%d of %d found)",
              CauseWords::threshold, precision, truePositives, truePositives + falsePositives, recall, truePositives,
              positives);
        for (const QString &line : std::as_const(missed))
            qInfo("  %s", qPrintable(line));
        QVERIFY2(precision >= 0.99, qPrintable(missed.join(QLatin1Char('\n'))));
        QVERIFY2(recall >= 0.8, qPrintable(missed.join(QLatin1Char('\n'))));
    }

    // The scores behind the threshold, for choosing it again when the word lists change.
    void scoresSeparateTheFixtures()
    {
        for (const double threshold : {0.34, 0.5, 0.67}) {
            int found = 0;
            int wrong = 0;
            for (const CausePair &pair : sameCause)
                found += CauseWords::similarity(QString::fromUtf8(pair.earlier), QString::fromUtf8(pair.later)) >= threshold;
            for (const CausePair &pair : otherCause)
                wrong += CauseWords::similarity(QString::fromUtf8(pair.earlier), QString::fromUtf8(pair.later)) >= threshold;
            qInfo("threshold %.2f: %d of %d paraphrases, %d of %d unrelated pairs", threshold, found,
                  int(std::size(sameCause)), wrong, int(std::size(otherCause)));
        }
        QCOMPARE(CauseWords::similarity(QStringLiteral("The restart was not rehearsed"),
                                        QStringLiteral("Nobody rehearsed the restart")),
                 1.0);
        QCOMPARE(CauseWords::similarity(QStringLiteral("The database"), QStringLiteral("The database")), 0.0);
    }

    void theAlertNamesTheSessionItsMonthAndTheCause()
    {
        auto library = newLibrary();
        const QDateTime started(QDate(2017, 2, 28), QTime(9, 37), Qt::OffsetFromUTC, -8 * 3600);
        library->insertSession(sessionWithCause(QStringLiteral("S3 outage"),
                                                QStringLiteral("The index subsystem had grown much larger, and the "
                                                               "restart had never been rehearsed"),
                                                started));
        Session now = sessionWithCause(QStringLiteral("Search down"), QStringLiteral("Nobody had ever rehearsed the restart"));
        now.id = library->insertSession(now);
        LibraryCauseIndex index(library.get());
        const QList<CheckFinding> findings = RepeatCauses::findings(now, index);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.constFirst().checkId, CheckIds::repeat);
        QCOMPARE(findings.constFirst().itemId, now.cards.at(1).id);
        QCOMPARE(findings.constFirst().message,
                 QStringLiteral("Seen in ‘S3 outage’ (Feb 2017): …had grown much larger, and the restart had never been rehearsed"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = RepeatCauses::findings(now, index).constFirst().message;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(german.contains(QLocale(QLocale::German).toString(QDate(2017, 2, 1), QStringLiteral("MMM yyyy"))),
                 qPrintable(german));
    }

    void onlyWhyCardsOfOtherSessionsOutsideTheTrashCount()
    {
        auto library = newLibrary();
        const QString cause = QStringLiteral("The restart had never been rehearsed");
        Session problem = Test::chainSession(1);
        problem.cards[0].text = cause; // a problem card is not a cause
        problem.cards[1].text = QStringLiteral("Unrelated words entirely");
        library->insertSession(problem);
        const SessionId trashed = library->insertSession(sessionWithCause(QStringLiteral("Trashed"), cause));
        QVERIFY(library->trashSession(trashed));
        Session now = sessionWithCause(QStringLiteral("Now"), cause);
        Card second = now.cards.at(1);
        second.id = QStringLiteral("c9");
        now.cards.append(second); // the same cause twice in one session is not "seen before"
        now.id = library->insertSession(now);
        LibraryCauseIndex index(library.get());
        QVERIFY(RepeatCauses::findings(now, index).isEmpty());
        QVERIFY(library->restoreFromTrash(trashed));
        QCOMPARE(RepeatCauses::findings(now, index).size(), 2);
    }

    void aDismissedRepeatStaysDismissed()
    {
        auto library = newLibrary();
        library->insertSession(sessionWithCause(QStringLiteral("Before"), QStringLiteral("The restart had never been rehearsed")));
        Session now = sessionWithCause(QStringLiteral("Now"), QStringLiteral("Nobody rehearsed the restart"));
        now.dismissedFindings.append({CheckIds::repeat, now.cards.at(1).id, QStringLiteral("Different system")});
        now.id = library->insertSession(now);
        LibraryCauseIndex index(library.get());
        QVERIFY(RepeatCauses::findings(now, index).isEmpty());
        const QList<CheckFinding> shown = RepeatCauses::findings(now, index, true);
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.constFirst().dismissed);
        QCOMPARE(shown.constFirst().dismissalReason, QStringLiteral("Different system"));
    }
};

QTEST_GUILESS_MAIN(TestRepeatCauses)
#include "tst_repeatcauses.moc"
