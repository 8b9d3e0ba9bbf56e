// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/timelineevent.h"

#include <QList>
#include <QStringList>

namespace Whyboard {

class SessionDocument;

// Adds events to an open session as one undo step, each with a fresh id; the session's
// started, detected and resolved times follow the timeline as for any timeline edit. Used by
// the timeline panel, the import preview and --import-timeline alike.
class TimelineEventAdder
{
public:
    // The ids of the events added; none when the document is read-only.
    static QStringList add(SessionDocument *document, const QList<TimelineEvent> &events, const QString &undoText);
};

} // namespace Whyboard
