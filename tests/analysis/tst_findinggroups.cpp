// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chainchecks.h"
#include "analysis/findinggroups.h"
#include "facilitationsessions.h"
#include "samplesessions.h"

#include <QTest>

using namespace Whyboard;
using namespace Whyboard::FacilitationTest;

namespace {

QList<CheckFinding> allFindings(const Session &s)
{
    ChainCheckOptions options;
    options.includeDismissed = true;
    return ChainChecks::run(s, options);
}

// Every finding in exactly one group, the groups in check order, the counts right.
QString brokenPromise(const QList<CheckFinding> &findings, const QList<FindingGroup> &groups)
{
    int total = 0;
    int lastOrder = -1;
    for (const FindingGroup &group : groups) {
        const int order = int(CheckIds::all().indexOf(group.checkId));
        if (order <= lastOrder)
            return QStringLiteral("%1 out of order").arg(group.checkId);
        lastOrder = order;
        if (group.count != group.items.size() || group.count == 0)
            return QStringLiteral("%1 count").arg(group.checkId);
        if (group.title != ChainChecks::checkTitle(group.checkId))
            return QStringLiteral("%1 title").arg(group.checkId);
        int dismissed = 0;
        bool seenDismissed = false;
        for (const FindingGroupItem &item : group.items) {
            dismissed += item.dismissed ? 1 : 0;
            if (seenDismissed && !item.dismissed)
                return QStringLiteral("%1: an open item after a set-aside one").arg(group.checkId);
            seenDismissed = seenDismissed || item.dismissed;
            if (item.label.isEmpty())
                return QStringLiteral("%1: %2 has no label").arg(group.checkId, item.itemId);
            if (item.excerpt.size() > 60)
                return QStringLiteral("%1: long excerpt").arg(group.checkId);
            if (!item.dismissed && !group.openMessages.contains(item.message))
                return QStringLiteral("%1: message not among the open messages").arg(group.checkId);
            if (!group.commonMessage.isEmpty() && item.message != group.commonMessage)
                return QStringLiteral("%1: common message is not common").arg(group.checkId);
        }
        if (dismissed != group.dismissedCount)
            return QStringLiteral("%1 dismissed count").arg(group.checkId);
        total += group.count;
    }
    if (total != findings.size())
        return QStringLiteral("%1 items for %2 findings").arg(total).arg(findings.size());
    return {};
}

} // namespace

class TestFindingGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsByCheckWithCounts();
    void setAsideComeLastAndAreCounted();
    void realExamples_data();
    void realExamples();
    void largeSessionIsAFewGroups();
};

void TestFindingGroups::groupsByCheckWithCounts()
{
    // p <- w1 <- w2 <- w3: too shallow, and no evidence or action on any why.
    const Session s = chain(3);
    const QList<CheckFinding> findings = allFindings(s);
    const QList<FindingGroup> groups = FindingGroups::group(s, findings);
    QCOMPARE(brokenPromise(findings, groups), QString());
    const auto unverified = std::find_if(groups.cbegin(), groups.cend(),
                                         [](const FindingGroup &g) { return g.checkId == CheckIds::unverified; });
    QVERIFY(unverified != groups.cend());
    QCOMPARE(unverified->count, 3);
    QCOMPARE(unverified->commonMessage, QStringLiteral("No evidence for this cause yet."));
    QCOMPARE(unverified->items.at(0).label, QStringLiteral("Why 1"));
    QCOMPARE(unverified->items.at(0).excerpt, QStringLiteral("Cause number 1"));
    QCOMPARE(unverified->items.at(2).label, QStringLiteral("Why 3"));
}

void TestFindingGroups::setAsideComeLastAndAreCounted()
{
    const Session s = chain(2);
    QList<CheckFinding> findings = allFindings(s);
    int first = -1;
    for (int i = 0; i < findings.size() && first < 0; ++i) {
        if (findings.at(i).checkId == CheckIds::unverified)
            first = i;
    }
    QVERIFY(first >= 0);
    findings[first].dismissed = true;
    findings[first].dismissalReason = QStringLiteral("Known from the pager log");
    // A long text is listed shortened.
    Session longText = s;
    longText.cards[1].text = QString(500, QLatin1Char('x'));
    const QList<FindingGroup> groups = FindingGroups::group(longText, findings);
    QCOMPARE(brokenPromise(findings, groups), QString());
    for (const FindingGroup &group : groups) {
        if (group.checkId != CheckIds::unverified)
            continue;
        QCOMPARE(group.dismissedCount, 1);
        QVERIFY(group.items.constLast().dismissed);
        QCOMPARE(group.items.constLast().dismissalReason, QStringLiteral("Known from the pager log"));
        QCOMPARE(group.items.constLast().excerpt.size(), 60);
        QVERIFY(group.items.constLast().excerpt.endsWith(QChar(0x2026)));
    }
}

void TestFindingGroups::realExamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("linkedin") << "examples/linkedin-app-deleted";
    QTest::newRow("gitlab") << "examples/gitlab-database-outage";
    QTest::newRow("s3") << "examples/aws-s3-outage";
}

void TestFindingGroups::realExamples()
{
    QFETCH(QString, name);
    const Session s = Test::fixtureSession(name);
    const QList<CheckFinding> findings = allFindings(s);
    const QList<FindingGroup> groups = FindingGroups::group(s, findings);
    QCOMPARE(brokenPromise(findings, groups), QString());
    // Same input, same groups.
    const QList<FindingGroup> again = FindingGroups::group(s, findings);
    QCOMPARE(again.size(), groups.size());
    for (int i = 0; i < groups.size(); ++i)
        QCOMPARE(again.at(i).items.size(), groups.at(i).items.size());
}

void TestFindingGroups::largeSessionIsAFewGroups()
{
    const Session s = Test::randomSession(7, 400, 3000, 600);
    const QList<CheckFinding> findings = allFindings(s);
    const QList<FindingGroup> groups = FindingGroups::group(s, findings);
    QCOMPARE(brokenPromise(findings, groups), QString());
    QVERIFY(groups.size() <= CheckIds::all().size());
    qInfo("%lld findings in %lld groups", qlonglong(findings.size()), qlonglong(groups.size()));
    for (const FindingGroup &group : groups)
        qInfo("  %s: %d (%d set aside)%s", qPrintable(group.checkId), group.count, group.dismissedCount,
              group.commonMessage.isEmpty() ? "" : ", one message");
}

QTEST_GUILESS_MAIN(TestFindingGroups)
#include "tst_findinggroups.moc"
