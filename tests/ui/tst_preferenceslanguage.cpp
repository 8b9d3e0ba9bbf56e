// SPDX-License-Identifier: GPL-3.0-or-later
// The language chosen in Preferences: offered in each language's own name, applied at the next
// start of the window (Whyboard's words, Qt's own and the locale's numbers), never to the
// command-line verbs, which keep following LANGUAGE and LANG; and the verbs' default library
// is the one chosen in Preferences.

#include "samplesessions.h"
#include "storage/library.h"
#include "ui/preferences.h"
#include "ui/preferencesdialog.h"
#include "windowtesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

// The real binary with its settings in configHome (XDG_CONFIG_HOME), English by the environment.
Run runWhyboard(const QStringList &arguments, const QString &scratch)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), scratch + QStringLiteral("/data"));
    environment.insert(QStringLiteral("HOME"), scratch + QStringLiteral("/home"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), scratch + QStringLiteral("/runtime"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WHYBOARD_BINARY), arguments);
    Run run;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}

// Settings as the window would have stored them, where the binary reads them.
bool writeSettings(const QString &scratch, const QMap<QString, QString> &values)
{
    QDir().mkpath(scratch + QStringLiteral("/config/Whyboard"));
    QSettings settings(scratch + QStringLiteral("/config/Whyboard/Whyboard.conf"), QSettings::IniFormat);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace

class TestPreferencesLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        Test::isolateSettings(m_settingsDir.path());
        QSettings().clear();
    }

    void languagesInTheirOwnNames()
    {
        PreferencesDialog dialog(nullptr);
        QComboBox *box = dialog.languageBox();
        QCOMPARE(box->count(), 4);
        QCOMPARE(box->itemText(0), QStringLiteral("System default (English)")); // C here
        QCOMPARE(box->itemText(1), QStringLiteral("Deutsch"));
        QCOMPARE(box->itemText(2), QStringLiteral("English"));
        QCOMPARE(box->itemText(3), QStringLiteral("Français"));
        QCOMPARE(box->currentIndex(), 0);
    }

    void chosenLanguageAppliesAtTheNextStart()
    {
        PreferencesDialog dialog(nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(dialog.languageBox(), Qt::Key_Down); // Deutsch
        QTest::keyClick(dialog.languageBox(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        Preferences::instance()->setValues(dialog.values());
        QCOMPARE(Preferences::instance()->language(), QStringLiteral("de"));
        // Not yet: the window keeps its language until it starts again.
        QCOMPARE(QCoreApplication::translate("BoardTheme", "Dark"), QStringLiteral("Dark"));

        Preferences::applyAtStartup();
        QCOMPARE(QCoreApplication::translate("BoardTheme", "Dark"), QStringLiteral("Dunkel"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qt_de.qm")))
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        // And the dialog now speaks it, naming the system's language in its own name.
        PreferencesDialog german(nullptr);
        QCOMPARE(german.languageBox()->currentData().toString(), QStringLiteral("de"));

        // English chosen again answers in English whatever is installed behind it.
        Preferences::instance()->setLanguage(QStringLiteral("en"));
        Preferences::applyAtStartup();
        QCOMPARE(QCoreApplication::translate("BoardTheme", "Dark"), QStringLiteral("Dark"));
        QCOMPARE(QLocale().language(), QLocale::English);
        // A language the program does not speak is the system's.
        QSettings().setValue(QStringLiteral("preferences/language"), QStringLiteral("tlh"));
        QCOMPARE(Preferences::instance()->language(), QString());
    }

    void verbsKeepTheEnvironmentsLanguage()
    {
        QTemporaryDir scratch;
        const Run english = runWhyboard({QStringLiteral("--help")}, scratch.path());
        QCOMPARE(english.exitCode, 0);
        QVERIFY(!english.out.isEmpty());
        QVERIFY(writeSettings(scratch.path(), {{QStringLiteral("preferences/language"), QStringLiteral("de")}}));
        const Run withPreference = runWhyboard({QStringLiteral("--help")}, scratch.path());
        QCOMPARE(withPreference.exitCode, 0);
        QCOMPARE(withPreference.out, english.out);
    }

    void verbsOpenTheChosenDefaultLibrary()
    {
        QTemporaryDir scratch;
        Session session = Test::chainSession(2);
        session.title = QStringLiteral("Queue stalled at midnight");
        const QString library = Test::makeLibrary(scratch.filePath(QStringLiteral("team.whyboard")), {session});
        QVERIFY(!library.isEmpty());
        QVERIFY(writeSettings(scratch.path(), {{QStringLiteral("library/defaultPath"), library}}));
        const Run list = runWhyboard({QStringLiteral("--list")}, scratch.path());
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(session.title), qPrintable(list.out));
    }
};

QTEST_MAIN(TestPreferencesLanguage)
#include "tst_preferenceslanguage.moc"
