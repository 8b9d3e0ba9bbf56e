// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences.h"

#include "report/reportlanguage.h"
#include "report/reportoptions.h"
#include "ui/applicationtheme.h"
#include "ui/interfacelanguage.h"

#include <QCoreApplication>
#include <QSettings>

namespace Whyboard {

namespace {

const QString languageKey = QStringLiteral("preferences/language");
const QString themeKey = QStringLiteral("preferences/theme");
const QString paperKey = QStringLiteral("preferences/paper");
const QString cardTextKey = QStringLiteral("preferences/cardTextPercent");

QString paperKeyOf(Preferences::Paper paper)
{
    switch (paper) {
    case Preferences::Paper::A4:
        return QStringLiteral("a4");
    case Preferences::Paper::Letter:
        return QStringLiteral("letter");
    case Preferences::Paper::ByRegion:
        break;
    }
    return QStringLiteral("region");
}

} // namespace

bool Preferences::Values::operator==(const Values &other) const
{
    return language == other.language && theme == other.theme && paper == other.paper
           && cardTextPercent == other.cardTextPercent && libraryPath == other.libraryPath && backups == other.backups
           && backupsKept == other.backupsKept;
}

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
}

Preferences *Preferences::instance()
{
    static Preferences *preferences = nullptr;
    if (!preferences)
        preferences = new Preferences(QCoreApplication::instance());
    return preferences;
}

Preferences::Values Preferences::defaults()
{
    Values values;
    values.libraryPath = LibraryPreferences::builtInLibraryPath();
    return values;
}

QList<int> Preferences::cardTextPercents()
{
    return {100, 125, 150};
}

Preferences::Values Preferences::values() const
{
    Values values;
    values.language = language();
    values.theme = theme();
    values.paper = paper();
    values.cardTextPercent = cardTextPercent();
    values.libraryPath = LibraryPreferences::libraryPath();
    values.backups = LibraryPreferences::backupsEnabled();
    values.backupsKept = LibraryPreferences::backupsKept();
    return values;
}

void Preferences::setValues(const Values &values)
{
    const Values before = this->values();
    QSettings settings;
    settings.setValue(languageKey, values.language);
    settings.setValue(themeKey, BoardTheme::key(values.theme));
    settings.setValue(paperKey, paperKeyOf(values.paper));
    settings.setValue(cardTextKey, values.cardTextPercent);
    LibraryPreferences::setLibraryPath(values.libraryPath);
    LibraryPreferences::setBackupsEnabled(values.backups);
    LibraryPreferences::setBackupsKept(values.backupsKept);
    const Values after = this->values();
    if (after.theme != before.theme)
        Q_EMIT themeChanged(after.theme);
    if (after.cardTextPercent != before.cardTextPercent)
        Q_EMIT cardTextPercentChanged(after.cardTextPercent);
    if (after != before)
        Q_EMIT changed();
}

QString Preferences::language() const
{
    const QString code = QSettings().value(languageKey).toString();
    // A language a later version no longer speaks falls back to the system's.
    return !code.isEmpty() && ReportLanguage::available().contains(code) ? code : QString();
}

void Preferences::setLanguage(const QString &code)
{
    Values values = this->values();
    values.language = code;
    setValues(values);
}

BoardTheme::Kind Preferences::theme() const
{
    return BoardTheme::kindOfKey(QSettings().value(themeKey).toString(), defaults().theme);
}

void Preferences::setTheme(BoardTheme::Kind kind)
{
    Values values = this->values();
    values.theme = kind;
    setValues(values);
}

Preferences::Paper Preferences::paper() const
{
    const QString key = QSettings().value(paperKey).toString();
    for (const Paper paper : {Paper::A4, Paper::Letter}) {
        if (key == paperKeyOf(paper))
            return paper;
    }
    return Paper::ByRegion;
}

void Preferences::setPaper(Paper paper)
{
    Values values = this->values();
    values.paper = paper;
    setValues(values);
}

QPageSize Preferences::pageSize() const
{
    return pageSizeOf(paper());
}

QPageSize Preferences::pageSizeOf(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QPageSize(QPageSize::A4);
    case Paper::Letter:
        return QPageSize(QPageSize::Letter);
    case Paper::ByRegion:
        break;
    }
    return ReportOptions::localePageSize();
}

void Preferences::followExportPaper(const QPageSize &pageSize)
{
    if (pageSize.id() == this->pageSize().id())
        return; // "by region" stays by region when the region's paper was chosen
    if (pageSize.id() == QPageSize::A4)
        setPaper(Paper::A4);
    else if (pageSize.id() == QPageSize::Letter)
        setPaper(Paper::Letter);
}

int Preferences::cardTextPercent() const
{
    const int percent = QSettings().value(cardTextKey, defaults().cardTextPercent).toInt();
    return cardTextPercents().contains(percent) ? percent : defaults().cardTextPercent;
}

void Preferences::setCardTextPercent(int percent)
{
    Values values = this->values();
    values.cardTextPercent = percent;
    setValues(values);
}

void Preferences::applyAtStartup()
{
    InterfaceLanguage::apply(instance()->language());
    ApplicationTheme::apply(instance()->theme());
}

} // namespace Whyboard
