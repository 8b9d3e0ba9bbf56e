// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/actionbalance.h"
#include "document/commands/addactioncommand.h"
#include "document/sessiondocument.h"
#include "ui/actionbalancewidget.h"

#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

class TestActionBalanceWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsShowCountsOrPrompts();
};

void TestActionBalanceWidget::cellsShowCountsOrPrompts()
{
    SessionDocument doc;
    ActionBalanceWidget widget;
    widget.setDocument(&doc);
    QCOMPARE(widget.cellText(ActionCategory::Technology, ActionHorizon::Short),
             ActionBalance::prompt(ActionCategory::Technology, ActionHorizon::Short));

    ActionItem a;
    a.text = QStringLiteral("Add a confirmation before deleting an app");
    a.category = ActionCategory::Technology;
    a.horizon = ActionHorizon::Short;
    doc.push(new AddActionCommand(&doc, a));
    doc.push(new AddActionCommand(&doc, a));
    QTRY_COMPARE(widget.cellText(ActionCategory::Technology, ActionHorizon::Short), QStringLiteral("2"));
    QCOMPARE(widget.cellText(ActionCategory::Training, ActionHorizon::Long),
             ActionBalance::prompt(ActionCategory::Training, ActionHorizon::Long));

    doc.undoStack()->undo();
    QTRY_COMPARE(widget.cellText(ActionCategory::Technology, ActionHorizon::Short), QStringLiteral("1"));
}

QTEST_MAIN(TestActionBalanceWidget)
#include "tst_actionbalancewidget.moc"
