#pragma once

#include "data/session.h"

#include <QByteArray>

namespace Whyboard {

// Writes a Session as the JSON interchange format, pretty-printed with the keys in the
// order the format document lists them, so that exports diff well.
class SessionJsonWriter
{
public:
    static QByteArray write(const Session &session);
};

} // namespace Whyboard
