#include "report/printboard.h"

#include "board/boardscene.h"
#include "board/carditem.h"
#include "board/layoutanimator.h"

#include <QUndoStack>

namespace Whyboard {

namespace {

int overlaps(const QList<QRectF> &rects)
{
    int count = 0;
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j) {
            // A hair of overlap is a shared border, not a hidden card.
            if (rects.at(i).adjusted(2, 2, -2, -2).intersects(rects.at(j)))
                ++count;
        }
    }
    return count;
}

qreal area(const QRectF &rect)
{
    return rect.width() * rect.height();
}

} // namespace

PrintBoard::PrintBoard(const Session &session)
    : m_document(session)
    , m_scene(std::make_unique<BoardScene>(&m_document))
{
    m_scene->layoutAnimator()->setAnimationsEnabled(false);
    m_scene->setPrintMode(true);
    const int before = overlaps(cardRects());
    if (before == 0)
        return;
    const QRectF content = contentRect();
    m_scene->layoutAnimator()->arrange();
    // Keep the new layout only when it really is easier to read.
    const bool better = overlaps(cardRects()) < before && area(contentRect()) <= 4 * area(content);
    if (!better && m_document.undoStack()->canUndo())
        m_document.undoStack()->undo();
}

PrintBoard::~PrintBoard() = default;

QRectF PrintBoard::contentRect() const
{
    return m_scene->cardItems().isEmpty() ? QRectF() : m_scene->contentRect();
}

QList<QRectF> PrintBoard::cardRects() const
{
    QList<QRectF> rects;
    for (CardItem *item : m_scene->cardItems())
        rects.append(item->sceneBoundingRect());
    return rects;
}

} // namespace Whyboard
