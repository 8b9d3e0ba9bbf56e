// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/emojicodes.h"

#include <QFile>
#include <QRegularExpression>

namespace Whyboard {

const QHash<QString, QString> &EmojiCodes::table()
{
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> result;
        QFile file(QStringLiteral(":/emoji/slack-codes.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const qsizetype space = line.indexOf(QLatin1Char(' '));
            if (space > 0)
                result.insert(line.left(space), line.mid(space + 1).trimmed());
        }
        return result;
    }();
    return codes;
}

QString EmojiCodes::lookUp(const QString &code)
{
    return table().value(code.toLower());
}

int EmojiCodes::count()
{
    return int(table().size());
}

QString EmojiCodes::replace(const QString &text)
{
    if (!text.contains(QLatin1Char(':')))
        return text;
    static const QRegularExpression code(QStringLiteral(R"(:([A-Za-z0-9_+'\-]+):)"));
    QString result;
    qsizetype copied = 0;
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch match = code.match(text, from);
        if (!match.hasMatch())
            break;
        const QString characters = lookUp(match.captured(1));
        if (characters.isEmpty()) {
            // "18:42:fire:" is a time before a code: try again from the closing colon.
            from = match.capturedEnd(0) - 1;
            continue;
        }
        result += text.mid(copied, match.capturedStart(0) - copied);
        result += characters;
        copied = from = match.capturedEnd(0);
    }
    result += text.mid(copied);
    return result;
}

} // namespace Whyboard
