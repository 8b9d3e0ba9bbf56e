// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"
#include "data/card.h"
#include "data/parkedidea.h"
#include "data/participant.h"
#include "data/timelineevent.h"

#include <QPointF>
#include <QString>

namespace Whyboard {

// What an edit stores, kept within SessionLimits: a text pasted past the limit is cut there
// and a card dragged or placed off the board stays on its edge. The library refuses a session
// holding more, so an edit must never store what the next open would refuse.
class BoundedValues
{
public:
    static QString text(const QString &value);
    static QPointF position(const QPointF &value);
    // Trimmed, each at most one text long, no empty ones, no repeats (ignoring case), at most
    // SessionLimits::maxTagsPerCard.
    static QStringList tags(const QStringList &values);
    static Card card(Card card);
    static TimelineEvent event(TimelineEvent event);
    static ActionItem action(ActionItem action);
    static Participant participant(Participant participant);
    static ParkedIdea parkedIdea(ParkedIdea idea);
};

} // namespace Whyboard
