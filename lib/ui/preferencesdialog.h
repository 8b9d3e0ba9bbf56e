// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/preferences.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Whyboard {

class Library;
class MainWindow;

// Edit › Preferences… (Ctrl+,): the window's language, the theme, the card text size, the PDF's
// paper, the default library and the daily backups. OK stores them and applies what can be
// applied at once (theme and card text on the open board and the whole window); the language
// applies at the next start. Cancel changes nothing; Restore Defaults puts the defaults in the
// fields, for OK to store.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // library: the open one, whose backups folder "Open Backups Folder" shows; may be null.
    explicit PreferencesDialog(const Library *library, QWidget *parent = nullptr);

    // Edit › Preferences… in the window, and the window following the preferences: the theme
    // chosen in Board › Theme remembered, the theme and card text size applied on start and on
    // every change.
    static void install(MainWindow *window);

    Preferences::Values values() const;
    void setValues(const Preferences::Values &values);

    // For tests: what Browse… asks for, and what opens a folder (QDesktopServices by default).
    void setFileChooser(std::function<QString(const QString &current)> chooser) { m_chooseFile = std::move(chooser); }
    void setFolderOpener(std::function<void(const QUrl &folder)> opener) { m_openFolder = std::move(opener); }

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *cardTextBox() const { return m_cardText; }
    QComboBox *paperBox() const { return m_paper; }
    QLineEdit *libraryEdit() const { return m_library; }
    QPushButton *browseButton() const { return m_browse; }
    QCheckBox *backupsBox() const { return m_backups; }
    QSpinBox *backupsKeptBox() const { return m_kept; }
    QPushButton *openBackupsButton() const { return m_openBackups; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QWidget *makeAppearance();
    QWidget *makeExports();
    QWidget *makeLibrary();
    void browse();
    void updateBackups();
    QString backedUpLibrary() const;

    QString m_openLibraryPath; // the open library file; empty for none or a server's
    bool m_openLibraryOnServer = false;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_cardText = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_library = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_backups = nullptr;
    QSpinBox *m_kept = nullptr;
    QPushButton *m_openBackups = nullptr;
    QLabel *m_backupsNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<QString(const QString &)> m_chooseFile;
    std::function<void(const QUrl &)> m_openFolder;
};

} // namespace Whyboard
