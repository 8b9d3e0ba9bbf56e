// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"

#include "document/sessiondocument.h"
#include "ui/exportactions.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Whyboard;

// File › Export … and Print: what the menu offers and what choosing an entry writes.
class TestExportActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void disabledWithoutSession();
    void menuKeepsItsLastEntryLast();
    void suggestsDateAndTitle();
    void exportWritesChosenFile_data();
    void exportWritesChosenFile();
    void cancelWritesNothing();
    void failureIsReported();

private:
    QTemporaryDir m_dir;
    QWidget m_window;
    std::unique_ptr<SessionDocument> m_document;
};

void TestExportActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true); // settings and folders away from the user's
    QCoreApplication::setOrganizationName(QStringLiteral("WhyboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportactions"));
    m_document = std::make_unique<SessionDocument>(Test::exampleSession());
}

void TestExportActions::disabledWithoutSession()
{
    ExportActions actions(&m_window);
    for (QAction *action : actions.actions())
        QVERIFY(!action->isEnabled());
    actions.setDocument(m_document.get());
    for (QAction *action : actions.actions())
        QVERIFY(action->isEnabled());
    actions.setDocument(nullptr);
    QVERIFY(!actions.action(ExportActions::Format::Pdf)->isEnabled());
}

void TestExportActions::menuKeepsItsLastEntryLast()
{
    QMenu menu;
    menu.addAction(QStringLiteral("New Session"));
    QAction *quit = menu.addAction(QStringLiteral("Quit"));
    ExportActions actions(&m_window);
    actions.addToMenu(&menu);
    QCOMPARE(menu.actions().constLast(), quit);
    for (QAction *action : actions.actions())
        QVERIFY(menu.actions().contains(action));
}

void TestExportActions::suggestsDateAndTitle()
{
    ExportActions actions(&m_window);
    actions.setDocument(m_document.get());
    QCOMPARE(QFileInfo(actions.suggestedPath(ExportActions::Format::Pdf)).fileName(),
             QStringLiteral("2017-04-06-that-time-the-linkedin-app-was-deleted.pdf"));
    QCOMPARE(QFileInfo(actions.suggestedPath(ExportActions::Format::Markdown)).suffix(), QStringLiteral("md"));
}

void TestExportActions::exportWritesChosenFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("pdf") << int(ExportActions::Format::Pdf) << QStringLiteral("chosen.pdf");
    QTest::newRow("png") << int(ExportActions::Format::Png) << QStringLiteral("chosen.png");
    QTest::newRow("svg") << int(ExportActions::Format::Svg) << QStringLiteral("chosen.svg");
    QTest::newRow("markdown") << int(ExportActions::Format::Markdown) << QStringLiteral("chosen.md");
    QTest::newRow("extension added") << int(ExportActions::Format::Pdf) << QStringLiteral("no-extension");
}

void TestExportActions::exportWritesChosenFile()
{
    QFETCH(int, format);
    QFETCH(QString, file);
    ExportActions actions(&m_window);
    actions.setDocument(m_document.get());
    actions.setPngScale(1);
    QString offered;
    actions.setFileChooser([&](const QString &suggested, const QString &) {
        offered = suggested;
        return m_dir.filePath(file);
    });
    QSignalSpy exported(&actions, &ExportActions::exported);
    actions.action(ExportActions::Format(format))->trigger();
    QCOMPARE(exported.size(), 1);
    const QString written = exported.first().first().toString();
    QVERIFY(QFileInfo(written).size() > 100);
    QVERIFY(!QFileInfo(written).suffix().isEmpty());
    QVERIFY(offered.contains(QStringLiteral("that-time-the-linkedin-app-was-deleted")));
    if (written.endsWith(QLatin1String(".pdf")))
        QVERIFY(Test::pdfText(written).contains(QStringLiteral("Read-back")));
    // The next export starts in the folder used last.
    QCOMPARE(QFileInfo(actions.suggestedPath(ExportActions::Format::Svg)).absolutePath(),
             QFileInfo(written).absolutePath());
}

void TestExportActions::cancelWritesNothing()
{
    ExportActions actions(&m_window);
    actions.setDocument(m_document.get());
    actions.setFileChooser([](const QString &, const QString &) { return QString(); });
    QSignalSpy exported(&actions, &ExportActions::exported);
    QSignalSpy failed(&actions, &ExportActions::exportFailed);
    QCOMPARE(actions.exportAs(ExportActions::Format::Pdf), QString());
    QCOMPARE(exported.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void TestExportActions::failureIsReported()
{
    ExportActions actions(&m_window);
    actions.setDocument(m_document.get());
    const QString path = m_dir.filePath(QStringLiteral("missing/report.pdf"));
    actions.setFileChooser([&](const QString &, const QString &) { return path; });
    QSignalSpy failed(&actions, &ExportActions::exportFailed);
    QVERIFY(!actions.exportAs(ExportActions::Format::Pdf).isEmpty());
    QCOMPARE(failed.size(), 1);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
