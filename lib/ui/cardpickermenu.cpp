// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cardpickermenu.h"

#include "data/labels.h"
#include "data/session.h"
#include "itemmodels/cardlabels.h"

namespace Whyboard {

CardPickerMenu::CardPickerMenu(const Session &session, const QStringList &relatedCardIds, QWidget *parent)
    : QMenu(tr("Related cards"), parent)
    , m_related(relatedCardIds)
{
    if (session.cards.isEmpty()) {
        addAction(tr("(no cards on the board)"))->setEnabled(false);
        return;
    }
    for (const Card &card : session.cards) {
        const QString prefix = card.kind == CardKind::Problem ? tr("%1: ").arg(Labels::cardKind(card.kind)) : QString();
        QAction *action = addAction(prefix + cardLabel(session, card.id));
        action->setCheckable(true);
        action->setChecked(relatedCardIds.contains(card.id));
        const QString cardId = card.id;
        connect(action, &QAction::toggled, this, [this, cardId](bool checked) {
            if (checked && !m_related.contains(cardId))
                m_related << cardId;
            else if (!checked)
                m_related.removeAll(cardId);
            Q_EMIT relatedCardsPicked(m_related);
        });
    }
}

} // namespace Whyboard
