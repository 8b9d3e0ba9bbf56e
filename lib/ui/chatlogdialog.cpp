// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chatlogdialog.h"

#include "analysis/chatlogparser.h"
#include "ui/datetimelineedit.h"
#include "data/labels.h"
#include "data/localeformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Whyboard {

ChatLogDialog::ChatLogDialog(const QDate &defaultDate, int utcOffsetSeconds, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Paste Chat Log"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Paste lines such as <tt>18:42 alice: rolled back</tt> or "
                                    "<tt>[2017-04-06 18:42] bob: paged the on-call</tt>. "
                                    "Each recognised line becomes one timeline event."),
                                 this));
    static_cast<QLabel *>(layout->itemAt(0)->widget())->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_date = new DateTimeLineEdit(DateTimeLineEdit::Mode::Date, this);
    m_date->setDate(defaultDate.isValid() ? defaultDate : QDate::currentDate());
    m_date->setMinimumWidth(DateTimeLineEdit::preferredWidth(m_date->fontMetrics(), DateTimeLineEdit::Mode::Date));
    m_offset = new QComboBox(this);
    for (int quarter = -12 * 4; quarter <= 14 * 4; ++quarter) {
        const int seconds = quarter * 900;
        const int minutes = std::abs(seconds) / 60;
        m_offset->addItem(QStringLiteral("UTC%1%2:%3")
                              .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                              .arg(minutes % 60, 2, 10, QLatin1Char('0')),
                          seconds);
    }
    m_offset->setCurrentIndex(std::max(0, m_offset->findData(utcOffsetSeconds)));
    form->addRow(tr("Date for lines without one:"), m_date);
    form->addRow(tr("Time zone of the log:"), m_offset);
    layout->addLayout(form);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_text = new QPlainTextEdit(splitter);
    m_text->setPlaceholderText(tr("Paste the chat log here"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    const auto titled = [splitter](const QString &title, QWidget *content) {
        auto *box = new QWidget(splitter);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 4, 0, 0);
        boxLayout->addWidget(new QLabel(title, box));
        content->setParent(box);
        boxLayout->addWidget(content, 1);
        return box;
    };
    m_preview = new QTreeWidget;
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("Line"), tr("Time"), tr("Kind"), tr("Event")});
    m_preview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->header()->setStretchLastSection(true);
    titled(tr("Recognised: each becomes an event"), m_preview);
    m_rejected = new QListWidget;
    m_rejectedBox = titled(tr("Not recognised: these lines will not be added"), m_rejected);
    m_rejected->setToolTip(tr("Lines that were not recognised: they will not be added"));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({200, 300, 100});
    layout->addWidget(splitter, 1);

    m_counts = new QLabel(this);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_addButton = buttons->addButton(tr("Add Events"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &ChatLogDialog::reparse);
    connect(m_date, &QLineEdit::textChanged, this, [this] {
        if (m_date->date().isValid())
            reparse();
    });
    connect(m_offset, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ChatLogDialog::reparse);
    resize(900, 700);
    reparse();
    m_text->setFocus(); // the paste goes into the log, not into the date
}

void ChatLogDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void ChatLogDialog::reparse()
{
    const ChatLogParseResult result =
        ChatLogParser::parse(m_text->toPlainText(), m_date->date(), m_offset->currentData().toInt());
    m_events.clear();
    m_preview->clear();
    for (const ChatLogLine &line : result.recognised) {
        TimelineEvent event;
        event.at = line.at;
        event.kind = line.suggestedKind;
        event.text = line.author.isEmpty() ? line.text : tr("%1: %2").arg(line.author, line.text);
        m_events << event;
        new QTreeWidgetItem(m_preview, {QString::number(line.lineNumber),
                                        LocaleFormat::dateTime(event.at),
                                        Labels::eventKind(event.kind), event.text});
    }
    m_rejected->clear();
    for (const auto &line : result.unrecognised)
        m_rejected->addItem(tr("Line %1 not recognised: %2").arg(line.first).arg(line.second));
    m_unrecognised = int(result.unrecognised.size());
    m_rejectedBox->setVisible(m_unrecognised > 0);
    const int recognised = int(m_events.size());
    m_counts->setText((recognised == 1 ? tr("1 message recognised") : tr("%1 messages recognised").arg(recognised))
                      + QStringLiteral(" · ")
                      + (m_unrecognised == 1 ? tr("1 line not recognised and not added")
                                             : tr("%1 lines not recognised and not added").arg(m_unrecognised)));
    m_addButton->setEnabled(recognised > 0);
    m_addButton->setText(recognised == 1 ? tr("Add 1 Event") : tr("Add %1 Events").arg(recognised));
}

} // namespace Whyboard
