// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportoptions.h"

#include <QLocale>

namespace Whyboard {

QPageSize ReportOptions::localePageSize()
{
    const QLocale::MeasurementSystem system = QLocale::system().measurementSystem();
    return QPageSize(system == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

} // namespace Whyboard
