// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"

#include <QPointF>
#include <QString>
#include <QStringList>

namespace Whyboard {

// One statement on the board: the problem, or one single cause ("why").
struct Card
{
    QString id;
    CardKind kind = CardKind::Why;
    QString text;
    QString evidence; // "how do you know?"
    bool verified = false;
    QPointF position; // top-left corner in scene coordinates
    // The room decided this cause needs no action item, and why (the report shows both).
    bool noActionAccepted = false;
    QString noActionReason;
    // The contributing factor it names (a CauseCategories key or a team's own name; empty for
    // none) and free tags: the services and teams it concerns. Counted across the library.
    QString category;
    QStringList tags;

    // Verified means the room checked the evidence: a cause marked verified with no evidence
    // to show for it (an old file, an import) does not count as verified anywhere.
    bool isVerified() const { return verified && !evidence.trimmed().isEmpty(); }

    friend bool operator==(const Card &a, const Card &b)
    {
        return a.id == b.id && a.kind == b.kind && a.text == b.text && a.evidence == b.evidence
               && a.verified == b.verified && a.noActionAccepted == b.noActionAccepted
               && a.noActionReason == b.noActionReason && a.position == b.position && a.category == b.category
               && a.tags == b.tags;
    }
    friend bool operator!=(const Card &a, const Card &b) { return !(a == b); }
};

} // namespace Whyboard
