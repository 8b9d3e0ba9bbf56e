// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Whyboard {

// The window's language when the user chose one in Preferences rather than the system's: a
// translator in front of those installed from the environment answers every lookup itself
// (Whyboard's catalogue, then Qt's own qt_<language>, then the English source text), and the
// language becomes the default QLocale, so dates, times and numbers follow it too. A locale
// of the system in the same language keeps its region ("de" under de_AT stays Austrian).
// For the window branch only: the command-line verbs keep the environment's language.
class InterfaceLanguage
{
public:
    // Installs code ("de", "en", "fr"), replacing an earlier call's; empty or a language the
    // program does not speak changes nothing and returns false.
    static bool apply(const QString &code);
};

} // namespace Whyboard
