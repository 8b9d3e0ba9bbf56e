// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roomindicators.h"

#include "ui/statusstyle.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>

namespace Whyboard {

RoomIndicators::RoomIndicators(QWidget *board, QStatusBar *statusBar)
    : QObject(board)
    , m_board(board)
    , m_badge(new QLabel(board))
    , m_status(new QLabel(statusBar))
{
    m_badge->setObjectName(QStringLiteral("roomBadge"));
    // Readable from across the room, and clearly not part of the chain.
    m_badge->setStyleSheet(QStringLiteral(
        "QLabel#roomBadge { background: rgba(150, 40, 20, 235); color: white; border-radius: 8px;"
        " padding: 6px 14px; font-size: 18px; font-weight: bold; }"));
    m_badge->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_badge->hide();
    m_status->setObjectName(QStringLiteral("roomStatus"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->setContentsMargins(8, 0, 8, 0);
    StatusStyle::apply(m_status, StatusColours::Status::Warning, StatusStyle::Kind::Text);
    m_status->hide();
    statusBar->addPermanentWidget(m_status);
    board->installEventFilter(this);
}

void RoomIndicators::setLocked(bool locked)
{
    m_locked = locked;
    refresh();
}

void RoomIndicators::setNamesHidden(bool hidden)
{
    m_namesHidden = hidden;
    refresh();
}

QString RoomIndicators::boardBadgeText() const
{
    return m_badge->isVisibleTo(m_board) ? m_badge->text() : QString();
}

QString RoomIndicators::statusText() const
{
    return m_status->isVisibleTo(m_status->parentWidget()) ? m_status->text() : QString();
}

void RoomIndicators::refresh()
{
    QStringList parts;
    if (m_locked)
        parts << tr("🔒 Board locked");
    if (m_namesHidden)
        parts << tr("Names hidden");
    const QString text = parts.join(QStringLiteral("  ·  "));
    m_badge->setText(text);
    m_status->setText(text);
    m_badge->setVisible(!text.isEmpty());
    m_status->setVisible(!text.isEmpty());
    placeBadge();
}

void RoomIndicators::placeBadge()
{
    if (!m_board || !m_badge->isVisibleTo(m_board))
        return;
    m_badge->adjustSize();
    m_badge->move(m_board->width() - m_badge->width() - 16, 12);
    m_badge->raise();
}

bool RoomIndicators::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_board && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        placeBadge();
    return QObject::eventFilter(watched, event);
}

} // namespace Whyboard
