// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Whyboard::Bench {

std::optional<double> Measurement::ratio() const
{
    if (floor && *floor > 0)
        return value / *floor;
    if (target && *target > 0)
        return value / *target;
    return std::nullopt;
}

void MeasurementReport::add(const Measurement &measurement)
{
    m_measurements.append(measurement);
}

namespace {

// Three significant digits are all a noisy machine gives.
double rounded(double value)
{
    return QString::number(value, 'g', 3).toDouble();
}

QString figure(double value)
{
    return QString::number(value, 'g', 3);
}

} // namespace

QByteArray MeasurementReport::json(bool quick) const
{
    QJsonObject object;
    for (const Measurement &m : m_measurements) {
        QJsonObject entry{{QStringLiteral("value"), rounded(m.value)}, {QStringLiteral("unit"), m.unit}};
        entry.insert(QStringLiteral("floor"), m.floor ? QJsonValue(rounded(*m.floor)) : QJsonValue());
        if (m.target)
            entry.insert(QStringLiteral("target"), rounded(*m.target));
        const std::optional<double> ratio = m.ratio();
        entry.insert(QStringLiteral("ratio"), ratio ? QJsonValue(rounded(*ratio)) : QJsonValue());
        object.insert(m.key, entry);
    }
    if (quick)
        object.insert(QStringLiteral("quick"), true);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray MeasurementReport::table() const
{
    QStringList lines;
    for (const Measurement &m : m_measurements) {
        const std::optional<double> ratio = m.ratio();
        QString against = m.floor ? QStringLiteral("floor %1 %2").arg(figure(*m.floor), m.unit)
                                  : m.target ? QStringLiteral("target %1 %2").arg(figure(*m.target), m.unit)
                                             : QString();
        lines.append(QStringLiteral("%1  %2 %3  %4  %5  (%6)")
                         .arg(m.key.leftJustified(22), figure(m.value).rightJustified(9), m.unit.leftJustified(3),
                              against.leftJustified(22),
                              ratio ? QStringLiteral("%1x").arg(figure(*ratio)).rightJustified(7) : QString(7, u' '),
                              m.title));
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace Whyboard::Bench
