#pragma once

#include "data/session.h"
#include "report/reportoptions.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>

#include <memory>

class QGraphicsScene;
class QPaintDevice;
class QTextCursor;
class QTextDocument;

namespace Whyboard {

// Lays the whole report out as one paginated QTextDocument in layout units (96 per inch):
// cover facts and figures, the why-chain diagram, the read-back, the timeline, the action
// items and the findings. ReportWriter paints its pages with footers onto any device.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    ReportBuilder(const Session &session, const ReportOptions &options, const QSizeF &bodySize);

    // The board to draw (print mode already on); without one the diagram section says so.
    void setDiagram(QGraphicsScene *scene, const QRectF &contentRect, const QList<QRectF> &cardRects);

    // Lays out with layoutDevice's font metrics (a 96 dpi device; nullptr for the screen).
    std::unique_ptr<QTextDocument> build(QPaintDevice *layoutDevice) const;

private:
    void writeCover(QTextCursor &cursor) const;
    void writeFigures(QTextCursor &cursor) const;
    // Each section appends its heading's block and the room it needs below it on one page.
    void writePeople(QTextCursor &cursor, QList<QPair<int, qreal>> &headings) const;
    void writeSummaryAndImpact(QTextCursor &cursor, QList<QPair<int, qreal>> &headings) const;
    void writeDiagram(QTextCursor &cursor, QTextDocument *document, QList<QPair<int, qreal>> &headings) const;
    void writeReadBack(QTextCursor &cursor, QList<QPair<int, qreal>> &headings) const;

    const Session &m_session;
    const ReportOptions &m_options;
    QSizeF m_bodySize;
    QGraphicsScene *m_scene = nullptr;
    QRectF m_contentRect;
    QList<QRectF> m_cardRects;
};

} // namespace Whyboard
