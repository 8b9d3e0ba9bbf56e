// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/interfacelanguage.h"

#include "report/languagetranslator.h"
#include "report/reportlanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>

namespace Whyboard {

namespace {

QPointer<LanguageTranslator> installed;

} // namespace

bool InterfaceLanguage::apply(const QString &code)
{
    if (code.isEmpty() || !ReportLanguage::available().contains(code) || !QCoreApplication::instance())
        return false;
    const QLocale requested(code);
    const QLocale system = QLocale::system();
    const QLocale locale = system.language() == requested.language() ? system : requested;
    delete installed; // its destructor removes it from the application
    installed = new LanguageTranslator(locale, QCoreApplication::instance());
    QCoreApplication::installTranslator(installed);
    QLocale::setDefault(locale);
    return true;
}

} // namespace Whyboard
