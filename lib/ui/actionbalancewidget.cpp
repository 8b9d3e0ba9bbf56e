// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actionbalancewidget.h"

#include "data/labels.h"
#include "document/sessiondocument.h"

#include <QGridLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace Whyboard {

ActionBalanceWidget::ActionBalanceWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("actionBalance"));
    setAccessibleName(tr("Action balance"));
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ActionBalanceWidget::refresh);

    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    const QList<ActionCategory> categories = ActionBalance::categories();
    const QList<ActionHorizon> horizons = ActionBalance::horizons();
    for (int h = 0; h < horizons.size(); ++h) {
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(Labels::actionHorizon(horizons.at(h)).toHtmlEscaped()), this);
        heading->setAlignment(Qt::AlignCenter);
        grid->addWidget(heading, 0, h + 1);
        grid->setColumnStretch(h + 1, 1);
    }
    for (int c = 0; c < categories.size(); ++c) {
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(Labels::actionCategory(categories.at(c)).toHtmlEscaped()), this);
        grid->addWidget(heading, c + 1, 0);
        for (int h = 0; h < horizons.size(); ++h) {
            auto *label = new QLabel(this);
            label->setWordWrap(true);
            label->setAlignment(Qt::AlignCenter);
            label->setFrameShape(QFrame::StyledPanel);
            label->setMinimumHeight(label->fontMetrics().height() * 3);
            label->setAccessibleName(QStringLiteral("%1, %2").arg(Labels::actionCategory(categories.at(c)),
                                                                 Labels::actionHorizon(horizons.at(h))));
            m_cells[c][h] = label;
            grid->addWidget(label, c + 1, h + 1);
        }
    }
    m_unplaced = new QLabel(this);
    m_unplaced->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_unplaced);
    layout->addStretch(1);
    refresh();
}

void ActionBalanceWidget::setDocument(SessionDocument *document)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    if (document) {
        const auto schedule = [this] { m_refreshTimer->start(); };
        m_connections << connect(document, &SessionDocument::actionInserted, this, schedule);
        m_connections << connect(document, &SessionDocument::actionRemoved, this, schedule);
        m_connections << connect(document, &SessionDocument::actionChanged, this, schedule);
    }
    refresh();
}

QLabel *ActionBalanceWidget::cell(ActionCategory category, ActionHorizon horizon) const
{
    return m_cells[ActionBalance::categories().indexOf(category)][ActionBalance::horizons().indexOf(horizon)];
}

QString ActionBalanceWidget::cellText(ActionCategory category, ActionHorizon horizon) const
{
    return cell(category, horizon)->text();
}

void ActionBalanceWidget::refresh()
{
    m_refreshTimer->stop();
    m_balance = m_document ? ActionBalance::of(m_document->session()) : ActionBalance();
    const QPalette pal = palette();
    for (ActionCategory c : ActionBalance::categories()) {
        for (ActionHorizon h : ActionBalance::horizons()) {
            QLabel *label = cell(c, h);
            const int count = m_balance.count(c, h);
            if (count > 0) {
                label->setText(QString::number(count));
                QFont big = font();
                big.setPixelSize(qMax(18, font().pixelSize() > 0 ? font().pixelSize() * 2 : 22));
                big.setBold(true);
                label->setFont(big);
                label->setToolTip(tr("Actions here: %1").arg(count));
                label->setStyleSheet(QString());
            } else {
                label->setText(ActionBalance::prompt(c, h));
                QFont prompt = font();
                prompt.setItalic(true);
                label->setFont(prompt);
                label->setToolTip(tr("No action here yet"));
                label->setStyleSheet(QStringLiteral("color: %1;").arg(pal.color(QPalette::PlaceholderText).name()));
            }
        }
    }
    m_unplaced->setText(m_balance.unplaced() > 0
                            ? tr("Without a category or horizon: %1").arg(m_balance.unplaced())
                            : QString());
    m_unplaced->setVisible(m_balance.unplaced() > 0);
}

} // namespace Whyboard
