// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QPoint>
#include <QPointF>
#include <QSize>
#include <QString>

#include <memory>

namespace Whyboard {
class BoardActions;
class BoardScene;
class BoardView;
class SessionDocument;
} // namespace Whyboard

namespace Whyboard::Test {

// A document, its board scene, a shown view and the board's actions (which own the command
// keys), as the main window would wire them, with animations off so that every gesture has
// finished when the call returns.
class BoardHarness
{
public:
    explicit BoardHarness(const Session &session, const QSize &viewSize = QSize(1280, 800));
    ~BoardHarness();

    SessionDocument *document() const { return m_document.get(); }
    BoardScene *scene() const { return m_scene.get(); }
    BoardView *view() const { return m_view.get(); }
    BoardActions *actions() const { return m_actions.get(); }

    // Where a point of the card (fraction of its width and height) is on the view's viewport.
    QPoint viewportPointOf(const QString &cardId, const QPointF &fraction = QPointF(0.5, 0.5)) const;

private:
    std::unique_ptr<SessionDocument> m_document;
    std::unique_ptr<BoardScene> m_scene;
    std::unique_ptr<BoardView> m_view;
    std::unique_ptr<BoardActions> m_actions;
};

// Empty when the scene shows exactly the document (same card ids, positions, texts, evidence
// state, links and verdicts); otherwise the first difference, for QVERIFY2.
QString boardMismatch(const BoardScene &scene);

// Cards whose rectangles on the board overlap, as "a/b" pairs.
QStringList overlappingCards(const BoardScene &scene);

} // namespace Whyboard::Test
