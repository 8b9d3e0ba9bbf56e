// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/interfacelanguage.h"

#include "report/reportlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Whyboard {

namespace {

// Never lets a lookup through to the environment's translators behind it.
class OverridingTranslator : public QTranslator
{
public:
    OverridingTranslator(const QLocale &locale, QObject *parent)
        : QTranslator(parent)
    {
        // English has no catalogue, and Qt's may not be installed: the source text answers then.
        m_hasOwn = m_own.load(locale, QStringLiteral("whyboard"), QStringLiteral("_"), QStringLiteral(":/translations"));
        m_hasQt = m_qt.load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString text;
        if (m_hasOwn)
            text = m_own.translate(context, sourceText, disambiguation, n);
        if (text.isNull() && m_hasQt)
            text = m_qt.translate(context, sourceText, disambiguation, n);
        return text.isNull() ? QString::fromUtf8(sourceText) : text;
    }

    bool isEmpty() const override { return false; }

private:
    QTranslator m_own;
    QTranslator m_qt;
    bool m_hasOwn = false;
    bool m_hasQt = false;
};

QPointer<OverridingTranslator> installed;

} // namespace

bool InterfaceLanguage::apply(const QString &code)
{
    if (code.isEmpty() || !ReportLanguage::available().contains(code) || !QCoreApplication::instance())
        return false;
    const QLocale requested(code);
    const QLocale system = QLocale::system();
    const QLocale locale = system.language() == requested.language() ? system : requested;
    delete installed; // its destructor removes it from the application
    installed = new OverridingTranslator(locale, QCoreApplication::instance());
    QCoreApplication::installTranslator(installed);
    QLocale::setDefault(locale);
    return true;
}

} // namespace Whyboard
