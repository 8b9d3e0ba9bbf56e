// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/exportfilename.h"

#include <QDate>

namespace Whyboard {

QString ExportFileName::slug(const QString &text, int maxLength)
{
    // Decomposing first turns "é" into "e" plus a combining mark, which is then dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingDash && !result.isEmpty())
                result += QLatin1Char('-');
            pendingDash = false;
            result += c.toLower();
        } else {
            pendingDash = true;
        }
        if (result.size() >= maxLength)
            break;
    }
    result.truncate(maxLength);
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result;
}

QString ExportFileName::baseName(const Session &session)
{
    QDate day;
    for (const QDateTime &time : {session.startedAt, session.detectedAt, session.resolvedAt}) {
        if (time.isValid()) {
            day = time.date();
            break;
        }
    }
    if (!day.isValid())
        day = QDate::currentDate();
    QString name = slug(session.title);
    if (name.isEmpty())
        name = QStringLiteral("postmortem");
    return day.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-') + name;
}

QString ExportFileName::fileName(const Session &session, const QString &extension)
{
    return baseName(session) + QLatin1Char('.') + extension;
}

} // namespace Whyboard
