// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/serverlibrarydialog.h"

#include "ui/statusstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Whyboard {

namespace {
const QString defaultMode = QStringLiteral("prefer"); // libpq's own default: left out of the address
}

ServerLibraryDialog::ServerLibraryDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_security(new QComboBox(this))
    , m_certificate(new QLineEdit(this))
    , m_chooseCertificate(new QPushButton(tr("C&hoose…"), this))
    , m_address(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("serverLibraryDialog"));
    setWindowTitle(tr("Open Library on a Server"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder such as /run/postgresql"));
    m_host->setToolTip(tr("The PostgreSQL server's name or address. Empty: the server on this computer."));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("standard (5432)"));
    m_port->setAccelerated(true);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("the team's database, for example whyboard"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("your login name"));
    m_security->setObjectName(QStringLiteral("security"));
    m_security->addItem(tr("No encryption"), QStringLiteral("disable"));
    m_security->addItem(tr("Encrypt if the server can (standard)"), defaultMode);
    m_security->addItem(tr("Always encrypt"), QStringLiteral("require"));
    m_security->addItem(tr("Encrypt and check the certificate authority"), QStringLiteral("verify-ca"));
    m_security->addItem(tr("Encrypt and check the server's name (safest)"), QStringLiteral("verify-full"));
    m_security->setCurrentIndex(1);
    m_security->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_certificate->setObjectName(QStringLiteral("certificate"));
    m_certificate->setPlaceholderText(QStringLiteral("~/.postgresql/root.crt"));
    m_certificate->setToolTip(tr("The certificate of the authority that signed the server's certificate (PEM file); "
                                 "empty: ~/.postgresql/root.crt"));
    m_chooseCertificate->setObjectName(QStringLiteral("chooseCertificate"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setReadOnly(true);
    // An address is one long word: broken anywhere, so that all of it is seen and can be copied.
    m_address->setWordWrapMode(QTextOption::WrapAnywhere);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 2 * m_address->frameWidth()
                              + int(2 * m_address->document()->documentMargin()) + 4);
    m_address->setToolTip(tr("The same address opens this library from the command line: whyboard ADDRESS"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    StatusStyle::apply(m_problem, StatusColours::Status::Error, StatusStyle::Kind::Text);

    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(m_chooseCertificate);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Encryption:"), m_security);
    // A row holding a layout gets no buddy of its own: without one the "&" would show.
    auto *certificateLabel = new QLabel(tr("Certificate &authority:"), this);
    certificateLabel->setBuddy(m_certificate);
    form->addRow(certificateLabel, certificateRow);
    form->addRow(tr("Add&ress:"), m_address);

    auto *passwords = new QLabel(tr("Whyboard stores no password: ~/.pgpass, PGPASSFILE or a service file give it, "
                                    "or Whyboard asks when the server wants one and keeps it only while the "
                                    "library is open."),
                                 this);
    passwords->setWordWrap(true);
    passwords->setObjectName(QStringLiteral("passwordNote"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(passwords);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_chooseCertificate, &QPushButton::clicked, this, &ServerLibraryDialog::chooseCertificate);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_certificate})
        connect(edit, &QLineEdit::textChanged, this, &ServerLibraryDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerLibraryDialog::update);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerLibraryDialog::update);
    update();
    // Wide enough for a whole address on one line, in any language.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

QString ServerLibraryDialog::sslMode() const
{
    return m_security->currentData().toString();
}

LibraryLocation ServerLibraryDialog::location() const
{
    QString host = m_host->text().trimmed();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2); // [::1] as in an address
    QStringList options;
    if (sslMode() != defaultMode)
        options << QString(QStringLiteral("sslmode=") + sslMode());
    const QString certificate = m_certificate->text().trimmed();
    if (m_certificate->isEnabled() && !certificate.isEmpty())
        options << QString(QStringLiteral("sslrootcert=") + QDir::fromNativeSeparators(certificate));
    return LibraryLocation::server(host, m_port->value() > 0 ? m_port->value() : -1, m_database->text().trimmed(),
                                   m_user->text().trimmed(), options);
}

QString ServerLibraryDialog::address() const
{
    return location().displayName();
}

void ServerLibraryDialog::setLocation(const LibraryLocation &location)
{
    if (!location.isServer())
        return;
    m_host->setText(location.host().contains(QLatin1Char(':')) ? QString(QLatin1Char('[') + location.host() + QLatin1Char(']'))
                                                               : location.host());
    m_port->setValue(std::max(location.port(), 0));
    m_database->setText(location.database());
    m_user->setText(location.user());
    const QString mode = location.connectOption(QStringLiteral("sslmode"));
    const int index = m_security->findData(mode.isEmpty() ? defaultMode : mode);
    if (index >= 0)
        m_security->setCurrentIndex(index);
    m_certificate->setText(QDir::toNativeSeparators(location.connectOption(QStringLiteral("sslrootcert"))));
}

void ServerLibraryDialog::update()
{
    // The certificate authority matters only when the certificate is checked.
    const bool checksCertificate = sslMode().startsWith(QLatin1String("verify-"));
    m_certificate->setEnabled(checksCertificate);
    m_chooseCertificate->setEnabled(checksCertificate);
    const QString shown = address();
    m_address->setPlainText(shown);
    QString refusal;
    const bool usable = !m_database->text().trimmed().isEmpty() && LibraryLocation::parse(shown, &refusal);
    m_problem->setText(m_database->text().trimmed().isEmpty() ? tr("Name the database that holds the library.") : refusal);
    m_problem->setVisible(!usable && !(m_database->text().isEmpty() && m_host->text().isEmpty()));
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(usable);
}

void ServerLibraryDialog::chooseCertificate()
{
    const QString start = m_certificate->text().isEmpty() ? QDir::homePath() : m_certificate->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificate Authority"), start,
                                                      tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_certificate->setText(QDir::toNativeSeparators(path));
}

std::optional<QString> ServerLibraryDialog::askPassword(QWidget *parent, const LibraryLocation &location, bool retry)
{
    const QString who = location.user().isEmpty() ? tr("your user name") : location.user();
    const QString text = (retry ? tr("The server refused that password.") + QLatin1Char('\n') : QString())
                         + tr("Password for %1 on %2 (kept only while the library is open):")
                               .arg(who, location.serverName());
    bool ok = false;
    const QString password =
        QInputDialog::getText(parent, tr("Server Password"), text, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

} // namespace Whyboard
