// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/labels.h"
#include "document/commands/addeventcommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/timelinemodel.h"
#include "samplesessions.h"
#include "ui/sessiondetailspanel.h"
#include "ui/datetimelineedit.h"
#include "ui/sessiontimefield.h"
#include "ui/zoneddatetimeedit.h"

#include <QApplication>
#include <QClipboard>
#include <QToolButton>

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
        // Skip the line edits inside spin boxes and combo boxes, and the time fields.
        if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) && !qobject_cast<QComboBox *>(edit->parentWidget())
            && !qobject_cast<DateTimeLineEdit *>(edit))
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
const int pacific = -7 * 3600;

QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2017, 4, day), QTime(hour, minute), Qt::OffsetFromUTC, pacific);
}

// A session that started at 18:30 -07:00 and knows nothing else yet.
Session startedSession()
{
    Session session;
    session.title = QStringLiteral("Checkout down");
    session.startedAt = at(6, 18, 30);
    return session;
}

DateTimeLineEdit *timeEdit(SessionDetailsPanel &panel, int which)
{
    return panel.timeField(which)->edit()->lineEdit();
}

// Clicks into the field, types as a person would and presses Enter.
void typeTime(DateTimeLineEdit *edit, const QString &text, bool replaceAll = true)
{
    QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(4, edit->height() / 2));
    if (replaceAll)
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
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
    void bareTimeLandsOnTheSessionsDay();
    void stepCountsFromTheTimeAbove();
    void digitsOverwriteTheSectionUnderTheCursor();
    void pastedLongGermanDateIsRead();
    void unreadableTimeIsShownAndNotSaved();
    void newSessionStartsWithEmptyTimes();
    void timelineEventIsNamedAndUsedInOneStep();
    void timelineEventFillsUnknownTimeInTheSameStep();
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
    SessionDocument document(startedSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.findChildren<ZonedDateTimeEdit *>().size(), 3); // started, detected, resolved
    // An hour before the start is refused.
    typeTime(timeEdit(panel, 2), QStringLiteral("2017-04-06 17:30"));
    QVERIFY(panel.validationMessage().contains(QStringLiteral("Resolved is before started")));
    QVERIFY(!document.session().resolvedAt.isValid());
    QCOMPARE(document.undoStack()->count(), 0);

    typeTime(timeEdit(panel, 2), QStringLiteral("20:30"));
    QVERIFY(panel.validationMessage().isEmpty());
    QVERIFY(sameZonedTime(document.session().resolvedAt, at(6, 20, 30)));
}

void TestSessionDetailsPanel::bareTimeLandsOnTheSessionsDay()
{
    SessionDocument document(startedSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(timeEdit(panel, 1)->text().isEmpty());
    typeTime(timeEdit(panel, 1), QStringLiteral("18:42"));
    // The started day, in the started time's offset.
    QVERIFY2(sameZonedTime(document.session().detectedAt, at(6, 18, 42)),
             qPrintable(document.session().detectedAt.toString(Qt::ISODate)));
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestSessionDetailsPanel::stepCountsFromTheTimeAbove()
{
    SessionDocument document(startedSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    typeTime(timeEdit(panel, 1), QStringLiteral("+20m"));
    QVERIFY(sameZonedTime(document.session().detectedAt, at(6, 18, 50)));
    typeTime(timeEdit(panel, 2), QStringLiteral("+1h30m"));
    QVERIFY(sameZonedTime(document.session().resolvedAt, at(6, 20, 20)));
}

void TestSessionDetailsPanel::digitsOverwriteTheSectionUnderTheCursor()
{
    SessionDocument document(startedSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    DateTimeLineEdit *started = timeEdit(panel, 0);
    const QString shown = started->text();
    const int hour = int(shown.indexOf(QStringLiteral("18:30")));
    QVERIFY2(hour > 0, qPrintable(shown));
    started->setFocus();
    started->setCursorPosition(hour);
    // "1905" typed on the hour replaces 18:30 digit by digit, stepping over the colon.
    QTest::keyClicks(started, QStringLiteral("1905"));
    QCOMPARE(started->text(), QString(shown).replace(QStringLiteral("18:30"), QStringLiteral("19:05")));
    QTest::keyClick(started, Qt::Key_Return);
    QVERIFY(sameZonedTime(document.session().startedAt, at(6, 19, 5)));
    // Up steps the section under the cursor: here the minutes.
    started->setCursorPosition(hour + 4);
    QTest::keyClick(started, Qt::Key_Up);
    QTest::keyClick(started, Qt::Key_Return);
    QVERIFY(sameZonedTime(document.session().startedAt, at(6, 19, 6)));
}

void TestSessionDetailsPanel::pastedLongGermanDateIsRead()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    SessionDocument document(startedSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    DateTimeLineEdit *resolved = timeEdit(panel, 2);
    resolved->setFocus();
    QApplication::clipboard()->setText(QStringLiteral("Freitag, 7. April 2017 02:17"));
    QTest::keyClick(resolved, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(resolved, Qt::Key_Return);
    QLocale::setDefault(QLocale::c());
    QVERIFY2(sameZonedTime(document.session().resolvedAt, at(7, 2, 17)), qPrintable(document.session().resolvedAt.toString(Qt::ISODate)));
    // Shown back in the German form.
    QCOMPARE(resolved->text(), QStringLiteral("07.04.2017 02:17"));
}

void TestSessionDetailsPanel::unreadableTimeIsShownAndNotSaved()
{
    SessionDocument document(startedSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    typeTime(timeEdit(panel, 1), QStringLiteral("half past six"));
    QVERIFY(!document.session().detectedAt.isValid());
    QVERIFY(timeEdit(panel, 1)->property("unreadable").toBool());
    QVERIFY(!timeEdit(panel, 1)->toolTip().isEmpty());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestSessionDetailsPanel::newSessionStartsWithEmptyTimes()
{
    SessionDocument previous(Test::richSampleSession());
    SessionDetailsPanel panel;
    panel.setDocument(&previous);
    QVERIFY(!timeEdit(panel, 0)->text().isEmpty());
    // What Workspace does on New Session: nullptr first, then the new document.
    panel.setDocument(nullptr);
    SessionDocument fresh(Session{});
    panel.setDocument(&fresh);
    for (int which = 0; which < 3; ++which) {
        QVERIFY2(timeEdit(panel, which)->text().isEmpty(), qPrintable(timeEdit(panel, which)->text()));
        QVERIFY(!panel.timeField(which)->edit()->value().isValid());
    }
}

void TestSessionDetailsPanel::timelineEventIsNamedAndUsedInOneStep()
{
    Session session = startedSession();
    session.detectedAt = at(6, 18, 45);
    TimelineEvent alert;
    alert.id = QStringLiteral("e1");
    alert.kind = EventKind::Detection;
    alert.at = at(6, 18, 42);
    alert.text = QStringLiteral("Pager alert fired");
    session.timeline << alert;
    SessionDocument document(session);
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    SessionTimeField *detected = panel.timeField(1);
    QVERIFY2(detected->sourceText().contains(QStringLiteral("Pager alert fired")), qPrintable(detected->sourceText()));
    QVERIFY(detected->useButton()->isVisible());
    // From the field: Tab reaches "Use", Space takes the event's time.
    detected->edit()->lineEdit()->setFocus();
    QTest::keyClick(detected->edit()->lineEdit(), Qt::Key_Tab);
    QVERIFY(detected->useButton()->hasFocus());
    QTest::keyClick(detected->useButton(), Qt::Key_Space);
    QVERIFY(sameZonedTime(document.session().detectedAt, at(6, 18, 42)));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(detected->sourceText(), QStringLiteral("from timeline: Pager alert fired"));
    QVERIFY(!detected->useButton()->isVisible());
    document.undoStack()->undo();
    QVERIFY(sameZonedTime(document.session().detectedAt, at(6, 18, 45)));
}

void TestSessionDetailsPanel::timelineEventFillsUnknownTimeInTheSameStep()
{
    SessionDocument document(startedSession());
    SessionDetailsPanel panel;
    panel.setDocument(&document);
    TimelineModel model;
    model.setDocument(&document);
    TimelineEvent fixed;
    fixed.id = document.newEventId();
    fixed.kind = EventKind::Note;
    fixed.at = at(6, 19, 9);
    fixed.text = QStringLiteral("Deploy finished, all green");
    document.push(new AddEventCommand(&document, fixed));
    QCOMPARE(document.undoStack()->count(), 1);
    // Calling it a Resolution gives the session its resolved time, in the same undo step.
    QVERIFY(model.setData(model.index(0, TimelineModel::KindColumn), int(EventKind::Resolution)));
    QVERIFY(sameZonedTime(document.session().resolvedAt, at(6, 19, 9)));
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(panel.timeField(2)->sourceText(), QStringLiteral("from timeline: Deploy finished, all green"));
    QVERIFY(timeEdit(panel, 2)->text().contains(QStringLiteral("19:09")));
    document.undoStack()->undo();
    QVERIFY(!document.session().resolvedAt.isValid());
    QCOMPARE(document.session().timeline.first().kind, EventKind::Note);
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
