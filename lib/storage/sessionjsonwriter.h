// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Whyboard {

// Writes a Session as the JSON interchange format, pretty-printed with the keys in the
// order the format document lists them, so that exports diff well.
class SessionJsonWriter
{
    Q_DECLARE_TR_FUNCTIONS(SessionJsonFormat)

public:
    static QByteArray write(const Session &session);
    // Empty when every value of the session has a place in the format; otherwise the first
    // that has none (an enum value no key names, a time beyond year 9999, ...), in words.
    static QString unwritable(const Session &session);
};

} // namespace Whyboard
