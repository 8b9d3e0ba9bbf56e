// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportlanguage.h"

#include "report/languagetranslator.h"

#include <QDir>
#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>

namespace Whyboard {

namespace {

const QString ownCatalogues = QStringLiteral(":/translations");
const QString ownPrefix = QStringLiteral("whyboard_");

QString languageCode(const QLocale &locale)
{
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {};
    return QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
}

} // namespace

QStringList ReportLanguage::available()
{
    QStringList languages{QStringLiteral("en")}; // the source language needs no catalogue
    const QStringList files = QDir(ownCatalogues).entryList({QString(ownPrefix + QStringLiteral("*.qm"))}, QDir::Files);
    for (const QString &file : files) {
        const QString code = QLocale(file.mid(ownPrefix.size()).chopped(3)).name().section(QLatin1Char('_'), 0, 0);
        if (!languages.contains(code) && code != QLatin1String("C"))
            languages.append(code);
    }
    std::sort(languages.begin(), languages.end());
    return languages;
}

QString ReportLanguage::check(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
    const QStringList languages = available();
    if (!shape.match(code).hasMatch() || !languages.contains(languageCode(QLocale(code))))
        return tr("no report language “%1”; available: %2").arg(code, languages.join(QStringLiteral(", ")));
    return {};
}

QString ReportLanguage::nativeName(const QString &code)
{
    const QLocale locale(code);
    // "American English" is what Qt calls plain "en"; the choice is the language.
    QString name = locale.language() == QLocale::English && !code.contains(QLatin1Char('_'))
                           && !code.contains(QLatin1Char('-'))
                       ? QStringLiteral("English")
                       : locale.nativeLanguageName();
    if (!name.isEmpty())
        name.replace(0, 1, locale.toUpper(name.left(1)));
    return name;
}

QString ReportLanguage::interfaceLanguage()
{
    // The catalogue QTranslator::load(QLocale(), ...) picked at start-up: the first of the
    // locale's UI languages that has one; English when none has.
    const QStringList languages = available();
    const QStringList uiLanguages = QLocale().uiLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        const QString code = languageCode(QLocale(uiLanguage));
        if (code == QLatin1String("en"))
            continue; // no catalogue: QTranslator::load looks further
        if (languages.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

ReportLanguage::ReportLanguage(const QString &code)
    : m_locale(QLocale())
    , m_previousLocale(QLocale())
{
    if (code.isEmpty())
        return;
    m_error = check(code);
    if (!m_error.isEmpty())
        return;
    const QLocale requested(code);
    const bool sameLanguage = requested.language() == m_previousLocale.language();
    const bool namesTerritory = code.contains(QLatin1Char('_')) || code.contains(QLatin1Char('-'));
    // "de" under a de_AT interface keeps Austrian formats; "de_CH" asks for Swiss ones.
    m_locale = sameLanguage && !namesTerritory ? m_previousLocale : requested;
    if (languageCode(requested) != interfaceLanguage()) {
        m_translator = std::make_unique<LanguageTranslator>(requested);
        QCoreApplication::installTranslator(m_translator.get());
    }
    if (m_locale != m_previousLocale)
        QLocale::setDefault(m_locale);
}

ReportLanguage::~ReportLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_error.isEmpty() && m_locale != m_previousLocale)
        QLocale::setDefault(m_previousLocale);
}

} // namespace Whyboard
