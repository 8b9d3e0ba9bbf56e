// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/contrast.h"
#include "board/boardscene.h"
#include "board/checkbadges.h"
#include "document/commands/dismissfindingcommand.h"
#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"
#include "facilitationsessions.h"
#include "storage/library.h"
#include "ui/mainwindow.h"

#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;
using namespace Whyboard::FacilitationTest;

namespace {

QStringList keysOf(const BoardScene &scene, const QString &cardId)
{
    QStringList keys;
    for (const CardBadge &b : scene.cardBadges(cardId))
        keys.append(b.key);
    return keys;
}

} // namespace

class TestCheckBadges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badgesFollowTheFindings();
    void dismissedFindingsShowNoBadge();
    void badgeTextIsReadableOnAProjector();
    void theWindowShowsBadgesWithoutTheChecksDock();

private:
    QTemporaryDir m_settingsDir;
};

void TestCheckBadges::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WhyboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_checkbadges"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestCheckBadges::badgesFollowTheFindings()
{
    SessionDocument document(compoundSession());
    BoardScene scene(&document);
    CheckBadges badges(&document, &scene);
    QVERIFY(keysOf(scene, "w2").contains(CheckIds::compound));
    QVERIFY(keysOf(scene, "w3").contains(CheckIds::shallow));
    QVERIFY(keysOf(scene, "w1").contains(CheckIds::noAction));
    QVERIFY(!keysOf(scene, "w1").contains(CheckIds::unverified)); // the card's header shows that already
    const CardBadge compound = scene.cardBadges("w2").constFirst();
    QCOMPARE(compound.text, CheckBadges::badgeText(CheckIds::compound));
    QVERIFY(compound.toolTip.startsWith(QStringLiteral("This card states two causes.\n")));

    // Fixing the card takes its badge away at once; undo brings it back.
    Card fixed = *document.session().card("w2");
    fixed.text = QStringLiteral("The certificate expired");
    QVERIFY(document.push(new EditCardCommand(&document, fixed)));
    QVERIFY(!keysOf(scene, "w2").contains(CheckIds::compound));
    document.undoStack()->undo();
    QVERIFY(keysOf(scene, "w2").contains(CheckIds::compound));
}

void TestCheckBadges::dismissedFindingsShowNoBadge()
{
    SessionDocument document(compoundSession());
    BoardScene scene(&document);
    CheckBadges badges(&document, &scene);
    QVERIFY(document.push(new DismissFindingCommand(&document, {CheckIds::compound, "w2", "One event, said twice"})));
    QVERIFY(!keysOf(scene, "w2").contains(CheckIds::compound));
    QVERIFY(keysOf(scene, "w2").contains(CheckIds::noAction)); // the card's other findings keep theirs
    document.undoStack()->undo();
    QVERIFY(keysOf(scene, "w2").contains(CheckIds::compound));
}

void TestCheckBadges::badgeTextIsReadableOnAProjector()
{
    int shown = 0;
    for (const QString &checkId : CheckIds::all()) {
        if (CheckBadges::badgeText(checkId).isEmpty())
            continue;
        ++shown;
        // The card draws badge text in white on a dark badge.
        const double ratio = Contrast::ratio(Qt::white, CheckBadges::badgeColor(checkId));
        QVERIFY2(ratio >= Contrast::enhanced, qPrintable(checkId + QStringLiteral(": %1").arg(ratio)));
    }
    QCOMPARE(shown, 5);
}

void TestCheckBadges::theWindowShowsBadgesWithoutTheChecksDock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("badges.whyboard"));
    {
        std::unique_ptr<Library> library = Library::open(path, Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        library->insertSession(compoundSession());
    }
    MainWindow window;
    // The Checks dock is closed and never shown; the window itself is never shown either.
    QDockWidget *checks = window.findChild<QDockWidget *>(QStringLiteral("checksDock"));
    QVERIFY(checks);
    checks->close();
    QVERIFY(window.openLibrary(path));
    QVERIFY(window.boardScene());
    QVERIFY(keysOf(*window.boardScene(), "w2").contains(CheckIds::compound));

    Card fixed = *window.currentDocument()->session().card("w2");
    fixed.text = QStringLiteral("The certificate expired");
    QVERIFY(window.currentDocument()->push(new EditCardCommand(window.currentDocument(), fixed)));
    QVERIFY(!keysOf(*window.boardScene(), "w2").contains(CheckIds::compound));
}

QTEST_MAIN(TestCheckBadges)
#include "tst_checkbadges.moc"
