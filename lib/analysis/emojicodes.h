// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Whyboard {

// Slack-style emoji codes (":white_check_mark:", ":+1::skin-tone-3:") and the characters they
// name, read once from :/emoji/slack-codes.txt (about two thousand codes: Slack's common
// names and the Unicode names of the emoji). A code not in the table stays as typed.
class EmojiCodes
{
public:
    // The text with every known :code: replaced by its characters.
    static QString replace(const QString &text);
    // The characters for one code without colons; empty when unknown.
    static QString lookUp(const QString &code);
    static int count();

private:
    static const QHash<QString, QString> &table();
};

} // namespace Whyboard
