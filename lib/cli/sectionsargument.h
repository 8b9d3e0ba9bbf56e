// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportoptions.h"

#include <QString>

#include <optional>

namespace Whyboard {

// The value of --sections: which parts of the report to write.
class SectionsArgument
{
public:
    // The names --sections takes, in the report's order, as one readable list.
    static QString names();
    // "diagram,readback" names what the report holds; "-timeline,-actions" (a leading minus on
    // the first name) starts from every section and leaves those out; "all" adds every section.
    static std::optional<ReportSections> parse(const QString &list, QString *error);
};

} // namespace Whyboard
