// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Whyboard {

// For the duration of one export, makes everything the report writes speak the report's
// language: Whyboard's and Qt's translations (so tr(), Labels and the chain checks' messages)
// and the default QLocale (so every date, time, number and amount through LocaleFormat and
// ReportText). The destructor puts the interface's locale and translations back exactly.
//
//     const ReportLanguage language(options.language);
//     if (!language.isValid())
//         return language.error();      // before anything is written
//     ... write the report ...
//
// An empty code, or the interface's own language, changes nothing. Otherwise one translator
// is installed in front of the interface's ones and answers every lookup itself (its
// translation, Qt's, or the English source text), so no interface word leaks into the report.
// Installing and removing it each send QEvent::LanguageChange to the application, which posts
// one to every top-level widget; those are handled after the scope, with the interface's
// translators back, so a window that retranslates gets its own words again.
// Main thread only; scopes must not overlap other translator changes.
class ReportLanguage
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::ReportLanguage)

public:
    explicit ReportLanguage(const QString &code);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    // "no report language “xx”; available: de, en, fr"; empty when valid.
    QString error() const { return m_error; }
    // The locale the report is written in (the default QLocale inside the scope).
    QLocale locale() const { return m_locale; }

    // The languages a report can be written in, sorted: English (the source language) and
    // each translation compiled into the program ("de", "en", "fr").
    static QStringList available();
    // Empty when a report can be written in code (a language such as "de" or a locale such as
    // "de_CH" whose language is available), else the message error() gives.
    static QString check(const QString &code);
    // The language's name in itself: "Deutsch", "English", "français".
    static QString nativeName(const QString &code);
    // The interface's language code ("en" when it runs untranslated).
    static QString interfaceLanguage();

private:
    QString m_error;
    QLocale m_locale;
    QLocale m_previousLocale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace Whyboard
