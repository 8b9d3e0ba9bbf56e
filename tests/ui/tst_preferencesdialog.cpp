// SPDX-License-Identifier: GPL-3.0-or-later
// Edit › Preferences… in the window, driven by keys: every setting is stored and applied (the
// board's card text, the whole window's theme, the PDF's paper, the default library, the daily
// backups), Cancel changes nothing, Restore Defaults resets, and the theme chosen in the Board
// menu is remembered for the next window.

#include "analysis/contrast.h"
#include "board/boardactions.h"
#include "board/boardscene.h"
#include "board/carditem.h"
#include "samplesessions.h"
#include "storage/library.h"
#include "storage/librarybackup.h"
#include "storage/librarypreferences.h"
#include "ui/applicationtheme.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/preferencesdialog.h"
#include "ui/reportexportdialog.h"
#include "windowtesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Whyboard;

namespace {

void key(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(widget, key, modifiers);
}

// Moves the focus with Tab until it reaches target.
bool tabTo(QWidget *target)
{
    for (int i = 0; i < 40 && QApplication::focusWidget() != target; ++i)
        key(QApplication::focusWidget(), Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

// Every text colour of a palette against the colour it is drawn on.
double weakestContrast(const QPalette &p)
{
    return std::min({Contrast::ratio(p.color(QPalette::WindowText), p.color(QPalette::Window)),
                     Contrast::ratio(p.color(QPalette::Text), p.color(QPalette::Base)),
                     Contrast::ratio(p.color(QPalette::Text), p.color(QPalette::AlternateBase)),
                     Contrast::ratio(p.color(QPalette::ButtonText), p.color(QPalette::Button)),
                     Contrast::ratio(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)),
                     Contrast::ratio(p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase)),
                     Contrast::ratio(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)),
                     Contrast::ratio(p.color(QPalette::Link), p.color(QPalette::Base))});
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 && palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_libraryPath;
    std::unique_ptr<MainWindow> m_window;

    // Opens Preferences with Ctrl+, in the window and runs drive on it while it is shown.
    bool drivePreferences(const std::function<void(PreferencesDialog &)> &drive)
    {
        bool opened = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            opened = true;
            // Offscreen, a dialog shown over an active window is not made active by itself.
            QApplication::setActiveWindow(dialog);
            QVERIFY(QApplication::activeWindow() == dialog);
            drive(*dialog);
            if (dialog->isVisible())
                dialog->reject(); // a failed step leaves nothing open
        });
        m_window->activateWindow();
        Test::press(QKeyCombination(Qt::CTRL, Qt::Key_Comma));
        QCoreApplication::processEvents(); // no dialog: the check runs now, not after this returns
        settle();
        return opened;
    }

    // A new palette reaches the widgets through posted events.
    static void settle() { QCoreApplication::processEvents(); }

    // Tab to OK and press Enter, as a keyboard user would.
    static void accept(PreferencesDialog &dialog)
    {
        QVERIFY(tabTo(dialog.buttons()->button(QDialogButtonBox::Ok)));
        key(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid() && m_dir.isValid());
        Test::isolateSettings(m_settingsDir.path());
        QSettings().clear();
        m_libraryPath = Test::makeLibrary(m_dir.filePath(QStringLiteral("room.whyboard")), {Test::chainSession(3)});
        QVERIFY(!m_libraryPath.isEmpty());
    }

    void init()
    {
        Preferences::instance()->restoreDefaults();
        m_window = std::make_unique<MainWindow>();
        QVERIFY(Test::openWindow(*m_window, m_libraryPath));
        QVERIFY(m_window->boardScene());
    }

    void cleanup()
    {
        m_window.reset();
        Preferences::instance()->restoreDefaults();
    }

    void everyFieldIsReachableByKeys()
    {
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("preferences"));
        QVERIFY(action);
        QVERIFY(m_window->editMenu()->actions().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        QVERIFY(drivePreferences([](PreferencesDialog &dialog) {
            QCOMPARE(QApplication::focusWidget(), dialog.languageBox());
            QList<QWidget *> reached;
            for (int i = 0; i < 30; ++i) {
                reached.append(QApplication::focusWidget());
                key(QApplication::focusWidget(), Qt::Key_Tab);
            }
            for (QWidget *field : std::initializer_list<QWidget *>{
                     dialog.languageBox(), dialog.themeBox(), dialog.cardTextBox(), dialog.paperBox(),
                     dialog.libraryEdit(), dialog.browseButton(), dialog.backupsBox(), dialog.backupsKeptBox(),
                     dialog.openBackupsButton(), dialog.buttons()->button(QDialogButtonBox::Ok),
                     dialog.buttons()->button(QDialogButtonBox::Cancel),
                     dialog.buttons()->button(QDialogButtonBox::RestoreDefaults)})
                QVERIFY2(reached.contains(field), qPrintable(field->objectName() + field->property("text").toString()));
            // Each field has its mnemonic.
            const QList<std::pair<Qt::Key, QWidget *>> mnemonics{
                {Qt::Key_T, dialog.themeBox()},     {Qt::Key_X, dialog.cardTextBox()},
                {Qt::Key_P, dialog.paperBox()},     {Qt::Key_I, dialog.libraryEdit()},
                {Qt::Key_K, dialog.backupsKeptBox()}, {Qt::Key_L, dialog.languageBox()}};
            for (const auto &[letter, field] : mnemonics) {
                key(QApplication::focusWidget(), letter, Qt::AltModifier);
                QCOMPARE(QApplication::focusWidget(), field);
            }
            key(QApplication::focusWidget(), Qt::Key_Escape);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }));
    }

    void cardTextSizeAppliesToTheOpenBoard()
    {
        BoardScene *scene = m_window->boardScene();
        CardItem *card = scene->cardItems().constFirst();
        const qreal heightBefore = card->size().height();
        QCOMPARE(scene->theme().textFont.pixelSize(), 25);
        QVERIFY(drivePreferences([](PreferencesDialog &dialog) {
            key(QApplication::focusWidget(), Qt::Key_X, Qt::AltModifier);
            key(dialog.cardTextBox(), Qt::Key_End); // extra large
            QCOMPARE(dialog.cardTextBox()->currentData().toInt(), 150);
            accept(dialog);
        }));
        QCOMPARE(Preferences::instance()->cardTextPercent(), 150);
        QCOMPARE(scene->theme().textFont.pixelSize(), 38);
        QVERIFY2(card->size().height() > heightBefore * 1.2,
                 qPrintable(QStringLiteral("%1 -> %2").arg(heightBefore).arg(card->size().height())));
        QCOMPARE(card->size().width(), BoardTheme::light().cardWidth); // wraps taller, not wider
        // The print copy keeps the standard size.
        scene->setPrintMode(true);
        QCOMPARE(scene->theme().textFont.pixelSize(), 25);
        scene->setPrintMode(false);
    }

    void darkThemeDarkensTheWholeWindow()
    {
        QVERIFY(!isDark(m_window->palette()));
        QVERIFY(drivePreferences([](PreferencesDialog &dialog) {
            key(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
            key(dialog.themeBox(), Qt::Key_Down);
            QCOMPARE(dialog.themeBox()->currentData().toInt(), int(BoardTheme::Kind::Dark));
            accept(dialog);
        }));
        QCOMPARE(Preferences::instance()->theme(), BoardTheme::Kind::Dark);
        QCOMPARE(m_window->boardScene()->theme().kind, BoardTheme::Kind::Dark);
        QVERIFY(m_window->boardActions()->darkTheme()->isChecked());
        QList<QPalette> palettes{QApplication::palette(), m_window->palette(), m_window->editMenu()->palette()};
        for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            palettes.append(dock->widget() ? dock->widget()->palette() : dock->palette());
        for (const QPalette &palette : std::as_const(palettes)) {
            QVERIFY(isDark(palette));
            QVERIFY2(weakestContrast(palette) >= Contrast::minimum, qPrintable(QString::number(weakestContrast(palette))));
        }
        // Projector: a light palette at 7:1 and more.
        Preferences::instance()->setTheme(BoardTheme::Kind::Projector);
        settle();
        QVERIFY(!isDark(m_window->palette()));
        QVERIFY(weakestContrast(m_window->palette()) >= Contrast::enhanced);
        QCOMPARE(m_window->boardScene()->theme().kind, BoardTheme::Kind::Projector);
        // Light gives the desktop's palette back.
        Preferences::instance()->setTheme(BoardTheme::Kind::Light);
        settle();
        QVERIFY(!isDark(m_window->palette()));
        QVERIFY(m_window->boardActions()->lightTheme()->isChecked());
    }

    void boardMenuThemeIsRemembered()
    {
        m_window->boardActions()->darkTheme()->trigger();
        settle();
        QCOMPARE(m_window->boardScene()->theme().kind, BoardTheme::Kind::Dark);
        QVERIFY(isDark(m_window->palette()));
        QCOMPARE(QSettings().value(QStringLiteral("preferences/theme")).toString(), QStringLiteral("dark"));
        m_window.reset();
        // The next window (the next start) comes up dark, board and all.
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->boardActions()->darkTheme()->isChecked());
        QVERIFY(Test::openWindow(*m_window, m_libraryPath));
        settle();
        QCOMPARE(m_window->boardScene()->theme().kind, BoardTheme::Kind::Dark);
        QVERIFY(isDark(m_window->palette()));
        QVERIFY(drivePreferences([](PreferencesDialog &dialog) {
            QCOMPARE(dialog.themeBox()->currentData().toInt(), int(BoardTheme::Kind::Dark));
        }));
    }

    void pdfExportStartsWithTheChosenPaper()
    {
        QCOMPARE(ReportExportDialog().paperBox()->currentData().toInt(), int(ReportOptions::localePageSize().id()));
        QVERIFY(drivePreferences([](PreferencesDialog &dialog) {
            key(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
            key(dialog.paperBox(), Qt::Key_End);
            QCOMPARE(dialog.paperBox()->currentText(), QPageSize::name(QPageSize::Letter));
            accept(dialog);
        }));
        QCOMPARE(Preferences::instance()->paper(), Preferences::Paper::Letter);
        ReportExportDialog exportDialog;
        QCOMPARE(exportDialog.paperBox()->currentData().toInt(), int(QPageSize::Letter));
        QCOMPARE(ReportExportDialog::remembered().pageSize.id(), QPageSize::Letter);
        // A4 chosen for an export becomes the preference.
        ReportOptions options = ReportExportDialog::remembered();
        options.pageSize = QPageSize(QPageSize::A4);
        ReportExportDialog::remember(options);
        QCOMPARE(Preferences::instance()->paper(), Preferences::Paper::A4);
        // "By region" stays so when the region's paper is chosen.
        Preferences::instance()->setPaper(Preferences::Paper::ByRegion);
        options.pageSize = ReportOptions::localePageSize();
        ReportExportDialog::remember(options);
        QCOMPARE(Preferences::instance()->paper(), Preferences::Paper::ByRegion);
    }

    void defaultLibraryIsChosenByBrowsing()
    {
        const QString chosen = m_dir.filePath(QStringLiteral("shared/team"));
        QString offered;
        QVERIFY(drivePreferences([&](PreferencesDialog &dialog) {
            QCOMPARE(dialog.libraryEdit()->text(), QDir::toNativeSeparators(LibraryPreferences::builtInLibraryPath()));
            dialog.setFileChooser([&](const QString &current) {
                offered = current;
                return chosen;
            });
            QVERIFY(tabTo(dialog.browseButton()));
            key(dialog.browseButton(), Qt::Key_Space);
            QCOMPARE(dialog.libraryEdit()->text(), QDir::toNativeSeparators(chosen + QStringLiteral(".whyboard")));
            accept(dialog);
        }));
        QCOMPARE(offered, QDir::toNativeSeparators(LibraryPreferences::builtInLibraryPath()));
        QCOMPARE(Library::defaultPath(), chosen + QStringLiteral(".whyboard"));
    }

    void backupsOffMakeNoDailyCopy()
    {
        QVERIFY(drivePreferences([](PreferencesDialog &dialog) {
            QVERIFY(dialog.backupsBox()->isChecked());
            QCOMPARE(dialog.backupsKeptBox()->value(), LibraryBackup::keptCopies);
            QVERIFY(tabTo(dialog.backupsBox()));
            key(dialog.backupsBox(), Qt::Key_Space);
            QVERIFY(!dialog.backupsBox()->isChecked());
            QVERIFY(!dialog.backupsKeptBox()->isEnabled());
            accept(dialog);
        }));
        QVERIFY(!LibraryPreferences::backupsEnabled());
        QTemporaryDir dir;
        const QString path = Test::makeLibrary(dir.filePath(QStringLiteral("quiet.whyboard")), {Test::chainSession(2)});
        QVERIFY(m_window->openLibrary(path));
        QVERIFY(m_window->openLibrary(m_libraryPath)); // closes quiet.whyboard
        QVERIFY(LibraryBackup::copies(path).isEmpty());
        QVERIFY(!QFileInfo::exists(LibraryBackup::folderFor(path)));
    }

    void backupsFolderOpens()
    {
        // The window's library was opened for writing with backups on: its folder is there.
        QVERIFY(QFileInfo(LibraryBackup::folderFor(m_libraryPath)).isDir());
        QUrl opened;
        QVERIFY(drivePreferences([&](PreferencesDialog &dialog) {
            dialog.setFolderOpener([&](const QUrl &folder) { opened = folder; });
            QVERIFY(dialog.openBackupsButton()->isEnabled());
            QVERIFY(tabTo(dialog.openBackupsButton()));
            key(dialog.openBackupsButton(), Qt::Key_Space);
            key(QApplication::focusWidget(), Qt::Key_Escape);
        }));
        QCOMPARE(opened, QUrl::fromLocalFile(LibraryBackup::folderFor(m_libraryPath)));
    }

    void cancelChangesNothing()
    {
        const Preferences::Values before = Preferences::instance()->values();
        QVERIFY(drivePreferences([](PreferencesDialog &dialog) {
            key(QApplication::focusWidget(), Qt::Key_Down); // Deutsch
            key(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
            key(dialog.themeBox(), Qt::Key_End);
            key(QApplication::focusWidget(), Qt::Key_X, Qt::AltModifier);
            key(dialog.cardTextBox(), Qt::Key_End);
            dialog.libraryEdit()->setText(QStringLiteral("/elsewhere.whyboard"));
            dialog.backupsBox()->setChecked(false);
            key(QApplication::focusWidget(), Qt::Key_Escape);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }));
        QVERIFY(Preferences::instance()->values() == before);
        QCOMPARE(m_window->boardScene()->theme().kind, BoardTheme::Kind::Light);
        QCOMPARE(m_window->boardScene()->theme().textFont.pixelSize(), 25);
        QVERIFY(!isDark(m_window->palette()));
    }

    void restoreDefaultsResets()
    {
        Preferences::Values chosen;
        chosen.language = QStringLiteral("fr");
        chosen.theme = BoardTheme::Kind::Dark;
        chosen.paper = Preferences::Paper::Letter;
        chosen.cardTextPercent = 125;
        chosen.libraryPath = m_dir.filePath(QStringLiteral("other.whyboard"));
        chosen.backups = false;
        chosen.backupsKept = 3;
        Preferences::instance()->setValues(chosen);
        settle();
        QVERIFY(Preferences::instance()->values() == chosen);
        QVERIFY(isDark(m_window->palette()));
        QVERIFY(drivePreferences([&](PreferencesDialog &dialog) {
            QVERIFY(dialog.values() == chosen);
            QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
            QVERIFY(dialog.values() == Preferences::defaults());
            QCOMPARE(dialog.languageBox()->currentIndex(), 0);
            QVERIFY(Preferences::instance()->values() == chosen); // not before OK
            QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        }));
        QVERIFY(Preferences::instance()->values() == Preferences::defaults());
        QCOMPARE(m_window->boardScene()->theme().kind, BoardTheme::Kind::Light);
        QCOMPARE(m_window->boardScene()->theme().textFont.pixelSize(), 25);
        QVERIFY(!isDark(m_window->palette()));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
