#include "itemmodels/itemmime.h"

#include "data/session.h"

#include <QColor>
#include <QGuiApplication>
#include <QMimeData>
#include <QModelIndex>
#include <QPalette>

namespace Whyboard {

QMimeData *ItemMime::encode(const QString &type, const QStringList &ids)
{
    auto *data = new QMimeData;
    data->setData(type, ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QStringList ItemMime::decode(const QMimeData *data, const QString &type)
{
    if (!data || !data->hasFormat(type))
        return {};
    return QString::fromUtf8(data->data(type)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString cardLabel(const Session &session, const QString &cardId)
{
    const Card *card = session.card(cardId);
    if (!card)
        return cardId;
    QString text = card->text.section(QLatin1Char('\n'), 0, 0).simplified();
    constexpr int maxLength = 32;
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text.isEmpty() ? cardId : text;
}

QString cardLabels(const Session &session, const QStringList &cardIds)
{
    QStringList labels;
    for (const QString &id : cardIds)
        labels << cardLabel(session, id);
    return labels.join(QStringLiteral("; "));
}

namespace {
// Item models also run under a plain QCoreApplication (tests, tools): no palette there.
bool hasPalette()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}
} // namespace

QColor highlightBackground()
{
    QColor color = hasPalette() ? QGuiApplication::palette().color(QPalette::Highlight) : QColor(48, 140, 198);
    color.setAlpha(90);
    return color;
}

QColor paletteLinkColor()
{
    return hasPalette() ? QGuiApplication::palette().color(QPalette::Link) : QColor(0, 0, 238);
}

QStringList relatedCardIds(const QList<QModelIndex> &rows, int cardIdsRole)
{
    QStringList cardIds;
    for (const QModelIndex &row : rows) {
        for (const QString &id : row.data(cardIdsRole).toStringList()) {
            if (!cardIds.contains(id))
                cardIds << id;
        }
    }
    return cardIds;
}

} // namespace Whyboard
