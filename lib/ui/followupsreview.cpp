// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/followupsreview.h"

#include "data/localeformat.h"
#include "document/sessiondocument.h"
#include "storage/followupsquery.h"
#include "storage/library.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Whyboard {

namespace {

QString elided(const QString &text, int length)
{
    const QString line = text.simplified();
    return line.size() <= length ? line : QString(line.left(length - 1).trimmed() + QChar(0x2026));
}

} // namespace

FollowUpsReview::FollowUpsReview(QWidget *board)
    : QFrame(board)
    , m_heading(new QLabel(this))
    , m_list(new QLabel(this))
    , m_review(new QPushButton(tr("Review in Follow-ups (Ctrl+3)"), this))
    , m_close(new QPushButton(tr("Start the Timeline"), this))
{
    setObjectName(QStringLiteral("followUpsReview"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The room keeps typing into the problem card: nothing here takes the keyboard.
    setFocusPolicy(Qt::NoFocus);
    for (QPushButton *button : {m_review, m_close})
        button->setFocusPolicy(Qt::NoFocus);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_list->setTextFormat(Qt::PlainText);
    m_list->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("followUpsReviewList"));
    connect(m_review, &QPushButton::clicked, this, [this] {
        Q_EMIT reviewRequested();
        dismiss();
    });
    connect(m_close, &QPushButton::clicked, this, &FollowUpsReview::dismiss);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_review);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    board->installEventFilter(this);
    hide();
}

bool FollowUpsReview::offer(const Library *library, SessionDocument *document, const QDate &today)
{
    dismiss();
    if (!library || !document)
        return false;
    FollowUpsQuery::Filter filter;
    filter.unfinishedOnly = true;
    QString error;
    QList<FollowUp> earlier = FollowUpsQuery::read(library->database(), filter, &error);
    earlier.erase(std::remove_if(earlier.begin(), earlier.end(),
                                 [document](const FollowUp &f) { return f.sessionId == document->sessionId(); }),
                  earlier.end());
    if (earlier.isEmpty())
        return false;
    // Overdue first (the query already orders by due day), then the rest by due day.
    std::stable_partition(earlier.begin(), earlier.end(), [&today](const FollowUp &f) { return f.isOverdue(today); });
    const auto overdue = std::count_if(earlier.cbegin(), earlier.cend(), [&today](const FollowUp &f) { return f.isOverdue(today); });
    m_heading->setText(tr("First on the agenda: open actions from earlier incidents (%1)").arg(QLocale().toString(earlier.size())));
    QStringList lines;
    lines << (overdue > 0 ? tr("Overdue: %1. Read them out before the timeline: done, still needed, who has it?").arg(QLocale().toString(qlonglong(overdue)))
                          : tr("Read them out before the timeline: done, still needed, who has it?"));
    for (int i = 0; i < earlier.size() && i < maxListed; ++i) {
        const FollowUp &f = earlier.at(i);
        const QString owner = f.owner.isEmpty() ? tr("no owner") : f.owner;
        const QString due = !f.due.isValid() ? tr("no due date")
                            : f.isOverdue(today) ? tr("overdue since %1").arg(LocaleFormat::date(f.due))
                                                 : tr("due %1").arg(LocaleFormat::date(f.due));
        lines << tr("• %1 (%2, %3)").arg(elided(f.text, 70), owner, due);
    }
    if (earlier.size() > maxListed)
        lines << tr("More on the Follow-ups page: %1").arg(QLocale().toString(qlonglong(earlier.size() - maxListed)));
    m_list->setText(lines.join(QLatin1Char('\n')));
    m_document = document;
    m_documentConnection = connect(document, &SessionDocument::stepFinished, this, [this] {
        if (m_document && !m_document->session().timeline.isEmpty())
            dismiss(); // the room is on the timeline now
    });
    reposition();
    show();
    raise();
    return true;
}

void FollowUpsReview::dismiss()
{
    disconnect(m_documentConnection);
    m_document = nullptr;
    hide();
}

QString FollowUpsReview::listText() const
{
    return isVisible() ? QString(m_heading->text() + QLatin1Char('\n') + m_list->text()) : QString();
}

bool FollowUpsReview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        reposition();
    return QFrame::eventFilter(watched, event);
}

void FollowUpsReview::reposition()
{
    // The top right corner, narrow enough to leave the problem card in the middle free.
    QWidget *board = parentWidget();
    const int margin = 12;
    const int width = std::clamp(fontMetrics().averageCharWidth() * 60, 240, std::max(240, board->width() / 2));
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height();
    setGeometry(board->width() - width - margin - 16, margin, width, height);
}

} // namespace Whyboard
