// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardactions.h"

#include "board/boardeditor.h"
#include "board/boardfind.h"
#include "board/boardkeys.h"
#include "board/boardscene.h"
#include "board/boardtheme.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/evidencedialog.h"
#include "board/layoutanimator.h"
#include "document/sessiondocument.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QUndoStack>

namespace Whyboard {

BoardActions::BoardActions(BoardView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    const auto board = Qt::WidgetWithChildrenShortcut;
    const auto window = Qt::WindowShortcut;
    m_addWhy = make(tr("Ask &Why"), QStringLiteral("list-add"), QKeySequence(Qt::Key_Return), board,
                    &BoardActions::onAddWhy);
    m_addWhy->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_addWhy->setToolTip(tr("Add a cause under the selected card (Enter)"));
    m_addSibling = make(tr("Add &Sibling Cause"), QStringLiteral("insert-object"),
                        QKeySequence(Qt::CTRL | Qt::Key_Return), board, &BoardActions::onAddSibling);
    m_addSibling->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_edit = make(tr("&Edit Card"), QStringLiteral("document-edit"), QKeySequence(Qt::Key_F2), board,
                  &BoardActions::onEdit);
    m_evidence = make(tr("E&vidence…"), QStringLiteral("document-properties"), QKeySequence(Qt::CTRL | Qt::Key_E),
                      board, &BoardActions::onEvidence);
    m_evidence->setToolTip(tr("How do you know? The selected cause's evidence, and whether the room checked it (Ctrl+E)"));
    m_delete = make(tr("&Delete"), QStringLiteral("edit-delete"), QKeySequence::Delete, board,
                    &BoardActions::onDelete);
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_linkMode = make(tr("&Link Cards"), QStringLiteral("insert-link"), QKeySequence(Qt::CTRL | Qt::Key_L),
                      board, nullptr);
    m_linkMode->setCheckable(true);
    m_linkMode->setToolTip(tr("Click a cause, then the card it explains; or, with the cause selected, "
                              "choose with the arrow keys and press Enter (Ctrl+L)"));
    m_lock = make(tr("Loc&k Board"), QStringLiteral("object-locked"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                  window, nullptr);
    m_lock->setCheckable(true);
    m_lock->setToolTip(tr("Lock the board so that a stray drag or key changes nothing (Ctrl+Shift+K)"));
    m_autoLayout = make(tr("&Tidy Up Layout"), QStringLiteral("view-grid"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), window, &BoardActions::onAutoLayout);
    m_snapToGrid = make(tr("Snap to &Grid"), QStringLiteral("snap-orthogonal"), QKeySequence(), window, nullptr);
    m_snapToGrid->setCheckable(true);
    m_zoomIn = make(tr("Zoom &In"), QStringLiteral("zoom-in"), QKeySequence::ZoomIn, window,
                    &BoardActions::onZoomIn);
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = make(tr("Zoom &Out"), QStringLiteral("zoom-out"), QKeySequence::ZoomOut, window,
                     &BoardActions::onZoomOut);
    m_fit = make(tr("&Fit to View"), QStringLiteral("zoom-fit-best"), QKeySequence(Qt::CTRL | Qt::Key_0), window,
                 &BoardActions::onFit);
    m_zoomToSelection = make(tr("Zoom to &Selection"), QStringLiteral("zoom-select"),
                             QKeySequence(Qt::CTRL | Qt::Key_9), window, &BoardActions::onZoomToSelection);
    m_copy = make(tr("&Copy Cards"), QStringLiteral("edit-copy"), QKeySequence::Copy, board, &BoardActions::onCopy);
    m_paste = make(tr("&Paste Cards"), QStringLiteral("edit-paste"), QKeySequence::Paste, board,
                   &BoardActions::onPaste);
    m_duplicate = make(tr("D&uplicate Cards"), QStringLiteral("edit-duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                       board, &BoardActions::onDuplicate);
    // The board's own Ctrl+A: a field in a panel (and a card being typed in) keeps its own.
    m_selectAll = make(tr("Select &All Cards"), QStringLiteral("edit-select-all"), QKeySequence::SelectAll, board,
                       &BoardActions::onSelectAll);
    // Window-wide: Ctrl+F finds on the board wherever the keys are (no panel has a find of its own).
    m_find = make(tr("&Find on Board…"), QStringLiteral("edit-find"), QKeySequence::Find, window, &BoardActions::onFind);
    m_find->setToolTip(tr("Find cards by their statement or evidence (Ctrl+F)"));
    m_findNext = make(tr("Find &Next"), QStringLiteral("go-down-search"), QKeySequence(Qt::Key_F3), window,
                      &BoardActions::onFindNext);
    m_findPrevious = make(tr("Find Pre&vious"), QStringLiteral("go-up-search"), QKeySequence(Qt::SHIFT | Qt::Key_F3),
                          window, &BoardActions::onFindPrevious);
    m_findSeparator = new QAction(this);
    m_findSeparator->setSeparator(true);

    m_orientation = new QActionGroup(this);
    m_topDown = m_orientation->addAction(tr("Top &Down"));
    m_leftRight = m_orientation->addAction(tr("Left to &Right"));
    m_topDown->setCheckable(true);
    m_leftRight->setCheckable(true);
    m_topDown->setChecked(true);
    m_topDown->setToolTip(tr("Problem on top, root causes at the bottom"));
    m_leftRight->setToolTip(tr("Problem on the left, root causes on the right"));

    m_themes = new QActionGroup(this);
    m_light = m_themes->addAction(BoardTheme::displayName(BoardTheme::Kind::Light));
    m_dark = m_themes->addAction(BoardTheme::displayName(BoardTheme::Kind::Dark));
    m_projector = m_themes->addAction(BoardTheme::displayName(BoardTheme::Kind::Projector));
    for (QAction *a : m_themes->actions())
        a->setCheckable(true);
    m_light->setChecked(true);
    m_light->setData(int(BoardTheme::Kind::Light));
    m_dark->setData(int(BoardTheme::Kind::Dark));
    m_projector->setData(int(BoardTheme::Kind::Projector));

    connect(m_linkMode, &QAction::toggled, this, [this](bool on) {
        if (m_view)
            m_view->setLinkMode(on);
    });
    connect(m_lock, &QAction::toggled, this, [this](bool on) {
        if (m_view && m_view->boardScene()) {
            if (on)
                m_view->setLinkMode(false);
            m_view->boardScene()->editor()->setLocked(on);
        }
        if (m_view)
            m_view->showTransientMessage(on ? tr("Board locked: cards stay where they are. Ctrl+Shift+K unlocks.")
                                            : tr("Board unlocked."));
        updateEnabled();
        Q_EMIT lockedChanged(on);
    });
    connect(m_snapToGrid, &QAction::toggled, this, [this](bool on) {
        if (m_view && m_view->boardScene())
            m_view->boardScene()->setSnapToGrid(on);
    });
    connect(m_orientation, &QActionGroup::triggered, this, [this](QAction *) {
        if (m_view && m_view->boardScene())
            m_view->boardScene()->setOrientation(m_leftRight->isChecked() ? Qt::Horizontal : Qt::Vertical);
    });
    connect(m_themes, &QActionGroup::triggered, this, [this](QAction *action) {
        applyTheme();
        Q_EMIT themeChosen(BoardTheme::Kind(action->data().toInt()));
    });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &BoardActions::updateEnabled);
    if (view) {
        view->addActions(editActions());
        view->addAction(m_linkMode);
        new BoardKeys(view);
        connect(view, &BoardView::boardSceneChanged, this, &BoardActions::connectScene);
        connect(view, &BoardView::linkModeChanged, m_linkMode, &QAction::setChecked);
        connect(view, &BoardView::linkModeChanged, this, [this](bool on) {
            if (on && m_view)
                m_view->showTransientMessage(
                    tr("Link mode: click a cause, then the card it explains; or choose with the arrow keys "
                       "and press Enter. Esc leaves."));
        });
    }
    connectScene();
}

QAction *BoardActions::make(const QString &text, const QString &icon, const QKeySequence &shortcut,
                            Qt::ShortcutContext context, void (BoardActions::*slot)())
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setShortcutContext(context);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction *> BoardActions::editActions() const
{
    return {m_addWhy,    m_addSibling, m_edit,          m_evidence, m_delete,   m_copy,
            m_paste,     m_duplicate,  m_findSeparator, m_selectAll, m_find, m_findNext, m_findPrevious};
}

QList<QAction *> BoardActions::viewActions() const
{
    return {m_zoomIn, m_zoomOut, m_fit, m_zoomToSelection, m_autoLayout, m_snapToGrid, m_topDown, m_leftRight};
}

bool BoardActions::isLocked() const
{
    return m_lock->isChecked();
}

void BoardActions::connectScene()
{
    delete m_sceneConnections;
    m_sceneConnections = new QObject(this);
    BoardScene *scene = m_view ? m_view->boardScene() : nullptr;
    if (scene) {
        // A new session keeps the room's view preferences, and the lock.
        scene->editor()->setLocked(m_lock->isChecked());
        scene->setSnapToGrid(m_snapToGrid->isChecked());
        scene->setOrientation(m_leftRight->isChecked() ? Qt::Horizontal : Qt::Vertical);
        scene->setTheme(BoardTheme::forKind(themeKind()).withTextScale(m_textScale));
        connect(scene, &BoardScene::cardSelectionChanged, m_sceneConnections, [this] { updateEnabled(); });
        connect(scene->document(), &SessionDocument::readOnlyChanged, m_sceneConnections,
                [this] { updateEnabled(); });
    }
    updateEnabled();
}

BoardTheme::Kind BoardActions::themeKind() const
{
    const QAction *checked = m_themes->checkedAction();
    return checked ? BoardTheme::Kind(checked->data().toInt()) : BoardTheme::Kind::Light;
}

void BoardActions::setThemeKind(BoardTheme::Kind kind)
{
    if (kind == themeKind())
        return;
    for (QAction *action : m_themes->actions())
        action->setChecked(BoardTheme::Kind(action->data().toInt()) == kind);
    applyTheme();
}

void BoardActions::setTextScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    applyTheme();
}

// The cards re-measure their text and the view repaints its cached background.
void BoardActions::applyTheme()
{
    if (m_view && m_view->boardScene())
        m_view->boardScene()->setTheme(BoardTheme::forKind(themeKind()).withTextScale(m_textScale));
    if (m_view)
        m_view->resetCachedContent();
}

void BoardActions::updateEnabled()
{
    BoardScene *scene = m_view ? m_view->boardScene() : nullptr;
    const bool writable = scene && !scene->document()->isReadOnly() && !m_lock->isChecked();
    const QStringList selected = scene ? scene->selectedCardIds() : QStringList();
    bool whySelected = false;
    for (const QString &id : selected) {
        const Card *card = scene->document()->session().card(id);
        whySelected |= card && card->kind == CardKind::Why;
    }
    const bool anySelected = scene && !scene->selectedItems().isEmpty();
    // With nothing selected, Enter selects the problem: the keyboard's way in.
    m_addWhy->setEnabled(writable && selected.size() <= 1);
    m_addSibling->setEnabled(writable && selected.size() == 1);
    m_edit->setEnabled(writable && selected.size() == 1);
    m_evidence->setEnabled(writable && whySelected && selected.size() == 1);
    m_delete->setEnabled(writable && anySelected);
    m_linkMode->setEnabled(writable);
    m_autoLayout->setEnabled(writable);
    m_copy->setEnabled(whySelected);
    m_duplicate->setEnabled(writable && whySelected);
    m_paste->setEnabled(writable && scene->editor()->canPaste());
    m_zoomToSelection->setEnabled(anySelected);
    for (QAction *a : {m_selectAll, m_find, m_findNext, m_findPrevious})
        a->setEnabled(scene != nullptr);
    for (QAction *a : {m_zoomIn, m_zoomOut, m_fit})
        a->setEnabled(scene != nullptr);
}

void BoardActions::onAddWhy()
{
    BoardScene *s = m_view ? m_view->boardScene() : nullptr;
    if (!s)
        return;
    if (s->currentCardId().isEmpty()) {
        if (const Card *problem = s->document()->session().problemCard())
            s->selectCards({problem->id});
        return;
    }
    s->editor()->addWhy(s->currentCardId());
}

void BoardActions::onAddSibling()
{
    if (BoardScene *s = m_view ? m_view->boardScene() : nullptr; s && !s->currentCardId().isEmpty())
        s->editor()->addSiblingCause(s->currentCardId());
}

void BoardActions::onEdit()
{
    if (BoardScene *s = m_view ? m_view->boardScene() : nullptr; s && !s->currentCardId().isEmpty())
        s->editor()->editCard(s->currentCardId());
}

void BoardActions::onEvidence()
{
    if (BoardScene *s = m_view ? m_view->boardScene() : nullptr; s && !s->currentCardId().isEmpty())
        EvidenceDialog::editEvidence(s->document(), s->currentCardId(), m_view);
}

void BoardActions::onDelete()
{
    if (BoardScene *s = m_view ? m_view->boardScene() : nullptr)
        s->editor()->deleteSelection();
}

void BoardActions::onAutoLayout()
{
    if (BoardScene *s = m_view ? m_view->boardScene() : nullptr)
        s->layoutAnimator()->arrange();
}

void BoardActions::onCopy()
{
    if (BoardScene *s = m_view ? m_view->boardScene() : nullptr)
        s->editor()->copySelection();
}

void BoardActions::onPaste()
{
    if (BoardScene *s = m_view ? m_view->boardScene() : nullptr)
        s->editor()->paste();
}

void BoardActions::onDuplicate()
{
    if (BoardScene *s = m_view ? m_view->boardScene() : nullptr)
        s->editor()->duplicateSelection();
}

void BoardActions::onSelectAll()
{
    if (BoardScene *s = m_view ? m_view->boardScene() : nullptr) {
        QStringList ids;
        for (const CardItem *card : s->cardItems())
            ids << card->cardId();
        // The view stays where it is: every card is selected, not one brought into view.
        s->selectCards(ids, false);
    }
}

void BoardActions::onFind()
{
    if (m_view)
        BoardFind::of(m_view)->requestBar();
}

void BoardActions::onFindNext()
{
    if (!m_view)
        return;
    BoardFind *find = BoardFind::of(m_view);
    find->requestBar();
    find->next();
}

void BoardActions::onFindPrevious()
{
    if (!m_view)
        return;
    BoardFind *find = BoardFind::of(m_view);
    find->requestBar();
    find->previous();
}

void BoardActions::onZoomIn()
{
    if (m_view)
        m_view->zoomIn();
}

void BoardActions::onZoomOut()
{
    if (m_view)
        m_view->zoomOut();
}

void BoardActions::onFit()
{
    if (m_view)
        m_view->fitToView();
}

void BoardActions::onZoomToSelection()
{
    if (m_view)
        m_view->zoomToSelection();
}

} // namespace Whyboard
