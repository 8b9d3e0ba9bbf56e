// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sectionsargument.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace Whyboard {

namespace {

// The names --sections takes, in the report's order.
const std::pair<const char *, ReportSection> sectionNames[] = {
    {"summary", ReportSection::Summary},   {"people", ReportSection::People},
    {"diagram", ReportSection::Diagram},   {"readback", ReportSection::ReadBack},
    {"causes", ReportSection::Causes},     {"parkinglot", ReportSection::ParkingLot},
    {"checks", ReportSection::Checks},     {"actions", ReportSection::Actions},
    {"timeline", ReportSection::Timeline},
};

} // namespace

QString SectionsArgument::names()
{
    QStringList names;
    for (const auto &entry : sectionNames)
        names.append(QString::fromLatin1(entry.first));
    return names.join(QStringLiteral(", "));
}

std::optional<ReportSections> SectionsArgument::parse(const QString &list, QString *error)
{
    const QStringList items = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    ReportSections sections;
    if (!items.isEmpty() && items.constFirst().trimmed().startsWith(QLatin1Char('-')))
        sections = ReportOptions::allSections;
    for (const QString &rawItem : items) {
        QString item = rawItem.trimmed().toLower();
        const bool remove = item.startsWith(QLatin1Char('-'));
        if (remove)
            item.remove(0, 1);
        ReportSections named;
        if (item == QLatin1String("all"))
            named = ReportOptions::allSections;
        for (const auto &[name, section] : sectionNames) {
            if (item == QLatin1String(name))
                named = section;
        }
        if (!named) {
            *error = QCoreApplication::translate("Whyboard::CommandLine", "--sections: no section “%1”; the sections are: %2 (or all; -NAME leaves one out)")
                         .arg(rawItem.trimmed(), names());
            return std::nullopt;
        }
        if (remove)
            sections &= ~named;
        else
            sections |= named;
    }
    if (!sections) {
        *error = QCoreApplication::translate("Whyboard::CommandLine", "--sections “%1” leaves no section to write; the sections are: %2")
                     .arg(list, names());
        return std::nullopt;
    }
    return sections;
}

} // namespace Whyboard
