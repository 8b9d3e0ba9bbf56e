// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/fishbonescene.h"

#include "board/fishbonecarditem.h"
#include "board/fishbonepainter.h"
#include "data/causecategories.h"
#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"

#include <QPainter>

namespace Whyboard {

FishboneScene::FishboneScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_theme(BoardTheme::light())
{
    rebuild();
}

void FishboneScene::setDocument(SessionDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_frozen = false;
    m_pending = false;
    if (m_document)
        connect(m_document, &SessionDocument::stepFinished, this, &FishboneScene::rebuild);
    rebuild();
}

void FishboneScene::setCategorySource(std::function<QStringList()> source)
{
    m_categories = std::move(source);
    rebuild();
}

QStringList FishboneScene::categories() const
{
    return m_categories ? m_categories() : CauseCategories::defaults();
}

void FishboneScene::setTheme(const BoardTheme &theme)
{
    m_theme = theme;
    rebuild();
}

QString FishboneScene::selectedCardId() const
{
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (auto *card = dynamic_cast<FishboneCardItem *>(item))
            return card->cardId();
    }
    return {};
}

void FishboneScene::selectCard(const QString &cardId)
{
    FishboneCardItem *item = m_items.value(cardId);
    clearSelection();
    if (!item)
        return;
    item->setSelected(true);
    setFocusItem(item);
}

void FishboneScene::setFrozen(bool frozen)
{
    m_frozen = frozen;
    if (!frozen && m_pending)
        rebuild();
}

void FishboneScene::rebuild()
{
    if (m_frozen) {
        m_pending = true;
        return;
    }
    m_pending = false;
    const QString selected = selectedCardId();
    clear();
    m_items.clear();
    const Session empty;
    const Session &session = m_document ? m_document->session() : empty;
    m_layout = FishboneLayout::compute(session, categories(), FishbonePainter::style(m_theme));
    for (int i = 0; i < m_layout.cards.size(); ++i) {
        auto *item = new FishboneCardItem(m_layout.cards.at(i).id, i);
        addItem(item);
        m_items.insert(item->cardId(), item);
    }
    const qreal margin = m_theme.cardWidth / 4;
    setSceneRect(m_layout.bounds.adjusted(-margin, -margin, margin, margin));
    if (!selected.isEmpty())
        selectCard(selected);
    update();
    Q_EMIT rebuilt();
}

bool FishboneScene::setCardText(const QString &cardId, const QString &text, int editRun)
{
    const Card *card = m_document ? m_document->session().card(cardId) : nullptr;
    if (!card || card->text == text)
        return false;
    Card edited = *card;
    edited.text = text;
    return m_document->push(new EditCardCommand(m_document, edited, editRun));
}

bool FishboneScene::setCardCategory(const QString &cardId, const QString &category)
{
    const Card *card = m_document ? m_document->session().card(cardId) : nullptr;
    if (!card || card->category == category)
        return false;
    return m_document->setCardCategory(cardId, category);
}

void FishboneScene::dropCard(const QString &cardId, const QPointF &scenePoint)
{
    const int bone = m_layout.boneAt(scenePoint);
    if (bone < 0 || !setCardCategory(cardId, m_layout.bones.at(bone).category)) {
        if (FishboneCardItem *item = m_items.value(cardId))
            item->setPos(0, 0);
    }
}

void FishboneScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_theme.background);
    if (!m_document)
        return;
    FishbonePainter::paintSkeleton(painter, m_layout, m_theme, m_document->session());
}

} // namespace Whyboard
