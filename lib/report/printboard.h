#pragma once

#include "document/sessiondocument.h"

#include <QList>
#include <QRectF>

#include <memory>

namespace Whyboard {

class BoardScene;

// A private board for exports: its own copy of the session in a BoardScene in print mode
// (light theme, nothing selected, no handles). Cards that an import left on top of each
// other are laid out again on this copy only, so no export shows hidden cards.
class PrintBoard
{
public:
    explicit PrintBoard(const Session &session);
    ~PrintBoard();

    BoardScene *scene() const { return m_scene.get(); }
    QRectF contentRect() const;       // empty for a board without cards
    QList<QRectF> cardRects() const;  // scene rectangles of the cards

private:
    SessionDocument m_document;
    std::unique_ptr<BoardScene> m_scene;
};

} // namespace Whyboard
