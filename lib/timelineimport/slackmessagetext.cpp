// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/slackmessagetext.h"

#include "analysis/emojicodes.h"

#include <QRegularExpression>

namespace Whyboard {

namespace {

QString decodeEntities(QString text)
{
    // &amp; last, so "&amp;lt;" stays the "&lt;" someone typed.
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// One <...> token of Slack's markup, without its brackets.
QString readable(const QString &token, const QHash<QString, QString> &userNames, const QHash<QString, QString> &channelNames)
{
    const qsizetype bar = token.indexOf(QLatin1Char('|'));
    const QString target = bar < 0 ? token : token.left(bar);
    const QString label = bar < 0 ? QString() : token.mid(bar + 1);
    if (target.startsWith(QLatin1Char('@'))) {
        const QString id = target.mid(1);
        return QLatin1Char('@') + (!label.isEmpty() ? label : userNames.value(id, id));
    }
    if (target.startsWith(QLatin1Char('#'))) {
        const QString id = target.mid(1);
        return QLatin1Char('#') + (!label.isEmpty() ? label : channelNames.value(id, id));
    }
    if (target.startsWith(QLatin1Char('!'))) {
        const QString command = target.mid(1);
        if (command == QLatin1String("here") || command == QLatin1String("channel") || command == QLatin1String("everyone"))
            return QLatin1Char('@') + command;
        if (command.startsWith(QLatin1String("subteam^")))
            return !label.isEmpty() ? label : QLatin1Char('@') + command.mid(8);
        // <!date^1392734382^{date}|Feb 18, 2014>: Slack's own fallback text.
        return !label.isEmpty() ? label : command;
    }
    if (target.startsWith(QLatin1String("mailto:")))
        return !label.isEmpty() ? label : target.mid(7);
    if (label.isEmpty() || label == target)
        return target;
    return label + QStringLiteral(" (") + target + QLatin1Char(')');
}

} // namespace

QString SlackMessageText::toPlain(const QString &text, const QHash<QString, QString> &userNames,
                                  const QHash<QString, QString> &channelNames)
{
    static const QRegularExpression token(QStringLiteral("<([^<>\\n]+)>"));
    QString plain;
    plain.reserve(text.size());
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        plain += QStringView(text).mid(from, match.capturedStart() - from);
        plain += readable(match.captured(1), userNames, channelNames);
        from = match.capturedEnd();
    }
    plain += QStringView(text).mid(from);
    return EmojiCodes::replace(decodeEntities(plain)).trimmed();
}

QString SlackMessageText::displayName(const QJsonObject &user)
{
    const QJsonObject profile = user.value(QLatin1String("profile")).toObject();
    for (const QJsonObject &object : {profile, user}) {
        for (const char *field : {"display_name", "real_name"}) {
            const QString name = object.value(QLatin1String(field)).toString().trimmed();
            if (!name.isEmpty())
                return name;
        }
    }
    return user.value(QLatin1String("name")).toString().trimmed();
}

} // namespace Whyboard
