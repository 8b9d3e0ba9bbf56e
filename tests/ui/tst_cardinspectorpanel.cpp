// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardscene.h"
#include "document/sessiondocument.h"
#include "facilitationsessions.h"
#include "ui/cardinspectorpanel.h"
#include "ui/causecategoryfields.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;
using namespace Whyboard::FacilitationTest;

namespace {

// p <- w1 <- w2 <- w3, and w3 also explains the problem: w3 is "Why 1 / 3".
Session shortcutChain()
{
    Session s = chain(3);
    s.links.append(link(QStringLiteral("w3"), QStringLiteral("p")));
    return s;
}

struct Shown
{
    explicit Shown(const Session &session)
        : document(session)
        , scene(&document)
    {
        panel.setBoardScene(&scene);
        panel.resize(380, 600);
        panel.show();
    }

    const Card &card(const QString &id) const { return *document.session().card(id); }

    SessionDocument document;
    BoardScene scene;
    CardInspectorPanel panel;
};

void toggle(QCheckBox *box)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

} // namespace

class TestCardInspectorPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followsTheBoardSelection();
    void typedEvidenceIsOneUndoStepAndItsLinksOpen();
    void verifiedNeedsEvidence();
    void typedTextIsOneUndoStep();
    void acceptedNoActionWithAReason();
    void readOnlyShowsButDoesNotEdit();
    void categoryAndTagsFromTheKeyboard();
    void linksInEvidence_data();
    void linksInEvidence();
    void theWindowHasTheInspector();

private:
    QTemporaryDir m_settingsDir;
};

void TestCardInspectorPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WhyboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_cardinspectorpanel"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestCardInspectorPanel::followsTheBoardSelection()
{
    Shown s(shortcutChain());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    QVERIFY(!s.panel.textEdit()->isVisible());

    s.scene.selectCards({QStringLiteral("w3")});
    QCOMPARE(s.panel.cardId(), QStringLiteral("w3"));
    QVERIFY(s.panel.textEdit()->isVisible());
    QCOMPARE(s.panel.textEdit()->toPlainText(), s.card("w3").text);
    QCOMPARE(s.panel.stepLabel()->text(), QStringLiteral("Why 1 / 3 · no evidence"));
    QVERIFY(s.panel.evidenceEdit()->isVisible());

    // The problem has no evidence to give; two cards at once show neither.
    s.scene.selectCards({QStringLiteral("p")});
    QCOMPARE(s.panel.stepLabel()->text(), QStringLiteral("Problem"));
    QVERIFY(!s.panel.evidenceEdit()->isVisible());
    s.scene.selectCards({QStringLiteral("w1"), QStringLiteral("w2")});
    QVERIFY(!s.panel.textEdit()->isVisible());
    QVERIFY(s.panel.cardId().isEmpty());
}

void TestCardInspectorPanel::typedEvidenceIsOneUndoStepAndItsLinksOpen()
{
    Shown s(shortcutChain());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    s.scene.selectCards({QStringLiteral("w2")});
    s.panel.evidenceEdit()->setFocus();
    QTest::keyClicks(s.panel.evidenceEdit(), QStringLiteral("Graph https://grafana.example/d/42."));
    QCOMPARE(s.card("w2").evidence, QStringLiteral("Graph https://grafana.example/d/42."));
    QCOMPARE(s.document.undoStack()->count(), 1);
    QCOMPARE(s.document.undoStack()->undoText(), QStringLiteral("Edit evidence"));
    QVERIFY(s.panel.linksLabel()->isVisible());
    QVERIFY(s.panel.linksLabel()->openExternalLinks());
    QVERIFY2(s.panel.linksLabel()->text().contains(QStringLiteral("href=\"https://grafana.example/d/42\"")),
             qPrintable(s.panel.linksLabel()->text()));
    QCOMPARE(s.panel.stepLabel()->text(), QStringLiteral("Why 2 · evidence not verified"));

    s.document.undoStack()->undo();
    QCOMPARE(s.card("w2").evidence, QString());
    QCOMPARE(s.panel.evidenceEdit()->toPlainText(), QString());
    QVERIFY(!s.panel.linksLabel()->isVisible());
}

void TestCardInspectorPanel::verifiedNeedsEvidence()
{
    Shown s(shortcutChain());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    s.scene.selectCards({QStringLiteral("w1")});
    QVERIFY(!s.panel.verifiedBox()->isEnabled());
    s.panel.evidenceEdit()->setFocus();
    QTest::keyClicks(s.panel.evidenceEdit(), QStringLiteral("Deploy log"));
    QVERIFY(s.panel.verifiedBox()->isEnabled());
    toggle(s.panel.verifiedBox());
    QVERIFY(s.card("w1").isVerified());
    QCOMPARE(s.document.undoStack()->count(), 2);
    QCOMPARE(s.panel.stepLabel()->text(), QStringLiteral("Why 1 · verified"));

    // Clearing the evidence un-verifies: verified means the room checked something.
    s.panel.evidenceEdit()->setFocus();
    s.panel.evidenceEdit()->selectAll();
    QTest::keyClick(s.panel.evidenceEdit(), Qt::Key_Delete);
    QVERIFY(!s.card("w1").isVerified());
    QVERIFY(!s.panel.verifiedBox()->isChecked());
    QVERIFY(!s.panel.verifiedBox()->isEnabled());
}

void TestCardInspectorPanel::typedTextIsOneUndoStep()
{
    Shown s(shortcutChain());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    s.scene.selectCards({QStringLiteral("w1")});
    const QString before = s.card("w1").text;
    s.panel.textEdit()->setFocus();
    s.panel.textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(s.panel.textEdit(), QStringLiteral(" again"));
    QCOMPARE(s.card("w1").text, QString(before + QStringLiteral(" again")));
    QCOMPARE(s.scene.cardItem(QStringLiteral("w1")) != nullptr, true);
    QCOMPARE(s.document.undoStack()->count(), 1);
    s.document.undoStack()->undo();
    QCOMPARE(s.panel.textEdit()->toPlainText(), before);
}

void TestCardInspectorPanel::acceptedNoActionWithAReason()
{
    Shown s(shortcutChain());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    s.scene.selectCards({QStringLiteral("w2")});
    QVERIFY(!s.panel.noActionReasonEdit()->isEnabled());
    toggle(s.panel.noActionBox());
    QVERIFY(s.card("w2").noActionAccepted);
    // The reason is asked for at once.
    QVERIFY(s.panel.noActionReasonEdit()->isEnabled());
    QVERIFY(s.panel.noActionReasonEdit()->hasFocus());
    QTest::keyClicks(s.panel.noActionReasonEdit(), QStringLiteral("Vendor fixed it"));
    QCOMPARE(s.card("w2").noActionReason, QStringLiteral("Vendor fixed it"));
    QCOMPARE(s.document.undoStack()->count(), 2); // the mark, then the reason as one typing run
    s.document.undoStack()->undo();
    QCOMPARE(s.card("w2").noActionReason, QString());
    QCOMPARE(s.panel.noActionReasonEdit()->text(), QString());
    s.document.undoStack()->undo();
    QVERIFY(!s.card("w2").noActionAccepted);
    QVERIFY(!s.panel.noActionBox()->isChecked());
}

void TestCardInspectorPanel::categoryAndTagsFromTheKeyboard()
{
    Shown s(shortcutChain());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    s.scene.selectCards({QStringLiteral("w2")});
    QComboBox *category = s.panel.categoryFields()->categoryBox();
    QLineEdit *tags = s.panel.categoryFields()->tagsEdit();
    QVERIFY(category->isVisible());
    QCOMPARE(category->currentText(), QStringLiteral("(none)"));
    QCOMPARE(category->count(), 9); // none, then the eight defaults

    // Typed, a default's name gives its key; a name of the team's own is kept as typed.
    category->setFocus();
    category->lineEdit()->selectAll();
    QTest::keyClicks(category, QStringLiteral("capacity"));
    QTest::keyClick(category, Qt::Key_Return);
    QCOMPARE(s.card("w2").category, QStringLiteral("capacity"));
    QCOMPARE(category->currentText(), QStringLiteral("Capacity"));
    category->lineEdit()->selectAll();
    QTest::keyClicks(category, QStringLiteral("Vendor SLA"));
    QTest::keyClick(category, Qt::Key_Return);
    QCOMPARE(s.card("w2").category, QStringLiteral("Vendor SLA"));

    tags->setFocus();
    QTest::keyClicks(tags, QStringLiteral("checkout,  payments team , checkout"));
    QTest::keyClick(tags, Qt::Key_Return);
    QCOMPARE(s.card("w2").tags, (QStringList{QStringLiteral("checkout"), QStringLiteral("payments team")}));
    QCOMPARE(s.document.undoStack()->count(), 3);
    s.document.undoStack()->undo();
    QVERIFY(s.card("w2").tags.isEmpty());
    QCOMPARE(tags->text(), QString());
    s.document.undoStack()->undo();
    QCOMPARE(category->currentText(), QStringLiteral("Capacity"));

    // The problem is no cause: it has no category.
    s.scene.selectCards({QStringLiteral("p")});
    QVERIFY(!category->isVisible());
}

void TestCardInspectorPanel::readOnlyShowsButDoesNotEdit()
{
    Shown s(shortcutChain());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    s.scene.selectCards({QStringLiteral("w2")});
    s.document.setReadOnly(true);
    QVERIFY(s.panel.evidenceEdit()->isReadOnly());
    QVERIFY(s.panel.textEdit()->isReadOnly());
    QVERIFY(!s.panel.noActionBox()->isEnabled());
    s.panel.evidenceEdit()->setFocus();
    QTest::keyClicks(s.panel.evidenceEdit(), QStringLiteral("x"));
    QCOMPARE(s.card("w2").evidence, QString());
    QCOMPARE(s.document.undoStack()->count(), 0);
}

void TestCardInspectorPanel::linksInEvidence_data()
{
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QStringList>("links");
    QTest::newRow("none") << "The deploy log says so" << QStringList();
    QTest::newRow("full stop after") << "See https://status.example/incident/7." << QStringList{"https://status.example/incident/7"};
    QTest::newRow("in brackets, twice") << "(http://a.example/x) and http://a.example/x, https://b.example/?q=1"
                                        << QStringList{"http://a.example/x", "https://b.example/?q=1"};
}

void TestCardInspectorPanel::linksInEvidence()
{
    QFETCH(QString, evidence);
    QFETCH(QStringList, links);
    QCOMPARE(CardInspectorPanel::linksIn(evidence), links);
}

void TestCardInspectorPanel::theWindowHasTheInspector()
{
    MainWindow window;
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    QVERIFY(dock);
    QVERIFY(qobject_cast<CardInspectorPanel *>(dock->widget()));
    auto *inspect = dock->findChild<QAction *>(QStringLiteral("inspectCard"));
    QVERIFY(inspect);
    QCOMPARE(inspect->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    // Behind another tab or closed, the key brings it to the front.
    dock->hide();
    inspect->trigger();
    QVERIFY(!dock->isHidden());
}

QTEST_MAIN(TestCardInspectorPanel)
#include "tst_cardinspectorpanel.moc"
