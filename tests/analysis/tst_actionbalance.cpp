// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/actionbalance.h"

#include <QTest>

using namespace Whyboard;

class TestActionBalance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEachCell();
    void everyCellHasAPrompt();
};

static ActionItem action(const QString &id, ActionCategory category, ActionHorizon horizon)
{
    ActionItem a;
    a.id = id;
    a.text = QStringLiteral("Add something");
    a.category = category;
    a.horizon = horizon;
    return a;
}

void TestActionBalance::countsEachCell()
{
    Session s;
    s.actions = {action("a1", ActionCategory::Technology, ActionHorizon::Short),
                 action("a2", ActionCategory::Technology, ActionHorizon::Short),
                 action("a3", ActionCategory::Process, ActionHorizon::Long),
                 action("a4", ActionCategory::Training, ActionHorizon::Medium),
                 action("a5", ActionCategory::None, ActionHorizon::Short),
                 action("a6", ActionCategory::Process, ActionHorizon::None)};
    const ActionBalance balance = ActionBalance::of(s);
    QCOMPARE(balance.total(), 6);
    QCOMPARE(balance.unplaced(), 2);
    QCOMPARE(balance.count(ActionCategory::Technology, ActionHorizon::Short), 2);
    QCOMPARE(balance.count(ActionCategory::Process, ActionHorizon::Long), 1);
    QCOMPARE(balance.count(ActionCategory::Training, ActionHorizon::Medium), 1);
    int empty = 0;
    for (ActionCategory c : ActionBalance::categories()) {
        for (ActionHorizon h : ActionBalance::horizons())
            empty += balance.isEmptyCell(c, h) ? 1 : 0;
    }
    QCOMPARE(empty, 6);
}

void TestActionBalance::everyCellHasAPrompt()
{
    QSet<QString> prompts;
    for (ActionCategory c : ActionBalance::categories()) {
        for (ActionHorizon h : ActionBalance::horizons()) {
            const QString prompt = ActionBalance::prompt(c, h);
            QVERIFY(prompt.endsWith(QLatin1Char('?')));
            prompts.insert(prompt);
        }
    }
    QCOMPARE(prompts.size(), 9);
}

QTEST_GUILESS_MAIN(TestActionBalance)
#include "tst_actionbalance.moc"
