#include "data/labels.h"
#include "document/sessiondocument.h"
#include "samplesessions.h"
#include "ui/sessiondetailspanel.h"
#include "ui/zoneddatetimeedit.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

namespace {
// The panel's line edits in the order they are built.
enum LineEdit { Title, UsersAffected, CostPerMinute, Currency, Facilitator };

QLineEdit *lineEdit(SessionDetailsPanel &panel, LineEdit which)
{
    QList<QLineEdit *> edits;
    for (QLineEdit *edit : panel.findChildren<QLineEdit *>()) {
        // Skip the line edits inside spin boxes and combo boxes.
        if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) && !qobject_cast<QComboBox *>(edit->parentWidget()))
            edits << edit;
    }
    return edits.value(int(which));
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text); // the first key replaces the selection

}
} // namespace

class TestSessionDetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingTheTitleIsOneUndoStep();
    void invalidImpactIsShownAndNotSaved_data();
    void invalidImpactIsShownAndNotSaved();
    void validImpactIsSaved();
    void resolvedBeforeStartedIsShownAndNotSaved();
    void severityShowsItsLadderDescription();
    void followsUndo();
    void statusChoicesShowLabels();
};

void TestSessionDetailsPanel::typingTheTitleIsOneUndoStep()
{
    SessionDocument document(Test::richSampleSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QLineEdit *title = lineEdit(panel, Title);
    QVERIFY(title);
    QCOMPARE(title->text(), Test::richSampleSession().title);
    type(title, QStringLiteral("DNS outage"));
    QCOMPARE(document.session().title, QStringLiteral("DNS outage"));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.session().title, Test::richSampleSession().title);
}

void TestSessionDetailsPanel::invalidImpactIsShownAndNotSaved_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("negative cost") << int(CostPerMinute) << "-5";
    QTest::newRow("cost not a number") << int(CostPerMinute) << "lots";
    QTest::newRow("negative users") << int(UsersAffected) << "-1";
    QTest::newRow("users not a number") << int(UsersAffected) << "many";
    QTest::newRow("currency digits") << int(Currency) << "E1";
}

void TestSessionDetailsPanel::invalidImpactIsShownAndNotSaved()
{
    QFETCH(int, field);
    QFETCH(QString, text);
    SessionDocument document(Test::richSampleSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    type(lineEdit(panel, LineEdit(field)), text);
    QVERIFY(!panel.validationMessage().isEmpty());
    QVERIFY(panel.validationMessage().contains(QStringLiteral("not saved")));
    QCOMPARE(document.session().impact, Test::richSampleSession().impact);
}

void TestSessionDetailsPanel::validImpactIsSaved()
{
    SessionDocument document(Test::richSampleSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    type(lineEdit(panel, CostPerMinute), QStringLiteral("-"));
    QVERIFY(!panel.validationMessage().isEmpty());
    type(lineEdit(panel, CostPerMinute), QStringLiteral("250"));
    QVERIFY(panel.validationMessage().isEmpty());
    QCOMPARE(document.session().impact.costPerMinute, std::optional<double>(250.0));
    // Emptying the field means "unknown", not zero.
    type(lineEdit(panel, CostPerMinute), QString());
    QCOMPARE(document.session().impact.costPerMinute, std::optional<double>());
    type(lineEdit(panel, Currency), QStringLiteral("usd"));
    QCOMPARE(document.session().impact.currency, QStringLiteral("USD"));
}

void TestSessionDetailsPanel::resolvedBeforeStartedIsShownAndNotSaved()
{
    SessionDocument document(Test::richSampleSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    const QList<ZonedDateTimeEdit *> times = panel.findChildren<ZonedDateTimeEdit *>();
    QCOMPARE(times.size(), 3); // started, detected, resolved
    const QDateTime started = document.session().startedAt;
    auto *resolvedEdit = times.at(2)->findChild<QDateTimeEdit *>();
    QVERIFY(resolvedEdit);
    // The resolved box shows its own offset (UTC); an hour before the start is refused.
    const QDateTime tooEarly = started.addSecs(-3600).toOffsetFromUtc(document.session().resolvedAt.offsetFromUtc());
    resolvedEdit->setDateTime(QDateTime(tooEarly.date(), tooEarly.time(), Qt::UTC));
    QVERIFY(panel.validationMessage().contains(QStringLiteral("Resolved is before started")));
    QVERIFY(sameZonedTime(document.session().resolvedAt, Test::richSampleSession().resolvedAt));
    QCOMPARE(document.undoStack()->count(), 0);

    const QDateTime later = started.addSecs(7200).toOffsetFromUtc(document.session().resolvedAt.offsetFromUtc());
    resolvedEdit->setDateTime(QDateTime(later.date(), later.time(), Qt::UTC));
    QVERIFY(panel.validationMessage().isEmpty());
    QCOMPARE(document.session().resolvedAt, later);
}

void TestSessionDetailsPanel::severityShowsItsLadderDescription()
{
    SessionDocument document(Test::richSampleSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    auto *severity = panel.findChildren<QComboBox *>().value(0);
    QVERIFY(severity);
    for (int level = 0; level <= Labels::mildestSeverity; ++level)
        QCOMPARE(severity->itemText(severity->findData(level)), Labels::severityLevel(level));
    // Typing a level's number picks it: "1 — Critical".
    QTest::keyClick(severity, Qt::Key_1);
    QCOMPARE(document.session().severity, 1);
    bool described = false;
    for (QLabel *label : panel.findChildren<QLabel *>())
        described = described || label->text() == Labels::severityDescription(1);
    QVERIFY(described);
    // Each level reads differently.
    QSet<QString> texts;
    for (int level = 0; level <= Labels::mildestSeverity; ++level)
        texts.insert(Labels::severityDescription(level));
    QCOMPARE(texts.size(), Labels::mildestSeverity + 1);
}

void TestSessionDetailsPanel::followsUndo()
{
    SessionDocument document(Test::richSampleSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    type(lineEdit(panel, Facilitator), QStringLiteral("Kim"));
    lineEdit(panel, Facilitator)->clearFocus();
    QCOMPARE(document.session().facilitator, QStringLiteral("Kim"));
    document.undoStack()->undo();
    QCOMPARE(lineEdit(panel, Facilitator)->text(), Test::richSampleSession().facilitator);
}

void TestSessionDetailsPanel::statusChoicesShowLabels()
{
    SessionDocument document(Test::richSampleSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    QComboBox *status = nullptr;
    for (QComboBox *combo : panel.findChildren<QComboBox *>())
        status = combo->findData(int(SessionStatus::Published)) >= 0 && combo->count() == 3 ? combo : status;
    QVERIFY(status);
    for (SessionStatus value : Labels::sessionStatuses())
        QCOMPARE(status->itemText(status->findData(int(value))), Labels::sessionStatus(value));
    QTest::keyClick(status, Qt::Key_End);
    QCOMPARE(document.session().status, SessionStatus::Published);
    document.undoStack()->undo();
    QCOMPARE(document.session().status, Test::richSampleSession().status);
}

QTEST_MAIN(TestSessionDetailsPanel)
#include "tst_sessiondetailspanel.moc"
