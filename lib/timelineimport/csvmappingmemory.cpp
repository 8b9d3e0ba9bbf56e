// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/csvmappingmemory.h"

#include <QCryptographicHash>
#include <QSettings>

namespace Whyboard {

namespace {

QString normalisedNames(const QStringList &headerNames)
{
    QStringList names;
    names.reserve(headerNames.size());
    for (const QString &name : headerNames)
        names.append(name.simplified().toCaseFolded());
    return names.join(QChar(0x1F)); // the unit separator: no header name holds it
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return QStringLiteral("tab");
    return delimiter.isNull() ? QString() : QString(delimiter);
}

QChar delimiterOf(const QString &name)
{
    if (name == QLatin1String("tab"))
        return QLatin1Char('\t');
    if (name == QLatin1String(",") || name == QLatin1String(";"))
        return name.front();
    return {};
}

} // namespace

QString CsvMappingMemory::key(const QStringList &headerNames)
{
    // A hash: header names may hold '/' and '\\', which settings keys cannot.
    const QByteArray hash = QCryptographicHash::hash(normalisedNames(headerNames).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("csvMappings/") + QString::fromLatin1(hash.toHex());
}

void CsvMappingMemory::remember(const QStringList &headerNames, const CsvColumnMapping &mapping)
{
    if (headerNames.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(key(headerNames));
    settings.setValue(QStringLiteral("names"), normalisedNames(headerNames));
    settings.setValue(QStringLiteral("delimiter"), delimiterName(mapping.delimiter));
    settings.setValue(QStringLiteral("time"), mapping.timeColumn);
    settings.setValue(QStringLiteral("text"), mapping.textColumn);
    settings.setValue(QStringLiteral("author"), mapping.authorColumn);
    settings.setValue(QStringLiteral("kind"), mapping.kindColumn);
    settings.setValue(QStringLiteral("dateOrder"), int(mapping.dateOrder));
    settings.endGroup();
}

std::optional<CsvColumnMapping> CsvMappingMemory::recall(const QStringList &headerNames)
{
    if (headerNames.isEmpty())
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(key(headerNames));
    // The names themselves, not only their hash, must match.
    if (settings.value(QStringLiteral("names")).toString() != normalisedNames(headerNames))
        return std::nullopt;
    const int columns = int(headerNames.size());
    const auto column = [&](const char *name, bool *ok) {
        const int value = settings.value(QLatin1String(name), -1).toInt();
        if (value < -1 || value >= columns)
            *ok = false;
        return value;
    };
    bool ok = true;
    CsvColumnMapping mapping;
    mapping.guessColumns = false;
    mapping.header = CsvColumnMapping::Header::FirstRow;
    mapping.delimiter = delimiterOf(settings.value(QStringLiteral("delimiter")).toString());
    mapping.timeColumn = column("time", &ok);
    mapping.textColumn = column("text", &ok);
    mapping.authorColumn = column("author", &ok);
    mapping.kindColumn = column("kind", &ok);
    const int order = settings.value(QStringLiteral("dateOrder"), 0).toInt();
    mapping.dateOrder = order >= 0 && order <= 2 ? CsvColumnMapping::DateOrder(order) : CsvColumnMapping::DateOrder::Guess;
    if (!ok)
        return std::nullopt; // edited by hand into something this header cannot hold
    return mapping;
}

void CsvMappingMemory::forget(const QStringList &headerNames)
{
    QSettings settings;
    settings.remove(key(headerNames));
}

} // namespace Whyboard
