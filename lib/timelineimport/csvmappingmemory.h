// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/csvcolumnmapping.h"

#include <QStringList>

#include <optional>

namespace Whyboard {

// The column mappings the user chose, remembered by the file's header names (trimmed, case
// folded, in order) in the application's settings under "csvMappings/", so the next export
// of the same tool opens with the same choice.
class CsvMappingMemory
{
public:
    static void remember(const QStringList &headerNames, const CsvColumnMapping &mapping);
    // The mapping remembered for these names (guessColumns false, header FirstRow), if any.
    static std::optional<CsvColumnMapping> recall(const QStringList &headerNames);
    static void forget(const QStringList &headerNames);
    // The settings key of these names: "csvMappings/" and a hash of the normalised names.
    static QString key(const QStringList &headerNames);
};

} // namespace Whyboard
