// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarylocation.h"
#include "ui/libraryactions.h"
#include "ui/recentlibraries.h"
#include "ui/serverlibrarydialog.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// File › Open Library on a Server…: what is typed into the dialog makes the address the
// command line takes, shown as it is typed; the recent list keeps that address without a
// password; and an address Whyboard does not open is refused with nothing created.
class TestServerLibraryDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    template<typename T>
    static T *field(const QDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }

    static QPushButton *openButton(const QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
    }

    static void type(QWidget *widget, const QString &text)
    {
        if (text.isEmpty())
            return;
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier); // replace what is there
        QTest::keyClicks(widget, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WhyboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_serverlibrarydialog"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    void typedFieldsMakeTheAddress_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("securityKey"); // pressed in the encryption list; 0: left as it is
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("address");

        QTest::newRow("server and database") << "db.example.com" << "" << "team" << "" << 0 << ""
                                             << "postgresql://db.example.com/team";
        QTest::newRow("socket folder and port") << "/tmp/whyboard-pg" << "5544" << "whyboard_test" << "postgres" << 0 << ""
                                                << "postgresql://postgres@/whyboard_test?host=/tmp/whyboard-pg&port=5544";
        QTest::newRow("ipv6") << "::1" << "5433" << "team" << "ana" << 0 << ""
                              << "postgresql://ana@[::1]:5433/team";
        QTest::newRow("ipv6 in brackets") << "[2001:db8::7]" << "" << "team" << "" << 0 << ""
                                          << "postgresql://[2001:db8::7]/team";
        QTest::newRow("verify-full with a certificate authority")
            << "db.example.com" << "" << "team" << "ana" << int(Qt::Key_End) << "/etc/ssl/team ca.pem"
            << "postgresql://ana@db.example.com/team?sslmode=verify-full&sslrootcert=/etc/ssl/team%20ca.pem";
        QTest::newRow("no encryption") << "localhost" << "" << "team" << "" << int(Qt::Key_Home) << ""
                                       << "postgresql://localhost/team?sslmode=disable";
        QTest::newRow("names that need escaping") << "db.example.com" << "" << "post mortems" << "ana@ops" << 0 << ""
                                                  << "postgresql://ana%40ops@db.example.com/post%20mortems";
        QTest::newRow("local server") << "" << "" << "team" << "" << 0 << "" << "postgresql:///team";
    }

    void typedFieldsMakeTheAddress()
    {
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(int, securityKey);
        QFETCH(QString, certificate);
        QFETCH(QString, address);
        ServerLibraryDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!openButton(dialog)->isEnabled()); // nothing typed: nothing to open
        type(field<QLineEdit>(dialog, "host"), host);
        type(field<QSpinBox>(dialog, "port"), port);
        type(field<QLineEdit>(dialog, "database"), database);
        type(field<QLineEdit>(dialog, "user"), user);
        if (securityKey)
            QTest::keyClick(field<QComboBox>(dialog, "security"), Qt::Key(securityKey));
        QLineEdit *certificateField = field<QLineEdit>(dialog, "certificate");
        QCOMPARE(certificateField->isEnabled(), !certificate.isEmpty());
        type(certificateField, certificate);

        QCOMPARE(field<QPlainTextEdit>(dialog, "address")->toPlainText(), address);
        QVERIFY(field<QPlainTextEdit>(dialog, "address")->isReadOnly());
        QCOMPARE(dialog.address(), address);
        QVERIFY(openButton(dialog)->isEnabled());
        QVERIFY(field<QLabel>(dialog, "problem")->isHidden());
        // The command line reads the same address to the same place.
        const std::optional<LibraryLocation> parsed = LibraryLocation::parse(address);
        QVERIFY(parsed);
        QCOMPARE(parsed->database(), database);
        QCOMPARE(parsed->user(), user);

        QTest::keyClick(field<QLineEdit>(dialog, "database"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void theCertificateAuthorityIsAskedOnlyWhenItIsChecked()
    {
        ServerLibraryDialog dialog;
        dialog.show();
        QComboBox *security = field<QComboBox>(dialog, "security");
        QLineEdit *certificate = field<QLineEdit>(dialog, "certificate");
        QPushButton *choose = field<QPushButton>(dialog, "chooseCertificate");
        QStringList modes;
        for (int i = 0; i < security->count(); ++i) {
            security->setCurrentIndex(i);
            modes << security->currentData().toString();
            const bool checked = modes.constLast().startsWith(QLatin1String("verify-"));
            QCOMPARE(certificate->isEnabled(), checked);
            QCOMPARE(choose->isEnabled(), checked);
            QVERIFY(!security->currentText().contains(QLatin1String("verify"))); // words, not libpq's keywords
        }
        QCOMPARE(modes, (QStringList{"disable", "prefer", "require", "verify-ca", "verify-full"}));
        // A certificate typed for verify-ca is left out again when checking is turned off.
        security->setCurrentIndex(3);
        certificate->setText(QStringLiteral("/etc/ssl/ca.pem"));
        field<QLineEdit>(dialog, "database")->setText(QStringLiteral("team"));
        QVERIFY(dialog.address().contains(QLatin1String("sslrootcert=/etc/ssl/ca.pem")));
        security->setCurrentIndex(2);
        QCOMPARE(dialog.address(), QStringLiteral("postgresql:///team?sslmode=require"));
    }

    void withoutADatabaseItSaysWhatIsMissing()
    {
        ServerLibraryDialog dialog;
        dialog.show();
        QTest::keyClicks(field<QLineEdit>(dialog, "host"), QStringLiteral("db.example.com"));
        QVERIFY(!openButton(dialog)->isEnabled());
        QVERIFY(field<QLabel>(dialog, "problem")->isVisible());
        QVERIFY(field<QLabel>(dialog, "problem")->text().contains(QLatin1String("database")));
        QTest::keyClicks(field<QLineEdit>(dialog, "host"), QStringLiteral(",other.example.com"));
        QTest::keyClicks(field<QLineEdit>(dialog, "database"), QStringLiteral("team"));
        QVERIFY(!openButton(dialog)->isEnabled()); // one server only
        QVERIFY(field<QLabel>(dialog, "problem")->text().contains(QLatin1String("several")));
    }

    void anOpenServerLibraryFillsTheFields()
    {
        ServerLibraryDialog dialog;
        const QString address = QStringLiteral("postgresql://ana@[::1]:5433/team?sslmode=verify-ca&sslrootcert=/etc/ssl/ca.pem");
        dialog.setLocation(*LibraryLocation::parse(address));
        QCOMPARE(dialog.address(), address);
        QCOMPARE(field<QLineEdit>(dialog, "host")->text(), QStringLiteral("[::1]"));
        QCOMPARE(field<QSpinBox>(dialog, "port")->value(), 5433);
        QCOMPARE(field<QComboBox>(dialog, "security")->currentData().toString(), QStringLiteral("verify-ca"));
    }

    void recentLibrariesKeepTheAddressWithoutPassword()
    {
        QSettings().clear();
        RecentLibraries recent;
        recent.add(QStringLiteral("postgresql://ana:s3cret@db.example.com/team?sslmode=require"));
        recent.add(QStringLiteral("relative.whyboard"));
        QCOMPARE(recent.paths(), (QStringList{QDir::current().absoluteFilePath(QStringLiteral("relative.whyboard")),
                                              QStringLiteral("postgresql://ana@db.example.com/team?sslmode=require")}));
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains("s3cret"));
        // The same server again, with another password typed, is the same entry.
        recent.add(QStringLiteral("postgresql://ana:other@db.example.com/team?sslmode=require"));
        QCOMPARE(recent.paths().size(), 2);
        // A server's entry is never greyed out (only connecting tells whether it answers); a
        // missing file's is.
        const QList<QAction *> actions = recent.actions();
        QVERIFY(actions.at(0)->text().contains(QLatin1String("postgresql://ana@db.example.com/team")));
        QVERIFY(actions.at(0)->isEnabled());
        QVERIFY(!actions.at(1)->isEnabled());
    }

    void anAddressWhyboardDoesNotOpenCreatesNothingInTheWindow()
    {
        QTemporaryDir workingDir;
        const QString before = QDir::currentPath();
        QDir::setCurrent(workingDir.path());
        QWidget window;
        Workspace workspace;
        LibraryActions actions(&workspace, &window);
        for (const QString &address : {QStringLiteral("sqlite://x"), QStringLiteral("postgresql://ana:s3cret@h/db?bogus=1")}) {
            QVERIFY(!actions.open(address, Library::OpenMode::CreateIfMissing));
            auto *box = window.findChild<QMessageBox *>(QStringLiteral("libraryOpenFailure"));
            QVERIFY(box);
            QVERIFY2(box->text().contains(LibraryLocation::withoutPassword(address)), qPrintable(box->text()));
            QVERIFY(!box->text().contains(QLatin1String("s3cret")));
            delete box;
        }
        QDir::setCurrent(before);
        QCOMPARE(QDir(workingDir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QVERIFY(!workspace.library());
    }
};

QTEST_MAIN(TestServerLibraryDialog)
#include "tst_serverlibrarydialog.moc"
