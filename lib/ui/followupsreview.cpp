#include "ui/followupsreview.h"

#include "data/localeformat.h"
#include "document/sessiondocument.h"
#include "storage/followupsquery.h"
#include "storage/library.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Whyboard {

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
    m_heading->setText(tr("First on the agenda: %n open action(s) from earlier incidents", nullptr, int(earlier.size())));
    QStringList lines;
    lines << (overdue > 0 ? tr("%n overdue. Before the timeline, read them out: done, still needed, who has it?", nullptr, int(overdue))
                          : tr("Before the timeline, read them out: done, still needed, who has it?"));
    for (int i = 0; i < earlier.size() && i < maxListed; ++i) {
        const FollowUp &f = earlier.at(i);
        const QString owner = f.owner.isEmpty() ? tr("no owner") : f.owner;
        const QString due = !f.due.isValid() ? tr("no due date")
                            : f.isOverdue(today) ? tr("overdue since %1").arg(LocaleFormat::date(f.due))
                                                 : tr("due %1").arg(LocaleFormat::date(f.due));
        lines << tr("• %1 (%2, %3; from “%4”)").arg(f.text.simplified().left(90), owner, due, f.sessionTitle.left(40));
    }
    if (earlier.size() > maxListed)
        lines << tr("and %n more on the Follow-ups page", nullptr, int(earlier.size() - maxListed));
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
    QWidget *board = parentWidget();
    const int margin = 12;
    const int width = std::min(board->width() - 2 * margin, fontMetrics().averageCharWidth() * 70);
    setFixedWidth(std::max(width, 200));
    adjustSize();
    move(board->width() - this->width() - margin - 16, margin);
}

} // namespace Whyboard
