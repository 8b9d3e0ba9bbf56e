// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;
class QObject;
class QString;

namespace Whyboard {

// A toolbar twin of an action whose text changes ("Undo Add card"): the button keeps a short,
// steady text, so the buttons after it never move under the pointer; the tool tip follows
// the real action's text, and the twin is enabled with it.
class SteadyToolAction
{
public:
    static QAction *create(QAction *real, const QString &steadyText, QObject *parent);
};

} // namespace Whyboard
