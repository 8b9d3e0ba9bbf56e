// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"

#include "document/sessiondocument.h"
#include "ui/exportactions.h"
#include "ui/reportexportdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QPushButton>
#include <QSettings>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// File › Export PDF asks for the report's language, paper and sections (or the one-page
// summary), by keyboard, remembers the choice and writes the PDF with it.
class TestReportExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Moves the focus with Tab until it reaches target.
    static bool tabTo(QWidget *target)
    {
        for (int i = 0; i < 30 && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }

    static QPushButton *exportButton(const ReportExportDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WhyboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reportexportdialog"));
        QSettings().clear();
    }

    void offersTheLanguagesByTheirNames()
    {
        ReportExportDialog dialog;
        QComboBox *language = dialog.languageBox();
        QCOMPARE(language->count(), 4);
        QVERIFY(language->itemText(0).contains(QStringLiteral("English"))); // the interface's, C here
        QCOMPARE(language->itemText(1), QStringLiteral("Deutsch"));
        QCOMPARE(language->itemText(2), QStringLiteral("English"));
        QCOMPARE(language->itemText(3), QStringLiteral("Français"));
        // First time: the interface's language and the whole report.
        const ReportOptions options = dialog.options();
        QCOMPARE(options.language, QString());
        QCOMPARE(options.sections, ReportOptions::allSections);
        QVERIFY(!options.summaryOnly);
        // The appendices stand apart, labelled as such.
        QGroupBox *appendices = nullptr;
        for (QGroupBox *group : dialog.findChildren<QGroupBox *>()) {
            if (group->isAncestorOf(dialog.sectionBox(ReportSection::Timeline)))
                appendices = group;
        }
        QVERIFY(appendices);
        QVERIFY(appendices->title().contains(QStringLiteral("Appendices")));
        QVERIFY(appendices->isAncestorOf(dialog.sectionBox(ReportSection::Actions)));
        QVERIFY(!appendices->isAncestorOf(dialog.sectionBox(ReportSection::Diagram)));
    }

    void keyboardChoosesEverything()
    {
        ReportExportDialog dialog;
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), dialog.languageBox());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // Deutsch
        QCOMPARE(dialog.options().language, QStringLiteral("de"));
        // Leave out the parking lot and both appendices by Tab and Space.
        for (const ReportSection section : {ReportSection::ParkingLot, ReportSection::Actions, ReportSection::Timeline}) {
            QVERIFY(tabTo(dialog.sectionBox(section)));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        }
        QCOMPARE(dialog.options().sections,
                 ReportOptions::allSections
                     & ~ReportSections(ReportSection::ParkingLot | ReportSection::Actions | ReportSection::Timeline));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void summaryTakesThePlaceOfTheSections()
    {
        ReportExportDialog dialog;
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(tabTo(dialog.summaryBox()));
        QTest::keyClick(dialog.summaryBox(), Qt::Key_Space);
        QVERIFY(dialog.options().summaryOnly);
        QVERIFY(!dialog.sectionBox(ReportSection::Diagram)->isEnabled());
        QVERIFY(!dialog.sectionBox(ReportSection::Timeline)->isEnabled());
        QTest::keyClick(dialog.summaryBox(), Qt::Key_Space);
        QVERIFY(dialog.sectionBox(ReportSection::Diagram)->isEnabled());
        // No section and no summary: nothing worth exporting.
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box != dialog.summaryBox())
                box->setChecked(false);
        }
        QVERIFY(!exportButton(dialog)->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void choiceIsRemembered()
    {
        ReportOptions chosen;
        chosen.language = QStringLiteral("fr");
        chosen.sections = ReportSection::Diagram | ReportSection::ReadBack;
        chosen.pageSize = QPageSize(QPageSize::Letter);
        ReportExportDialog::remember(chosen);
        ReportExportDialog dialog;
        QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Français"));
        QCOMPARE(dialog.options().sections, chosen.sections);
        QCOMPARE(dialog.options().pageSize.id(), QPageSize::Letter);
        QVERIFY(!dialog.sectionBox(ReportSection::Timeline)->isChecked());
        ReportExportDialog::remember(ReportOptions());
    }

    void exportWritesTheChosenLanguage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        QWidget window;
        SessionDocument document(Test::exampleSession());
        ExportActions actions(&window);
        actions.setDocument(&document);
        const QString path = m_dir.filePath(QStringLiteral("german.pdf"));
        actions.setFileChooser([&](const QString &, const QString &) { return path; });
        actions.setReportChooser([](ReportOptions &options) {
            ReportExportDialog dialog;
            dialog.setOptions(options);
            dialog.show();
            QTest::keyClick(dialog.languageBox(), Qt::Key_Down); // Deutsch
            options = dialog.options(options);
            return true;
        });
        QCOMPARE(actions.exportAs(ExportActions::Format::Pdf), QString());
        const QString text = Test::pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Seite 1 von")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("9.750")));
        // The window's language did not change; the choice is kept for the next export.
        QCOMPARE(QCoreApplication::translate("ReportWriter", "Page %1 of %2"), QStringLiteral("Page %1 of %2"));
        QCOMPARE(QLocale(), QLocale::system());
        QCOMPARE(ReportExportDialog::remembered().language, QStringLiteral("de"));
        // Cancelling the choice writes nothing.
        const QString second = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        actions.setFileChooser([&](const QString &, const QString &) { return second; });
        actions.setReportChooser([](ReportOptions &) { return false; });
        QCOMPARE(actions.exportAs(ExportActions::Format::Pdf), QString());
        QVERIFY(!QFile::exists(second));
    }
};

QTEST_MAIN(TestReportExportDialog)
#include "tst_reportexportdialog.moc"
