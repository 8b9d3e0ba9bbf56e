// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/timelineeventadder.h"

#include "document/commands/addeventcommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/timelinemodel.h"

namespace Whyboard {

QStringList TimelineEventAdder::add(SessionDocument *document, const QList<TimelineEvent> &events, const QString &undoText)
{
    QStringList ids;
    if (!document || events.isEmpty() || document->isReadOnly())
        return ids;
    // newEventId() looks at the session, so each event is added before the next id is made.
    const Session before = document->session();
    SessionDocument::Step step(document, undoText);
    for (TimelineEvent event : events) {
        event.id = document->newEventId();
        if (document->push(new AddEventCommand(document, event)))
            ids << event.id;
    }
    TimelineModel::pushTimesFollowingTimeline(document, before);
    return ids;
}

} // namespace Whyboard
