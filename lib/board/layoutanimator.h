// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/layeredlayout.h"

#include <QObject>
#include <QPointer>

class QVariantAnimation;

namespace Whyboard {

class BoardScene;

// Tidies the board: the layered layout of the whole chain, shown as the cards gliding to their
// places, then pushed as one move command (one undo step).
class LayoutAnimator : public QObject
{
    Q_OBJECT

public:
    explicit LayoutAnimator(BoardScene *scene);

    // Whether the cards glide (tests and exports switch it off: the move is then immediate).
    void setAnimationsEnabled(bool enabled) { m_animate = enabled; }
    bool animationsEnabled() const { return m_animate; }
    bool isRunning() const { return !m_animation.isNull(); }

    // Tighter than the layout's defaults: the cards are large, and a chain must fit a projector.
    static LayoutSpacing spacing(Qt::Orientation orientation);

public Q_SLOTS:
    void arrange();

Q_SIGNALS:
    void finished();

private:
    BoardScene *m_scene;
    bool m_animate = true;
    QPointer<QVariantAnimation> m_animation;
};

} // namespace Whyboard
