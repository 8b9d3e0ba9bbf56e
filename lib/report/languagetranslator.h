// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QTranslator>

namespace Whyboard {

// One language whole: Whyboard's catalogue, else Qt's own, else the English source text. It
// answers every lookup itself, so the environment's translators installed behind it are never
// asked; a report in French and a window in German each install one.
class LanguageTranslator : public QTranslator
{
public:
    explicit LanguageTranslator(const QLocale &locale, QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override;
    bool isEmpty() const override { return false; }

private:
    QTranslator m_own;
    QTranslator m_qt;
    bool m_hasOwn = false;
    bool m_hasQt = false;
};

} // namespace Whyboard
