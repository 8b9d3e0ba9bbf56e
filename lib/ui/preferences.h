// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardtheme.h"
#include "storage/librarypreferences.h"

#include <QObject>
#include <QPageSize>
#include <QString>

namespace Whyboard {

// The user's preferences (Edit › Preferences…), typed, over QSettings; the defaults are in one
// place (defaults()). One object per application, so that every window and dialog follows a
// change at once. Values are read from QSettings on every call: a test or a second window sees
// what was stored last. The library ones (default library, daily backups) are kept by the core's
// LibraryPreferences, which the command-line verbs read too.
class Preferences : public QObject
{
    Q_OBJECT

public:
    enum class Paper { ByRegion, A4, Letter };

    struct Values
    {
        QString language; // "de", "en", "fr"; empty: the system's
        BoardTheme::Kind theme = BoardTheme::Kind::Light;
        Paper paper = Paper::ByRegion;
        int cardTextPercent = 100; // of the theme's own card text size
        QString libraryPath;       // the default library
        bool backups = true;       // a daily copy of each library file
        int backupsKept = LibraryPreferences::defaultBackupsKept;

        bool operator==(const Values &other) const;
        bool operator!=(const Values &other) const { return !(*this == other); }
    };

    static Preferences *instance();
    static Values defaults();
    // The card text sizes offered: normal, large, extra large (percent).
    static QList<int> cardTextPercents();

    Values values() const;
    // Stores every value and announces what changed.
    void setValues(const Values &values);
    void restoreDefaults() { setValues(defaults()); }

    QString language() const;
    void setLanguage(const QString &code);
    BoardTheme::Kind theme() const;
    void setTheme(BoardTheme::Kind kind);
    Paper paper() const;
    void setPaper(Paper paper);
    // The paper a PDF export starts from: A4, Letter, or the region's (ReportOptions::localePageSize).
    QPageSize pageSize() const;
    static QPageSize pageSizeOf(Paper paper);
    // A paper chosen for one export becomes the preference, unless the preference already gives it.
    void followExportPaper(const QPageSize &pageSize);
    int cardTextPercent() const;
    void setCardTextPercent(int percent);

    // Before the window is made (app/main.cpp, the window branch only): the language chosen here
    // and the theme's palette. The command-line verbs never call it: they follow LANGUAGE and
    // LANG, so that a script gets the same output whatever a user chose in the window.
    static void applyAtStartup();

Q_SIGNALS:
    void themeChanged(Whyboard::BoardTheme::Kind kind);
    void cardTextPercentChanged(int percent);
    // Any preference changed.
    void changed();

private:
    explicit Preferences(QObject *parent);
};

} // namespace Whyboard
