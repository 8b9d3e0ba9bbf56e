// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/itemidsmime.h"

#include <QMimeData>

namespace Whyboard {

QMimeData *ItemIdsMime::encode(const QString &type, const QStringList &ids)
{
    auto *data = new QMimeData;
    data->setData(type, ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QStringList ItemIdsMime::decode(const QMimeData *data, const QString &type)
{
    if (!data || !data->hasFormat(type))
        return {};
    return QString::fromUtf8(data->data(type)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace Whyboard
