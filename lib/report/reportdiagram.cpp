#include "report/reportdiagram.h"

#include "board/boardscene.h"
#include "report/diagramtiling.h"
#include "report/picturebox.h"
#include "report/printboard.h"
#include "report/reportflow.h"
#include "report/reportstyle.h"

#include <QPainter>

namespace Whyboard {

ReportDiagram::ReportDiagram(const Session &session, const PrintBoard *board, const ReportOptions &options)
    : m_session(session)
    , m_board(board)
    , m_options(options)
{
}

void ReportDiagram::write(ReportFlow &flow, const QSizeF &portraitBody, const QSizeF &) const
{
    flow.heading(tr("Why chain"), QStringLiteral("diagram"));
    const QRectF content = m_board ? m_board->contentRect() : QRectF();
    if (content.isEmpty()) {
        flow.note(tr("The board has no cards yet."));
        return;
    }
    BoardScene *scene = m_board->scene();
    const QSizeF space(portraitBody.width(), portraitBody.height() - ReportStyle::px(100));
    const QList<DiagramTiling::Tile> tiles =
        DiagramTiling::tiles(content, m_board->cardRects(), space, m_options.minimumDiagramScale);
    const QTextCharFormat muted = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    flow.paragraph(tiles.size() > 1
                       ? tr("Each arrow points from a cause to what it explains. The board is large, so it "
                            "follows in %n parts, row by row.", nullptr, int(tiles.size()))
                       : tr("Each arrow points from a cause to what it explains."),
                   muted, 6)
        .keepWithNext = true;
    auto draw = [scene](const QRectF &source) {
        return [scene, source](QPainter &painter, const QRectF &area) {
            painter.setClipRect(area, Qt::IntersectClip);
            scene->render(&painter, area, source, Qt::KeepAspectRatio);
        };
    };
    for (int i = 0; i < tiles.size(); ++i) {
        const DiagramTiling::Tile &tile = tiles.at(i);
        if (tiles.size() > 1)
            flow.paragraph(tr("Part %1 of %2").arg(i + 1).arg(tiles.size()), ReportStyle::label(), 4).keepWithNext = true;
        flow.picture(tile.size, draw(tile.source)).marginBottom = ReportStyle::px(8);
    }
}

} // namespace Whyboard
