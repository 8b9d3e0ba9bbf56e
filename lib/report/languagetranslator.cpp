// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/languagetranslator.h"

#include <QLibraryInfo>

namespace Whyboard {

LanguageTranslator::LanguageTranslator(const QLocale &locale, QObject *parent)
    : QTranslator(parent)
{
    // English has no catalogue, and Qt's may not be installed: the source text answers then.
    m_hasOwn = m_own.load(locale, QStringLiteral("whyboard"), QStringLiteral("_"), QStringLiteral(":/translations"));
    m_hasQt = m_qt.load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QString LanguageTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString text;
    if (m_hasOwn)
        text = m_own.translate(context, sourceText, disambiguation, n);
    if (text.isNull() && m_hasQt)
        text = m_qt.translate(context, sourceText, disambiguation, n);
    return text.isNull() ? QString::fromUtf8(sourceText) : text;
}

} // namespace Whyboard
