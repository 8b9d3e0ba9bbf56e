// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/layoutanimator.h"

#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/carditem.h"
#include "document/sessiondocument.h"

#include <QEasingCurve>
#include <QVariantAnimation>

namespace Whyboard {

LayoutAnimator::LayoutAnimator(BoardScene *scene)
    : QObject(scene)
    , m_scene(scene)
{
}

LayoutSpacing LayoutAnimator::spacing(Qt::Orientation orientation)
{
    LayoutSpacing spacing;
    // Left to right, the gap between columns also carries the curved arrows and the "Why?" button.
    spacing.layerGap = orientation == Qt::Vertical ? 56 : 100;
    spacing.siblingGap = orientation == Qt::Vertical ? 36 : 28;
    return spacing;
}

void LayoutAnimator::arrange()
{
    if (m_animation)
        m_animation->stop();
    BoardEditor *editor = m_scene->editor();
    editor->finishEditing();
    const Qt::Orientation orientation = m_scene->preferredOrientation();
    const QHash<QString, QPointF> targets = LayeredLayout::arrange(m_scene->document()->session(),
                                                                   m_scene->cardSizes(), orientation,
                                                                   spacing(orientation));
    // While the board is presented the cards are shown where the screen wants them: the
    // document's places change without a glide the room would not understand.
    if (!m_animate || m_scene->isPresenting()) {
        editor->moveCards(targets);
        Q_EMIT finished();
        return;
    }
    QHash<QString, QPointF> starts;
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (CardItem *item = m_scene->cardItem(it.key()))
            starts.insert(it.key(), item->pos());
    }
    auto *animation = new QVariantAnimation(this);
    animation->setStartValue(0.0);
    animation->setEndValue(1.0);
    animation->setDuration(450);
    animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(animation, &QVariantAnimation::valueChanged, this, [this, starts, targets](const QVariant &value) {
        const qreal t = value.toReal();
        for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
            if (CardItem *item = m_scene->cardItem(it.key()))
                item->setDocumentPosition(it.value() + (targets.value(it.key()) - it.value()) * t);
        }
    });
    connect(animation, &QVariantAnimation::finished, this, [this, editor, targets] {
        editor->moveCards(targets);
        Q_EMIT finished();
    });
    m_animation = animation;
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

} // namespace Whyboard
