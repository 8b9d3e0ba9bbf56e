#include "board/boardcontextmenu.h"

#include "board/boardscene.h"
#include "board/carditem.h"
#include "board/linkitem.h"
#include "data/labels.h"

#include <QMenu>

namespace Whyboard {

void BoardContextMenu::showForCard(BoardScene *scene, CardItem *card, const QPoint &screenPos)
{
    const QString id = card->cardId();
    const bool problem = card->card().kind == CardKind::Problem;
    QMenu menu;
    menu.addAction(BoardScene::tr("Ask why (add a cause)"), scene, [scene, id] { scene->addWhy(id); });
    if (!problem)
        menu.addAction(BoardScene::tr("Add sibling cause"), scene, [scene, id] { scene->addSiblingCause(id); });
    menu.addAction(BoardScene::tr("Edit text"), scene, [scene, id] { scene->editCard(id); });
    if (!problem) {
        const bool verified = card->card().verified;
        menu.addAction(verified ? BoardScene::tr("Mark as unverified") : BoardScene::tr("Mark as verified"), scene,
                       [scene, id, verified] { scene->setVerified(id, !verified); });
    }
    menu.addSeparator();
    menu.addAction(BoardScene::tr("Copy"), scene, &BoardScene::copySelection)->setEnabled(!problem);
    menu.addAction(BoardScene::tr("Paste under this card"), scene, &BoardScene::paste)->setEnabled(scene->canPaste());
    menu.addAction(BoardScene::tr("Duplicate"), scene, &BoardScene::duplicateSelection)->setEnabled(!problem);
    menu.addSeparator();
    menu.addAction(BoardScene::tr("Delete"), scene, &BoardScene::deleteSelection)->setEnabled(!problem);
    menu.exec(screenPos);
}

void BoardContextMenu::showForLink(BoardScene *scene, LinkItem *link, const QPoint &screenPos)
{
    const QString cause = link->causeId();
    const QString effect = link->effectId();
    QMenu menu;
    for (ReadBackVerdict verdict : {ReadBackVerdict::Holds, ReadBackVerdict::DoesNotHold, ReadBackVerdict::NotChecked}) {
        const QString text = BoardScene::tr("Read back: %1").arg(Labels::readBackVerdict(verdict).toLower());
        QAction *action = menu.addAction(text, scene, [scene, cause, effect, verdict] {
            scene->setLinkVerdict(cause, effect, int(verdict));
        });
        action->setCheckable(true);
        action->setChecked(link->verdict() == verdict);
    }
    menu.addSeparator();
    menu.addAction(BoardScene::tr("Remove link"), scene, [scene, cause, effect] { scene->unlinkCards(cause, effect); });
    menu.exec(screenPos);
}

} // namespace Whyboard
