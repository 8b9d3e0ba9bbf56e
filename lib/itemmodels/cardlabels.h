// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Whyboard {

struct Session;

// Short labels of cards for a table cell or a menu entry: a card's first line, cut to fit;
// "users can't log in; the token expired" for several.
QString cardLabel(const Session &session, const QString &cardId);
QString cardLabels(const Session &session, const QStringList &cardIds);

} // namespace Whyboard
