// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardcontextmenu.h"

#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/carditem.h"
#include "board/evidencedialog.h"
#include "board/linkitem.h"
#include "data/labels.h"
#include "document/commands/editcardcommand.h"

#include <QGraphicsView>

#include <QMenu>

namespace Whyboard {

void BoardContextMenu::showForCard(BoardScene *scene, CardItem *card, const QPoint &screenPos)
{
    const QString id = card->cardId();
    const bool problem = card->card().kind == CardKind::Problem;
    BoardEditor *editor = scene->editor();
    QMenu menu;
    menu.addAction(BoardScene::tr("Ask why (add a cause)"), editor, [editor, id] { editor->addWhy(id); });
    if (!problem)
        menu.addAction(BoardScene::tr("Add sibling cause"), editor, [editor, id] { editor->addSiblingCause(id); });
    menu.addAction(BoardScene::tr("Edit text"), editor, [editor, id] { editor->editCard(id); });
    if (!problem) {
        QWidget *parent = scene->views().isEmpty() ? nullptr : scene->views().constFirst();
        menu.addAction(BoardScene::tr("Evidence…"), scene, [scene, id, parent] {
            EvidenceDialog::editEvidence(scene->document(), id, parent);
        })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        const bool verified = card->card().isVerified();
        QAction *mark = menu.addAction(verified ? BoardScene::tr("Mark as unverified") : BoardScene::tr("Mark as verified"),
                                       editor, [editor, id, verified] { editor->setVerified(id, !verified); });
        // Verified means the evidence was checked: there must be some first.
        mark->setEnabled(verified || !card->card().evidence.trimmed().isEmpty());
    }
    menu.addSeparator();
    menu.addAction(BoardScene::tr("Copy"), editor, &BoardEditor::copySelection)->setEnabled(!problem);
    menu.addAction(BoardScene::tr("Paste under this card"), editor, &BoardEditor::paste)->setEnabled(editor->canPaste());
    menu.addAction(BoardScene::tr("Duplicate"), editor, &BoardEditor::duplicateSelection)->setEnabled(!problem);
    menu.addSeparator();
    menu.addAction(BoardScene::tr("Delete"), editor, &BoardEditor::deleteSelection)->setEnabled(!problem);
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
            scene->editor()->setLinkVerdict(cause, effect, int(verdict));
        });
        action->setCheckable(true);
        action->setChecked(link->verdict() == verdict);
    }
    menu.addSeparator();
    menu.addAction(BoardScene::tr("Remove link"), scene, [scene, cause, effect] { scene->editor()->unlinkCards(cause, effect); });
    menu.exec(screenPos);
}

} // namespace Whyboard
