// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Whyboard {

// Turns the text of a Slack message, as an export stores it, into what people read in the
// channel: <@U123> mentions become @names, <#C1|name> #name, <!here> @here, <url|label>
// "label (url)", the three HTML entities Slack escapes their characters, :codes: emoji.
class SlackMessageText
{
public:
    // userNames: user id -> the name shown; channelNames: channel id -> name.
    static QString toPlain(const QString &text, const QHash<QString, QString> &userNames,
                           const QHash<QString, QString> &channelNames = {});
    // The name Slack shows for a user object (users.json) or a message's user_profile:
    // the display name, else the real name, else the user name.
    static QString displayName(const QJsonObject &user);
};

} // namespace Whyboard
