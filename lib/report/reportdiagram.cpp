// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdiagram.h"

#include "analysis/chainpaths.h"
#include "analysis/textexcerpt.h"
#include "data/safetext.h"
#include "data/labels.h"
#include "report/diagramplan.h"
#include "report/picturebox.h"
#include "report/printboard.h"
#include "report/reportflow.h"
#include "report/reportstyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Whyboard {

namespace {

// Room above a part on a page of its own for its caption.
const qreal captionHeight = ReportStyle::px(16);

// "→ part 3" where the chain reads on in another part, "from part 2" where it comes from.
void paintSignposts(QPainter &painter, const DiagramPart &part, const QStringList &labels, const QRectF &area,
                    const QPaintDevice *device)
{
    const QFont font = ReportStyle::pixelFont(7.5, QFont::DemiBold);
    painter.setFont(font);
    const QFontMetricsF metrics(font, const_cast<QPaintDevice *>(device));
    QList<QRectF> placed;
    for (int i = 0; i < part.signposts.size(); ++i) {
        const DiagramSignpost &post = part.signposts.at(i);
        const QString text = labels.value(i);
        const QSizeF size(metrics.horizontalAdvance(text) + ReportStyle::px(8), metrics.height() + ReportStyle::px(3));
        QPointF at = area.topLeft() + post.at;
        QRectF label(at - QPointF(size.width() / 2, size.height() / 2), size);
        // Inside the part, against the edge the arrow leaves by, and clear of the labels
        // already placed: slid along that edge until it is.
        const bool alongX = post.edge == Qt::TopEdge || post.edge == Qt::BottomEdge;
        auto keepInside = [&] {
            label.moveLeft(std::clamp(label.left(), area.left(), area.right() - size.width()));
            label.moveTop(std::clamp(label.top(), area.top(), area.bottom() - size.height()));
        };
        keepInside();
        for (int attempt = 0; attempt < 12; ++attempt) {
            const auto clash = std::find_if(placed.cbegin(), placed.cend(),
                                            [&](const QRectF &other) { return other.intersects(label); });
            if (clash == placed.cend())
                break;
            const qreal step = alongX ? clash->width() + ReportStyle::px(3) : clash->height() + ReportStyle::px(2);
            // Alternate sides so a crowded spot spreads both ways.
            const qreal direction = attempt % 2 == 0 ? 1 : -1;
            label.translate(alongX ? QPointF(direction * step * (attempt / 2 + 1), 0)
                                   : QPointF(0, direction * step * (attempt / 2 + 1)));
            keepInside();
        }
        placed.append(label);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ReportStyle::accent());
        painter.drawRoundedRect(label, ReportStyle::px(2), ReportStyle::px(2));
        painter.setPen(Qt::white);
        painter.drawText(label, Qt::AlignCenter, text);
    }
}

} // namespace

ReportDiagram::ReportDiagram(const Session &session, const PrintBoard *board, const ReportOptions &options)
    : m_session(session)
    , m_board(board)
    , m_options(options)
{
}

void ReportDiagram::write(ReportFlow &flow, const QSizeF &portraitBody, const QSizeF &landscapeBody) const
{
    flow.heading(tr("Why chain"), QStringLiteral("diagram"));
    if (!m_board || m_board->contentRect().isEmpty()) {
        flow.note(tr("The board has no cards yet."));
        return;
    }
    DiagramPlanInput input = m_board->planInput();
    input.portraitBody = portraitBody;
    input.landscapeBody = QSizeF(landscapeBody.width(), landscapeBody.height() - captionHeight);
    input.reservedTop = ReportStyle::px(90);
    input.minimumTextPoints = m_options.minimumCardTextPoints;
    const DiagramPlan plan = DiagramPlan::make(input);
    const int partCount = int(plan.parts.size());

    const QTextCharFormat muted = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    flow.paragraph(plan.isTiled()
                       ? tr("Each arrow points from a cause to what it explains. The board is large: an overview "
                            "shows where its %n parts are, and labels at their edges say in which part the chain "
                            "goes on.",
                            nullptr, partCount)
                       : tr("Each arrow points from a cause to what it explains."),
                   muted, 6)
        .keepWithNext = true;

    // Outline entries for the cards, under the chain (or under their part).
    const QHash<QString, ChainDepth> depths = ChainPaths::depthRanges(m_session);
    auto cardTitle = [&](const QString &id) -> QString {
        const Card *card = m_session.card(id);
        if (!card)
            return QString();
        const ChainDepth depth = depths.value(id);
        return QString(Labels::chainStep(card->kind, depth.shortest, depth.longest) + QStringLiteral(" · ") + SafeText::isolated(TextExcerpt::oneLine(card->text, 60)));
    };
    const PrintBoard *board = m_board;
    QPaintDevice *device = flow.device();

    if (plan.hasOverview) {
        const DiagramPart overview = plan.overview;
        const QList<QRectF> outlines = plan.overviewOutlines;
        const QString caption = tr("Overview: the whole chain and where its parts are");
        PictureBox &box = flow.picture(
            QSizeF(overview.size.width(), overview.size.height() + captionHeight),
            [board, overview, outlines, caption](QPainter &painter, const QRectF &area) {
                painter.setFont(ReportStyle::pixelFont(7.5, QFont::DemiBold));
                painter.setPen(ReportStyle::muted());
                painter.drawText(QRectF(area.left(), area.top(), area.width(), captionHeight), Qt::AlignLeft | Qt::AlignTop,
                                 caption);
                const QRectF target(area.left(), area.top() + captionHeight, overview.size.width(), overview.size.height());
                painter.save();
                painter.setClipRect(target, Qt::IntersectClip);
                board->render(&painter, target, overview.source);
                painter.restore();
                painter.setFont(ReportStyle::pixelFont(11, QFont::Bold));
                for (int i = 0; i < outlines.size(); ++i) {
                    const QRectF outline = outlines.at(i).translated(target.topLeft());
                    painter.setPen(QPen(ReportStyle::accent(), ReportStyle::px(1.2), Qt::DashLine));
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(outline);
                    painter.setPen(ReportStyle::accent());
                    painter.drawText(outline.adjusted(ReportStyle::px(3), ReportStyle::px(2), 0, 0),
                                     Qt::AlignLeft | Qt::AlignTop, QString::number(i + 1));
                }
            });
        box.placement = overview.inFlow ? FlowBox::Placement::Flow
                        : overview.orientation == DiagramOrientation::Landscape ? FlowBox::Placement::OwnLandscape
                                                                                : FlowBox::Placement::OwnPortrait;
        box.anchors.append({QStringLiteral("diagram-overview"), 0, tr("Overview"), 1});
        for (int i = 0; i < outlines.size(); ++i)
            box.addLink(outlines.at(i).translated(box.area().left(), captionHeight), partAnchor(i));
    }

    for (int i = 0; i < partCount; ++i) {
        const DiagramPart part = plan.parts.at(i);
        const bool tiled = plan.isTiled();
        const qreal top = tiled ? captionHeight : 0;
        const QString caption = tr("Part %1 of %2").arg(i + 1).arg(partCount);
        QStringList labels;
        for (const DiagramSignpost &post : part.signposts)
            labels << (post.towardsCause ? tr("→ part %1").arg(post.otherPart + 1)
                                         : tr("from part %1").arg(post.otherPart + 1));
        PictureBox &box = flow.picture(
            QSizeF(part.size.width(), part.size.height() + top),
            [board, part, labels, top, caption, tiled, device](QPainter &painter, const QRectF &area) {
                if (tiled) {
                    painter.setFont(ReportStyle::pixelFont(7.5, QFont::DemiBold));
                    painter.setPen(ReportStyle::muted());
                    painter.drawText(QRectF(area.left(), area.top(), area.width(), top), Qt::AlignLeft | Qt::AlignTop,
                                     caption);
                }
                const QRectF target(area.left(), area.top() + top, part.size.width(), part.size.height());
                painter.save();
                painter.setClipRect(target, Qt::IntersectClip);
                board->render(&painter, target, part.source, tiled ? part.cardIds : QStringList());
                painter.restore();
                paintSignposts(painter, part, labels, target, device);
            });
        box.marginBottom = ReportStyle::px(8);
        box.placement = part.inFlow ? FlowBox::Placement::Flow
                        : part.orientation == DiagramOrientation::Landscape ? FlowBox::Placement::OwnLandscape
                                                                            : FlowBox::Placement::OwnPortrait;
        if (tiled)
            box.anchors.append({partAnchor(i), 0, caption, 1});
        for (int c = 0; c < part.cards.size(); ++c) {
            const int card = part.cards.at(c);
            const QString id = input.cardIds.value(card);
            if (id.isEmpty())
                continue;
            const qreal y = top + (input.cards.at(card).top() - part.source.top()) * part.scale;
            box.anchors.append({anchor(id), std::max<qreal>(0, y), cardTitle(id), tiled ? 2 : 1});
        }
        for (const DiagramSignpost &post : part.signposts) {
            const QRectF area(box.area().topLeft() + QPointF(0, top) + post.at - QPointF(40, 10), QSizeF(80, 20));
            box.addLink(area, partAnchor(post.otherPart));
        }
    }
}

} // namespace Whyboard
