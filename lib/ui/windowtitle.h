// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Whyboard {

class Library;
class NameMask;
class SessionDocument;

// The main window's title: "session — library — Whyboard", with what the room must know at a
// glance (names hidden, read-only) at its end.
class WindowTitle
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::MainWindow)

public:
    static QString text(const Library *library, const SessionDocument *document, const NameMask &nameMask);
};

} // namespace Whyboard
