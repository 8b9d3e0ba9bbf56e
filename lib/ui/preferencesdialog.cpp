// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferencesdialog.h"

#include "board/boardactions.h"
#include "report/reportlanguage.h"
#include "report/reportoptions.h"
#include "storage/library.h"
#include "storage/librarybackup.h"
#include "ui/applicationtheme.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Whyboard {

namespace {

// The language the environment asks for (LANGUAGE, LANG), as the program would speak it.
QString systemLanguage()
{
    const QStringList available = ReportLanguage::available();
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        const QString code = QLocale::languageToCode(QLocale(uiLanguage).language(), QLocale::ISO639Part1);
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Library *library, QWidget *parent)
    : QDialog(parent)
    , m_chooseFile([this](const QString &current) {
        return QFileDialog::getSaveFileName(this, tr("Default Library"), current, tr("Whyboard libraries (*.whyboard)"),
                                            nullptr, QFileDialog::DontConfirmOverwrite);
    })
    , m_openFolder([](const QUrl &folder) { QDesktopServices::openUrl(folder); })
{
    setWindowTitle(tr("Preferences"));
    if (library) {
        m_openLibraryOnServer = library->isShared();
        if (!m_openLibraryOnServer)
            m_openLibraryPath = library->path();
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeAppearance());
    layout->addWidget(makeExports());
    layout->addWidget(makeLibrary());
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    QPushButton *restore = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setText(tr("Restore &Defaults"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restore, &QPushButton::clicked, this, [this] { setValues(Preferences::defaults()); });
    layout->addWidget(m_buttons);
    // Tab runs through the fields, then the buttons as they stand, then back to the top.
    QWidget *previous = m_openBackups;
    for (QPushButton *button : {restore, m_buttons->button(QDialogButtonBox::Ok), m_buttons->button(QDialogButtonBox::Cancel)}) {
        button->setFocusPolicy(Qt::StrongFocus);
        setTabOrder(previous, button);
        previous = button;
    }
    // Wide enough that the notes wrap into a few lines, in German and French too.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    setValues(Preferences::instance()->values());
    m_language->setFocus();
}

QWidget *PreferencesDialog::makeAppearance()
{
    auto *group = new QGroupBox(tr("Window"), this);
    auto *form = new QFormLayout(group);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default (%1)").arg(ReportLanguage::nativeName(systemLanguage())), QString());
    for (const QString &code : ReportLanguage::available())
        m_language->addItem(ReportLanguage::nativeName(code), code); // each in its own name
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note(tr("Used from the next start of Whyboard. The command-line verbs keep the "
                                    "system's language, so that scripts get the same output."),
                                 group));

    m_theme = new QComboBox(group);
    m_theme->setObjectName(QStringLiteral("theme"));
    for (const BoardTheme::Kind kind : {BoardTheme::Kind::Light, BoardTheme::Kind::Dark, BoardTheme::Kind::Projector})
        m_theme->addItem(BoardTheme::displayName(kind), int(kind));
    form->addRow(tr("&Theme:"), m_theme);

    m_cardText = new QComboBox(group);
    m_cardText->setObjectName(QStringLiteral("cardText"));
    const QStringList sizes{tr("Normal (%1 %)"), tr("Large (%1 %)"), tr("Extra large (%1 %)")};
    const QList<int> percents = Preferences::cardTextPercents();
    for (int i = 0; i < percents.size(); ++i)
        m_cardText->addItem(sizes.value(i, QStringLiteral("%1 %")).arg(locale().toString(percents.at(i))), percents.at(i));
    form->addRow(tr("Card te&xt size:"), m_cardText);
    return group;
}

QWidget *PreferencesDialog::makeExports()
{
    auto *group = new QGroupBox(tr("Exports"), this);
    auto *form = new QFormLayout(group);
    m_paper = new QComboBox(group);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(tr("By region (%1)").arg(ReportOptions::localePageSize().name()), int(Preferences::Paper::ByRegion));
    m_paper->addItem(QPageSize::name(QPageSize::A4), int(Preferences::Paper::A4));
    m_paper->addItem(QPageSize::name(QPageSize::Letter), int(Preferences::Paper::Letter));
    form->addRow(tr("&Paper for PDF reports:"), m_paper);
    return group;
}

QWidget *PreferencesDialog::makeLibrary()
{
    auto *group = new QGroupBox(tr("Library"), this);
    auto *form = new QFormLayout(group);
    m_library = new QLineEdit(group);
    m_library->setObjectName(QStringLiteral("libraryPath"));
    m_browse = new QPushButton(tr("B&rowse…"), group);
    connect(m_browse, &QPushButton::clicked, this, &PreferencesDialog::browse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_library, 1);
    row->addWidget(m_browse);
    auto *libraryLabel = new QLabel(tr("Default l&ibrary:"), group);
    libraryLabel->setBuddy(m_library);
    form->addRow(libraryLabel, row);
    form->addRow(QString(), note(tr("Opened when Whyboard starts without a library named, and used by the "
                                    "command-line verbs when none is given."),
                                 group));

    m_backups = new QCheckBox(tr("Make a daily &backup copy of a library file"), group);
    m_backups->setObjectName(QStringLiteral("backups"));
    form->addRow(m_backups);
    m_kept = new QSpinBox(group);
    m_kept->setObjectName(QStringLiteral("backupsKept"));
    m_kept->setRange(1, LibraryPreferences::maximumBackupsKept);
    form->addRow(tr("Copies &kept:"), m_kept);
    m_openBackups = new QPushButton(tr("&Open Backups Folder"), group);
    m_backupsNote = note(QString(), group);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_openBackups);
    folderRow->addStretch();
    form->addRow(QString(), folderRow);
    form->addRow(QString(), m_backupsNote);
    connect(m_backups, &QCheckBox::toggled, this, &PreferencesDialog::updateBackups);
    connect(m_library, &QLineEdit::textChanged, this, &PreferencesDialog::updateBackups);
    connect(m_openBackups, &QPushButton::clicked, this, [this] {
        m_openFolder(QUrl::fromLocalFile(LibraryBackup::folderFor(backedUpLibrary())));
    });
    return group;
}

// The open library file, else the default one: the library whose copies the folder holds.
QString PreferencesDialog::backedUpLibrary() const
{
    if (!m_openLibraryPath.isEmpty())
        return m_openLibraryPath;
    return m_openLibraryOnServer ? QString() : m_library->text().trimmed();
}

void PreferencesDialog::updateBackups()
{
    m_kept->setEnabled(m_backups->isChecked());
    const QString library = backedUpLibrary();
    const bool folderExists = !library.isEmpty() && QFileInfo(LibraryBackup::folderFor(library)).isDir();
    m_openBackups->setEnabled(folderExists);
    if (m_openLibraryOnServer)
        m_backupsNote->setText(tr("The open library is on a server: it is backed up there, not by Whyboard."));
    else if (library.isEmpty())
        m_backupsNote->clear();
    else if (folderExists)
        m_backupsNote->setText(tr("The copies of “%1” are in the folder “%2” beside it.")
                                   .arg(QFileInfo(library).fileName(), QFileInfo(LibraryBackup::folderFor(library)).fileName()));
    else
        m_backupsNote->setText(tr("“%1” has no copies yet.").arg(QFileInfo(library).fileName()));
}

void PreferencesDialog::browse()
{
    QString path = m_chooseFile(m_library->text());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += Library::fileExtension();
    m_library->setText(QDir::toNativeSeparators(path));
}

Preferences::Values PreferencesDialog::values() const
{
    Preferences::Values values;
    values.language = m_language->currentData().toString();
    values.theme = BoardTheme::Kind(m_theme->currentData().toInt());
    values.cardTextPercent = m_cardText->currentData().toInt();
    values.paper = Preferences::Paper(m_paper->currentData().toInt());
    const QString library = QDir::fromNativeSeparators(m_library->text().trimmed());
    values.libraryPath = library.isEmpty() ? Preferences::defaults().libraryPath : library;
    values.backups = m_backups->isChecked();
    values.backupsKept = m_kept->value();
    return values;
}

void PreferencesDialog::setValues(const Preferences::Values &values)
{
    const auto choose = [](QComboBox *box, const QVariant &data) {
        box->setCurrentIndex(std::max(0, box->findData(data)));
    };
    choose(m_language, values.language);
    choose(m_theme, int(values.theme));
    choose(m_cardText, values.cardTextPercent);
    choose(m_paper, int(values.paper));
    m_library->setText(QDir::toNativeSeparators(values.libraryPath));
    m_backups->setChecked(values.backups);
    m_kept->setValue(values.backupsKept);
    updateBackups();
}

void PreferencesDialog::install(MainWindow *window)
{
    Preferences *preferences = Preferences::instance();
    BoardActions *board = window->boardActions();

    auto *separator = new QAction(window);
    separator->setSeparator(true);
    window->addAction(MainWindow::MenuPlace::EditEnd, separator);
    auto *action = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"), window);
    action->setObjectName(QStringLiteral("preferences"));
    // QKeySequence::Preferences has no key on Linux: Ctrl+, as in most desktop programs.
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->setMenuRole(QAction::PreferencesRole);
    action->setStatusTip(tr("Language, theme, card text size, paper, default library and backups"));
    window->addAction(MainWindow::MenuPlace::EditEnd, action);
    connect(action, &QAction::triggered, window, [window] {
        PreferencesDialog dialog(window->library(), window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString language = Preferences::instance()->language();
        Preferences::instance()->setValues(dialog.values());
        if (Preferences::instance()->language() != language)
            window->showStatus(tr("The new language is used from the next start of Whyboard."), 10000);
    });

    // The theme is remembered wherever it is chosen, and the whole window takes it.
    board->setThemeKind(preferences->theme());
    board->setTextScale(preferences->cardTextPercent() / 100.0);
    ApplicationTheme::apply(preferences->theme());
    connect(board, &BoardActions::themeChosen, preferences, &Preferences::setTheme);
    connect(preferences, &Preferences::themeChanged, board, [board](BoardTheme::Kind kind) {
        board->setThemeKind(kind);
        ApplicationTheme::apply(kind);
    });
    connect(preferences, &Preferences::cardTextPercentChanged, board,
            [board](int percent) { board->setTextScale(percent / 100.0); });
}

} // namespace Whyboard
