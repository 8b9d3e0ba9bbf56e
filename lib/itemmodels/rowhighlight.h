// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QColor;

namespace Whyboard {

// The colours the item models give rows and cells, from the application palette when there
// is one (a plain QCoreApplication in tests and tools has none).
namespace RowHighlight {

QColor relatedBackground(); // a row related to the board's selection
QColor linkForeground();    // a cell that opens a link

} // namespace RowHighlight

} // namespace Whyboard
