// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/fishboneview.h"

#include "board/fishbonecarditem.h"
#include "board/fishbonescene.h"
#include "board/fishbonetexteditor.h"
#include "data/causecategories.h"
#include "document/sessiondocument.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>

namespace Whyboard {

namespace {

// Fitting never magnifies a small drawing past this.
constexpr qreal maximumFitZoom = 1.25;

} // namespace

FishboneView::FishboneView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new FishboneScene(this))
{
    setObjectName(QStringLiteral("fishboneView"));
    setAccessibleName(tr("Fishbone"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    setViewportUpdateMode(FullViewportUpdate);
    connect(m_scene, &FishboneScene::rebuilt, this, &FishboneView::afterRebuild);
}

void FishboneView::setDocument(SessionDocument *document)
{
    m_document = document;
    m_fitted = true;
    m_scene->setDocument(document);
}

void FishboneView::setThemeSource(std::function<BoardTheme()> source)
{
    m_themeSource = std::move(source);
    followTheme();
}

void FishboneView::followTheme()
{
    if (!m_themeSource)
        return;
    const BoardTheme theme = m_themeSource();
    if (theme.kind != m_scene->theme().kind)
        m_scene->setTheme(theme);
}

void FishboneView::afterRebuild()
{
    if (m_fitted)
        fitToView();
    viewport()->update();
}

QString FishboneView::currentCardId() const
{
    return m_scene->selectedCardId();
}

void FishboneView::setCurrentCard(const QString &cardId)
{
    m_scene->selectCard(cardId);
    if (FishboneCardItem *item = m_scene->cardItem(cardId))
        ensureVisible(item->rect(), 40, 40);
}

void FishboneView::editCard(const QString &cardId)
{
    if (!m_document || !m_scene->cardItem(cardId) || m_editor)
        return;
    if (m_document->isReadOnly()) {
        m_document->refuseEdit(tr("This session is open read-only; changes are not possible."));
        return;
    }
    setCurrentCard(cardId);
    m_editor = new FishboneTextEditor(m_scene, cardId);
    connect(m_editor, &FishboneTextEditor::finished, this, [this] {
        m_editor = nullptr; // it deletes itself later; the keys are the view's again now
        setFocus(Qt::OtherFocusReason);
    });
}

void FishboneView::moveCardToNeighbourBone(const QString &cardId, int direction)
{
    const Card *card = m_document ? m_document->session().card(cardId) : nullptr;
    if (!card || card->kind != CardKind::Why)
        return;
    // Every category the card can take, in the library's order, "none" last.
    QStringList keys = m_scene->categories();
    for (const FishboneLayout::Bone &bone : m_scene->layout().bones) {
        if (!keys.contains(bone.category))
            keys.append(bone.category);
    }
    keys.removeAll(QString());
    keys.append(QString());
    const int at = int(keys.indexOf(card->category));
    const int to = at + direction;
    if (at < 0 || to < 0 || to >= keys.size())
        return;
    m_scene->setCardCategory(cardId, keys.at(to));
    setCurrentCard(cardId);
}

void FishboneView::fitToView()
{
    const QRectF rect = m_scene->sceneRect();
    if (rect.isEmpty())
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    if (transform().m11() > maximumFitZoom) {
        setTransform(QTransform::fromScale(maximumFitZoom, maximumFitZoom));
        centerOn(rect.center());
    }
    m_fitted = true;
}

void FishboneView::zoomBy(qreal factor)
{
    const qreal zoom = std::clamp(transform().m11() * factor, 0.05, 4.0);
    setTransform(QTransform::fromScale(zoom, zoom));
    m_fitted = false;
}

QString FishboneView::emptyText() const
{
    if (!m_document)
        return tr("No session is open: open one or start a new one to see its causes as a fishbone.");
    if (m_scene->layout().cards.isEmpty())
        return tr("No causes yet: ask why on the board (Ctrl+1); each cause appears here on the bone "
                  "of its category.");
    return {};
}

bool FishboneView::event(QEvent *event)
{
    // Tab walks the cards here, before the scene's own focus chain would take it.
    if (event->type() == QEvent::KeyPress && !m_editor) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            return focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
    }
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const int k = key->key();
        bool ours = false;
        if (m_editor) {
            // Typing belongs to the card, not to the window's shortcuts.
            ours = !(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
                   || (mods == Qt::ControlModifier
                       && QList<int>{Qt::Key_A, Qt::Key_C, Qt::Key_V, Qt::Key_X, Qt::Key_Left, Qt::Key_Right,
                                     Qt::Key_Backspace, Qt::Key_Delete, Qt::Key_Home, Qt::Key_End}
                              .contains(k));
        } else if (mods == Qt::NoModifier) {
            ours = QList<int>{Qt::Key_F2, Qt::Key_Return, Qt::Key_Enter, Qt::Key_Up, Qt::Key_Down, Qt::Key_Left,
                              Qt::Key_Right, Qt::Key_Menu}
                       .contains(k);
        } else if (mods == Qt::ControlModifier) {
            ours = QList<int>{Qt::Key_0, Qt::Key_Plus, Qt::Key_Minus, Qt::Key_Equal}.contains(k);
        } else if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
            ours = k == Qt::Key_Left || k == Qt::Key_Right;
        }
        if (ours) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

bool FishboneView::focusNextPrevChild(bool next)
{
    // Tab walks the cards; past the last (or before the first) it leaves the view.
    const auto &cards = m_scene->layout().cards;
    const int at = cards.isEmpty() ? -1 : m_scene->layout().indexOfCard(currentCardId());
    const int to = at < 0 ? (next ? 0 : int(cards.size()) - 1) : at + (next ? 1 : -1);
    if (m_editor || to < 0 || to >= cards.size())
        return QWidget::focusNextPrevChild(next);
    setCurrentCard(cards.at(to).id);
    return true;
}

void FishboneView::keyPressEvent(QKeyEvent *event)
{
    if (m_editor) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const QString current = currentCardId();
    const int k = event->key();
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && (k == Qt::Key_Left || k == Qt::Key_Right)) {
        moveCardToNeighbourBone(current, k == Qt::Key_Left ? -1 : 1);
    } else if (mods == Qt::ControlModifier && k == Qt::Key_0) {
        fitToView();
    } else if (mods == Qt::ControlModifier && (k == Qt::Key_Plus || k == Qt::Key_Equal)) {
        zoomBy(1.25);
    } else if (mods == Qt::ControlModifier && k == Qt::Key_Minus) {
        zoomBy(0.8);
    } else if (mods == Qt::NoModifier && (k == Qt::Key_F2 || k == Qt::Key_Return || k == Qt::Key_Enter)) {
        editCard(current);
    } else if (mods == Qt::NoModifier && (k == Qt::Key_Up || k == Qt::Key_Down)) {
        stepAlongBone(k == Qt::Key_Up ? -1 : 1);
    } else if (mods == Qt::NoModifier && (k == Qt::Key_Left || k == Qt::Key_Right)) {
        stepAcrossBones(k == Qt::Key_Left ? -1 : 1);
    } else if (k == Qt::Key_Menu) {
        if (FishboneCardItem *item = m_scene->cardItem(current))
            showCategoryMenu(current, viewport()->mapToGlobal(mapFromScene(item->rect().center())));
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FishboneView::stepAlongBone(int delta)
{
    const FishboneLayout &layout = m_scene->layout();
    const int at = layout.indexOfCard(currentCardId());
    if (at < 0) {
        if (!layout.cards.isEmpty())
            setCurrentCard(layout.cards.first().id);
        return;
    }
    const QList<int> &onBone = layout.bones.at(layout.cards.at(at).bone).cards;
    const int to = int(onBone.indexOf(at)) + delta;
    if (to >= 0 && to < onBone.size())
        setCurrentCard(layout.cards.at(onBone.at(to)).id);
}

void FishboneView::stepAcrossBones(int delta)
{
    const FishboneLayout &layout = m_scene->layout();
    const int at = layout.indexOfCard(currentCardId());
    if (at < 0) {
        if (!layout.cards.isEmpty())
            setCurrentCard(layout.cards.first().id);
        return;
    }
    // Bones in the order they meet the spine, left to right.
    QList<int> order;
    for (int i = 0; i < layout.bones.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return layout.bones.at(a).line.p2().x() < layout.bones.at(b).line.p2().x();
    });
    const int to = int(order.indexOf(layout.cards.at(at).bone)) + delta;
    if (to < 0 || to >= order.size())
        return;
    const qreal y = layout.cards.at(at).rect.center().y();
    const QList<int> &candidates = layout.bones.at(order.at(to)).cards;
    const int nearest = *std::min_element(candidates.begin(), candidates.end(), [&](int a, int b) {
        return std::abs(layout.cards.at(a).rect.center().y() - y) < std::abs(layout.cards.at(b).rect.center().y() - y);
    });
    setCurrentCard(layout.cards.at(nearest).id);
}

void FishboneView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (auto *item = dynamic_cast<FishboneCardItem *>(itemAt(event->position().toPoint()))) {
        editCard(item->cardId());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void FishboneView::contextMenuEvent(QContextMenuEvent *event)
{
    QString id;
    QPoint global = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        if (auto *item = dynamic_cast<FishboneCardItem *>(itemAt(event->pos())))
            id = item->cardId();
    } else if (FishboneCardItem *item = m_scene->cardItem(currentCardId())) {
        id = item->cardId();
        global = viewport()->mapToGlobal(mapFromScene(item->rect().center()));
    }
    if (id.isEmpty())
        return;
    setCurrentCard(id);
    showCategoryMenu(id, global);
    event->accept();
}

void FishboneView::showCategoryMenu(const QString &cardId, const QPoint &globalPos)
{
    const Card *card = m_document ? m_document->session().card(cardId) : nullptr;
    if (!card)
        return;
    QMenu menu(this);
    QAction *edit = menu.addAction(tr("&Edit Text"));
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    QMenu *categories = menu.addMenu(tr("&Category"));
    auto *group = new QActionGroup(categories);
    QStringList keys = m_scene->categories();
    if (!card->category.isEmpty() && !keys.contains(card->category))
        keys.append(card->category);
    keys.append(QString());
    for (const QString &key : std::as_const(keys)) {
        QAction *action = categories->addAction(key.isEmpty() ? tr("Uncategorised") : CauseCategories::displayName(key));
        action->setCheckable(true);
        action->setChecked(key == card->category);
        action->setData(key);
        group->addAction(action);
    }
    QAction *chosen = menu.exec(globalPos);
    if (chosen == edit)
        editCard(cardId);
    else if (chosen && chosen->actionGroup() == group)
        m_scene->setCardCategory(cardId, chosen->data().toString());
}

void FishboneView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void FishboneView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitToView();
}

void FishboneView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    followTheme();
    if (m_fitted)
        fitToView();
}

void FishboneView::paintEvent(QPaintEvent *event)
{
    // Projector mode changes the board's theme while this page may be in front.
    if (m_themeSource && m_themeSource().kind != m_scene->theme().kind)
        QTimer::singleShot(0, this, &FishboneView::followTheme);
    QGraphicsView::paintEvent(event);
}

void FishboneView::drawForeground(QPainter *painter, const QRectF &)
{
    const QString text = emptyText();
    if (text.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    const BoardTheme &theme = m_scene->theme();
    QFont font = theme.textFont;
    font.setPixelSize(std::max(18, theme.textFont.pixelSize() * 4 / 5));
    painter->setFont(font);
    painter->setPen(theme.mutedText);
    const QRect area = viewport()->rect().adjusted(40, 40, -40, -40);
    // With the problem drawn, the sentence stands above it.
    const int flags = Qt::TextWordWrap | Qt::AlignHCenter | (m_document ? Qt::AlignTop : Qt::AlignVCenter);
    painter->drawText(area, flags, text);
    painter->restore();
}

} // namespace Whyboard
