// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "report/reportoptions.h"

#include <QCoreApplication>
#include <QSizeF>

namespace Whyboard {

class PrintBoard;
class ReportFlow;

// The why chain drawn in the report: on one page when its text stays readable there, on a
// landscape page of its own when that reads larger, otherwise an overview and parts cut
// between cards. Every card becomes a place links and the PDF outline go to.
class ReportDiagram
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    ReportDiagram(const Session &session, const PrintBoard *board, const ReportOptions &options);

    // portraitBody and landscapeBody: the room on a page of either orientation.
    void write(ReportFlow &flow, const QSizeF &portraitBody, const QSizeF &landscapeBody) const;

    // The anchor id of a card on the diagram, for links from the read-back and the tables.
    static QString anchor(const QString &cardId) { return QStringLiteral("card-") + cardId; }
    static QString partAnchor(int part) { return QStringLiteral("diagram-part-%1").arg(part + 1); }

private:
    const Session &m_session;
    const PrintBoard *m_board;
    const ReportOptions &m_options;
};

} // namespace Whyboard
