// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarylocation.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Whyboard {

// File › Open Library on a Server…: the parts of a PostgreSQL address (server, port, database,
// user name, how the connection is encrypted, the certificate authority's file) and the
// address they make, shown as it is typed. It opens the way "whyboard postgresql://…" does.
// There is no password field: libpq's ~/.pgpass, PGPASSFILE and service files apply, and the
// window asks when the server wants one.
class ServerLibraryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerLibraryDialog(QWidget *parent = nullptr);

    // Fills the fields from a server location (the open library's, so a second database on
    // the same server is one field away).
    void setLocation(const LibraryLocation &location);
    LibraryLocation location() const;
    // The address the fields make, without a password: what the dialog shows.
    QString address() const;

    // Asks for the password of a server library; nullopt when cancelled. retry: the server
    // refused the one given before.
    static std::optional<QString> askPassword(QWidget *parent, const LibraryLocation &location, bool retry);

private:
    void update();
    void chooseCertificate();
    QString sslMode() const;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_security;
    QLineEdit *m_certificate;
    QPushButton *m_chooseCertificate;
    QPlainTextEdit *m_address;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Whyboard
