// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Whyboard {

// The contributing-factor categories a why card may carry. The defaults are stored by key
// (English words, so that libraries compare across languages) and shown translated; a team
// may add its own names, stored and shown as typed.
class CauseCategories
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::CauseCategories)

public:
    // change, capacity, dependency, detection, access, knowledge, process, design
    static QStringList defaults();
    // Translated for a default key, the name itself otherwise; "" stays "".
    static QString displayName(const QString &key);
    // The key for what the user typed or picked: a default's translated or English name
    // gives its key (ignoring case), anything else its simplified text.
    static QString keyFor(const QString &typed);
    // A list as a team edits it: simplified, keyed, no empty names, no repeats.
    static QStringList normalized(const QStringList &names);
};

} // namespace Whyboard
