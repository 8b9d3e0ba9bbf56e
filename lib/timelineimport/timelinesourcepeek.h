// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Whyboard {

// A first look at what the user picked, for recognising its format without reading it all.
struct TimelineSourcePeek
{
    QString path;
    bool isDirectory = false;
    QStringList directoryEntries; // a folder's top-level file and folder names
    QByteArray head;              // a file's first 64 KiB
    bool isZip() const { return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"); }
    // The first line of head, without a UTF-8 byte-order mark.
    QByteArray firstLine() const;
};

} // namespace Whyboard
