// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Whyboard {

// Text a person typed, made safe to put next to other text in an export or on the board.
//
// Bidi: a run of user text is isolated (U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL
// ISOLATE) line by line, after its own directional controls are balanced: a PDF or PDI that
// closes nothing the run opened is dropped, and whatever the run leaves open is closed at the
// end of its line. An override inside a card ("\u202Eevil") can then reorder only that card's
// own line, never the label, the next cell or the next card beside it. Arabic and Hebrew keep
// their natural order: an isolate takes its direction from its first strong character.
//
// XML: characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return;
// U+FFFE, U+FFFF; a surrogate without its pair) become U+FFFD, and markup characters become
// entities, so any text is a valid text node or attribute value.
class SafeText
{
public:
    static constexpr char16_t firstStrongIsolate = 0x2068;
    static constexpr char16_t popDirectionalIsolate = 0x2069;
    static constexpr char16_t replacement = 0xfffd;

    // U+202A..U+202E, U+2066..U+2069, U+200E, U+200F, U+061C.
    static bool isBidiControl(char16_t c);
    static bool containsBidiControl(const QString &text);

    // Each line of text (split at line feeds, carriage returns, U+2029 and the other paragraph
    // separators, and at U+2028) balanced and wrapped in FSI ... PDI. Empty text stays empty.
    static QString isolated(const QString &text);
    // The directional controls taken out: for plain-text outputs (a terminal, a file name).
    static QString withoutBidiControls(const QString &text);

    // Forbidden characters replaced by U+FFFD; nothing else changes.
    static QString xmlCharacters(const QString &text);
    // xmlCharacters() with & < > " ' as entities: for a text node or an attribute value.
    static QString xmlEscaped(const QString &text);
    // A line for a terminal: control characters but tab (C0, DEL, C1: a terminal may obey them
    // as commands) become U+FFFD, directional controls are taken out.
    static QString terminalLine(const QString &text);
    // A tooltip that shows as the text it is: Qt shows one that looks like markup as rich text,
    // so that one is escaped (wrapping at spaces, or kept on one line).
    static QString plainToolTip(const QString &text, bool wraps);
};

} // namespace Whyboard
